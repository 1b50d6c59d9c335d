import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('nodeport-local-access', () => {
  describe('invalid (reported)', () => {
    it('a Server 2019 node older than 17763.1432 fails its own NodePort', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.nodePortSelfTest = { port: 30080, ok: false };
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win19-old-0');
      expect(finding).toMatchObject({ ruleId: 'nodeport-local-access', severity: 'warning', target: { kind: 'Node', name: 'win19-old-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: TCP to NodePort 30080 from the node itself failed',
        'probe: OS build 10.0.17763.1339 without KB4571748 (needs 10.0.17763.1432 or later)',
      ]);
    });

    it('a patched node with no running pod does not forward NodePorts', () => {
      const snapshot = loadSnapshot();
      snapshot.pods = snapshot.pods.filter((pod) => pod.spec?.nodeName !== 'win-vs-0');
      const facts = loadNodeFacts('win-vs-0');
      facts.nodePortSelfTest = { port: 31443, ok: false };
      const [finding] = run(rule, { snapshot, nodeFacts: [facts] }, 'win-vs-0');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: TCP to NodePort 31443 from the node itself failed',
        'node: no pod is running on win-vs-0',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('the NodePort answers locally', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.nodePortSelfTest = { port: 30080, ok: true };
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('an old build that has KB4571748 installed, with running pods', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.os = { ...facts.os!, build: 17763, ubr: 1339, hotfixes: ['KB4571748'] };
      facts.nodePortSelfTest = { port: 30080, ok: false };
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('a current Server 2022 node with running pods: the failure has another cause', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.nodePortSelfTest = { port: 30080, ok: false };
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('nothing without a NodePort self-test', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win19-old-0')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
