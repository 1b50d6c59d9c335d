/**
 * Docs pages per language: every page exists in ja, ko and
 * zh-CN with the structure of the English page, and rulePage() picks the output language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findingPageIds, hasPageIn, pageIds, rulePage } from '../src/report/pages.js';
import { setLanguage, supportedLanguages } from '../src/i18n/index.js';
import { findingRuleById } from '../src/rules/index.js';

const root = new URL('..', import.meta.url).pathname;
const docs = join(root, 'docs', 'rules');
const translated = supportedLanguages.filter((lang) => lang !== 'en');
const allIds = [...pageIds];

afterEach(() => setLanguage('en'));

interface PageShape {
  title: string;
  sections: string[];
  fixSteps: number;
}

/** Title line, `## ` sections and the numbered steps of the fourth section (Fix). */
function shapeOf(text: string): PageShape {
  const lines = text.split('\n');
  const sections = lines.filter((line) => line.startsWith('## '));
  const fix = text.split(/^## .*$/m)[4] ?? '';
  return { title: lines[0] ?? '', sections, fixSteps: (fix.match(/^\d+\. /gm) ?? []).length };
}

describe('English pages of the finding ids', () => {
  it.each(findingPageIds)('%s has the sections, numbered fix steps and references of its metadata', (id) => {
    const meta = findingRuleById(id)!;
    const page = rulePage(id, 'en')!;
    expect(page.split('\n')[0]!.startsWith(`# ${id}: `)).toBe(true);
    expect(shapeOf(page).sections).toEqual(['## Symptoms', '## Cause', '## How windbg detects it', '## Fix', '## References']);
    expect(shapeOf(page).fixSteps).toBeGreaterThanOrEqual(3);
    for (const reference of meta.references) expect(page).toContain(reference);
  });
});

describe.each(translated)('%s pages', (lang) => {
  it.each(allIds)(`%s exists in docs/rules/${lang}/ with the English structure`, (id) => {
    const path = join(docs, lang, `${id}.md`);
    expect(existsSync(path), `docs/rules/${lang}/${id}.md is missing`).toBe(true);
    const english = shapeOf(readFileSync(join(docs, `${id}.md`), 'utf8'));
    const page = shapeOf(readFileSync(path, 'utf8'));
    expect(page.title.startsWith(`# ${id}`)).toBe(true);
    expect(page.sections.length).toBe(english.sections.length);
    expect(page.fixSteps).toBe(english.fixSteps);
    expect(hasPageIn(id, lang)).toBe(true);
  });
});

describe('rulePage()', () => {
  it('returns the page of the output language, else the English page', () => {
    for (const lang of translated) {
      setLanguage(lang);
      for (const id of allIds) {
        const localized = join(docs, lang, `${id}.md`);
        const expected = existsSync(localized) ? readFileSync(localized, 'utf8') : readFileSync(join(docs, `${id}.md`), 'utf8');
        expect(rulePage(id)).toBe(expected);
      }
    }
    setLanguage('en');
    expect(rulePage('probe-pod-failed')).toBe(readFileSync(join(docs, 'probe-pod-failed.md'), 'utf8'));
    expect(rulePage('no-such-rule')).toBeUndefined();
    expect(rulePage('no-such-rule', 'ja')).toBeUndefined();
  });
});
