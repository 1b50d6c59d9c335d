import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run, withServices } from '../../../test/fixtures/rules/probe/context.js';
import type { HnsEndpointFact, HnsLoadBalancerFact, NodeFacts } from '../../probes/facts.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** akswin22-0: Azure CNI, kube-proxy with --enable-dsr=true; it runs web/iis-7d9c6b8f5-x2k4q (10.224.0.48). */
function aksNode(pluginVersion: string | undefined): NodeFacts {
  const facts = loadNodeFacts('akswin22-0');
  if (pluginVersion === undefined) delete facts.cni!.pluginVersion;
  else facts.cni!.pluginVersion = pluginVersion;
  return facts;
}

const iisEndpoint: HnsEndpointFact = { id: 'B3C4D5E6-0000-4000-8000-000000000048', ipAddress: '10.224.0.48', state: 3, isRemote: false, networkName: 'azure' };
const remoteIis: HnsEndpointFact = { id: 'C4D5E6F7-0000-4000-8000-000000000071', ipAddress: '10.224.0.71', isRemote: true, networkName: 'azure' };

function dsrBalancer(id: string, vip: string, endpointIds: string[]): HnsLoadBalancerFact {
  return { id, vips: [vip], protocol: 6, internalPort: 80, externalPort: 80, isDsr: true, localRoutedVip: false, endpointIds };
}

describe('service-hairpin-loopback-dsr', () => {
  describe('invalid (reported)', () => {
    it('DSR on with an azure-vnet release that cannot add the loopback policy', () => {
      const [finding, ...rest] = run(rule, { nodeFacts: [aksNode('v1.4.13')] });
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'service-hairpin-loopback-dsr', severity: 'warning', target: { kind: 'Node', name: 'akswin22-0' } });
      expect(finding!.message).toBe(
        'Pods on akswin22-0 cannot reach themselves through their own Services: kube-proxy uses DSR and the CNI plugin (azure-vnet 1.4.13) cannot add the loopback DSR policy.',
      );
      expect(evidenceTexts(finding!)).toEqual([
        'probe: kube-proxy balances with Direct Server Return (--enable-dsr=true --feature-gates=WinDSR=true)',
        'probe: CNI plugin azure-vnet 1.4.13 is older than 1.4.16, the first release that can add the loopback DSR policy to a pod endpoint',
      ]);
    });

    it('with endpoints and load balancers listed, the pods behind a DSR Service are named', () => {
      const facts = aksNode('1.2.7');
      Object.assign(facts.hns!, {
        endpointCount: 2,
        endpoints: [iisEndpoint, remoteIis],
        loadBalancers: [
          dsrBalancer('LB-IIS-CLUSTERIP', '10.0.112.40', [iisEndpoint.id, remoteIis.id]),
          dsrBalancer('LB-IIS-LB', '20.61.14.9', [iisEndpoint.id]),
          { ...dsrBalancer('LB-OTHER', '10.0.9.9', [remoteIis.id]) },
        ],
      });
      const [finding] = run(rule, { nodeFacts: [facts] }, 'akswin22-0');
      expect(evidenceTexts(finding!).slice(2)).toEqual(['probe: pod web/iis-7d9c6b8f5-x2k4q (10.224.0.48) is a backend of the DSR load balancer for 10.0.112.40, 20.61.14.9']);
    });
  });

  describe('valid (not reported)', () => {
    it('azure-vnet 1.4.16, which can add the loopback policy', () => {
      expect(run(rule, { nodeFacts: [aksNode('1.4.16')] })).toEqual([]);
    });

    it('an old azure-vnet with DSR off in kube-proxy', () => {
      const facts = aksNode('1.4.13');
      facts.kubeProxy!.flags['enable-dsr'] = 'false';
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('a plugin release the probe could not read says nothing', () => {
      expect(run(rule, { nodeFacts: [aksNode(undefined)] })).toEqual([]);
    });

    it('a flannel node without DSR', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0'), loadNodeFacts('win19-old-0')] })).toEqual([]);
    });

    it('kube-proxy not running on the node', () => {
      const facts = aksNode('1.4.13');
      facts.kubeProxy!.running = false;
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });

  describe('a plugin that supports loopback DSR with the setting left off', () => {
    /** akswin22-0 with a current azure-vnet whose config was read; `loopbackDsr` as the probe parsed it. */
    function currentAks(loopbackDsr: boolean | undefined): NodeFacts {
      const facts = aksNode('v1.5.38');
      if (loopbackDsr === undefined) delete facts.cni!.loopbackDsr;
      else facts.cni!.loopbackDsr = loopbackDsr;
      return facts;
    }

    it('is reported when a Service selects pods on the node', () => {
      const [finding, ...rest] = run(rule, { snapshot: withServices(), nodeFacts: [currentAks(false)] });
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'service-hairpin-loopback-dsr', severity: 'warning', target: { kind: 'Node', name: 'akswin22-0' } });
      expect(finding!.message).toBe(
        'Pods on akswin22-0 cannot reach themselves through their own Services: kube-proxy uses DSR and the CNI config does not turn on loopback DSR.',
      );
      expect(evidenceTexts(finding!)).toEqual([
        'probe: kube-proxy balances with Direct Server Return (--enable-dsr=true --feature-gates=WinDSR=true)',
        'probe: the CNI config C:\\k\\azurecni\\netconf\\10-azure.conflist (azure-vnet) does not turn on loopback DSR (enableLoopbackDSR is not true)',
        'spec: Service web/iis selects web/iis-7d9c6b8f5-x2k4q on this node',
        'spec: Service web/iis-internal selects web/iis-7d9c6b8f5-x2k4q on this node',
      ]);
    });

    it('without Services, the HNS load balancers the node pods back stand in for them', () => {
      const facts = currentAks(false);
      Object.assign(facts.hns!, { endpoints: [iisEndpoint], loadBalancers: [dsrBalancer('LB-IIS-CLUSTERIP', '10.0.112.40', [iisEndpoint.id])] });
      const [finding] = run(rule, { snapshot: loadSnapshot(), nodeFacts: [facts] });
      expect(evidenceTexts(finding!).slice(2)).toEqual(['probe: pod web/iis-7d9c6b8f5-x2k4q (10.224.0.48) is a backend of the DSR load balancer for 10.0.112.40']);
    });

    it('is not reported when the config turns loopback DSR on', () => {
      expect(run(rule, { snapshot: withServices(), nodeFacts: [currentAks(true)] })).toEqual([]);
    });

    it('is not reported when the probe could not read the setting', () => {
      expect(run(rule, { snapshot: withServices(), nodeFacts: [currentAks(undefined)] })).toEqual([]);
    });

    it('is not reported when no Service selects a pod on the node', () => {
      const snapshot = withServices();
      snapshot.services = snapshot.services!.filter((service) => service.spec?.selector?.app !== 'iis');
      expect(run(rule, { snapshot, nodeFacts: [currentAks(false)] })).toEqual([]);
    });

    it('is not reported with DSR off, as on the flannel node whose Services select its pods', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.cni!.loopbackDsr = false;
      expect(run(rule, { snapshot: withServices(), nodeFacts: [facts] })).toEqual([]);
    });
  });
});
