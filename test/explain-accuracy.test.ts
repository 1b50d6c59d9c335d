import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAccuracy } from '../scripts/accuracy.js';

describe('docs/accuracy.md', () => {
  it('is what scripts/accuracy.ts prints (run `npx tsx scripts/accuracy.ts` after changing signatures)', () => {
    const committed = readFileSync(new URL('../docs/accuracy.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderAccuracy());
  });

  it('reports every catalogue rule and the totals', () => {
    const text = renderAccuracy();
    expect(text).toMatch(/\| pause-image-incompatible \| 3 \(3\) \| 3 \(3\) \| 0 \|/);
    expect(text).toMatch(/Messages whose cause is outside the catalogue: \d+; confidently claimed by a rule: \d+\./);
  });
});
