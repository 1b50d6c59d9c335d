import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('kubelet-flag-unsupported-on-windows', () => {
  it('reports a kubelet started with Linux cgroup enforcement', () => {
    const facts = loadNodeFacts('win-flannel-0');
    facts.kubelet!.flags['enforce-node-allocatable'] = 'pods';
    facts.kubelet!.flags['cgroups-per-qos'] = 'true';
    const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
    expect(finding).toMatchObject({ ruleId: 'kubelet-flag-unsupported-on-windows', target: { kind: 'Node', name: 'win-flannel-0' } });
    expect(evidenceTexts(finding!)).toEqual(['probe: kubelet runs with --enforce-node-allocatable=pods and --cgroups-per-qos=true']);
  });

  it('does not report the Windows settings (empty enforcement, no per-QoS cgroups)', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
  });

  it('does not report a kubelet that leaves both settings to their defaults', () => {
    expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
