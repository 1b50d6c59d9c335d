import { describe, expect, it } from 'vitest';
import type { NodeFacts } from '../../probes/facts.js';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** win-flannel-0 switched to a flannel VXLAN network. */
function overlayNode(): NodeFacts {
  const facts = loadNodeFacts('win-flannel-0');
  facts.hns!.networks = [{ name: 'flannel.4096', type: 'Overlay', subnets: [{ addressPrefix: '10.244.3.0/24', gateway: '10.244.3.1' }] }];
  return facts;
}

describe('kube-proxy-source-vip-missing', () => {
  it('reports kube-proxy running on an overlay network without --source-vip', () => {
    const [finding] = run(rule, { nodeFacts: [overlayNode()] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'kube-proxy-source-vip-missing', severity: 'error', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)).toEqual([
      'probe: HNS network flannel.4096 is an overlay (VXLAN) network',
      'probe: kube-proxy runs without --source-vip and without a configuration file',
      'probe: no source VIP was reserved on the node (sourceVip.json absent)',
    ]);
  });

  it('reports the kube-proxy pod whose log line says the flag is not set', () => {
    const snapshot = loadSnapshot();
    snapshot.events.push({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'kube-proxy-windows-4mxzq.1', namespace: 'kube-system' },
      involvedObject: { kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' },
      reason: 'BackOff',
      message: 'F1120 09:50:02.112233 4242 server.go:480] unable to create proxier: source-vip flag not set',
      type: 'Warning',
      count: 3,
      firstTimestamp: '2024-11-20T09:50:02Z',
      lastTimestamp: '2024-11-20T09:55:02Z',
      source: { component: 'kubelet', host: 'win-vs-1' },
    });
    const findings = run(rule, { snapshot });
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' }]);
    expect(evidenceTexts(findings[0]!).some((text) => /source-vip flag not set/.test(text))).toBe(true);
  });

  it('does not report when --source-vip is given', () => {
    const facts = overlayNode();
    facts.kubeProxy!.flags['source-vip'] = '10.244.3.2';
    facts.kubeProxy!.commandLine += ' --source-vip=10.244.3.2';
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('does not report when a configuration file may carry the source VIP', () => {
    const facts = overlayNode();
    facts.kubeProxy!.flags['config'] = 'C:\\k\\kube-proxy.conf';
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('does not report on an L2Bridge (host-gw) network, which needs no source VIP', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
