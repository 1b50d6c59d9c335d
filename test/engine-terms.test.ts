import { describe, expect, it } from 'vitest';
import { indexTerm, stem } from '../src/engine/terms.js';

describe('retrieval terms', () => {
  it('folds plural, -ing and -ed forms onto one stem', () => {
    expect(new Set(['resolve', 'resolves', 'resolved', 'resolving'].map(stem))).toEqual(new Set(['resolv']));
    expect(stem('pods')).toBe(stem('pod'));
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('running')).toBe(stem('run'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('pulling')).toBe('pull');
  });

  it('leaves short words, placeholders-free codes and other scripts alone', () => {
    expect(stem('dns')).toBe('dns');
    expect(stem('hns')).toBe('hns');
    expect(stem('status')).toBe('status');
    expect(stem('0xc0370101')).toBe('0xc0370101');
    expect(stem('ネットワーク')).toBe('ネットワーク');
  });

  it('drops English function words and lower-cases the rest', () => {
    expect(indexTerm('The')).toBeNull();
    expect(indexTerm('after')).toBe('after');
    expect(indexTerm('Nodes')).toBe('nod');
  });
});
