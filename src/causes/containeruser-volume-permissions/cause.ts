import { defineCause, message } from '../define.js';
import { podContainers, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'pathAccessDenied',
    pattern: /access to the path .{1,120} is denied/,
    weight: 0.45,
    why: 'the program in the container was refused access to a path, which for a mounted folder means the host ACL does not admit the container user',
    phases: ['run', 'create', 'any'],
  },
  {
    name: 'accessDenied',
    pattern: /\baccess is denied\b/,
    weight: 0.25,
    why: 'Windows refused access to a file or folder',
    phases: ['run', 'create', 'any'],
  },
];

/** The account the container runs as, when the spec names it (container setting wins over the pod's). */
function runAsUserName(pod: PodView['pod'], container: { securityContext?: { windowsOptions?: { runAsUserName?: string } } }): string | undefined {
  return container.securityContext?.windowsOptions?.runAsUserName ?? pod.spec?.securityContext?.windowsOptions?.runAsUserName;
}

/** Containers that run as a non-administrator account and mount volumes. */
function nonAdminMounts(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const { container } of podContainers(pod.pod)) {
    const user = runAsUserName(pod.pod, container);
    const nonAdmin = user !== undefined ? !/administrator|system/i.test(user) : /nanoserver/i.test(container.image ?? '');
    const mounts = (container.volumeMounts ?? []).map((m) => m.mountPath);
    if (!nonAdmin || mounts.length === 0) continue;
    evidence.push({
      source: 'spec',
      text: message(user ? 'runsAs' : 'nanoserverDefault', { container: container.name, user: user ?? 'ContainerUser', mounts: mounts.join(', ') }),
    });
  }
  return evidence;
}

const rule = defineCause({
  title: 'Non-administrator container user cannot use a mounted volume',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-spec', 'pod-status', 'pod-events'],
  explanation:
    'A folder mounted into a Windows container keeps the access-control list it has on the host. The container\'s own accounts (ContainerUser, or the account named by runAsUserName) are unknown to the host, so unless the host ACL admits ordinary users the program gets "Access is denied" on the mount, while the same pod running as ContainerAdministrator works. nanoserver images run as ContainerUser by default.',
  fix: {
    grantHostAcl: 'Grant the needed rights on the host folder behind the volume (for example icacls <folder> /grant "BUILTIN\\Users:(OI)(CI)M"), or have the provisioner create it with those rights.',
    runAsAdministrator: 'Where acceptable, run the container as ContainerAdministrator (securityContext.windowsOptions.runAsUserName).',
    writeInsideImage: 'Or keep the data the non-admin user writes in a folder of the image that the user owns, not on a host mount.',
  },
  messages: {
    runsAs: 'container {container} runs as {user} and mounts {mounts}',
    nanoserverDefault: 'container {container} uses a nanoserver image (default user {user}) and mounts {mounts}',
    pod: 'Pod {pod} is denied access to a mounted volume by the container user.',
  },
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
    'https://github.com/microsoft/Windows-Containers/issues/136',
    'https://github.com/containerd/containerd/issues/6183',
  ],
  signatures,
  symptoms: [
    'the container gets access denied on a mounted volume',
    'it works as ContainerAdministrator but not as ContainerUser',
    'a nanoserver pod cannot write to its emptyDir or hostPath',
    'runAsUserName breaks file access on volumes',
    'the non-admin container user cannot write to the mounted directory',
    'permission denied on the persistent volume in a Windows pod running as ContainerUser',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const spec = nonAdminMounts(pod);
      if (spec.length === 0) continue;
      const hits = scoredEntries(pod.timeline, signatures, 0.2);
      if (hits.length === 0) continue;
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [...hits.slice(-3).map((h) => timelineEvidence(h.entry)), ...spec]));
    }
    return findings;
  },
});

export default rule;
