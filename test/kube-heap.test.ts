import { describe, expect, it } from 'vitest';
import { releaseReadingGarbage } from '../src/kube/heap.js';

describe('releasing what reading a big cluster left behind', () => {
  it('leaves a small heap alone', () => {
    expect(releaseReadingGarbage(8 * 1024 * 1024)).toBe(false);
  });

  it('runs one full collection when the heap holds much', () => {
    expect(releaseReadingGarbage(512 * 1024 * 1024)).toBe(true);
  });
});
