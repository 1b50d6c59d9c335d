/**
 * A cause's own texts in the output language. The English lives in the cause folder (cause.ts);
 * each language's overlay (i18n/<lang>.ts in the folder) carries the same keys: "title",
 * "explanation", "fix.<name>", "why.<name>", "msg.<name>". A text missing from an overlay falls
 * back to the English.
 */
import { causeById, translationOf, type Cause } from '../causes/index.js';
import type { MessageSignature, RuleMeta } from '../rules/types.js';
import { language, type Lang } from './index.js';

/** The English text of a cause under an overlay key, undefined for an unknown key. */
export function englishText(cause: Cause, key: string): string | undefined {
  if (key === 'title') return cause.title;
  if (key === 'explanation') return cause.explanation;
  const [kind, name] = splitKey(key);
  if (kind === 'fix') return cause.definition.fix[name];
  if (kind === 'msg') return cause.messages[name];
  if (kind === 'why') return cause.signatures?.find((signature) => signature.name === name)?.why;
  return undefined;
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}

/** The text of a cause under an overlay key in `lang` (falling back to English). */
export function causeText(cause: Cause, key: string, lang: Lang = language()): string | undefined {
  if (lang !== 'en') {
    const translated = translationOf(cause, lang)?.texts[key];
    if (translated !== undefined && translated.trim() !== '') return translated;
  }
  return englishText(cause, key);
}

function textOf(rule: Pick<RuleMeta, 'id'>, key: string, english: string): string {
  const cause = causeById(rule.id);
  return (cause && causeText(cause, key)) ?? english;
}

export function ruleTitle(rule: Pick<RuleMeta, 'id' | 'title'>): string {
  return textOf(rule, 'title', rule.title);
}

export function ruleExplanation(rule: Pick<RuleMeta, 'id' | 'explanation'>): string {
  return textOf(rule, 'explanation', rule.explanation);
}

export function ruleRemediation(rule: Pick<RuleMeta, 'id' | 'remediation'>): string[] {
  const cause = causeById(rule.id);
  if (!cause) return rule.remediation;
  return cause.fixNames.map((name) => causeText(cause, `fix.${name}`) ?? '');
}

/** Why a signature of the rule points at its cause, in the output language. */
export function signatureWhy(rule: Pick<RuleMeta, 'id'>, signature: MessageSignature): string {
  return textOf(rule, `why.${signature.whyOf ?? signature.name}`, signature.why);
}
