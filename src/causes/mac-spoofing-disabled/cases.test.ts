import { describe, expect, it } from 'vitest';
import type { PodNetworkFacts } from '../../probes/facts.js';
import { evidenceTexts, loadNodeFacts, loadPodFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function isolatedPod(namespace: string, name: string, base: PodNetworkFacts): PodNetworkFacts {
  return {
    ...base,
    pod: { namespace, name },
    dnsFqdn: { target: 'kubernetes.default.svc.cluster.local', ok: false, detail: 'This operation returned because the timeout period expired' },
    dnsPartial: { target: 'kubernetes.default', ok: false, detail: 'This operation returned because the timeout period expired' },
    tcpClusterIp: { target: '10.96.0.1:443', ok: false, detail: 'timed out after 3000 ms' },
    tcpApiServer: { target: '10.127.130.10:6443', ok: false, detail: 'timed out after 3000 ms' },
    tcpExternal: { target: '13.107.246.40:443', ok: false, detail: 'timed out after 3000 ms' },
    icmpExternal: { target: '13.107.246.40', ok: false, detail: 'Request timed out.' },
  };
}

describe('mac-spoofing-disabled', () => {
  describe('invalid (reported)', () => {
    it('a pod on a Hyper-V VM that reaches neither the API server nor a ClusterIP', () => {
      const podFacts = isolatedPod('web', 'api-6c9b7d8f4-r7tnw', loadPodFacts('web', 'api-6c9b7d8f4-r7tnw'));
      const [finding] = run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')], podFacts: [podFacts] });
      expect(finding).toMatchObject({
        ruleId: 'mac-spoofing-disabled',
        severity: 'warning',
        target: { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' },
      });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: TCP to the API server 10.127.130.10:6443 failed: timed out after 3000 ms',
        'probe: TCP to ClusterIP 10.96.0.1:443 failed: timed out after 3000 ms',
        'probe: TCP to 13.107.246.40:443 failed: timed out after 3000 ms',
        'probe: node is a virtual machine (manufacturer Microsoft Corporation, model Virtual Machine)',
      ]);
    });

    it('a vSphere node is known to be a VM from its providerID alone', () => {
      const snapshotPod = isolatedPod('kube-system', 'kube-proxy-windows-4mxzq', loadPodFacts('web', 'api-6c9b7d8f4-r7tnw'));
      const [finding] = run(rule, { podFacts: [snapshotPod] });
      expect(evidenceTexts(finding!).at(-1)).toBe('node: node is a vSphere VM (providerID vsphere://4237aa10-5c2e-81d3-1f4b-9e8d7c6b5a40)');
    });
  });

  describe('valid (not reported)', () => {
    it('an isolated pod on Azure (the setting does not exist there)', () => {
      const podFacts = isolatedPod('web', 'iis-7d9c6b8f5-x2k4q', loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q'));
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')], podFacts: [podFacts] })).toEqual([]);
    });

    it('an isolated pod on bare metal', () => {
      const snapshotPod = isolatedPod('web', 'legacy-app-7f8e9d6c5-wq4lp', loadPodFacts('web', 'api-6c9b7d8f4-r7tnw'));
      expect(run(rule, { nodeFacts: [loadNodeFacts('win19-old-0')], podFacts: [snapshotPod] })).toEqual([]);
    });

    it('a pod on a VM that reaches an external address is not cut off', () => {
      const podFacts = isolatedPod('web', 'api-6c9b7d8f4-r7tnw', loadPodFacts('web', 'api-6c9b7d8f4-r7tnw'));
      podFacts.tcpExternal = { target: '13.107.246.40:443', ok: true, detail: 'connected' };
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')], podFacts: [podFacts] })).toEqual([]);
    });

    it('a VM node without pod-network facts', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
