/**
 * Discovery and validation of the cause folders, for scripts/causes.ts (which writes the generated
 * registry and the docs pages) and the test that keeps them current. Reads the file system: never
 * imported by the product itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { windowsCodes } from '../windows/error-codes.js';
import { causeReporters, type CauseDefinition } from './define.js';

/** Page and text languages besides English; each cause may carry i18n/<lang>.ts and i18n/<lang>.md. */
export const translationLanguages = ['ja', 'ko', 'zh-CN'] as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const knownCodeNames = new Set(windowsCodes.map((code) => code.name));

export interface CauseFolder {
  id: string;
  hasDetector: boolean;
  translations: { lang: string; texts: boolean; page: boolean }[];
}

/** Folder names under src/causes that are causes (every directory; a bad name is an error). */
export function causeFolderNames(causesDir: string): string[] {
  return readdirSync(causesDir)
    .filter((name) => statSync(join(causesDir, name)).isDirectory())
    .sort();
}

/** Each reporter of causeReporters needs exactly one folder: `reportedBy` by folder id. */
export function reporterProblems(reportedBy: ReadonlyMap<string, string | undefined>): string[] {
  const problems: string[] = [];
  for (const reporter of causeReporters) {
    const ids = [...reportedBy].filter(([, value]) => value === reporter).map(([id]) => id);
    if (ids.length === 0) problems.push(`no cause folder declares reportedBy: '${reporter}'`);
    if (ids.length > 1) problems.push(`${ids.join(', ')}: only one cause folder may declare reportedBy: '${reporter}'`);
  }
  return problems;
}

/** Problems of one folder's files (before its module is loaded). */
export function folderFileProblems(causesDir: string, id: string): string[] {
  const dir = join(causesDir, id);
  const problems: string[] = [];
  if (!idPattern.test(id)) problems.push(`${id}: a cause folder name is its id: lower-case words joined by "-"`);
  if (!existsSync(join(dir, 'cause.ts'))) problems.push(`${id}: cause.ts is missing`);
  if (!existsSync(join(dir, 'page.md'))) problems.push(`${id}: page.md is missing`);
  else if (!/^# \S/.test(readFileSync(join(dir, 'page.md'), 'utf8'))) problems.push(`${id}: page.md must start with "# <title>"`);
  return problems;
}

const areas = ['node', 'pod', 'network', 'cluster'];
const severities = ['error', 'warning', 'info'];

/** Problems of a loaded cause definition: missing or malformed required fields. */
export function definitionProblems(id: string, value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return [`${id}: cause.ts must export default defineCause({...})`];
  const definition = value as Partial<CauseDefinition>;
  const requireText = (field: keyof CauseDefinition): void => {
    const text = definition[field];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${id}: required field "${field}" is missing or empty`);
  };
  requireText('title');
  requireText('explanation');
  if (!areas.includes(definition.area ?? '')) problems.push(`${id}: "area" must be one of ${areas.join(', ')}`);
  if (!severities.includes(definition.severity ?? '')) problems.push(`${id}: "severity" must be one of ${severities.join(', ')}`);
  if (!Array.isArray(definition.inputs) || definition.inputs.length === 0) problems.push(`${id}: required field "inputs" is missing or empty`);
  if (!Array.isArray(definition.references)) problems.push(`${id}: required field "references" is missing`);
  if (typeof definition.fix !== 'object' || definition.fix === null || Object.keys(definition.fix).length === 0) {
    problems.push(`${id}: required field "fix" (named steps) is missing or empty`);
  }
  const names = new Set<string>();
  for (const signature of definition.signatures ?? []) {
    if (typeof signature.name !== 'string' || signature.name === '') problems.push(`${id}: a signature has no name`);
    else if (names.has(signature.name)) problems.push(`${id}: two signatures are named "${signature.name}"`);
    names.add(signature.name);
    if (!(signature.pattern instanceof RegExp)) problems.push(`${id}: signature "${signature.name}" has no pattern`);
    if (!(signature.weight > 0 && signature.weight <= 1)) problems.push(`${id}: signature "${signature.name}" needs a weight in (0, 1]`);
  }
  for (const signature of definition.signatures ?? []) {
    for (const ref of [signature.group, signature.whyOf]) {
      if (ref !== undefined && !names.has(ref)) problems.push(`${id}: signature "${signature.name}" refers to unknown signature "${ref}"`);
    }
  }
  if (definition.detect !== undefined && typeof definition.detect !== 'function') problems.push(`${id}: "detect" must be a function`);
  if (definition.reportedBy !== undefined && !(causeReporters as readonly string[]).includes(definition.reportedBy)) {
    problems.push(`${id}: "reportedBy" must be one of ${causeReporters.join(', ')}`);
  }
  for (const name of definition.windowsCodes ?? []) {
    if (!knownCodeNames.has(name)) problems.push(`${id}: windowsCodes names "${name}", which is not in the table of src/windows/error-codes.ts`);
  }
  return problems;
}

export function describeFolder(causesDir: string, id: string, definition: Partial<CauseDefinition>): CauseFolder {
  const dir = join(causesDir, id);
  return {
    id,
    hasDetector: typeof definition.detect === 'function',
    translations: translationLanguages.map((lang) => ({
      lang,
      texts: existsSync(join(dir, 'i18n', `${lang}.ts`)),
      page: existsSync(join(dir, 'i18n', `${lang}.md`)),
    })),
  };
}

function identifier(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The source of src/causes/registry.generated.ts for these folders. */
export function registrySource(folders: readonly CauseFolder[]): string {
  const lines = [
    '// Generated by scripts/causes.ts from the folders under src/causes (npm run build, npm run causes).',
    '// Do not edit: add, copy or remove a folder and run the script again.',
    "import type { CauseFiles } from './files.js';",
  ];
  for (const folder of folders) {
    const name = identifier(folder.id);
    lines.push(`import ${name} from './${folder.id}/cause.js';`);
    lines.push(`import ${name}Page from './${folder.id}/page.md';`);
    for (const t of folder.translations) {
      const suffix = t.lang.replace(/-/g, '');
      if (t.texts) lines.push(`import ${name}Texts_${suffix} from './${folder.id}/i18n/${t.lang}.js';`);
      if (t.page) lines.push(`import ${name}Page_${suffix} from './${folder.id}/i18n/${t.lang}.md';`);
    }
  }
  lines.push('', 'export const causeFiles: readonly CauseFiles[] = [');
  for (const folder of folders) {
    const name = identifier(folder.id);
    lines.push('  {');
    lines.push(`    id: '${folder.id}',`);
    lines.push(`    definition: ${name},`);
    lines.push(`    page: ${name}Page,`);
    lines.push('    translations: {');
    for (const t of folder.translations) {
      if (!t.texts && !t.page) continue;
      const suffix = t.lang.replace(/-/g, '');
      const parts = [t.texts ? `translation: ${name}Texts_${suffix}` : undefined, t.page ? `page: ${name}Page_${suffix}` : undefined].filter(Boolean);
      lines.push(`      '${t.lang}': { ${parts.join(', ')} },`);
    }
    lines.push('    },');
    lines.push('  },');
  }
  lines.push('];', '');
  return lines.join('\n');
}
