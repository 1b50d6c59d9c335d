import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { asciiSource, editedYargsPlatform, PUNYCODE_SHIM, TR46_SHIM } from '../scripts/package-bundle.js';

const require = createRequire(import.meta.url);

/** Evaluates a shim's CommonJS source the way the bundle does. */
function load<T>(source: string): T {
  const module = { exports: {} as T };
  new Function('require', 'module', 'exports', source)(require, module, module.exports);
  return module.exports;
}

interface Tr46 {
  PROCESSING_OPTIONS: { NONTRANSITIONAL: number };
  toASCII(domain: string, useSTD3: boolean, processing: number, verifyDnsLength: boolean): string | null;
}

describe('bundle shims answer like the packages they replace', () => {
  const real = require('tr46') as Tr46;
  const shimmed = load<Tr46>(TR46_SHIM);

  it.each(['kubernetes.default.svc', 'API.Example.COM', 'bücher.example', 'xn--bcher-kva.example', '127.0.0.1', 'localhost'])(
    'tr46 toASCII(%s)',
    (domain) => {
      const args = [false, real.PROCESSING_OPTIONS.NONTRANSITIONAL, false] as const;
      expect(shimmed.toASCII(domain, ...args)).toBe(real.toASCII(domain, ...args));
    },
  );

  it('punycode ucs2 round-trips and converts IDNs', () => {
    const punycode = load<{ ucs2: { decode(s: string): number[]; encode(p: number[]): string }; toASCII(d: string): string }>(PUNYCODE_SHIM);
    expect(punycode.ucs2.encode(punycode.ucs2.decode('ノード🚀'))).toBe('ノード🚀');
    expect(punycode.toASCII('bücher.example')).toBe('xn--bcher-kva.example');
  });
});

describe('the bundle is written as ASCII', () => {
  it('escapes characters outside ASCII so that strings and regular expressions mean the same', () => {
    const source = String.raw`module.exports = { text: 'ノード 🚀', plain: /指定されたファイルが見つかりません|丢失 = \d+/, unicode: /^[µμ🚀]+$/u };`;
    const escaped = asciiSource(source);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    const original = load<{ text: string; plain: RegExp; unicode: RegExp }>(source);
    const ascii = load<{ text: string; plain: RegExp; unicode: RegExp }>(escaped);
    expect(ascii.text).toBe(original.text);
    for (const sample of ['指定されたファイルが見つかりません', '丢失 = 4', 'not found']) expect(ascii.plain.test(sample)).toBe(original.plain.test(sample));
    for (const sample of ['µμ🚀', '🚀', '\uD83D', 'x']) expect(ascii.unicode.test(sample)).toBe(original.unicode.test(sample));
  });

  it('refuses a character behind a backslash rather than change its meaning', () => {
    expect(() => asciiSource(String.raw`/\é/`)).toThrow(/non-ASCII/);
    expect(asciiSource(String.raw`'\\é'`)).toBe(String.raw`'\\\u00e9'`);
  });
});

describe("yargs' platform module as bundled", () => {
  const original = readFileSync(require.resolve('yargs').replace(/index\.mjs$/, 'lib/platform-shims/esm.mjs'), 'utf8');
  const edited = editedYargsPlatform(original);

  it('neither walks the file system for a package.json nor loads node:assert', () => {
    expect(edited).toContain('findUp: () => undefined,');
    expect(edited).not.toMatch(/from 'assert'|escalade/);
  });

  it('stops the build when yargs changes what it edits', () => {
    expect(() => editedYargsPlatform(original.replace('findUp: escalade,', 'findUp: escalade2,'))).toThrow(/yargs' platform module changed/);
  });
});
