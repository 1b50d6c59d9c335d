/**
 * Writes src/engine/pages-map.ts: one static import per docs page (docs/rules/<id>.md and
 * docs/rules/<lang>/<id>.md for every non-English language), so the single-file bundle carries
 * every page. Run it after adding or removing a page:
 *
 *   npx tsx scripts/pages-map.ts           # rewrite the map
 *   npx tsx scripts/pages-map.ts --check   # exit 1 when the map is stale
 *
 * test/i18n-pages.test.ts fails when the committed map differs from what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesMapSource } from '../src/engine/pages-map-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src', 'engine', 'pages-map.ts');

function main(argv: readonly string[]): number {
  const wanted = pagesMapSource(join(root, 'docs', 'rules'));
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (argv.includes('--check')) {
    if (current === wanted) return 0;
    process.stderr.write('src/engine/pages-map.ts is stale: run npx tsx scripts/pages-map.ts\n');
    return 1;
  }
  if (current !== wanted) writeFileSync(target, wanted);
  process.stdout.write(`${current === wanted ? 'unchanged' : 'wrote'} src/engine/pages-map.ts\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
