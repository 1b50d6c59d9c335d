import { describe, expect, it } from 'vitest';
import { catalogueIndexSource, catalogueEntries, foundBy } from '../src/cli/catalogue-index-source.js';
import { allCauses, causeById } from '../src/causes/index.js';
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

  it('lists every cause of the catalogue, with its title in each language and how it is found', async () => {
    expect(catalogueIndex.map((entry) => entry.id)).toEqual(allCauses.map((cause) => cause.id));
    expect(catalogueIndex.length).toBeGreaterThanOrEqual(80);
    for (const lang of supportedLanguages) {
      setLanguage(lang);
      const summaries = await catalogueSummaries(lang);
      expect(summaries).toEqual(allCauses.map((cause) => ({ id: cause.id, title: ruleTitle(cause), area: cause.area, severity: cause.severity, foundBy: foundBy(cause) })));
    }
    const detected = new Set(allRules.map((rule) => rule.id));
    for (const entry of catalogueIndex) {
      const reported = causeById(entry.id)!.definition.reportedBy !== undefined;
      expect([entry.id, entry.foundBy]).toEqual([entry.id, detected.has(entry.id) || reported ? 'check' : 'explain']);
    }
    expect(catalogueIndex.find((entry) => entry.id === 'dns-client-cache-stale')?.foundBy).toBe('explain');
    expect(catalogueIndex.find((entry) => entry.id === 'no-known-cause')?.foundBy).toBe('check');
    expect(catalogueIndex.find((entry) => entry.id === 'image-os-mismatch')?.foundBy).toBe('check');
    setLanguage('en');
    const imageOs = (await catalogueSummaries('ja')).find((s) => s.id === 'image-os-mismatch')!;
    expect(imageOs.severity).toBe('error');
    expect(imageOs.title).not.toBe((await catalogueSummaries('en')).find((s) => s.id === 'image-os-mismatch')!.title);
  });
});
