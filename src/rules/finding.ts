import type { KNode, KPod } from '../kube/types.js';
import type { Evidence, Finding, RuleMeta, Severity, Target } from './types.js';

/** The reserved id for an unhealthy pod or node that no catalogue rule explains. */
export const NO_KNOWN_CAUSE = 'no-known-cause';

export function nodeTarget(node: KNode): Target {
  return { kind: 'Node', name: node.metadata.name };
}

export function podTarget(pod: KPod): Target {
  return { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name };
}

export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** Builds a finding carrying the rule's title, severity and remediation unless overridden. */
export function makeFinding(
  rule: RuleMeta,
  target: Target,
  message: string,
  evidence: Evidence[],
  overrides: { severity?: Severity; remediation?: string[] } = {},
): Finding {
  return {
    ruleId: rule.id,
    severity: overrides.severity ?? rule.severity,
    target,
    title: rule.title,
    message,
    evidence,
    remediation: overrides.remediation ?? [...rule.remediation],
    docs: docsPath(rule.id),
  };
}
