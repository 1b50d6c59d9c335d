import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadPodFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('outbound-nat-exceptionlist', () => {
  describe('invalid (reported)', () => {
    it('a list without the cluster range and with a public range', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.cni!.exceptionList = ['10.96.0.0/12', '10.127.130.0/24', '52.168.0.0/16'];
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(finding).toMatchObject({ ruleId: 'outbound-nat-exceptionlist', severity: 'warning', target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(finding!.message).toBe('The OutBoundNAT ExceptionList on win-flannel-0 misses the cluster range and holds public range 52.168.0.0/16.');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: OutBoundNAT ExceptionList in C:\\etc\\cni\\net.d\\10-flannel.conf: 10.96.0.0/12, 10.127.130.0/24, 52.168.0.0/16',
        'probe: no entry covers the cluster range (from FLANNEL_NETWORK in C:\\run\\flannel\\subnet.env)',
        'probe: entry 52.168.0.0/16 is a public range: traffic to it leaves the pod without SNAT',
      ]);
    });

    it('a bridge network whose list misses the service range and the node subnet', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.cni!.exceptionList = ['10.244.0.0/16'];
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win19-old-0');
      expect(evidenceTexts(finding!).slice(1)).toEqual([
        'probe: no entry covers the service range (from kubelet --cluster-dns=10.96.0.10)',
        'probe: no entry covers the node (management) subnet (from node InternalIP 10.127.130.37)',
      ]);
    });

    it('without subnet.env the node podCIDR stands in for the cluster range, and unknown ranges are said so', () => {
      const facts = loadNodeFacts('win-flannel-0');
      delete facts.flannel;
      delete facts.kubelet;
      facts.cni!.exceptionList = ['10.96.0.0/12', '10.127.130.0/24'];
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(finding!.message).toBe('The OutBoundNAT ExceptionList on win-flannel-0 misses the cluster range (service range not known, not checked).');
      expect(evidenceTexts(finding!)[1]).toBe(
        "probe: no entry covers the cluster range (from this node's podCIDR 10.244.3.0/24; the whole cluster range is not known)",
      );
    });
    it('a ClusterIP probed from a pod on the node stands for the service range', () => {
      const facts = loadNodeFacts('win-flannel-0');
      delete facts.kubelet;
      facts.cni!.exceptionList = ['10.244.0.0/16', '10.127.130.0/24'];
      const [finding] = run(rule, { nodeFacts: [facts], podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] }, 'win-flannel-0');
      expect(evidenceTexts(finding!)[1]).toBe('probe: no entry covers the service range (from ClusterIP 10.96.0.1 probed from pod web/api-6c9b7d8f4-r7tnw)');
    });
  });

  describe('valid (not reported)', () => {
    it('the documented list: cluster, service and management subnet', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    });

    it('an overlay network does not need the node subnet', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-vs-0')] }, 'win-vs-0')).toEqual([]);
    });

    it('Azure CNI routes services with a ROUTE policy, so the service range is not required', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('a CNI config without OutBoundNAT is not judged', () => {
      const facts = loadNodeFacts('win-flannel-0');
      delete facts.cni!.exceptionList;
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('nothing without probe facts', () => {
      expect(run(rule)).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
