/**
 * Findings about the probes themselves: a probe pod or a canary pod that could not run. They are
 * reported next to the other findings instead of being thrown, so the rest of the report prints.
 */
import type { Finding, RuleMeta } from '../rules/types.js';
import { makeFinding } from '../rules/finding.js';
import type { ProbePodFailure } from './probe-pod-failure.js';

export const probePodFailedRule: RuleMeta = {
  id: 'probe-pod-failed',
  title: 'The windbg probe pod could not run on the node',
  area: 'node',
  severity: 'warning',
  inputs: ['node-probe'],
  explanation:
    'windbg runs its node probes in a short-lived HostProcess pod pinned to the node. That pod did not start, ' +
    'so the probe facts of this node are unknown. The usual reasons are an image the node cannot pull ' +
    '(air-gapped registry, proxy), a namespace whose Pod Security level rejects HostProcess pods, or a cluster ' +
    'or container runtime too old for HostProcess containers (Kubernetes 1.26+, containerd 1.6+).',
  remediation: [
    'Read the reason and the evidence of this finding: image pull, admission, HostProcess support or scheduling.',
    'Behind an air-gapped or proxied registry, mirror the probe image and pass it with --probe-image.',
    'Run the probe in a namespace labelled pod-security.kubernetes.io/enforce=privileged (--probe-namespace).',
    'Upgrade to Kubernetes 1.26+ with containerd 1.6+ on the node to use HostProcess containers.',
  ],
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
  ],
  probe: 'node',
};

export const canaryFailedRule: RuleMeta = {
  id: 'canary-failed',
  title: 'A canary pod for this Windows build did not start or could not reach the cluster',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe'],
  explanation:
    'windbg schedules one small nanoserver pod per Windows build and tests cluster DNS, the kubernetes ' +
    'ClusterIP service and the API server from inside it. A canary that cannot start, or cannot reach those, ' +
    'means ordinary Windows workloads on nodes of this build will fail the same way.',
  remediation: [
    'Read the failed check and its evidence: start failure (image, sandbox, scheduling), DNS, ClusterIP or API server.',
    'For an image that does not match the node build, pass a matching image with --canary-image.',
    'For DNS or service failures, run `kubectl windbg node <node> --probe` on the node named in the finding.',
  ],
  references: ['https://kubernetes.io/docs/concepts/windows/intro/'],
  probe: 'node',
};

export function probePodFailedFinding(nodeName: string, message: string, failure?: ProbePodFailure): Finding {
  const evidence = (failure?.evidence ?? []).map((e) => ({ source: e.source, text: e.text }));
  return makeFinding(probePodFailedRule, { kind: 'Node', name: nodeName }, message, evidence);
}

export function canaryFailedFinding(nodeName: string, message: string, evidence: Finding['evidence']): Finding {
  return makeFinding(canaryFailedRule, { kind: 'Node', name: nodeName }, message, evidence);
}
