import { defineCause } from '../define.js';

/**
 * The probe pod itself could not run on a node. Reported by the probe runner (src/probes) next to
 * the other findings instead of being thrown, so the rest of the report prints.
 */
export default defineCause({
  title: 'The windbg probe pod could not run on the node',
  area: 'node',
  severity: 'warning',
  reportedBy: 'probe-runner',
  inputs: ['node-probe'],
  explanation:
    'windbg runs its node probes in a short-lived HostProcess pod pinned to the node. That pod did not start, ' +
    'so the probe facts of this node are unknown. The usual reasons are an image the node cannot pull ' +
    '(air-gapped registry, proxy), a namespace whose Pod Security level rejects HostProcess pods, or a cluster ' +
    'or container runtime too old for HostProcess containers (Kubernetes 1.26+, containerd 1.6+).',
  fix: {
    readReasonEvidence: 'Read the reason and the evidence of this finding: image pull, admission, HostProcess support or scheduling.',
    behindAirGapped: 'Behind an air-gapped or proxied registry, mirror the probe image and pass it with --probe-image.',
    runProbeNamespace: 'Run the probe in a namespace labelled pod-security.kubernetes.io/enforce=privileged (--probe-namespace).',
    upgradeKubernetesContainerd: 'Upgrade to Kubernetes 1.26+ with containerd 1.6+ on the node to use HostProcess containers.',
  },
  messages: {
    namespaceMissing: 'The probe namespace {namespace} does not exist; pass an existing namespace with --probe-namespace.',
    podSecurity: 'Namespace {namespace} enforces the Pod Security level "{level}", which rejects HostProcess pods, so the probe pod would not be admitted. Run the probes in a namespace labelled pod-security.kubernetes.io/enforce=privileged (--probe-namespace), or label this one: kubectl label namespace {namespace} pod-security.kubernetes.io/enforce=privileged --overwrite',
    serverTooOld: 'The cluster runs Kubernetes {version}; HostProcess probe pods need Kubernetes 1.26 or newer, so no probe pod was created.',
    runtimeNotContainerd: 'The node runs {runtime}; HostProcess probe pods need containerd 1.6 or newer, so no probe pod was created.',
    containerdTooOld: 'The node runs {runtime}; HostProcess probe pods need containerd 1.6 or newer, so no probe pod was created.',
    nodeNotReady: 'Node {node} is not Ready, so no probe pod can start there to collect a bundle; collect again once its kubelet reports Ready.',
    imagePull: 'The probe pod on {node} could not pull its image ({reason}): {message}',
    admission: 'The API server refused the probe pod for {node} ({reason}): {message}',
    hostProcessUnsupported: 'The probe pod on {node} could not run as a HostProcess container ({reason}): {message}',
    sandbox: 'The probe pod on {node} did not get a pod sandbox ({reason}): {message}',
    container: 'The probe container on {node} did not start ({reason}): {message}',
    unschedulable: 'The probe pod could not be placed on {node} ({reason}): {message}',
    deadline: 'The probe pod on {node} reached its deadline before the probe finished ({reason}): {message}',
    timeout: 'The probe pod on {node} did not start in time: {message}',
    api: 'The probe on {node} could not be completed ({reason}): {message}',
  },
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
  ],
  probe: 'node',
});
