/**
 * Discovers the cause folders under src/causes, validates them, and writes what is generated from
 * them: src/causes/registry.generated.ts (the registry the product imports), the published
 * pages docs/rules/<id>.md and docs/rules/<lang>/<id>.md, and docs/windows-error-codes.md (the code
 * table with the causes whose windowsCodes name each code). `npm run build` runs it first.
 *
 *   npx tsx scripts/causes.ts           # validate and write
 *   npx tsx scripts/causes.ts --check   # validate; exit 1 when a generated file is stale
 *
 * A folder whose name is not an id, a missing cause.ts / page.md, a missing or malformed required
 * field, or two signatures with one name fail with one line per problem.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CauseDefinition } from '../src/causes/define.js';
import {
  causeFolderNames,
  definitionProblems,
  reporterProblems,
  describeFolder,
  folderFileProblems,
  registrySource,
  translationLanguages,
  type CauseFolder,
} from '../src/causes/folders.js';
import { pagePath, publishedPage } from '../src/causes/page.js';
import { windowsErrorCodesPage } from '../src/windows/error-codes-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const causesDir = join(root, 'src', 'causes');
const registryPath = join(causesDir, 'registry.generated.ts');
export const windowsCodesPagePath = join(root, 'docs', 'windows-error-codes.md');

/** Every generated file and its wanted content, or the problems that stop generation. */
export async function generatedFiles(): Promise<{ files: Map<string, string>; problems: string[] }> {
  const problems: string[] = [];
  const folders: CauseFolder[] = [];
  /** Windows code name -> the causes that list it, in id order. */
  const pointsAt = new Map<string, string[]>();
  const reporters = new Map<string, string | undefined>();
  const ids = causeFolderNames(causesDir);
  for (const id of ids) {
    const fileProblems = folderFileProblems(causesDir, id);
    problems.push(...fileProblems);
    if (fileProblems.length > 0) continue;
    const module = (await import(pathToFileURL(join(causesDir, id, 'cause.ts')).href)) as { default?: unknown };
    const definitionIssues = definitionProblems(id, module.default);
    problems.push(...definitionIssues);
    if (definitionIssues.length === 0) {
      const definition = module.default as CauseDefinition;
      folders.push(describeFolder(causesDir, id, definition));
      reporters.set(id, definition.reportedBy);
      for (const name of definition.windowsCodes ?? []) pointsAt.set(name, [...(pointsAt.get(name) ?? []), id]);
    }
  }
  if (problems.length === 0) problems.push(...reporterProblems(reporters));
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id.toLowerCase())) problems.push(`${id}: duplicate cause id`);
    seen.add(id.toLowerCase());
  }
  const files = new Map<string, string>();
  files.set(registryPath, registrySource(folders));
  files.set(windowsCodesPagePath, windowsErrorCodesPage((name) => pointsAt.get(name) ?? []));
  for (const folder of folders) {
    const dir = join(causesDir, folder.id);
    files.set(join(root, pagePath(folder.id, 'en')), publishedPage(folder.id, readFileSync(join(dir, 'page.md'), 'utf8')));
    for (const t of folder.translations) {
      if (t.page) files.set(join(root, pagePath(folder.id, t.lang)), publishedPage(folder.id, readFileSync(join(dir, 'i18n', `${t.lang}.md`), 'utf8'), t.lang));
    }
  }
  return { files, problems };
}

/** Published pages in docs/rules that no folder produces any more (a removed or renamed cause). */
function orphanPages(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const lang of ['en', ...translationLanguages]) {
    const dir = lang === 'en' ? join(root, 'docs', 'rules') : join(root, 'docs', 'rules', lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      const path = join(dir, name);
      if (!files.has(path)) out.push(path);
    }
  }
  return out;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { files, problems } = await generatedFiles();
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`src/causes/${problem}\n`);
    return 1;
  }
  const stale = [...files].filter(([path, text]) => read(path) !== text).map(([path]) => path);
  const orphans = orphanPages(files);
  if (argv.includes('--check')) {
    for (const path of [...stale, ...orphans]) process.stderr.write(`stale: ${path.slice(root.length + 1)} (run npm run causes)\n`);
    return stale.length + orphans.length > 0 ? 1 : 0;
  }
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files.get(path)!);
  }
  for (const path of orphans) rmSync(path);
  process.stdout.write(`causes: ${files.size} generated files, ${stale.length} written, ${orphans.length} removed\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
