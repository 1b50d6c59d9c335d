import { probeRules } from './probe-rules.js';
import { snapshotRules } from './snapshot-rules.js';
import type { Rule } from './types.js';

/** Every catalogue rule, sorted by id. */
export const allRules: readonly Rule[] = [...snapshotRules, ...probeRules].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
