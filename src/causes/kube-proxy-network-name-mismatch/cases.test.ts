import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('kube-proxy-network-name-mismatch', () => {
  it('is reported when --network-name names a network HNS does not have', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.kubeProxy!.flags['network-name'] = 'vxlan0';
    const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'kube-proxy-network-name-mismatch', severity: 'error', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)[0]).toBe('probe: kube-proxy runs with --network-name=vxlan0');
    expect(evidenceTexts(finding!)[1]).toMatch(/^probe: HNS networks on the node: cbr0 \(L2Bridge\)/);
  });

  it('is not reported when the name matches, ignoring case', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.kubeProxy!.flags['network-name'] = 'CBR0';
    expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
  });

  it('is not reported without the flag or when no container network exists yet', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    const facts = loadNodeFacts('win-flannel-0');
    facts.kubeProxy!.flags['network-name'] = 'vxlan0';
    facts.hns!.networks = facts.hns!.networks.filter((network) => network.name === 'nat');
    expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
  });
});
