/**
 * The catalogue as `kubectl windbg rules` lists it, from a table generated at build time
 * (catalogue-index.generated.ts): listing the causes never loads their folders.
 */
import type { Area, Severity } from '../rules/types.js';
import type { Lang } from '../i18n/index.js';
import type { CauseFoundBy, RuleSummary } from '../report/model.js';

export interface CatalogueEntry {
  id: string;
  area: Area;
  severity: Severity;
  foundBy: CauseFoundBy;
  title: Record<Lang, string>;
}

/** Catalogue entries as `rules` shows them, titles in `lang` (English where a translation has none). */
export function summariesOf(entries: readonly CatalogueEntry[], lang: Lang): RuleSummary[] {
  return entries.map((entry) => ({ id: entry.id, title: entry.title[lang] || entry.title.en, area: entry.area, severity: entry.severity, foundBy: entry.foundBy }));
}

/** The causes with their titles in `lang`, from the generated table. */
export async function catalogueSummaries(lang: Lang): Promise<RuleSummary[]> {
  const { catalogueIndex } = await import('./catalogue-index.generated.js');
  return summariesOf(catalogueIndex, lang);
}
