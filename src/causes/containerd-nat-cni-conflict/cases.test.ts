import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('containerd-nat-cni-conflict', () => {
  it('reports a node whose containerd loads the nat config next to the flannel network', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.cni = { confPath: 'C:\\etc\\cni\\net.d\\0-containerd-nat.json', type: 'nat' };
    const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'containerd-nat-cni-conflict', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)).toEqual([
      'probe: containerd\'s CNI config C:\\etc\\cni\\net.d\\0-containerd-nat.json uses the nat plugin',
      'probe: HNS network cbr0 (L2Bridge) of the cluster CNI exists as well',
    ]);
  });

  it('reports a pod whose sandbox was set up by the nat plugin', () => {
    const snapshot = loadSnapshot();
    snapshot.events.push({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'legacy-app-7f8e9d6c5-wq4lp.1', namespace: 'web' },
      involvedObject: { kind: 'Pod', name: 'legacy-app-7f8e9d6c5-wq4lp', namespace: 'web' },
      reason: 'FailedCreatePodSandBox',
      message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4c1d": plugin type="nat" name="nat" failed (add): hcnCreateNetwork failed in Win32: The object already exists. (0x1392)',
      type: 'Warning',
      count: 5,
      firstTimestamp: '2024-11-20T09:50:02Z',
      lastTimestamp: '2024-11-20T09:58:02Z',
      source: { component: 'kubelet', host: 'win19-old-0' },
    });
    const findings = run(rule, { snapshot });
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'Pod', name: 'legacy-app-7f8e9d6c5-wq4lp', namespace: 'web' }]);
    expect(evidenceTexts(findings[0]!).some((text) => /plugin type="nat" name="nat" failed/.test(text))).toBe(true);
  });

  it('does not report the flannel config with its own nat network beside it', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
  });

  it('does not report a nat-only node (no cluster network yet)', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.cni = { confPath: 'C:\\etc\\cni\\net.d\\0-containerd-nat.json', type: 'nat' };
    facts.hns!.networks = facts.hns!.networks.filter((network) => network.type === 'NAT');
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
