import { canaryFailedRule, probePodFailedRule } from '../probes/findings.js';
import { noKnownCauseRule } from './finding.js';
import { probeRules } from './probe-rules.js';
import { snapshotRules } from './snapshot-rules.js';
import type { Rule, RuleMeta } from './types.js';

/** Every catalogue rule, sorted by id. */
export const allRules: readonly Rule[] = [...snapshotRules, ...probeRules].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Finding ids without a detect() of their own that still carry rule texts and a page. */
export const extraFindingRules: readonly RuleMeta[] = [noKnownCauseRule, probePodFailedRule, canaryFailedRule];

/** The texts of a catalogue rule or of one of the extra finding ids (for `explain <id>`). */
export function findingRuleById(id: string): RuleMeta | undefined {
  return byId.get(id) ?? extraFindingRules.find((rule) => rule.id === id);
}
