/**
 * Writes every golden file under test/golden from the renderers (test/golden/renderings.ts), the
 * only way they are written: the tests compare and fail on a missing file.
 *
 *   npm run golden
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allGoldens } from '../test/golden/renderings.js';

const goldenDir = fileURLToPath(new URL('../test/golden/', import.meta.url));
let written = 0;
const goldens = allGoldens();
for (const [name, render] of Object.entries(goldens)) {
  const path = join(goldenDir, name);
  const text = render();
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  written += 1;
}
process.stdout.write(`golden: ${Object.keys(goldens).length} files, ${written} written\n`);
