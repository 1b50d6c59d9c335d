import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, nodeOf, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('flannel-hostgw-azure-routes', () => {
  describe('invalid (reported)', () => {
    it('an Azure VM whose flannel annotation says host-gw', () => {
      const findings = run(rule);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'flannel-hostgw-azure-routes', severity: 'warning', target: { kind: 'Node', name: 'win-az-flannel-0' } });
      expect(evidenceTexts(findings[0]!)).toEqual([
        'node: providerID azure:///subscriptions/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6/resourceGroups/k8s-iaas-rg/providers/Microsoft.Compute/virtualMachines/win-az-flannel-0',
        'node: annotation flannel.alpha.coreos.com/backend-type=host-gw',
      ]);
      expect(findings[0]!.message).toContain('a route for 10.244.5.0/24 to this node');
    });

    it('the probe\'s net-conf.json backend counts without the annotation', () => {
      const snapshot = loadSnapshot();
      delete nodeOf(snapshot, 'win-az-flannel-0').metadata.annotations;
      const facts = loadNodeFacts('win-flannel-0');
      facts.node = 'win-az-flannel-0';
      const [finding] = run(rule, { snapshot, nodeFacts: [facts] }, 'win-az-flannel-0');
      expect(evidenceTexts(finding!)[1]).toBe('probe: Flannel backend in net-conf.json is host-gw');
    });
  });

  describe('valid (not reported)', () => {
    it('host-gw outside Azure (on-prem Hyper-V)', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'win-flannel-0')).toEqual([]);
    });

    it('Azure node with the vxlan backend', () => {
      const snapshot = loadSnapshot();
      nodeOf(snapshot, 'win-az-flannel-0').metadata.annotations!['flannel.alpha.coreos.com/backend-type'] = 'vxlan';
      expect(run(rule, { snapshot })).toEqual([]);
    });

    it('AKS with Azure CNI (no flannel)', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
