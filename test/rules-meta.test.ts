import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageIds, rulePage } from '../src/report/pages.js';
import { unexplainedCauseId } from '../src/causes/index.js';
import { allRules, ruleById } from '../src/rules/index.js';
import { allCauses } from '../src/causes/index.js';

/** The catalogue of causes the rule ids must match exactly. */
const catalogue = parse(readFileSync(new URL('./fixtures/rules/causes.yaml', import.meta.url), 'utf8')) as { id: string; area: string }[];
const catalogueIds = catalogue.map((entry) => entry.id);

const causesDir = new URL('../src/causes/', import.meta.url);
const folders = readdirSync(causesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

const sections = ['Symptoms', 'Cause', 'How windbg detects it', 'Fix', 'References'];

describe('rule catalogue', () => {
  it('has a cause for every id of the seed catalogue; more causes are added as folders', () => {
    for (const id of catalogueIds) expect(allRules.map((rule) => rule.id)).toContain(id);
    expect(new Set(allRules.map((rule) => rule.id)).size).toBe(allRules.length);
    expect(allRules.map((r) => r.id)).not.toContain(unexplainedCauseId);
  });

  it('registers exactly one cause per folder src/causes/<id>/ (the folder name is the id)', () => {
    expect(allCauses.map((cause) => cause.id)).toEqual(folders);
    for (const id of folders) {
      expect(existsSync(new URL(`${id}/cause.ts`, causesDir)), `${id}/cause.ts`).toBe(true);
      expect(existsSync(new URL(`${id}/page.md`, causesDir)), `${id}/page.md`).toBe(true);
    }
    for (const cause of allCauses) {
      if (cause.definition.detect) expect(ruleById(cause.id)).toBe(cause);
    }
  });

  it('gives every rule its metadata', () => {
    for (const rule of allRules) {
      const entry = catalogue.find((e) => e.id === rule.id);
      if (entry) expect(rule.area, rule.id).toBe(entry.area);
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(['error', 'warning', 'info'], rule.id).toContain(rule.severity);
      expect(rule.inputs.length, rule.id).toBeGreaterThan(0);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(60);
      expect(rule.remediation.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      for (const reference of rule.references) expect(reference, rule.id).toMatch(/^https:\/\//);
      for (const signature of rule.signatures ?? []) {
        expect(signature.weight, rule.id).toBeGreaterThan(0);
        expect(signature.weight, rule.id).toBeLessThanOrEqual(1);
        expect(signature.why.length, rule.id).toBeGreaterThan(10);
      }
    }
  });

  it('has a docs page with the four sections and references for every rule, bundled by rulePage()', () => {
    expect([...pageIds].sort()).toEqual(folders);
    for (const rule of allRules) {
      const path = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
      expect(existsSync(path), `docs/rules/${rule.id}.md`).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(rulePage(rule.id)).toBe(page);
      expect(page).toMatch(new RegExp(`^# .+`, 'm'));
      for (const section of sections) expect(page, `${rule.id}: ## ${section}`).toMatch(new RegExp(`^## ${section}\\s*$`, 'm'));
      expect(page, `${rule.id}: numbered fix steps`).toMatch(/## Fix\s*\n+1\. /);
    }
    expect(rulePage('no-such-rule')).toBeUndefined();
  });
});
