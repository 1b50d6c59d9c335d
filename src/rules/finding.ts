import type { KNode, KPod } from '../kube/types.js';
import { ruleRemediation, ruleTitle } from '../i18n/rules.js';
import type { Evidence, Finding, RuleMeta, Severity, Target } from './types.js';

/** The reserved id for an unhealthy pod or node that no catalogue rule explains. */
export const NO_KNOWN_CAUSE = 'no-known-cause';

/** Texts of the no-known-cause finding; it has no detect() of its own (the engine adds it last). */
export const noKnownCauseRule: RuleMeta = {
  id: NO_KNOWN_CAUSE,
  title: 'No known cause',
  area: 'cluster',
  severity: 'warning',
  inputs: ['pod-status', 'pod-events', 'node-status', 'node-events'],
  explanation:
    'The pod or node is unhealthy and its evidence matches no known cause in the catalogue. ' +
    'windbg says so and shows the raw evidence rather than guess: a wrong cause sends you in the wrong direction.',
  remediation: [
    'Read the evidence lines below: they are the messages exactly as the cluster wrote them.',
    'Paste the most specific message into `kubectl windbg explain "<message>"` to rank possible causes.',
    'Run the command again with --probe to add evidence from the node itself.',
  ],
  references: [
    'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/',
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/common-problems',
  ],
};

export function nodeTarget(node: KNode): Target {
  return { kind: 'Node', name: node.metadata.name };
}

export function podTarget(pod: KPod): Target {
  return { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name };
}

/**
 * Where to read the rule's page: the command that prints it (embedded in the npm bundle and in the
 * executables, in the output language), valid wherever the tool is installed.
 */
export function docsPath(ruleId: string): string {
  return `kubectl windbg explain ${ruleId}`;
}

/** Builds a finding carrying the rule's title, severity and remediation (in the current language) unless overridden. */
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
    title: ruleTitle(rule),
    message,
    evidence,
    remediation: overrides.remediation ?? ruleRemediation(rule),
    docs: docsPath(rule.id),
  };
}
