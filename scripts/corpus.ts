/**
 * Reads and checks the labelled corpus (corpus/*.yaml, see src/corpus/schema.ts).
 *
 *   npx tsx scripts/corpus.ts     # prints counts; exit 1 with one line per problem
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateIds, isEntryFile, parseCorpusFile, type CorpusEntry } from '../src/corpus/schema.js';

export const corpusDir = fileURLToPath(new URL('../corpus/', import.meta.url));

export function loadCorpus(dir: string = corpusDir): { entries: CorpusEntry[]; problems: string[] } {
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter(isEntryFile).sort()) {
    const parsed = parseCorpusFile(readFileSync(join(dir, name), 'utf8'), `corpus/${name}`);
    entries.push(...parsed.entries);
    problems.push(...parsed.problems);
  }
  problems.push(...duplicateIds(entries));
  return { entries, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { entries, problems } = loadCorpus();
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  const threads = new Set(entries.map((entry) => entry.source)).size;
  process.stdout.write(`corpus: ${entries.length} entries from ${threads} threads\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
