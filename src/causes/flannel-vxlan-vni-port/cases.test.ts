import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('flannel-vxlan-vni-port', () => {
  it('reports an overlay network created with VNI 1', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.hns!.networks = [{ name: 'flannel.1', type: 'Overlay', subnets: [{ addressPrefix: '10.244.3.0/24' }] }];
    const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'flannel-vxlan-vni-port', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)).toEqual(['probe: HNS overlay network flannel.1 uses VNI 1, below 4096']);
  });

  it('reports the flannel pod that rejects the VNI', () => {
    const snapshot = loadSnapshot();
    snapshot.events.push({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'kube-proxy-windows-4mxzq.3', namespace: 'kube-system' },
      involvedObject: { kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' },
      reason: 'BackOff',
      message: 'Failed to create SubnetManager: VNI is 1 but it is required to be greater than or equal to 4096 on Windows',
      type: 'Warning',
      count: 4,
      firstTimestamp: '2024-11-20T09:50:02Z',
      lastTimestamp: '2024-11-20T09:55:02Z',
      source: { component: 'kubelet', host: 'win-vs-1' },
    });
    const findings = run(rule, { snapshot });
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' }]);
    expect(evidenceTexts(findings[0]!).some((text) => /greater than or equal to 4096/.test(text))).toBe(true);
  });

  it('does not report the Windows VNI 4096', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.hns!.networks = [{ name: 'flannel.4096', type: 'Overlay', subnets: [] }];
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('does not report host-gw (L2Bridge) networks', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
