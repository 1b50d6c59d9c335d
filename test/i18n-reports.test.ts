/**
 * Golden node and check reports and the rules table in ja, ko and zh-CN, rendered by the report
 * renderers from a real diagnosis of the rule fixtures in that language; tables stay aligned with
 * double-width characters. `npm run golden` rewrites the files under test/golden/i18n/<lang>/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { catalogueEntries } from '../src/cli/catalogue-index-source.js';
import { summariesOf } from '../src/cli/catalogue-index.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleTitle } from '../src/i18n/rules.js';
import { setLanguage, type Lang } from '../src/i18n/index.js';
import { renderRulesTable } from '../src/report/catalog.js';
import { renderTable } from '../src/report/table.js';
import { renderCheckText, renderTextReport } from '../src/report/text.js';
import { allRules } from '../src/rules/index.js';
import { reports } from './golden/renderings.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'i18n');
const languages: Lang[] = ['ja', 'ko', 'zh-CN'];

afterEach(() => setLanguage('en'));

/** Compares a rendering with its golden file; a missing file fails (npm run golden writes them). */
function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  expect(existsSync(path), `test/golden/i18n/${name} is missing: run npm run golden`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Terminal columns of a string: CJK ideographs, kana, hangul and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0x303e) ||
      (code >= 0x3041 && code <= 0x33ff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

describe.each(languages)('%s reports', (lang) => {
  it('node report', () => {
    setLanguage(lang);
    const { node } = reports();
    expect(node.result.findings.length).toBeGreaterThan(0);
    expectGolden(`${lang}/node-report.txt`, renderTextReport(node, { color: false }));
  });

  it('check report', () => {
    setLanguage(lang);
    const { check } = reports();
    expectGolden(`${lang}/check.txt`, renderCheckText(check, { color: false }));
  });

  it('rules table, aligned with double-width titles', () => {
    setLanguage(lang);
    const table = renderRulesTable(summariesOf(catalogueEntries(), lang));
    expectGolden(`${lang}/rules.txt`, table);
  });

  it('keeps the column after a double-width column aligned', () => {
    setLanguage(lang);
    const rows = allRules.map((r) => [r.id, ruleTitle(r), r.severity]);
    const lines = renderTable(['ID', 'TITLE', 'SEVERITY'], rows).split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(rows.length + 1);
    // Where the last column starts, in terminal columns, on every line.
    const starts = lines.map((line, i) => displayWidth(line.slice(0, line.lastIndexOf(i === 0 ? 'SEVERITY' : rows[i - 1]![2]!))));
    expect(new Set(starts).size, `last column starts at ${[...new Set(starts)].join(', ')}`).toBe(1);
    expect(lines.slice(1).some((line) => displayWidth(line) > line.length)).toBe(lang === 'en' ? false : rows.some((r) => displayWidth(r[1]!) > r[1]!.length));
  });
});

describe('the reports in English', () => {
  it('are the same findings as in every other language', () => {
    setLanguage('en');
    const english = reports().check.result.findings.map((f) => [f.ruleId, f.target.name, f.severity]);
    for (const lang of languages) {
      setLanguage(lang);
      expect(reports().check.result.findings.map((f) => [f.ruleId, f.target.name, f.severity])).toEqual(english);
    }
  });
});
