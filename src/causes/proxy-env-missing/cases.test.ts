import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import type { Phase } from '../../rules/types.js';
import { evidenceTexts, loadNodeFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function matches(text: string, phase: Phase): boolean {
  return bestSignature(normalizeMessage(text), rule.signatures ?? [], phase) !== undefined;
}

describe('proxy-env-missing', () => {
  describe('invalid (reported)', () => {
    it('pull timeouts on a node without machine-level proxy variables', () => {
      const [finding] = run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0');
      expect(finding).toMatchObject({ ruleId: 'proxy-env-missing', severity: 'warning', target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: machine-level HTTP_PROXY and HTTPS_PROXY are not set',
        expect.stringMatching(/^event: build\/agent-5d8f7c6b4-ltm2q: Failed \(x5\): Failed to pull image .*dial tcp 204\.79\.197\.219:443: i\/o timeout$/),
      ]);
    });

    it('matches real pull failures from proxied networks', () => {
      expect(matches('Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp 192.168.65.83:8080: connect: no route to host.', 'pull')).toBe(true);
      expect(matches('failed to do request: Head "https://registry-1.docker.io/v2/library/alpine/manifests/latest": dial tcp: lookup registry-1.docker.io on 172.17.32.1:53: read udp 172.17.39.189:56175->172.17.32.1:53: i/o timeout', 'pull')).toBe(true);
      expect(matches('failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://mcr.microsoft.com/v2/windows/nanoserver/blobs/sha256:3719b23d309b17276277110a008a58133c9fc92465d2519f2f32c9961c39887d": dial tcp 204.79.197.219:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time', 'pull')).toBe(true);
    });
  });

  describe('valid (not reported)', () => {
    it('the node has a machine-wide proxy', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.proxy = { httpProxy: 'http://proxy.corp.example:3128', httpsProxy: 'http://proxy.corp.example:3128' };
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('no proxy variables but no pull failures either', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('pull failures without probe facts: the text alone does not name the cause', () => {
      expect(run(rule)).toEqual([]);
    });

    it('readiness probe timeouts and registry auth errors are not pull connectivity failures', () => {
      expect(matches('Readiness probe failed: Get "http://10.244.3.17:9182/health": dial tcp 10.244.3.17:9182: i/o timeout (Client.Timeout exceeded while awaiting headers)', 'run')).toBe(false);
      expect(matches('failed to resolve reference "contoso.azurecr.io/app:1": pulling from host contoso.azurecr.io failed with status code [manifests 1]: 401 Unauthorized', 'pull')).toBe(false);
      expect(matches('Get "https://10.96.0.1:443/api?timeout=32s": dial tcp 10.96.0.1:443: i/o timeout', 'run')).toBe(false);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
