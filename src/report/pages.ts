/**
 * The page of every cause in the output language (picked at the edge, like every other text), from the cause folders (page.md, i18n/<lang>.md),
 * bundled as text. test/causes-generated.test.ts checks that docs/rules holds the same pages.
 */
import { allCauses, causeById } from '../causes/index.js';
import { publishedPage } from '../causes/page.js';
import { join, normalize } from 'node:path';
import { language, type Lang } from '../i18n/index.js';
import type { PageRoots } from './model.js';

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
  return translated ? publishedPage(id, translated, lang) : publishedPage(id, cause.page);
}


/**
 * A page as `explain` prints it, its links made to work where the reader is: a link to another
 * cause's page becomes `kubectl windbg explain <id>`; another relative link (the Windows error code
 * table) becomes the installed file or the web address, resolved from the folder the page sits in
 * (docs/rules/, or docs/rules/<lang>/ for a translation). Web links stay as written.
 */
export function pageForReaders(id: string, page: string, lang: Lang, roots: PageRoots): string {
  const sub = lang !== 'en' && hasPageIn(id, lang) ? `${lang}/` : '';
  return page.replace(/\[([^\]\n]*)\]\(([^)\s]+)\)/g, (whole, text: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return whole;
    const cause = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(target);
    if (cause && causeById(cause[1]!)) return `${text} (kubectl windbg explain ${cause[1]})`;
    if (roots.pagesDir) return `${text} (${normalize(join(roots.pagesDir, sub, target))})`;
    if (roots.pagesUrl) return `${text} (${new URL(target, `${roots.pagesUrl}/${sub}`).href})`;
    return whole;
  });
}

/** Whether the page of the id exists in that language itself (not through the English fallback). */
export function hasPageIn(id: string, lang: Lang): boolean {
  const cause = causeById(id);
  return cause !== undefined && (lang === 'en' || cause.translations[lang]?.page !== undefined);
}
