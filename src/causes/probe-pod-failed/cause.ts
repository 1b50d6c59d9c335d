import { defineCause } from '../define.js';

/**
 * The probe pod itself could not run on a node. Reported by the probe runner (src/probes) next to
 * the other findings instead of being thrown, so the rest of the report prints.
 */
export default defineCause({
  title: 'The windbg probe pod could not run on the node',
  area: 'node',
  severity: 'warning',
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
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
  ],
  probe: 'node',
});
