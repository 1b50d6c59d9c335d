import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function weight(text: string): number | undefined {
  return bestSignature(normalizeMessage(text), rule.signatures ?? [])?.weight;
}

describe('hns-network-missing', () => {
  describe('invalid (reported)', () => {
    it('probe finds only the nat network and no container vEthernet adapter', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.hns!.networks = facts.hns!.networks.filter((n) => n.name === 'nat');
      facts.adapters = facts.adapters!.filter((a) => a.name === 'vEthernet (nat)');
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(finding).toMatchObject({ ruleId: 'hns-network-missing', severity: 'error', target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: HNS networks: nat (NAT); no L2Bridge network',
        'probe: no vEthernet adapter other than nat (adapters: vEthernet (nat))',
      ]);
    });

    it('a vxlan node whose only network is an L2Bridge one misses its Overlay network', () => {
      const facts = loadNodeFacts('win-vs-0');
      facts.hns!.networks = [{ name: 'ext', type: 'L2Bridge', subnets: [{ addressPrefix: '192.168.255.0/30' }] }];
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-vs-0');
      expect(evidenceTexts(finding!)).toEqual(['probe: HNS networks: ext (L2Bridge); no Overlay network']);
    });

    it('a node whose CNI is not initialised, without probe facts, is a warning', () => {
      const [finding] = run(rule, {}, 'win-cni-0');
      expect(finding).toMatchObject({ severity: 'warning', target: { kind: 'Node', name: 'win-cni-0' } });
      expect(evidenceTexts(finding!)[0]).toBe(
        'node: Ready=False (KubeletNotReady): container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      );
    });

    it('an adapter-not-found sandbox event on a pod is an error', () => {
      const snapshot = loadSnapshot();
      snapshot.events.push({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'agent-5d8f7c6b4-ltm2q.180a1c8d2e3f4a99', namespace: 'build' },
        involvedObject: { kind: 'Pod', name: 'agent-5d8f7c6b4-ltm2q', namespace: 'build' },
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9b1e0c": plugin type="sdnbridge" name="cbr0" failed (add): hnsCall failed in Win32: An adapter was not found. (0x803b0006)',
        type: 'Warning',
        count: 4,
        firstTimestamp: '2024-11-20T09:50:00Z',
        lastTimestamp: '2024-11-20T09:58:00Z',
      });
      const [finding] = run(rule, { snapshot }, 'win-flannel-0');
      expect(finding?.severity).toBe('error');
      expect(evidenceTexts(finding!)[0]).toMatch(/^event: FailedCreatePodSandBox \(x4\): .*An adapter was not found/);
    });

    it('matches real wording', () => {
      expect(weight('VERBOSE: Result : {"Error":"An adapter was not found. ","ErrorCode":2151350278,"Success":false}')).toBe(0.8);
      expect(weight('E0628 16:57:08.673912    1180 proxier.go:564] Unable to find HNS Network specified by cbr0. Please check network name and CNI deployment')).toBe(0.8);
      expect(weight('Ethernet doesn\'t exist')).toBe(0.7);
      expect(weight('network is not ready: runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized')).toBe(0.45);
    });
  });

  describe('valid (not reported)', () => {
    it('a healthy node with its cbr0 network and vEthernet (Ethernet) adapter', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    });

    it('an Azure CNI node whose network is called azure', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('CNI wording is overruled when the probe sees the network', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.node = 'win-cni-0';
      expect(run(rule, { nodeFacts: [facts] }, 'win-cni-0')).toEqual([]);
    });

    it('a failed HNS probe is "not known", not "missing"', () => {
      const facts = loadNodeFacts('win-flannel-0');
      delete facts.hns;
      facts.errors.push({ probe: 'hns', message: 'Get-HnsNetwork : The term is not recognized' });
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('does not match other network failures', () => {
      expect(weight('failed to allocate for range 0: no IP addresses available in range set: 10.42.3.1-10.42.3.254')).toBeUndefined();
      expect(weight('open /run/flannel/subnet.env: The system cannot find the path specified.')).toBeUndefined();
      expect(weight('Error registering network: Cannot find network with Management IP 10.0.0.4')).toBeUndefined();
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
