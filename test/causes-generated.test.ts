/**
 * What is generated from the cause folders is current: src/causes/registry.generated.ts and every
 * page under docs/rules equal what scripts/causes.ts writes, and no page is left without a folder.
 * A folder with a missing or malformed required field is reported, not skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/causes.js';
import { definitionProblems } from '../src/causes/folders.js';
import { causeById } from '../src/causes/index.js';

const root = new URL('..', import.meta.url).pathname;

describe('files generated from the cause folders', () => {
  it('are current (run npm run causes after changing a folder)', async () => {
    const { files, problems } = await generatedFiles();
    expect(problems).toEqual([]);
    const stale = [...files].filter(([path, text]) => readFileSync(path, 'utf8') !== text).map(([path]) => path.slice(root.length));
    expect(stale).toEqual([]);
  }, 60_000);

  it('leave no page in docs/rules without a folder', async () => {
    const { files } = await generatedFiles();
    for (const dir of ['', 'ja', 'ko', 'zh-CN']) {
      for (const name of readdirSync(join(root, 'docs', 'rules', dir)).filter((file) => file.endsWith('.md'))) {
        expect(files.has(join(root, 'docs', 'rules', dir, name)), `docs/rules/${dir}/${name}`).toBe(true);
      }
    }
  }, 60_000);
});

describe('folder validation', () => {
  const definition = causeById('version-skew')!.definition;

  it('accepts a complete definition', () => {
    expect(definitionProblems('version-skew', definition)).toEqual([]);
  });

  it('reports each missing or malformed required field', () => {
    const { title: _title, fix: _fix, ...rest } = definition;
    expect(definitionProblems('copy', { ...rest, severity: 'fatal' })).toEqual([
      'copy: required field "title" is missing or empty',
      'copy: "severity" must be one of error, warning, info',
      'copy: required field "fix" (named steps) is missing or empty',
    ]);
    const signature = { name: 'a', pattern: /a/, weight: 0.5, why: 'a' };
    expect(definitionProblems('copy', { ...definition, signatures: [signature, { ...signature, group: 'b' }] })).toEqual([
      'copy: two signatures are named "a"',
      'copy: signature "a" refers to unknown signature "b"',
    ]);
    expect(definitionProblems('copy', { ...definition, windowsCodes: ['HCS_E_IMAGE_MISMATCH', 'HCS_E_NO_SUCH_CODE'] })).toEqual([
      'copy: windowsCodes names "HCS_E_NO_SUCH_CODE", which is not in the table of src/windows/error-codes.ts',
    ]);
  });
});
