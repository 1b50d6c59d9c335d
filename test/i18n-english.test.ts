/**
 * English output stays byte-identical now that rule texts come from catalogues: the engine's whole
 * English output over the rule fixtures, the scenarios and the recorded real-world messages equals
 * the recorded baseline (test/golden/i18n/english-baseline.json).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n/index.js';
import { englishCorpus } from './golden/i18n/english-corpus.js';

const baseline = readFileSync(new URL('./golden/i18n/english-baseline.json', import.meta.url), 'utf8');

describe('English output', () => {
  afterEach(() => setLanguage('en'));

  it('is byte-identical to the recorded baseline', async () => {
    setLanguage('en');
    const corpus = await englishCorpus();
    expect(corpus.length).toBeGreaterThan(100_000);
    expect(corpus).toBe(baseline);
  }, 60_000);

  it('comes back unchanged after another language was used', async () => {
    setLanguage('ja');
    await englishCorpus();
    setLanguage('en');
    expect(await englishCorpus()).toBe(baseline);
  }, 60_000);
});
