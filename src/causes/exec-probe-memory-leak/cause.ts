import { defineCause, message, messageList } from '../define.js';
import type { NodeView, PodView } from '../../engine/view.js';
import { compact, findingsFromMessages, nodeBuildEvidence, podContainers } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { compareVersions, runtimeOf } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

/** containerd 1.6 releases before this one carry the Windows shim's leak on exec (hcsshim before v0.9.6). */
const shimFixedIn = '1.6.13';
/** Pods with exec probes listed per node; the rest is counted. */
const maxListed = 5;

const signatures: MessageSignature[] = [
  {
    name: 'probeCannotStart',
    // Newer kubelets write "<kind> probe errored and resulted in unknown state: ...", older ones "<kind> probe errored: ...".
    pattern: /probe errored(?: and resulted in \w+ state)?:.*failed to (start )?exec.*createprocess.*(the rpc server is unavailable|the remote procedure call failed)/,
    weight: 0.8,
    why: 'the kubelet could not even start the exec probe: the host compute service refused to create its process',
    phases: ['run', 'any'],
  },
  {
    name: 'createProcessRpc',
    pattern: /hcs(shim)?::system::createprocess.*(the rpc server is unavailable|the remote procedure call failed)/,
    weight: 0.4,
    why: 'creating a process in the container failed because the host compute service did not answer',
    phases: ['run', 'any'],
  },
];

const probeKinds = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

const rule = defineCause({
  title: 'Exec probes leak memory on the Windows node or can no longer be started',
  area: 'node',
  severity: 'warning',
  inputs: ['pod-events', 'pod-spec', 'node-status'],
  explanation:
    'On Windows every exec (command) probe starts a process inside the container through the runtime shim and the Host Compute Service (vmcompute). ' +
    'Two leaks sit on that path: containerd 1.6 before 1.6.13 shipped a shim that kept memory for every exec, so nodes running containers with frequent command probes slowly ran out of memory; and when vmcompute cannot start the probe process ("The RPC server is unavailable"), each failed attempt leaks memory in vmcompute itself. ' +
    'A probe that cannot be started is not counted as a failed probe, so the kubelet never restarts the container: the pod stays Running with a broken probe while the node loses memory.',
  fix: {
    upgradeContainerd: 'Run containerd 1.6.13 or later on the Windows nodes; on managed services move to a node image that ships it.',
    updateWindows: 'Keep the Windows nodes on a current cumulative update, which carries the vmcompute fix for failed process starts.',
    restartStuckPods: 'Delete pods whose exec probes can no longer be started; the kubelet will not do it for you. If the node is short of memory, drain and reboot it to give the leaked memory back.',
    preferHttpProbes: 'Where the application allows it, use httpGet or tcpSocket probes instead of exec probes, or probe less often, so fewer processes are started in the containers.',
  },
  messages: {
    pod: 'An exec probe of pod {pod} cannot be started: the kubelet will not restart the container for it, and every attempt leaks memory in the node\'s host compute service.',
    shimLeak: 'containerd {version} on {node} leaks memory in its Windows shim on every exec probe run (pods with exec probes here: {count}); fixed in {fixed}.',
    execProbes: 'pod {pod} has exec {probes}',
    moreExecProbes: '{count} more pods on the node have exec probes',
  },
  signatures,
  symptoms: [
    'memory usage of the Windows node keeps growing although pod memory stays flat',
    'containerd-shim-runhcs-v1 processes grow in memory on containers with command probes',
    'vmcompute.exe uses gigabytes of private memory after a few weeks',
    'liveness probe errored with the RPC server is unavailable and the pod is never restarted',
    'Windows nodes run out of memory and crash every few days on AKS',
    'exec readiness probes on Windows containers cause a memory leak',
  ],
  references: [
    'https://github.com/microsoft/hcsshim/issues/1574',
    'https://github.com/containerd/containerd/releases/tag/v1.6.13',
    'https://github.com/microsoft/hcsshim/issues/1680',
    'https://github.com/Azure/AKS/issues/3262',
    'https://github.com/kubernetes/kubernetes/issues/117086',
  ],
  detect,
});

/** The probe kinds of the pod's containers that run a command, e.g. ["livenessProbe"]. */
function execProbeKinds(pod: PodView): string[] {
  const kinds = new Set<string>();
  for (const { container } of podContainers(pod.pod)) {
    for (const kind of probeKinds) {
      const probe = container[kind] as { exec?: unknown } | undefined;
      if (probe && typeof probe === 'object' && probe.exec) kinds.add(kind);
    }
  }
  return probeKinds.filter((kind) => kinds.has(kind));
}

/** containerd 1.6.0 up to 1.6.12: the releases whose Windows shim leaks on exec. */
function leakingContainerd(view: NodeView): string | undefined {
  const runtime = runtimeOf(view.node);
  if (runtime?.kind !== 'containerd') return undefined;
  const version = runtime.version.replace(/^v/i, '');
  const fromLine = compareVersions(version, '1.6.0');
  const beforeFix = compareVersions(version, shimFixedIn);
  return fromLine !== undefined && beforeFix !== undefined && fromLine >= 0 && beforeFix < 0 ? version : undefined;
}

function shimLeakOnNode(view: NodeView): FindingDraft | undefined {
  const version = leakingContainerd(view);
  if (!version) return undefined;
  const running = view.pods.filter((pod) => pod.pod.status?.phase === 'Running');
  const withProbes = running.map((pod) => ({ pod, kinds: execProbeKinds(pod) })).filter((entry) => entry.kinds.length > 0);
  if (withProbes.length === 0) return undefined;
  withProbes.sort((a, b) => a.pod.key.localeCompare(b.pod.key));
  const evidence: Evidence[] = [
    { source: 'node', text: `containerRuntimeVersion: containerd://${version}` },
    ...withProbes.slice(0, maxListed).map((entry) => ({ source: 'spec' as const, text: message('execProbes', { pod: entry.pod.key, probes: messageList(entry.kinds, ', ') }) })),
  ];
  if (withProbes.length > maxListed) evidence.push({ source: 'spec', text: message('moreExecProbes', { count: withProbes.length - maxListed }) });
  return makeFinding(rule, nodeTarget(view.node), message('shimLeak', { version, node: view.name, count: withProbes.length, fixed: shimFixedIn }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  const stuckProbes = findingsFromMessages(rule, ctx, {
    podMessage: (pod) => message('pod', { pod: pod.key }),
    extraEvidence: (pod) => compact([pod?.node ? nodeBuildEvidence(pod.node) : undefined]),
  });
  const shimLeaks = compact(ctx.view.nodes.map(shimLeakOnNode));
  return [...stuckProbes, ...shimLeaks];
}

export default rule;
