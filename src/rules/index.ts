/** The catalogue as the engine and the commands see it: the causes that have a detector, and all causes by id. */
import { allCauses, causeById, detectingCauses, type Cause } from '../causes/index.js';
import type { Rule } from './types.js';

/** Every cause with a detector, sorted by id. */
export const allRules: readonly Rule[] = detectingCauses;

export function ruleById(id: string): Rule | undefined {
  return detectingCauses.find((rule) => rule.id === id);
}

/** Causes without a detector of their own (the engine's, probe runner's and canary's own findings) that still carry texts and a page. */
export const extraFindingRules: readonly Cause[] = allCauses.filter((cause) => cause.definition.detect === undefined);

/** Any cause by id (for `explain <id>`). */
export function findingRuleById(id: string): Cause | undefined {
  return causeById(id);
}
