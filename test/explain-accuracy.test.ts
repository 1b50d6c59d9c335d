/**
 * docs/accuracy.md and the matcher model are what scripts/accuracy.ts computes from the corpus and
 * the causes (leave-thread-out folds), so the published numbers cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyFiles, foldOf, folds } from '../scripts/accuracy.js';
import { loadCorpus } from '../scripts/corpus.js';

describe('docs/accuracy.md and src/engine/matcher-model.generated.ts', () => {
  it('are what npm run accuracy writes (run it after changing a cause or the corpus)', () => {
    const { accuracy, model, problems } = accuracyFiles();
    expect(problems).toEqual([]);
    expect(readFileSync(new URL('../docs/accuracy.md', import.meta.url), 'utf8')).toBe(accuracy);
    expect(readFileSync(new URL('../src/engine/matcher-model.generated.ts', import.meta.url), 'utf8')).toBe(model);
    expect(accuracy).toMatch(/Top-1 on text-decidable entries labelled with a catalogue cause: \d+ of \d+/);
    expect(accuracy).toMatch(/\| 80-100% \| \d+ \| \d+ \|/);
  }, 600_000);
});

describe('leave-thread-out folds', () => {
  it('put every entry of one thread in the same fold and use every fold', () => {
    const { entries } = loadCorpus();
    const byThread = new Map<string, Set<number>>();
    for (const entry of entries) byThread.set(entry.source, (byThread.get(entry.source) ?? new Set()).add(foldOf(entry.source)));
    for (const foldsOfThread of byThread.values()) expect(foldsOfThread.size).toBe(1);
    expect(new Set(entries.map((entry) => foldOf(entry.source))).size).toBe(folds);
  });
});
