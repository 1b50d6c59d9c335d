import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function azureNode(pluginVersion: string) {
  const facts = loadNodeFacts('akswin22-0');
  facts.cni = { ...facts.cni, type: 'azure-vnet', pluginVersion };
  return facts;
}

describe('cni-plugin-version-bug', () => {
  it('reports azure-vnet older than 1.0.16', () => {
    const [finding] = run(rule, { nodeFacts: [azureNode('v1.0.13')] }, 'akswin22-0');
    expect(finding).toMatchObject({ ruleId: 'cni-plugin-version-bug', severity: 'warning', target: { kind: 'Node', name: 'akswin22-0' } });
    expect(evidenceTexts(finding!)).toEqual(['probe: CNI plugin azure-vnet 1.0.13 is older than 1.0.16']);
  });

  it('does not report a fixed azure-vnet release', () => {
    expect(run(rule, { nodeFacts: [azureNode('v1.5.38')] })).toEqual([]);
  });

  it('does not report other plugins or an unknown version', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
    const facts = azureNode('');
    delete facts.cni!.pluginVersion;
    expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
