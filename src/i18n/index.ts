/**
 * User-facing text. Every string a person reads goes through t(key, params); ids, JSON keys and
 * exit codes never do. Placeholders are written {name} and filled from params.
 */
import { en } from './en/index.js';
import { ja } from './ja/index.js';
import { ko } from './ko/index.js';
import { zhCN } from './zh-CN/index.js';

export const supportedLanguages = ['en', 'ja', 'ko', 'zh-CN'] as const;
export type Lang = (typeof supportedLanguages)[number];

export type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<Lang, Catalog> = { en, ja, ko, 'zh-CN': zhCN };
let current: Lang = 'en';

/** The catalogue of one language (for completeness tests). */
export function catalogOf(lang: Lang): Catalog {
  return catalogs[lang];
}

/** The text for key in the current language when that language has it (no English fallback). */
export function tOptional(key: string, params?: Readonly<Record<string, string | number>>): string | undefined {
  const template = catalogs[current][key];
  return template === undefined ? undefined : fill(template, params);
}

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

export function isLang(value: string): value is Lang {
  return (supportedLanguages as readonly string[]).includes(value);
}

function fill(template: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The text for key in the current language, falling back to English, then to the key itself. */
export function t(key: string, params?: Readonly<Record<string, string | number>>): string {
  const template = catalogs[current][key] ?? en[key] ?? key;
  return fill(template, params);
}
