import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { evidenceTexts, loadNodeFacts, pageProblems, parsedNodeFacts, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function matches(text: string): boolean {
  return bestSignature(normalizeMessage(text), rule.signatures ?? []) !== undefined;
}

describe('node-services-down', () => {
  describe('invalid (reported)', () => {
    it('a node whose kubelet stopped posting status', () => {
      const [finding] = run(rule, {}, 'win-notready-0');
      expect(finding).toMatchObject({ ruleId: 'node-services-down', severity: 'error', target: { kind: 'Node', name: 'win-notready-0' } });
      expect(evidenceTexts(finding!)).toContain(
        'node: Ready=Unknown (NodeStatusUnknown), last heartbeat 26m ago: Kubelet stopped posting node status.',
      );
      expect(finding!.message).toContain('--probe');
    });

    it('a node whose container runtime is down (PLEG)', () => {
      const [finding] = run(rule, {}, 'win-pleg-0');
      expect(finding?.target).toEqual({ kind: 'Node', name: 'win-pleg-0' });
      expect(finding!.message).toContain('The container runtime (docker) on win-pleg-0 does not respond');
      expect(evidenceTexts(finding!)[0]).toMatch(/^node: Ready=False \(KubeletNotReady\).*container runtime is down,PLEG is not healthy/);
    });

    it('a Ready node whose probe shows kube-proxy and flanneld stopped', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.services = facts.services!.map((s) =>
        s.name === 'kube-proxy' ? { ...s, state: 'Stopped' } : s.name === 'flanneld' ? { ...s, state: 'StartPending' } : s,
      );
      facts.kubeProxy = { running: false, flags: {} };
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(finding?.message).toBe('kube-proxy, flanneld are not running on win-flannel-0.');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: service kube-proxy is Stopped (start mode Automatic)',
        'probe: service flanneld is StartPending (start mode Automatic)',
      ]);
    });

    it('the runtime the node reports (docker) is the one checked', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.services = facts.services!.map((s) => (s.name === 'docker' ? { ...s, state: 'Stopped', startMode: 'Disabled' } : s));
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win19-old-0');
      expect(evidenceTexts(finding!)).toEqual(['probe: service docker is Stopped (start mode Disabled)']);
    });

    it('matches real service-failure wording', () => {
      expect(matches('Ready False KubeletNotReady PLEG is not healthy: pleg was last seen active 16h17m50.791825508s ago; threshold is 3m0s')).toBe(true);
      expect(matches('E0422 16:33:34.925557    7636 kubelet.go:1852] skipping pod synchronization - PLEG is not healthy: pleg was last seen active 3m21.3659944s ago; threshold is 3m0s')).toBe(true);
      expect(matches('windows-startup-script-ps1:         STATE              : 2  START_PENDING')).toBe(true);
      expect(matches('The kubelet service terminated unexpectedly.  It has done this 3 time(s).')).toBe(true);
      expect(matches('Ready Unknown NodeStatusUnknown Kubelet stopped posting node status.')).toBe(true);
    });
  });

  describe('valid (not reported)', () => {
    it('Ready nodes without probe facts', () => {
      expect(run(rule, {}, 'win-flannel-0')).toEqual([]);
      expect(run(rule, {}, 'akswin22-0')).toEqual([]);
    });

    it('a recorded healthy AKS probe output, through the probe parser', () => {
      expect(run(rule, { nodeFacts: [parsedNodeFacts('ws2022-aks-healthy.txt', 'akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('services that are not installed (kube-proxy and flanneld as pods) are not judged', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-vs-0')] }, 'win-vs-0')).toEqual([]);
    });

    it('a manual kube-proxy service left stopped while kube-proxy runs from a pod', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.services = facts.services!.map((s) => (s.name === 'kube-proxy' ? { ...s, state: 'Stopped', startMode: 'Manual' } : s));
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('a leftover flanneld service on a node whose flannel runs as a pod', () => {
      const facts = loadNodeFacts('win-vs-0');
      facts.services = facts.services!.map((s) => (s.name === 'flanneld' ? { name: 'flanneld', present: true, state: 'Stopped', startMode: 'Automatic' } : s));
      expect(run(rule, { nodeFacts: [facts] }, 'win-vs-0')).toEqual([]);
    });

    it('a stopped docker service on a containerd node is not judged', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.services = facts.services!.map((s) => (s.name === 'docker' ? { name: 'docker', present: true, state: 'Stopped', startMode: 'Manual' } : s));
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('a NotReady node whose reason is the CNI, not a service', () => {
      expect(run(rule, {}, 'win-cni-0')).toEqual([]);
    });

    it('does not match unrelated wording', () => {
      expect(matches('kubelet is posting ready status')).toBe(false);
      expect(matches('Node win-notready-0 status is now: NodeNotReady')).toBe(false);
      expect(matches('Liveness probe failed: HTTP probe failed with statuscode: 503')).toBe(false);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
