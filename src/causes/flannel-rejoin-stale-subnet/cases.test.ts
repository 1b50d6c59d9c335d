import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { evidenceTexts, loadNodeFacts, loadSnapshot, nodeOf, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('flannel-rejoin-stale-subnet', () => {
  describe('invalid (reported)', () => {
    it('SourceVip files from the subnet the node had before it re-joined', () => {
      const facts = loadNodeFacts('win-vs-0');
      facts.flannel!.sourceVip = { present: true, ip: '10.244.2.2/24' };
      facts.flannel!.sourceVipRequest = { present: true, ip: '10.244.2.0/24' };
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-vs-0');
      expect(finding).toMatchObject({ ruleId: 'flannel-rejoin-stale-subnet', severity: 'error', target: { kind: 'Node', name: 'win-vs-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: C:\\k\\SourceVip.json holds 10.244.2.2/24, outside the node podCIDR 10.244.6.0/24',
        'probe: C:\\k\\SourceVipRequest.json holds 10.244.2.0/24, outside the node podCIDR 10.244.6.0/24',
      ]);
    });

    it('falls back to FLANNEL_SUBNET when the node has no podCIDR', () => {
      const snapshot = loadSnapshot();
      const node = nodeOf(snapshot, 'win-vs-0');
      delete node.spec!.podCIDR;
      delete node.spec!.podCIDRs;
      const facts = loadNodeFacts('win-vs-0');
      facts.flannel!.sourceVip = { present: true, ip: '10.244.2.2/24' };
      const [finding] = run(rule, { snapshot, nodeFacts: [facts] }, 'win-vs-0');
      expect(evidenceTexts(finding!)).toEqual(['probe: C:\\k\\SourceVip.json holds 10.244.2.2/24, outside the FLANNEL_SUBNET 10.244.6.1/24']);
    });

    it('explain recognises the file names and the kube-proxy source VIP failure', () => {
      expect(bestSignature(normalizeMessage('Remove-Item SourceVip.json and SourceVipRequest.json after re-join'), rule.signatures ?? [])).toBeDefined();
      expect(
        bestSignature(
          normalizeMessage('E0409 13:34:04.794013    3560 proxier.go:998] "Source Vip endpoint creation failed" err="hcnCreateEndpoint failed in Win32: An address provided is invalid or reserved. (0x803b002f)'),
          rule.signatures ?? [],
        )?.weight,
      ).toBe(0.3);
    });
  });

  describe('valid (not reported)', () => {
    it('SourceVip files inside the current podCIDR', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-vs-0')] }, 'win-vs-0')).toEqual([]);
    });

    it('no SourceVip files (host-gw node)', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    });

    it('nothing without probe facts', () => {
      expect(run(rule)).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
