import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadPodFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function failingDns() {
  const facts = loadPodFacts('web', 'api-6c9b7d8f4-r7tnw');
  facts.dnsFqdn = { target: 'kubernetes.default.svc.cluster.local', ok: false, detail: 'kubernetes.default.svc.cluster.local : This operation returned because the timeout period expired' };
  return facts;
}

describe('dns-hns-policy-after-reboot', () => {
  describe('invalid (reported)', () => {
    it('DNS fails in a pod on a node that booted 19 minutes ago', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.hns!.policyListCount = 12;
      const [finding] = run(rule, { nodeFacts: [nodeFacts], podFacts: [failingDns()] });
      expect(finding).toMatchObject({
        ruleId: 'dns-hns-policy-after-reboot',
        severity: 'warning',
        target: { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' },
      });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: DNS lookup of kubernetes.default.svc.cluster.local from web/api-6c9b7d8f4-r7tnw failed: kubernetes.default.svc.cluster.local : This operation returned because the timeout period expired',
        'probe: node booted at 2024-11-20T09:40:31.5000000Z (up 19m)',
        'node: most pods on win-flannel-0 started before that boot',
        'probe: 12 HNS policy lists present on the node',
      ]);
    });

    it('the node probe finds no HNS load balancer for the cluster DNS address', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.networkHealth = { dnsVip: { ip: '10.96.0.10', hasLoadBalancer: false } };
      const [finding] = run(rule, { nodeFacts: [nodeFacts], podFacts: [failingDns()] });
      expect(evidenceTexts(finding!).at(-1)).toBe('probe: no HNS load balancer on win-flannel-0 serves the cluster DNS address 10.96.0.10');
      nodeFacts.networkHealth = { dnsVip: { ip: '10.96.0.10', hasLoadBalancer: true } };
      expect(evidenceTexts(run(rule, { nodeFacts: [nodeFacts], podFacts: [failingDns()] })[0]!).join('\n')).not.toMatch(/load balancer/);
    });

    it('without node facts the kubelet\'s Rebooted event dates the boot', () => {
      const [finding] = run(rule, { podFacts: [failingDns()] });
      expect(evidenceTexts(finding!).slice(1)).toEqual([
        'event: Rebooted at 2024-11-20T09:41:50Z: Node win-flannel-0 has been rebooted, boot id: 3e0c4a2b-7d1f-4b9e-a5c6-8f2d1e0b9a73',
        'node: most pods on win-flannel-0 started before that boot',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('DNS works after the reboot', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')], podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] })).toEqual([]);
    });

    it('DNS fails on a node that has been up for days (not this cause)', () => {
      const nodeFacts = loadNodeFacts('win-flannel-0');
      nodeFacts.os!.lastBootTime = '2024-11-01T02:00:00.0000000Z';
      nodeFacts.os!.uptimeSeconds = 1670400;
      expect(run(rule, { nodeFacts: [nodeFacts], podFacts: [failingDns()] })).toEqual([]);
    });

    it('DNS fails but nothing tells when the node booted', () => {
      const snapshot = loadSnapshot();
      snapshot.events = snapshot.events.filter((event) => event.reason !== 'Rebooted');
      expect(run(rule, { snapshot, podFacts: [failingDns()] })).toEqual([]);
    });

    it('only the partially qualified name fails (that is dns-suffix-limitations)', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')], podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
