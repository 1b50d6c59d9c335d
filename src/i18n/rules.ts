/**
 * A rule's own texts in the current language. The English text lives in the rule module; the
 * catalogues of the other languages carry it under rules.<id>.title, rules.<id>.explanation,
 * rules.<id>.fix.<n> and rules.<id>.why.<n> (1-based). A text missing from a catalogue falls back
 * to the rule module's English.
 */
import type { MessageSignature, RuleMeta } from '../rules/types.js';
import { tOptional } from './index.js';

/** The parts of a rule that carry text. */
export type RuleTexts = Pick<RuleMeta, 'id' | 'title' | 'explanation' | 'remediation' | 'signatures'>;

export function ruleTitleKey(id: string): string {
  return `rules.${id}.title`;
}

export function ruleExplanationKey(id: string): string {
  return `rules.${id}.explanation`;
}

/** Key of remediation step `step` (1-based). */
export function ruleFixKey(id: string, step: number): string {
  return `rules.${id}.fix.${step}`;
}

/** Key of the `why` of signature `index` (1-based). */
export function ruleWhyKey(id: string, index: number): string {
  return `rules.${id}.why.${index}`;
}

export function ruleTitle(rule: Pick<RuleTexts, 'id' | 'title'>): string {
  return tOptional(ruleTitleKey(rule.id)) ?? rule.title;
}

export function ruleExplanation(rule: Pick<RuleTexts, 'id' | 'explanation'>): string {
  return tOptional(ruleExplanationKey(rule.id)) ?? rule.explanation;
}

export function ruleRemediation(rule: Pick<RuleTexts, 'id' | 'remediation'>): string[] {
  return rule.remediation.map((step, index) => tOptional(ruleFixKey(rule.id, index + 1)) ?? step);
}

/**
 * Why a signature of the rule points at its cause. `signature` is the signature object itself or
 * its 0-based index in rule.signatures. Signatures added for localised Windows texts carry the key
 * of the rule signature they stand for (whyKey).
 */
export function signatureWhy(rule: Pick<RuleTexts, 'id' | 'signatures'>, signature: MessageSignature | number): string {
  const signatures = rule.signatures ?? [];
  const found = typeof signature === 'number' ? signatures[signature] : signature;
  if (!found) return '';
  if (found.whyKey) return tOptional(found.whyKey) ?? found.why;
  const index = signatures.indexOf(found);
  return index < 0 ? found.why : tOptional(ruleWhyKey(rule.id, index + 1)) ?? found.why;
}
