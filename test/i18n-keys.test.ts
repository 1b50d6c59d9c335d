/**
 * Message keys and rule texts: every key English defines (catalogues plus the texts of every rule)
 * exists in ja, ko and zh-CN with the same placeholders; t() fills placeholders and falls back to
 * English; the rule text accessors read the output language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en/index.js';
import { catalogOf, language, setLanguage, supportedLanguages, t, tOptional } from '../src/i18n/index.js';
import { missingKeys, placeholderMismatches, placeholdersOf, requiredKeys, ruleTextKeys, unknownKeys } from '../src/i18n/keys.js';
import { ruleExplanation, ruleRemediation, ruleTitle, signatureWhy } from '../src/i18n/rules.js';
import { allRules, extraFindingRules, findingRuleById } from '../src/rules/index.js';
import { makeFinding } from '../src/rules/finding.js';
import { pageFile } from '../src/report/model.js';

const translated = supportedLanguages.filter((lang) => lang !== 'en');
const root = new URL('..', import.meta.url).pathname;

afterEach(() => setLanguage('en'));

describe('t()', () => {
  it('fills every placeholder, keeps unknown ones and repeats', () => {
    expect(t('rules.apiserver-unreachable.msg.pod', { pod: 'web/iis-0' })).toBe(
      'Pod web/iis-0 cannot reach the API server (connection or certificate error).',
    );
    expect(t('rules.hns-lb-port-exhaustion.msg.exhausted', { node: 'akswin22-0', succeeded: 3, attempted: 16 })).toBe(
      'The dynamic TCP port range on akswin22-0 is exhausted: only 3 of 16 64-port reservations succeeded, so new HNS load balancers fail.',
    );
    // A placeholder without a value stays visible rather than vanishing.
    expect(t('rules.version-skew.msg.apiServer', {})).toBe('API server {version}');
  });

  it('falls back to English for a key the language lacks, then to the key itself', () => {
    const key = Object.keys(en).find((k) => translated.some((lang) => catalogOf(lang)[k] === undefined));
    for (const lang of translated) {
      setLanguage(lang);
      expect(language()).toBe(lang);
      expect(t('no.such.key')).toBe('no.such.key');
      if (key && catalogOf(lang)[key] === undefined) expect(t(key)).toBe(en[key]);
      if (key && catalogOf(lang)[key] === undefined) expect(tOptional(key)).toBeUndefined();
    }
  });

  it('reads placeholder names the way t() fills them', () => {
    expect(placeholdersOf('{count} of {limit} for {pods} and {count} again')).toEqual(['count', 'limit', 'pods']);
    expect(placeholdersOf('no placeholders, {not a name}')).toEqual([]);
  });
});

describe('required keys', () => {
  const keys = requiredKeys();

  it('are unique and cover every English catalogue key', () => {
    const names = keys.map((entry) => entry.key);
    expect(new Set(names).size).toBe(names.length);
    for (const key of Object.keys(en)) expect(names).toContain(key);
  });

  it('cover title, explanation, each fix step and each why of every rule and extra finding id', () => {
    const names = new Set(keys.map((entry) => entry.key));
    for (const rule of [...allRules, ...extraFindingRules]) {
      expect(names.has(`rules.${rule.id}.title`)).toBe(true);
      expect(names.has(`rules.${rule.id}.explanation`)).toBe(true);
      rule.remediation.forEach((_, i) => expect(names.has(`rules.${rule.id}.fix.${i + 1}`)).toBe(true));
      expect(names.has(`rules.${rule.id}.fix.${rule.remediation.length + 1}`)).toBe(false);
      const own = (rule.signatures ?? []).filter((s) => !s.whyKey);
      own.forEach((_, i) => expect(names.has(`rules.${rule.id}.why.${i + 1}`)).toBe(true));
    }
    expect(ruleTextKeys(findingRuleById('image-os-mismatch')!)[0]).toEqual({
      key: 'rules.image-os-mismatch.title',
      english: 'Container image does not match the node’s Windows build or OS',
      placeholders: [],
    });
    expect(['no-known-cause', 'probe-pod-failed', 'canary-failed'].every((id) => findingRuleById(id) !== undefined)).toBe(true);
  });

  it('include every key the rules, the engine and the probe findings pass to t()', () => {
    const dirs = ['src/rules', 'src/engine', 'src/i18n'];
    const files = dirs.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(root, dir, f)));
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:rules|engine)\.[\w.-]+)'/g)) used.add(match[1]!);
      for (const match of readFileSync(file, 'utf8').matchAll(/\?\s*'(rules\.[\w-]+\.msg\.\w+)'\s*:\s*'(rules\.[\w-]+\.msg\.\w+)'/g)) {
        used.add(match[1]!);
        used.add(match[2]!);
      }
    }
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter((key) => en[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('are all present in English with their own placeholders', () => {
    expect(missingKeys('en')).toEqual([]);
    expect(placeholderMismatches('en')).toEqual([]);
  });
});

describe.each(translated)('the %s catalogue', (lang) => {
  // These fail until the catalogue is complete: run `npx tsx scripts/i18n-missing.ts <lang>` for the list.
  it('has every required key', () => {
    expect(missingKeys(lang).map((entry) => entry.key)).toEqual([]);
  });

  it('uses the same placeholders as English in every text', () => {
    expect(placeholderMismatches(lang).map((m) => `${m.key}: {${m.placeholders.join('}{')}} vs {${m.found.join('}{')}}`)).toEqual([]);
  });

  it('has no key English does not define', () => {
    expect(unknownKeys(lang)).toEqual([]);
  });
});

describe('rule text accessors', () => {
  it('give the module English in English', () => {
    for (const rule of allRules) {
      expect(ruleTitle(rule)).toBe(rule.title);
      expect(ruleExplanation(rule)).toBe(rule.explanation);
      expect(ruleRemediation(rule)).toEqual(rule.remediation);
      (rule.signatures ?? []).forEach((signature, i) => expect(signatureWhy(rule, i)).toBe(signature.why));
    }
  });

  it.each(translated)('read the %s catalogue and fall back per text to English', (lang) => {
    setLanguage(lang);
    const catalog = catalogOf(lang);
    for (const rule of [...allRules, ...extraFindingRules]) {
      expect(ruleTitle(rule)).toBe(catalog[`rules.${rule.id}.title`] ?? rule.title);
      expect(ruleExplanation(rule)).toBe(catalog[`rules.${rule.id}.explanation`] ?? rule.explanation);
      expect(ruleRemediation(rule)).toEqual(rule.remediation.map((step, i) => catalog[`rules.${rule.id}.fix.${i + 1}`] ?? step));
      (rule.signatures ?? []).forEach((signature, i) => {
        const key = signature.whyKey ?? `rules.${rule.id}.why.${i + 1}`;
        expect(signatureWhy(rule, signature)).toBe(catalog[key] ?? signature.why);
      });
      const finding = makeFinding(rule, { kind: 'Node', name: 'akswin22-0' }, 'message', []);
      expect(finding.title).toBe(ruleTitle(rule));
      expect(finding.remediation).toEqual(ruleRemediation(rule));
      expect(finding.ruleId).toBe(rule.id);
      expect(finding.docs).toBe(`kubectl windbg explain ${rule.id}`);
      expect(pageFile(rule.id)).toBe(`${lang}/${rule.id}.md`);
    }
  });
});
