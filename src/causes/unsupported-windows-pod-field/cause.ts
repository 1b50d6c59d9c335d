import { defineCause, message } from '../define.js';
import type { Text } from '../define.js';
import { officialPages, podContainers } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import type { KPod } from '../../kube/types.js';
import { isHostProcessPod } from '../../windows/pods.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

function isWindowsPod(pod: PodView): boolean {
  return pod.node !== undefined || pod.pod.spec?.os?.name?.toLowerCase() === 'windows';
}

/** Spec fields Windows containers do not support, each as "where: what". */
export function unsupportedFields(pod: KPod): Text[] {
  const spec = pod.spec;
  if (!spec) return [];
  const hostProcess = isHostProcessPod(pod);
  const found: Text[] = [];
  if (spec.hostNetwork && !hostProcess) found.push(message('hostNetwork'));
  if (spec.hostPID) found.push('spec.hostPID: true');
  if (spec.hostIPC) found.push('spec.hostIPC: true');
  if (spec.shareProcessNamespace) found.push('spec.shareProcessNamespace: true');
  const podSecurity = spec.securityContext;
  if (podSecurity?.runAsUser !== undefined) found.push(message('runAsUser', { field: 'spec.securityContext.runAsUser', value: podSecurity.runAsUser }));
  if (podSecurity?.runAsGroup !== undefined) found.push(`spec.securityContext.runAsGroup: ${podSecurity.runAsGroup}`);
  if (podSecurity?.fsGroup !== undefined) found.push(`spec.securityContext.fsGroup: ${podSecurity.fsGroup}`);
  if (podSecurity?.seLinuxOptions) found.push('spec.securityContext.seLinuxOptions');
  for (const volume of spec.volumes ?? []) {
    if (volume.emptyDir?.medium === 'Memory') found.push(message('memoryEmptyDir', { volume: volume.name }));
  }
  for (const { kind, container } of podContainers(pod)) {
    const where = `${kind} ${container.name}`;
    const security = container.securityContext;
    const containerHostProcess = hostProcess || security?.windowsOptions?.hostProcess === true;
    if (security?.privileged && !containerHostProcess) found.push(message('privileged', { where }));
    if (security?.runAsUser !== undefined) found.push(message('runAsUser', { field: `${where}: securityContext.runAsUser`, value: security.runAsUser }));
    if (security?.runAsGroup !== undefined) found.push(`${where}: securityContext.runAsGroup: ${security.runAsGroup}`);
    if (security?.seLinuxOptions) found.push(`${where}: securityContext.seLinuxOptions`);
    if (security?.readOnlyRootFilesystem) found.push(`${where}: securityContext.readOnlyRootFilesystem: true`);
    if (security?.capabilities?.add?.length || security?.capabilities?.drop?.length) found.push(`${where}: securityContext.capabilities`);
    if (security?.procMount) found.push(`${where}: securityContext.procMount: ${security.procMount}`);
    for (const device of container.volumeDevices ?? []) found.push(`${where}: volumeDevices ${device.name}`);
    for (const mount of container.volumeMounts ?? []) {
      if (mount.mountPropagation && mount.mountPropagation !== 'None') found.push(`${where}: volumeMount ${mount.name} mountPropagation: ${mount.mountPropagation}`);
    }
    const resources = { ...container.resources?.requests, ...container.resources?.limits };
    for (const name of Object.keys(resources)) {
      if (name.startsWith('hugepages-')) found.push(`${where}: resource ${name}`);
    }
  }
  return [...new Set(found)];
}

const rule = defineCause({
  title: 'Pod spec uses fields Windows containers do not support',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-spec'],
  explanation:
    'Several Linux-oriented pod fields have no meaning for Windows containers: privileged mode and host networking outside HostProcess containers, host PID/IPC namespaces, numeric user and group ids, ' +
    'SELinux options, read-only root filesystems, capabilities, procMount, memory-backed emptyDir, raw block devices, mount propagation, huge pages and a shared process namespace. ' +
    'They are ignored or make the pod fail, so the workload does not behave as written.',
  fix: {
    removeFieldsListed: 'Remove the fields listed in the evidence from the Windows workload (or move them to a Linux-only variant of the manifest).',
    runSpecificWindows: 'Run as a specific Windows account with securityContext.windowsOptions.runAsUserName (e.g. ContainerUser or ContainerAdministrator) instead of runAsUser.',
    nodeLevelWork: 'For node-level work that needs privileges or the host network, use a HostProcess container (windowsOptions.hostProcess: true with hostNetwork: true).',
    setSpecOs: 'Set spec.os.name: windows so the API server rejects Linux-only fields at admission.',
  },
  messages: {
    hostNetwork: 'spec.hostNetwork: true (only HostProcess pods may use the host network)',
    runAsUser: '{field}: {value} (use windowsOptions.runAsUserName)',
    memoryEmptyDir: 'volume {volume}: emptyDir medium Memory',
    privileged: '{where}: securityContext.privileged: true (use a HostProcess container)',
    podOnNode: 'Pod {pod} runs on Windows node {node} but sets {count} field(s) Windows containers do not support.',
    pod: 'Pod {pod} runs on Windows but sets {count} field(s) Windows containers do not support.',
  },
  symptoms: [
    'runAsUser is ignored on the Windows pod',
    'readOnlyRootFilesystem does not work in Windows containers',
    'the Linux security context settings make the Windows pod fail',
    'privileged mode or host network is not supported for Windows containers',
    'fsGroup and runAsNonRoot have no effect on Windows',
    'the pod spec copied from Linux fails validation on the Windows node',
    'emptyDir with memory medium does not work on Windows',
    'the pod security context fields from Linux are not applied on Windows',
    'hostPID and hostIPC do not work for Windows pods',
    'capabilities and seLinuxOptions in the pod spec are ignored on Windows',
    'Linux-only resources and settings such as hugepages, seccomp, AppArmor or sysctls have no meaning on Windows',
  ],
  references: [officialPages.windowsSecurity, officialPages.windowsIntro, officialPages.windowsUserGuide],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!isWindowsPod(pod)) continue;
      const fields = unsupportedFields(pod.pod);
      if (fields.length === 0) continue;
      const evidence: Evidence[] = fields.map((text) => ({ source: 'spec', text }));
      const summary = pod.node
        ? message('podOnNode', { pod: pod.key, node: pod.node.name, count: fields.length })
        : message('pod', { pod: pod.key, count: fields.length });
      findings.push(makeFinding(rule, podTarget(pod.pod), summary, evidence));
    }
    return findings;
  },
});

export default rule;
