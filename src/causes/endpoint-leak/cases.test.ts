import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, nodeOf, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('endpoint-leak', () => {
  describe('invalid (reported)', () => {
    it('253 endpoints for one pod on a Docker 17.06 node that ran out of pod IPs', () => {
      const [finding] = run(rule, { nodeFacts: [loadNodeFacts('win19-old-0')] }, 'win19-old-0');
      expect(finding).toMatchObject({ ruleId: 'endpoint-leak', severity: 'warning', target: { kind: 'Node', name: 'win19-old-0' } });
      expect(finding!.message).toBe('HNS endpoints leak on win19-old-0: far more endpoints than pods.');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: 253 HNS endpoints for 1 pod on the node (more than 12)',
        'node: container runtime docker://17.6.2 is older than 18.09 (endpoint store concurrency bug)',
        expect.stringMatching(/^event: FailedCreatePodSandBox \(x37\): .*failed to allocate for range 0/),
      ]);
    });

    it('a local-only endpoint count decides on its own', () => {
      const facts = loadNodeFacts('win-flannel-0');
      Object.assign(facts.hns!, { endpointCount: 180, localEndpointCount: 96 });
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(evidenceTexts(finding!)).toEqual(['probe: 96 local HNS endpoints for 4 pods on the node (more than 18)']);
    });

    it('with every endpoint listed, the local ones no pod holds are named', () => {
      const facts = loadNodeFacts('win-flannel-0');
      const snapshot = loadSnapshot();
      const podIps = snapshot.pods.filter((p) => p.spec?.nodeName === 'win-flannel-0').map((p) => p.status?.podIP).filter((ip): ip is string => !!ip);
      const endpoints = [
        ...podIps.map((ip, i) => ({ id: `POD-${i}`, ipAddress: ip, state: 3, isRemote: false })),
        ...Array.from({ length: 30 }, (_, i) => ({ id: `LEAK-${i}`, ipAddress: `10.244.7.${i + 100}`, state: 3, isRemote: false })),
        { id: 'REMOTE-0', ipAddress: '10.244.1.9', state: 1, isRemote: true },
      ];
      Object.assign(facts.hns!, { endpointCount: endpoints.length, localEndpointCount: endpoints.length - 1, endpoints });
      const [finding] = run(rule, { snapshot, nodeFacts: [facts] }, 'win-flannel-0');
      expect(evidenceTexts(finding!)).toEqual([
        `probe: ${endpoints.length - 1} local HNS endpoints for 4 pods on the node (more than 18)`,
        'probe: 30 local HNS endpoints belong to no pod on the node, e.g. 10.244.7.100, 10.244.7.101, 10.244.7.102, 10.244.7.103, 10.244.7.104',
      ]);
    });

    it('kubelet 1.11.0-1.11.2 without probe facts', () => {
      const snapshot = loadSnapshot();
      nodeOf(snapshot, 'win-notready-0').status!.nodeInfo!.kubeletVersion = 'v1.11.1';
      const [finding] = run(rule, { snapshot }, 'win-notready-0');
      expect(finding!.message).toContain('--probe');
      expect(evidenceTexts(finding!)).toEqual(['node: kubelet v1.11.1 has the endpoint leak bug of 1.11.0-1.11.2']);
    });
  });

  describe('valid (not reported)', () => {
    it('a normal endpoint count', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    });

    it('many endpoints in total (remote ones included) without any other sign of a leak', () => {
      const facts = loadNodeFacts('akswin22-0');
      facts.hns!.endpointCount = 420;
      expect(run(rule, { nodeFacts: [facts] }, 'akswin22-0')).toEqual([]);
    });

    it('an old Docker whose endpoints the probe counted as normal', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.hns!.endpointCount = 9;
      expect(run(rule, { nodeFacts: [facts] }, 'win19-old-0')).toEqual([]);
    });

    it('kubelet 1.11.3 and Docker 18.09', () => {
      const snapshot = loadSnapshot();
      nodeOf(snapshot, 'win-notready-0').status!.nodeInfo!.kubeletVersion = 'v1.11.3';
      nodeOf(snapshot, 'win19-old-0').status!.nodeInfo!.containerRuntimeVersion = 'docker://18.9.7';
      expect(run(rule, { snapshot })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
