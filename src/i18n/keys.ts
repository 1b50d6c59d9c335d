/**
 * The keys every language must carry: each key of the English catalogues, plus the texts of every
 * rule (title, explanation, remediation steps, the why of each signature) whose English lives in
 * the rule modules. Used by the completeness tests and by scripts/i18n-missing.ts.
 */
import { allRules, extraFindingRules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { en } from './en/index.js';
import { catalogOf, type Lang } from './index.js';
import { ruleExplanationKey, ruleFixKey, ruleTitleKey, ruleWhyKey } from './rules.js';

export interface RequiredKey {
  key: string;
  english: string;
  /** Placeholder names ({name}) of the English text, sorted, without repeats. */
  placeholders: string[];
}

export interface PlaceholderMismatch extends RequiredKey {
  translated: string;
  /** Placeholder names of the translated text. */
  found: string[];
}

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

function required(key: string, english: string): RequiredKey {
  return { key, english, placeholders: placeholdersOf(english) };
}

/** The text keys of one rule, in the order of the rule module. */
export function ruleTextKeys(rule: RuleMeta): RequiredKey[] {
  const keys = [required(ruleTitleKey(rule.id), rule.title), required(ruleExplanationKey(rule.id), rule.explanation)];
  rule.remediation.forEach((step, index) => keys.push(required(ruleFixKey(rule.id, index + 1), step)));
  (rule.signatures ?? []).forEach((signature, index) => {
    // Signatures for localised Windows texts reuse the why of an English signature.
    if (!signature.whyKey) keys.push(required(ruleWhyKey(rule.id, index + 1), signature.why));
  });
  return keys;
}

export function requiredKeys(): RequiredKey[] {
  const fromCatalogue = Object.entries(en).map(([key, english]) => required(key, english));
  const fromRules = [...allRules, ...extraFindingRules].flatMap(ruleTextKeys);
  return [...fromCatalogue, ...fromRules];
}

/** Required keys the language's catalogue does not have (English never misses any). */
export function missingKeys(lang: Lang): RequiredKey[] {
  if (lang === 'en') return [];
  const catalog = catalogOf(lang);
  return requiredKeys().filter((entry) => catalog[entry.key] === undefined || catalog[entry.key]!.trim() === '');
}

/** Translated keys whose placeholders differ from the English text's. */
export function placeholderMismatches(lang: Lang): PlaceholderMismatch[] {
  if (lang === 'en') return [];
  const catalog = catalogOf(lang);
  const out: PlaceholderMismatch[] = [];
  for (const entry of requiredKeys()) {
    const translated = catalog[entry.key];
    if (translated === undefined) continue;
    const found = placeholdersOf(translated);
    if (found.join(',') !== entry.placeholders.join(',')) out.push({ ...entry, translated, found });
  }
  return out;
}

/** Keys of the language's catalogue that no English text asks for (renamed or removed keys). */
export function unknownKeys(lang: Lang): string[] {
  if (lang === 'en') return [];
  const known = new Set(requiredKeys().map((entry) => entry.key));
  return Object.keys(catalogOf(lang)).filter((key) => !known.has(key)).sort();
}
