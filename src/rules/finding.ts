import type { KNode, KPod } from '../kube/types.js';
import type { Text } from '../causes/define.js';
import type { Affected, Evidence, FindingDraft, Severity, Target } from './types.js';

export function nodeTarget(node: KNode): Target {
  return { kind: 'Node', name: node.metadata.name };
}

export function podTarget(pod: KPod): Target {
  return { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name };
}

/**
 * Where to read the cause's page: the command that prints it (embedded in the npm bundle and in the
 * executables, in the output language), valid wherever the tool is installed.
 */
export function docsPath(ruleId: string): string {
  return `kubectl windbg explain ${ruleId}`;
}

/** A finding of the cause (its default severity unless overridden); title, fix steps and page are added when it is rendered. */
export function makeFinding(
  cause: { severity: Severity },
  target: Target,
  message: Text,
  evidence: Evidence[],
  overrides: { severity?: Severity } = {},
): FindingDraft {
  return { severity: overrides.severity ?? cause.severity, target, message, evidence };
}

/**
 * The pods a finding about another object (a Service, a NetworkPolicy) affects: the exact count and
 * the first `cap` of them by namespace/name, so that reports about one node or one pod can show it.
 */
export function affectedPods(pods: readonly { namespace: string; name: string }[], cap: number): Affected {
  const objects = [...pods]
    .sort((a, b) => (a.namespace === b.namespace ? a.name.localeCompare(b.name) : a.namespace.localeCompare(b.namespace)))
    .slice(0, cap)
    .map((pod) => ({ kind: 'Pod' as const, namespace: pod.namespace, name: pod.name }));
  return { count: pods.length, objects };
}
