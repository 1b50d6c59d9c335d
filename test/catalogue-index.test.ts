import { describe, expect, it } from 'vitest';
import { catalogueIndexSource, catalogueEntries } from '../src/cli/catalogue-index-source.js';
import { catalogueSummaries } from '../src/cli/catalogue-index.js';
import { catalogueIndex } from '../src/cli/catalogue-index.generated.js';
import { setLanguage, supportedLanguages } from '../src/i18n/index.js';
import { ruleTitle } from '../src/i18n/rules.js';
import { allRules } from '../src/rules/index.js';

describe('the catalogue index `rules` lists', () => {
  it('is what the cause folders say (run `npm run build` when this fails)', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = readFileSync(new URL('../src/cli/catalogue-index.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(catalogueIndexSource());
    expect(catalogueIndex).toEqual(catalogueEntries());
  });

  it('lists every cause with a detector, with its title in each language', async () => {
    expect(catalogueIndex.map((entry) => entry.id)).toEqual(allRules.map((rule) => rule.id));
    expect(catalogueIndex.length).toBeGreaterThan(20);
    for (const lang of supportedLanguages) {
      setLanguage(lang);
      const summaries = await catalogueSummaries(lang);
      expect(summaries).toEqual(allRules.map((rule) => ({ id: rule.id, title: ruleTitle(rule), area: rule.area, severity: rule.severity })));
    }
    setLanguage('en');
    const imageOs = (await catalogueSummaries('ja')).find((s) => s.id === 'image-os-mismatch')!;
    expect(imageOs.severity).toBe('error');
    expect(imageOs.title).not.toBe((await catalogueSummaries('en')).find((s) => s.id === 'image-os-mismatch')!.title);
  });
});
