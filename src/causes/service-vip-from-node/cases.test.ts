import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadPodFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('service-vip-from-node', () => {
  describe('invalid (reported)', () => {
    it('the ClusterIP works from the pod but not from the node host network', () => {
      const [finding] = run(rule, { podFacts: [loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q')] });
      expect(finding).toMatchObject({
        ruleId: 'service-vip-from-node',
        severity: 'info',
        target: { kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b8f5-x2k4q' },
      });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: TCP from the pod to ClusterIP 10.0.0.1:443 succeeded: connected',
        'probe: TCP from the node host network to ClusterIP 10.0.0.1:443 failed: timed out after 3000 ms',
      ]);
    });

    it('the node probe\'s host-network test compared with a pod on the same node', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.serviceVipFromHost = { target: '10.96.0.1:443', ok: false };
      const [finding] = run(rule, { nodeFacts: [nodeFacts], podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] });
      expect(finding?.target).toEqual({ kind: 'Node', name: 'win-flannel-0' });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: TCP from the node host network to ClusterIP 10.96.0.1:443 failed',
        'probe: TCP from pod web/api-6c9b7d8f4-r7tnw to ClusterIP 10.96.0.1:443 succeeded: connected',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('the ClusterIP fails from the pod too: the service itself is broken', () => {
      const facts = loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q');
      facts.tcpClusterIp = { target: '10.0.0.1:443', ok: false, detail: 'timed out after 3000 ms' };
      expect(run(rule, { podFacts: [facts] })).toEqual([]);
    });

    it('the host-network test fails with no pod to compare against', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.serviceVipFromHost = { target: '10.96.0.1:443', ok: false };
      expect(run(rule, { nodeFacts: [nodeFacts] })).toEqual([]);
    });

    it('the host-network test succeeds', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.serviceVipFromHost = { target: '10.96.0.1:443', ok: true };
      expect(run(rule, { nodeFacts: [nodeFacts], podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
