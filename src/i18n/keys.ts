/**
 * The texts every language must carry: each key of the English catalogues, plus the texts of every
 * cause (title, explanation, fix steps, the why of each signature, its messages) whose English
 * lives in the cause folder. Cause texts are listed as "rules.<id>.<key>" ("rules.<id>.fix.<name>").
 * Used by the completeness tests and by scripts/i18n-missing.ts; reads no files.
 */
import { createHash } from 'node:crypto';
import { allCauses, translationOf, type Cause } from '../causes/index.js';
import { en } from './en/index.js';
import { catalogOf, type Lang } from './index.js';
import { englishText } from './rules.js';

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

/** The overlay keys of one cause ("title", "fix.<name>", ...), in the order of its folder. */
export function causeTextKeys(cause: Cause): string[] {
  const keys = ['title', 'explanation', ...cause.fixNames.map((name) => `fix.${name}`)];
  for (const signature of cause.signatures ?? []) {
    // Localised twins of a signature reuse its why.
    if (!signature.whyOf) keys.push(`why.${signature.name}`);
  }
  keys.push(...Object.keys(cause.messages).map((name) => `msg.${name}`));
  return keys;
}

/** The text keys of one cause with their English. */
export function ruleTextKeys(cause: Cause): RequiredKey[] {
  return causeTextKeys(cause).map((key) => required(`rules.${cause.id}.${key}`, englishText(cause, key) ?? ''));
}

export function requiredKeys(): RequiredKey[] {
  const fromCatalogue = Object.entries(en).map(([key, english]) => required(key, english));
  return [...fromCatalogue, ...allCauses.flatMap(ruleTextKeys)];
}

const causeKey = /^rules\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(.+)$/;

/** The translation of a required key in `lang`, wherever it lives (catalogue or cause overlay). */
function translationFor(lang: Lang, key: string): string | undefined {
  const own = causeKey.exec(key);
  if (own) {
    const cause = allCauses.find((c) => c.id === own[1]);
    if (cause) return translationOf(cause, lang)?.texts[own[2]!];
  }
  return catalogOf(lang)[key];
}

/** Required keys the language does not have (English never misses any). */
export function missingKeys(lang: Lang): RequiredKey[] {
  if (lang === 'en') return [];
  return requiredKeys().filter((entry) => {
    const text = translationFor(lang, entry.key);
    return text === undefined || text.trim() === '';
  });
}

/** Translated keys whose placeholders differ from the English text's. */
export function placeholderMismatches(lang: Lang): PlaceholderMismatch[] {
  if (lang === 'en') return [];
  const out: PlaceholderMismatch[] = [];
  for (const entry of requiredKeys()) {
    const translated = translationFor(lang, entry.key);
    if (translated === undefined) continue;
    const found = placeholdersOf(translated);
    if (found.join(',') !== entry.placeholders.join(',')) out.push({ ...entry, translated, found });
  }
  return out;
}

/** Keys of the language's catalogue and cause overlays that no English text asks for (renamed or removed keys). */
export function unknownKeys(lang: Lang): string[] {
  if (lang === 'en') return [];
  const known = new Set(requiredKeys().map((entry) => entry.key));
  const catalogue = Object.keys(catalogOf(lang));
  const overlays = allCauses.flatMap((cause) => Object.keys(translationOf(cause, lang)?.texts ?? {}).map((key) => `rules.${cause.id}.${key}`));
  return [...catalogue, ...overlays].filter((key) => !known.has(key)).sort();
}

/** The hash a translation overlay stores for the English text it was made from. */
export function sourceHash(english: string): string {
  return createHash('sha256').update(english).digest('hex').slice(0, 10);
}

/** Cause texts whose English changed since they were translated (their stored hash differs), or that carry no hash. */
export function staleTranslations(lang: Lang): RequiredKey[] {
  if (lang === 'en') return [];
  const out: RequiredKey[] = [];
  for (const cause of allCauses) {
    const translation = translationOf(cause, lang);
    if (!translation) continue;
    for (const key of Object.keys(translation.texts)) {
      const english = englishText(cause, key);
      if (english === undefined) continue;
      if (translation.sources[key] !== sourceHash(english)) out.push(required(`rules.${cause.id}.${key}`, english));
    }
  }
  return out;
}
