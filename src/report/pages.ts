/**
 * The page of every cause in the output language (picked at the edge, like every other text), from the cause folders (page.md, i18n/<lang>.md),
 * bundled as text. test/causes-generated.test.ts checks that docs/rules holds the same pages.
 */
import { allCauses, causeById } from '../causes/index.js';
import { publishedPage } from '../causes/page.js';
import { language, type Lang } from '../i18n/index.js';

/** Ids of the causes without a detector of their own that still have a page. */
export const findingPageIds: readonly string[] = allCauses.filter((cause) => cause.definition.detect === undefined).map((cause) => cause.id);

/** Ids of every cause (they all have a page). */
export const pageIds: readonly string[] = allCauses.map((cause) => cause.id);

/**
 * The markdown page of a cause in the given language (default: the output language), falling back
 * to the English page; undefined for an unknown id.
 */
export function rulePage(id: string, lang: Lang = language()): string | undefined {
  const cause = causeById(id);
  if (!cause) return undefined;
  const translated = lang === 'en' ? undefined : cause.translations[lang]?.page;
  return publishedPage(id, translated ?? cause.page);
}

/** Whether the page of the id exists in that language itself (not through the English fallback). */
export function hasPageIn(id: string, lang: Lang): boolean {
  const cause = causeById(id);
  return cause !== undefined && (lang === 'en' || cause.translations[lang]?.page !== undefined);
}
