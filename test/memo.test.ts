import { describe, expect, it } from 'vitest';
import { memoizeByString } from '../src/memo.js';

describe('memoizeByString', () => {
  it('computes each string once and returns the remembered result', () => {
    const seen: string[] = [];
    const upper = memoizeByString((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoizeByString(() => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('starts over past its bound instead of growing without limit', () => {
    const seen: string[] = [];
    const id = memoizeByString((text) => {
      seen.push(text);
      return text;
    }, 2);
    id('a');
    id('b');
    id('c'); // clears, then remembers c
    id('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
