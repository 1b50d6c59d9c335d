import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCheckText, renderTextReport } from '../src/report/text.js';
import { renderReportJson } from '../src/report/json.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderGithub } from '../src/report/github.js';
import { fixtureCheckReport, fixtureNodeReport } from './golden/fixture.js';

/** Compares a rendering with test/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    if (process.env['UPDATE_GOLDEN'] !== '1' && process.env['CI']) throw new Error(`golden file ${name} is missing`);
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden renderings of a fixed diagnosis', () => {
  it('node report as text', () => expectGolden('node-report.txt', renderTextReport(fixtureNodeReport, { color: false })));
  it('check as text', () => expectGolden('check.txt', renderCheckText(fixtureCheckReport, { color: false })));
  it('check as json', () => expectGolden('check.json', renderReportJson(fixtureCheckReport)));
  it('check as junit', () => expectGolden('check.junit.xml', renderJunit(fixtureCheckReport)));
  it('check as markdown', () => expectGolden('check.md', renderMarkdown(fixtureCheckReport)));
  it('check as github annotations', () => expectGolden('check.github.txt', renderGithub(fixtureCheckReport)));
});
