import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureGoldens } from './golden/renderings.js';

/** Compares a rendering with test/golden/<name>; a missing file fails (npm run golden writes them). */
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

describe('golden renderings of a fixed diagnosis', () => {
  for (const [name, render] of Object.entries(fixtureGoldens())) {
    it(name, () => {
      const path = join(goldenDir, name);
      expect(existsSync(path), `test/golden/${name} is missing: run npm run golden`).toBe(true);
      expect(render()).toBe(readFileSync(path, 'utf8'));
    });
  }
});
