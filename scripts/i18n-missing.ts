/**
 * Lists what a language still lacks: missing keys and keys whose placeholders differ from the
 * English text, grouped by area (cli, kube, engine, probes, report, rules.<id>), each with its
 * English text; then keys no English text asks for.
 *
 *   npm run i18n:missing -- ja          # readable list
 *   npm run i18n:missing -- ko --json   # {missing, mismatched, unknown}
 *
 * Exits 1 when anything is missing or mismatched, 0 when the language is complete.
 */
import { isLang, supportedLanguages } from '../src/i18n/index.js';
import { missingKeys, placeholderMismatches, unknownKeys, type RequiredKey } from '../src/i18n/keys.js';

/** Multi-line texts keep their shape under the key. */
function indented(text: string): string {
  return text.replace(/\n/g, '\n        ');
}

function groupOf(key: string): string {
  const parts = key.split('.');
  return parts[0] === 'rules' ? `rules.${parts[1]}` : parts[0]!;
}

function grouped<T extends RequiredKey>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groupOf(entry.key);
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return groups;
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const lang = argv.find((arg) => !arg.startsWith('--'));
  if (!lang || !isLang(lang) || lang === 'en') {
    process.stderr.write(`usage: npx tsx scripts/i18n-missing.ts <${supportedLanguages.filter((l) => l !== 'en').join('|')}> [--json]\n`);
    return 2;
  }
  const missing = missingKeys(lang);
  const mismatched = placeholderMismatches(lang);
  const unknown = unknownKeys(lang);
  if (json) {
    process.stdout.write(`${JSON.stringify({ language: lang, missing, mismatched, unknown }, null, 2)}\n`);
    return missing.length + mismatched.length > 0 ? 1 : 0;
  }
  const out: string[] = [];
  out.push(`${lang}: ${missing.length} missing, ${mismatched.length} with other placeholders, ${unknown.length} unknown`);
  for (const [group, entries] of grouped(missing)) {
    out.push('', `## missing: ${group} (${entries.length})`);
    for (const entry of entries) out.push(`${entry.key}`, `    en: ${indented(entry.english)}`);
  }
  for (const [group, entries] of grouped(mismatched)) {
    out.push('', `## placeholders differ: ${group} (${entries.length})`);
    for (const entry of entries) {
      out.push(
        `${entry.key}  (en {${entry.placeholders.join('}, {')}} / ${lang} {${entry.found.join('}, {')}})`,
        `    en: ${indented(entry.english)}`,
        `    ${lang}: ${indented(entry.translated)}`,
      );
    }
  }
  if (unknown.length > 0) {
    out.push('', `## unknown keys (not in English; renamed or removed): ${unknown.length}`);
    out.push(...unknown);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return missing.length + mismatched.length > 0 ? 1 : 0;
}

// Piped into head or less: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = main(process.argv.slice(2));
