import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, nodeOf, pageProblems, podOf, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('vxlan-port-conflict', () => {
  describe('invalid (reported)', () => {
    it('a vSphere node with the flannel vxlan backend (annotation and probe)', () => {
      const [finding] = run(rule, { nodeFacts: [loadNodeFacts('win-vs-0')] }, 'win-vs-0');
      expect(finding).toMatchObject({ ruleId: 'vxlan-port-conflict', severity: 'warning', target: { kind: 'Node', name: 'win-vs-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'node: providerID vsphere://4237e1b1-91e6-f4a4-8d4c-6b0c3f2a7c55',
        'probe: Flannel backend in net-conf.json is vxlan',
        'node: annotation flannel.alpha.coreos.com/backend-type=vxlan',
      ]);
    });

    it('a vSphere node whose kube-proxy pod names the vxlan0 network', () => {
      const [finding] = run(rule, {}, 'win-vs-1');
      expect(evidenceTexts(finding!)).toEqual([
        'node: providerID vsphere://4237aa10-5c2e-81d3-1f4b-9e8d7c6b5a40',
        'spec: pod kube-system/kube-proxy-windows-4mxzq container kube-proxy: KUBE_NETWORK=vxlan0',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('vxlan on a node that is not on vSphere', () => {
      expect(run(rule, {}, 'win-notready-0')).toEqual([]);
    });

    it('a vSphere node with host-gw', () => {
      const snapshot = loadSnapshot();
      nodeOf(snapshot, 'win-vs-0').metadata.annotations!['flannel.alpha.coreos.com/backend-type'] = 'host-gw';
      expect(run(rule, { snapshot }, 'win-vs-0')).toEqual([]);
    });

    it('a vSphere node whose kube-proxy runs on the l2bridge network', () => {
      const snapshot = loadSnapshot();
      const container = podOf(snapshot, 'kube-system', 'kube-proxy-windows-4mxzq').spec!.containers[0]!;
      container['env'] = [{ name: 'KUBE_NETWORK', value: 'cbr0' }];
      expect(run(rule, { snapshot }, 'win-vs-1')).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
