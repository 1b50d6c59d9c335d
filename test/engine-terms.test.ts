import { describe, expect, it } from 'vitest';
import { compoundParts, hexCodes, indexTerm, stem, windowsReleaseTerms } from '../src/engine/terms.js';

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

describe('compound names, codes and Windows releases', () => {
  it('splits CamelCase, cmdlets, snake_case and paths next to their whole form', () => {
    expect(compoundParts('hcnCreateLoadBalancer failed')).toEqual(['hcn', 'create', 'load', 'balancer']);
    expect(compoundParts('Get-HnsPolicyList')).toEqual(['get', 'hns', 'policy', 'list']);
    expect(compoundParts('DNS_ERROR_RCODE_NAME_ERROR')).toEqual(['dns', 'error', 'rcode', 'name', 'error']);
    expect(compoundParts('open C:\\run\\flannel\\subnet.env failed')).toEqual(['run', 'flannel', 'subnet', 'env']);
    // Hyphenated and dotted words are already separate words for the tokenizer.
    expect(compoundParts('--enforce-node-allocatable and kube-proxy.exe')).toEqual([]);
  });

  it('keeps hexadecimal Windows codes whole', () => {
    expect(hexCodes('failed (0xC0370106) and 0x80070002')).toEqual(['0xc0370106', '0x80070002']);
  });

  it('names a Windows release the same way whether written as a build, a product, a release id or a tag', () => {
    for (const text of ['Windows Server 2019 nodes', 'nanoserver:1809', 'kernel 10.0.17763.1817', 'an ltsc2019 image']) {
      expect(windowsReleaseTerms(text)).toEqual(['ltsc2019', 'windowsrelease']);
    }
    expect(windowsReleaseTerms('Server 2025 hosts and KB5036909')).toEqual(['ltsc2025', 'windowsrelease', 'kbupdate']);
    // A bare number is a release only next to a Windows word.
    expect(windowsReleaseTerms('myapp:2004 listens on port 1809')).toEqual([]);
  });
});
