import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageIds, rulePage } from '../src/engine/pages.js';
import { NO_KNOWN_CAUSE } from '../src/rules/finding.js';
import { allRules, ruleById } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';

/** The catalogue of causes the rule ids must match exactly. */
const catalogue = parse(readFileSync(new URL('./fixtures/rules/causes.yaml', import.meta.url), 'utf8')) as { id: string; area: string }[];
const catalogueIds = catalogue.map((entry) => entry.id);

/** Rule ids added beyond the catalogue (none today); each must be listed here on purpose. */
const additions: readonly string[] = [];

const rulesDir = new URL('../src/rules/', import.meta.url);
/** Files in src/rules that are not rule modules. */
const supportModules = new Set(['types.ts', 'finding.ts', 'index.ts', 'snapshot-rules.ts', 'probe-rules.ts', 'probe-rule-helpers.ts']);
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !supportModules.has(name));

const sections = ['Symptoms', 'Cause', 'How windbg detects it', 'Fix', 'References'];

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).detect === 'function';
}

describe('rule catalogue', () => {
  it('has one rule per catalogue id, plus only the listed additions', () => {
    expect(allRules.map((rule) => rule.id)).toEqual([...catalogueIds, ...additions].sort());
    expect(new Set(allRules.map((rule) => rule.id)).size).toBe(allRules.length);
  });

  it('keeps every rule id a catalogue id or a listed addition', () => {
    for (const rule of allRules) expect([...catalogueIds, ...additions]).toContain(rule.id);
    expect(allRules.map((r) => r.id)).not.toContain(NO_KNOWN_CAUSE);
  });

  it('has exactly one module src/rules/<id>.ts per rule, exporting that rule, registered in allRules', async () => {
    expect(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(allRules.map((rule) => rule.id));
    for (const file of ruleFiles) {
      const module = (await import(`../src/rules/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const exported = Object.values(module).filter(isRule);
      expect(exported.map((rule) => rule.id), file).toEqual([file.replace(/\.ts$/, '')]);
      expect(ruleById(exported[0]!.id)).toBe(exported[0]);
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
    expect([...pageIds].sort()).toEqual([...allRules.map((rule) => rule.id), NO_KNOWN_CAUSE].sort());
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
