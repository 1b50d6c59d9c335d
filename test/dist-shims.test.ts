import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PUNYCODE_SHIM, TR46_SHIM } from '../scripts/package-bundle.js';

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
