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
import { missingKeys, placeholderMismatches, placeholdersOf, requiredKeys, ruleTextKeys, sourceHash, staleTranslations, unknownKeys } from '../src/i18n/keys.js';
import { causeById, translationOf } from '../src/causes/index.js';
import { renderFinding, renderMessage } from '../src/report/localize.js';
import { ruleExplanation, ruleRemediation, ruleTitle, signatureWhy } from '../src/i18n/rules.js';
import { allRules, extraFindingRules, findingRuleById } from '../src/rules/index.js';
import { makeFinding } from '../src/rules/finding.js';
import { pageFile } from '../src/report/model.js';

const translated = supportedLanguages.filter((lang) => lang !== 'en');
const root = new URL('..', import.meta.url).pathname;

afterEach(() => setLanguage('en'));

describe('t()', () => {
  it('fills every placeholder, keeps unknown ones and repeats', () => {
    expect(renderMessage({ id: 'rules.apiserver-unreachable.msg.pod', params: { pod: 'web/iis-0' } })).toBe(
      'Pod web/iis-0 cannot reach the API server (connection or certificate error).',
    );
    expect(renderMessage({ id: 'rules.hns-lb-port-exhaustion.msg.exhausted', params: { node: 'akswin22-0', succeeded: 3, attempted: 16 } })).toBe(
      'The dynamic TCP port range on akswin22-0 is exhausted: only 3 of 16 64-port reservations succeeded, so new HNS load balancers fail.',
    );
    // A placeholder without a value stays visible rather than vanishing.
    expect(renderMessage({ id: 'rules.version-skew.msg.apiServer', params: {} })).toBe('API server {version}');
    expect(t('engine.evidence.heartbeat', { seconds: 12 })).toBe('last heartbeat 12s ago');
    // Nested messages and lists render in the same language.
    setLanguage('ja');
    expect(renderMessage({ id: 'rules.version-skew.msg.apiServer', params: { version: { items: ['v1', 'v2'], separator: '/' } } })).toBe('APIサーバー v1/v2');
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
      const cause = causeById(rule.id)!;
      cause.fixNames.forEach((name) => expect(names.has(`rules.${rule.id}.fix.${name}`)).toBe(true));
      const own = (rule.signatures ?? []).filter((s) => !s.whyOf);
      own.forEach((signature) => expect(names.has(`rules.${rule.id}.why.${signature.name}`)).toBe(true));
    }
    expect(ruleTextKeys(findingRuleById('image-os-mismatch')!)[0]).toEqual({
      key: 'rules.image-os-mismatch.title',
      english: 'Container image does not match the node’s Windows build or OS',
      placeholders: [],
    });
    expect(['no-known-cause', 'probe-pod-failed', 'canary-failed'].every((id) => findingRuleById(id) !== undefined)).toBe(true);
  });

  it('include every catalogue key the engine and the causes use, and every message a cause writes', () => {
    const dirs = ['src/rules', 'src/engine', ...readdirSync(join(root, 'src/causes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `src/causes/${d.name}`)];
    const files = dirs.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(root, dir, f)));
    const used = new Set<string>();
    const ownMissing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bcatalogMessage\(\s*'(engine\.[\w.-]+)'/g)) used.add(match[1]!);
      const folder = /src\/causes\/([a-z0-9-]+)\//.exec(file)?.[1];
      if (!folder) continue;
      const cause = causeById(folder)!;
      for (const match of text.matchAll(/\bmessage\(\s*'(\w+)'/g)) if (cause.messages[match[1]!] === undefined) ownMissing.push(`${folder}: ${match[1]}`);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => en[key] === undefined)).toEqual([]);
    expect(ownMissing).toEqual([]);
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
      (rule.signatures ?? []).forEach((signature) => expect(signatureWhy(rule, signature)).toBe(signature.why));
    }
  });

  it.each(translated)('read the %s overlay and fall back per text to English', (lang) => {
    setLanguage(lang);
    for (const rule of [...allRules, ...extraFindingRules]) {
      const cause = causeById(rule.id)!;
      const texts = translationOf(cause, lang)?.texts ?? {};
      expect(ruleTitle(rule)).toBe(texts['title'] ?? rule.title);
      expect(ruleExplanation(rule)).toBe(texts['explanation'] ?? rule.explanation);
      expect(ruleRemediation(rule)).toEqual(cause.fixNames.map((name, i) => texts[`fix.${name}`] ?? rule.remediation[i]));
      (rule.signatures ?? []).forEach((signature) => {
        expect(signatureWhy(rule, signature)).toBe(texts[`why.${signature.whyOf ?? signature.name}`] ?? signature.why);
      });
      const finding = renderFinding({ ruleId: rule.id, ...makeFinding(rule, { kind: 'Node', name: 'akswin22-0' }, 'message', []) });
      expect(finding.title).toBe(ruleTitle(rule));
      expect(finding.remediation).toEqual(ruleRemediation(rule));
      expect(finding.ruleId).toBe(rule.id);
      expect(finding.docs).toBe(`kubectl windbg explain ${rule.id}`);
      expect(pageFile(rule.id)).toBe(`${lang}/${rule.id}.md`);
    }
  });
});

describe('stale translations', () => {
  it('flag a translation whose English changed since it was made', () => {
    const cause = causeById('version-skew')!;
    const translation = translationOf(cause, 'ja')!;
    expect(translation.sources['title']).toBe(sourceHash(cause.title));
    expect(sourceHash(`${cause.title} (changed)`)).not.toBe(translation.sources['title']);
  });

  it.each(translated)('are listed for %s by staleTranslations()', (lang) => {
    // Listed, not fatal: a changed English text falls back to nothing and keeps its old translation until reviewed.
    for (const entry of staleTranslations(lang)) expect(entry.key).toMatch(/^rules\.[a-z0-9-]+\./);
  });
});
