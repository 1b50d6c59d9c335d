/**
 * Findings about the probes themselves: a probe pod or a canary pod that could not run. They are
 * reported next to the other findings instead of being thrown, so the rest of the report prints.
 */
import type { Finding } from '../rules/types.js';
import type { Text } from '../causes/define.js';
import { CANARY_FAILED, makeFinding, PROBE_POD_FAILED } from '../rules/finding.js';
import type { ProbePodFailure } from './probe-pod-failure.js';

export function probePodFailedFinding(nodeName: string, message: Text, failure?: ProbePodFailure): Finding {
  const evidence = (failure?.evidence ?? []).map((e) => ({ source: e.source, text: e.text }));
  return { ruleId: PROBE_POD_FAILED, ...makeFinding({ severity: 'warning' }, { kind: 'Node', name: nodeName }, message, evidence) };
}

export function canaryFailedFinding(nodeName: string, message: Text, evidence: Finding['evidence']): Finding {
  return { ruleId: CANARY_FAILED, ...makeFinding({ severity: 'error' }, { kind: 'Node', name: nodeName }, message, evidence) };
}
