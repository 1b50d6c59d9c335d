/**
 * The labelled corpus of real messages (corpus/*.yaml): what an entry holds and how a file is
 * checked. Pure: scripts/corpus.ts reads the files, the matcher's fitting and the accuracy report
 * use the entries. Format of one entry:
 *
 *   - id: unique-slug
 *     label: <cause id> | none          # the cause the public thread settled on
 *     source: "owner/repo#123"          # the thread; every entry of one thread shares a fold
 *     kind: message | log | narrative   # a verbatim message, a log excerpt, or an operator's prose
 *     textDecidable: true | false       # whether the text alone can tell the cause
 *     context: {eventReason: ..., component: ..., phase: ...}   # optional, only what the thread shows
 *     text: |
 *       verbatim text
 *     established: "one line: how the thread settled the cause"
 */
import { parse } from 'yaml';

export type CorpusKind = 'message' | 'log' | 'narrative';

export interface CorpusEntry {
  id: string;
  /** A cause id (of the catalogue or proposed) or "none". */
  label: string;
  source: string;
  kind: CorpusKind;
  textDecidable: boolean;
  context: Readonly<Record<string, string>>;
  text: string;
  established: string;
  /** The corpus file it came from. */
  file: string;
}

const slug = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const thread = /^(?:[\w.-]+\/[\w.-]+#\d+|https:\/\/\S+)$/;
const kinds: readonly CorpusKind[] = ['message', 'log', 'narrative'];

/** Entries of one corpus file, or the problems that make it invalid (one line each). */
export function parseCorpusFile(text: string, file: string): { entries: CorpusEntry[]; problems: string[] } {
  const problems: string[] = [];
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    return { entries: [], problems: [`${file}: not YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!Array.isArray(document)) return { entries: [], problems: [`${file}: must be a list of entries`] };
  const entries: CorpusEntry[] = [];
  document.forEach((raw: unknown, index) => {
    const where = `${file}[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${where}: not a mapping`);
      return;
    }
    const item = raw as Record<string, unknown>;
    const id = typeof item['id'] === 'string' ? item['id'] : '';
    const at = id ? `${file}: ${id}` : where;
    const text = (field: string): string => (typeof item[field] === 'string' ? (item[field] as string) : '');
    if (!slug.test(id)) problems.push(`${at}: id must be a lower-case slug`);
    if (!slug.test(text('label'))) problems.push(`${at}: label must be a cause id or none`);
    if (!thread.test(text('source'))) problems.push(`${at}: source must be "owner/repo#number" or an https address`);
    if (!kinds.includes(text('kind') as CorpusKind)) problems.push(`${at}: kind must be one of ${kinds.join(', ')}`);
    if (typeof item['textDecidable'] !== 'boolean') problems.push(`${at}: textDecidable must be true or false`);
    if (text('text').trim() === '') problems.push(`${at}: text is empty`);
    if (text('established').trim() === '') problems.push(`${at}: established is empty`);
    const context: Record<string, string> = {};
    if (item['context'] !== undefined) {
      if (typeof item['context'] !== 'object' || item['context'] === null || Array.isArray(item['context'])) problems.push(`${at}: context must be a mapping`);
      else for (const [key, value] of Object.entries(item['context'] as Record<string, unknown>)) context[key] = String(value);
    }
    entries.push({
      id,
      label: text('label'),
      source: text('source'),
      kind: text('kind') as CorpusKind,
      textDecidable: item['textDecidable'] === true,
      context,
      text: text('text'),
      established: text('established'),
      file,
    });
  });
  return { entries, problems };
}

/** Problems across files: ids must be unique in the whole corpus. */
export function duplicateIds(entries: readonly CorpusEntry[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push(`${entry.file}: ${entry.id}: id also used in ${first}`);
    else seen.set(entry.id, entry.file);
  }
  return problems;
}

/** Corpus files hold entries; proposed-causes.*.yaml files describe causes to add and are not entries. */
export function isEntryFile(name: string): boolean {
  return name.endsWith('.yaml') && !name.startsWith('proposed-causes');
}
