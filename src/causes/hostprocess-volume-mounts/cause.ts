import { defineCause, message } from '../define.js';
import { scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { isHostProcessPod } from '../../windows/pods.js';
import { compareReleaseVersions } from '../../windows/support.js';

const signatures: MessageSignature[] = [
  {
    name: 'bindFilterRefused',
    pattern: /failed to bind target .{0,240}for job object/,
    weight: 0.8,
    why: 'containerd 1.7 and later mount a HostProcess container through the bind filter, and the volume refused the attach',
    phases: ['create', 'run', 'any'],
  },
  {
    name: 'executableNotFound',
    pattern: /failed to get application name from commandline|failed to find executable/,
    weight: 0.6,
    why: 'the command line names a path that does not exist as the HostProcess container sees the file system',
    phases: ['create', 'run', 'any'],
  },
];

/** "containerd://1.6.28" -> the 1.6 or 1.7+ behaviour, when the node says. */
function mountStyle(runtimeVersion: string | undefined): 'sandboxMountPoint' | 'bindFilter' | undefined {
  const match = /^containerd:\/\/v?(\d+\.\d+(?:\.\d+)?)/.exec(runtimeVersion ?? '');
  if (!match) return undefined;
  return compareReleaseVersions(match[1]!, '1.7') >= 0 ? 'bindFilter' : 'sandboxMountPoint';
}

const rule = defineCause({
  title: 'HostProcess container paths or volume mounts do not work as the runtime lays them out',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events', 'pod-status', 'node-status'],
  explanation:
    'A HostProcess container runs on the host and sees the host file system. Where its image and volumes appear depends on containerd: ' +
    'with containerd 1.6 they sit under the folder named by %CONTAINER_SANDBOX_MOUNT_POINT%, so commands and volume paths written for a normal container (C:\\app\\tool.exe, /usr/local/bin/x.exe) are not found; ' +
    'from containerd 1.7 the image and volumes are bind-mounted into a silo through the bind filter, which lets the usual paths work but fails where another file-system filter driver refuses the attach.',
  fix: {
    sandboxPaths: 'On containerd 1.6, start programs and read volumes through %CONTAINER_SANDBOX_MOUNT_POINT% (for example %CONTAINER_SANDBOX_MOUNT_POINT%\\app\\tool.exe), or move the nodes to containerd 1.7 or later.',
    sameLine: 'Keep all Windows node pools on one containerd minor line so one manifest works everywhere.',
    filterDrivers: 'Workloads that need other file-system filter drivers on the mounted volume cannot run in a bind-mounted HostProcess container; run them as a node service instead.',
    checkPsa: 'HostProcess pods also need hostNetwork: true and a namespace whose Pod Security level is privileged.',
  },
  messages: {
    runtime: 'node {node} runs {runtime}: {style}',
    styleSandbox: 'the image and volumes are under %CONTAINER_SANDBOX_MOUNT_POINT%',
    styleBind: 'the image and volumes are bind-mounted through the bind filter',
    pod: 'HostProcess pod {pod} fails on a path or mount that the runtime lays out differently.',
  },
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hostprocess-containers',
    'https://github.com/microsoft/hcsshim/issues/1699',
  ],
  signatures,
  symptoms: [
    'HostProcess container cannot find its executable',
    'HostProcess pod works on one node pool but not another',
    'failed to bind target to root for job object',
    'volume mount path is empty inside the HostProcess container',
    'a HostProcess DaemonSet cannot find its mounted ConfigMap or Secret files at the path it expects',
    'after upgrading containerd the HostProcess container sees its volumes at different paths',
    'scripts in HostProcess containers need CONTAINER_SANDBOX_MOUNT_POINT to find their files on older containerd',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node || !isHostProcessPod(pod.pod)) continue;
      const hits = scoredEntries(pod.timeline, signatures);
      if (hits.length === 0) continue;
      const evidence: Evidence[] = hits.slice(-3).map((hit) => timelineEvidence(hit.entry));
      const runtime = pod.node.node.status?.nodeInfo?.containerRuntimeVersion;
      const style = mountStyle(runtime);
      if (runtime && style) {
        evidence.push({ source: 'node', text: message('runtime', { node: pod.node.name, runtime, style: message(style === 'bindFilter' ? 'styleBind' : 'styleSandbox') }) });
      }
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), evidence));
    }
    return findings;
  },
});

export default rule;
