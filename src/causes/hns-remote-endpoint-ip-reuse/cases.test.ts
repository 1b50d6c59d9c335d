import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import type { HnsEndpointFact, NodeFacts } from '../../probes/facts.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** win-flannel-0 runs web/iis-hostport (10.244.3.14), web/api (10.244.3.15), build/agent (10.244.3.21) and monitoring/windows-exporter (10.244.3.17). */
function flannelNode(endpoints: HnsEndpointFact[]): NodeFacts {
  const facts = loadNodeFacts('win-flannel-0');
  Object.assign(facts.hns!, { endpointCount: endpoints.length, endpoints });
  return facts;
}

const podEndpoints: HnsEndpointFact[] = [
  { id: '0A1B2C3D-0000-4000-8000-000000000014', ipAddress: '10.244.3.14', state: 3, isRemote: false, networkName: 'cbr0' },
  { id: '0A1B2C3D-0000-4000-8000-000000000015', ipAddress: '10.244.3.15', state: 3, isRemote: false, networkName: 'cbr0' },
  { id: '0A1B2C3D-0000-4000-8000-000000000017', ipAddress: '10.244.3.17', state: 3, isRemote: false, networkName: 'cbr0' },
];

const remoteBackends: HnsEndpointFact[] = [
  { id: '7E6D5C4B-0000-4000-8000-000000010009', ipAddress: '10.244.1.9', isRemote: true, networkName: 'cbr0' },
  { id: '7E6D5C4B-0000-4000-8000-000000020011', ipAddress: '10.244.2.11', isRemote: true, networkName: 'cbr0' },
];

describe('hns-remote-endpoint-ip-reuse', () => {
  describe('invalid (reported)', () => {
    it('a remote endpoint left behind for the address of a local endpoint', () => {
      const stale: HnsEndpointFact = { id: 'F00DCAFE-0000-4000-8000-000000000015', ipAddress: '10.244.3.15', isRemote: true, networkName: 'cbr0' };
      const [finding, ...rest] = run(rule, { nodeFacts: [flannelNode([...podEndpoints, ...remoteBackends, stale])] });
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'hns-remote-endpoint-ip-reuse', severity: 'error', target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(finding!.message).toBe('HNS on win-flannel-0 keeps remote endpoints for addresses that now belong to this node: 10.244.3.15.');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: remote endpoint F00DCAFE-0000-4000-8000-000000000015 and local endpoint 0A1B2C3D-0000-4000-8000-000000000015 both hold 10.244.3.15',
      ]);
    });

    it('a remote endpoint for a pod address whose local endpoint was never created', () => {
      // The pod got 10.244.3.14 but HNS refused its endpoint: only the remote one exists.
      const stale: HnsEndpointFact = { id: 'F00DCAFE-0000-4000-8000-000000000014', ipAddress: '10.244.3.14', isRemote: true };
      const endpoints = [...podEndpoints.filter((e) => e.ipAddress !== '10.244.3.14'), ...remoteBackends, stale];
      const [finding] = run(rule, { nodeFacts: [flannelNode(endpoints)] }, 'win-flannel-0');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: remote endpoint F00DCAFE-0000-4000-8000-000000000014 holds 10.244.3.14, the address of pod web/iis-hostport-5f6d8c7b9-kq2mz on this node',
      ]);
    });

    it('many reused addresses are listed up to five, sorted, and the rest counted', () => {
      const locals = Array.from({ length: 7 }, (_, i) => ({ id: `LOCAL-${i}`, ipAddress: `10.244.3.${100 + i}`, state: 3, isRemote: false }));
      const stale = locals.map((local, i) => ({ id: `REMOTE-${i}`, ipAddress: local.ipAddress, isRemote: true }));
      const [finding] = run(rule, { nodeFacts: [flannelNode([...podEndpoints, ...locals, ...stale.reverse()])] }, 'win-flannel-0');
      expect(finding!.message).toBe(
        'HNS on win-flannel-0 keeps remote endpoints for addresses that now belong to this node: 10.244.3.100, 10.244.3.101, 10.244.3.102, 10.244.3.103, 10.244.3.104.',
      );
      const texts = evidenceTexts(finding!);
      expect(texts[0]).toBe('probe: remote endpoint REMOTE-0 and local endpoint LOCAL-0 both hold 10.244.3.100');
      expect(texts.slice(5)).toEqual(['probe: 2 more remote endpoints hold addresses that are local on this node']);
    });
  });

  describe('valid (not reported)', () => {
    it('remote endpoints only for backends on other nodes', () => {
      expect(run(rule, { nodeFacts: [flannelNode([...podEndpoints, ...remoteBackends])] })).toEqual([]);
    });

    it('a remote endpoint on the node address (a host-network backend) is not a reused pod address', () => {
      const snapshot = loadSnapshot();
      const nodeIp = snapshot.nodes.find((n) => n.metadata.name === 'win-flannel-0')!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
      const hostBackend: HnsEndpointFact = { id: 'HOSTNET-0', ipAddress: nodeIp, isRemote: true };
      const hostVnic: HnsEndpointFact = { id: 'HOSTVNIC-0', ipAddress: nodeIp, state: 3, isRemote: false };
      expect(run(rule, { snapshot, nodeFacts: [flannelNode([...podEndpoints, hostVnic, hostBackend])] })).toEqual([]);
    });

    it('a remote endpoint for the address of a pod that has finished', () => {
      // build/agent is Pending with 10.244.3.21; a Succeeded pod gives its address back.
      const snapshot = loadSnapshot();
      const agent = snapshot.pods.find((p) => p.metadata.name.startsWith('agent-'))!;
      agent.status!.phase = 'Succeeded';
      const stale: HnsEndpointFact = { id: 'F00DCAFE-0000-4000-8000-000000000021', ipAddress: '10.244.3.21', isRemote: true };
      expect(run(rule, { snapshot, nodeFacts: [flannelNode([...podEndpoints, stale])] })).toEqual([]);
    });

    it('a probe that did not list the endpoints says nothing', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
