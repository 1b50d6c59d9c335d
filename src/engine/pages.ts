/**
 * The docs page of every rule in the output language, bundled as text (the .md loader of
 * scripts/build.ts and vitest). The static imports live in the generated src/engine/pages-map.ts
 * (scripts/pages-map.ts); test/rules-meta.test.ts checks that the English pages and the rule list
 * agree, test/i18n-pages.test.ts that the map is current and every language has every page.
 */
import { language, type Lang } from '../i18n/index.js';
import { pageFiles } from './pages-map.js';

/** Finding ids that are not catalogue rules but have a page (findings about the probes themselves). */
export const findingPageIds: readonly string[] = ['canary-failed', 'probe-pod-failed'];

const englishPages: Readonly<Record<string, string>> = pageFiles['en'] ?? {};

/** Ids of the catalogue rules that have a page, plus the reserved no-known-cause. */
export const pageIds: readonly string[] = Object.keys(englishPages).filter((id) => !findingPageIds.includes(id));

function pageIn(lang: string, id: string): string | undefined {
  const pages = pageFiles[lang];
  return pages && Object.prototype.hasOwnProperty.call(pages, id) ? pages[id] : undefined;
}

/**
 * The markdown page of a rule or finding id in the given language (default: the output language):
 * docs/rules/<lang>/<id>.md when it exists, else the English docs/rules/<id>.md; undefined for an
 * unknown id.
 */
export function rulePage(id: string, lang: Lang = language()): string | undefined {
  const english = pageIn('en', id);
  if (english === undefined) return undefined;
  return (lang === 'en' ? undefined : pageIn(lang, id)) ?? english;
}

/** Whether the page of the id exists in that language itself (not through the English fallback). */
export function hasPageIn(id: string, lang: Lang): boolean {
  return pageIn(lang, id) !== undefined;
}
