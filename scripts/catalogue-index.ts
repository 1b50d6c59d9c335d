/**
 * Writes src/cli/catalogue-index.generated.ts: id, area, severity and the title in every output
 * language of each cause `kubectl windbg rules` lists. The command reads this small table
 * instead of loading every cause folder (pages, translations, detectors) before it prints a line.
 * Run by `npm run build` (scripts/build.ts bundles this script first, since cause folders import
 * .md files as text); test/catalogue-index.test.ts fails when the table is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueIndexSource } from '../src/cli/catalogue-index-source.js';

const target = process.argv[2] ?? fileURLToPath(new URL('../src/cli/catalogue-index.generated.ts', import.meta.url));
const source = catalogueIndexSource();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // Not generated yet.
}
if (current !== source) {
  writeFileSync(target, source);
  process.stderr.write('catalogue index: written\n');
}
