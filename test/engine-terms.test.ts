import { describe, expect, it } from 'vitest';
import { compoundParts, indexTerm, stem } from '../src/engine/terms.js';

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

describe('compound names', () => {
  it('splits CamelCase, cmdlets, snake_case and paths next to their whole form', () => {
    expect(compoundParts('hcnCreateLoadBalancer failed')).toEqual(['hcn', 'create', 'load', 'balancer']);
    expect(compoundParts('Get-HnsPolicyList')).toEqual(['get', 'hns', 'policy', 'list']);
    expect(compoundParts('DNS_ERROR_RCODE_NAME_ERROR')).toEqual(['dns', 'error', 'rcode', 'name', 'error']);
    expect(compoundParts('open C:\\run\\flannel\\subnet.env failed')).toEqual(['run', 'flannel', 'subnet', 'env']);
    // Hyphenated and dotted words are already separate words for the tokenizer.
    expect(compoundParts('--enforce-node-allocatable and kube-proxy.exe')).toEqual([]);
  });
});

describe('compound names that are identifiers', () => {
  it('leaves GUIDs, hashes and container ids alone', () => {
    expect(compoundParts('id={1F1E4D2C-AB12-4C33-9D44-0123456789AB} container 3c1f0e3a6b1f')).toEqual([]);
  });
});
