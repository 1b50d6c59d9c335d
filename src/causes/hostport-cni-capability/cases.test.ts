import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadSnapshot, pageProblems, podOf, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

describe('hostport-cni-capability', () => {
  describe('invalid (reported)', () => {
    it('a hostPort pod on a node whose CNI lacks portMappings and is older than 0.8.6', () => {
      const snapshot = loadSnapshot();
      podOf(snapshot, 'web', 'iis-hostport-5f6d8c7b9-kq2mz').spec!.nodeName = 'win19-old-0';
      const [finding] = run(rule, { snapshot, nodeFacts: [loadNodeFacts('win19-old-0')] });
      expect(finding).toMatchObject({
        ruleId: 'hostport-cni-capability',
        severity: 'error',
        target: { kind: 'Pod', namespace: 'web', name: 'iis-hostport-5f6d8c7b9-kq2mz' },
      });
      expect(evidenceTexts(finding!)).toEqual([
        'spec: container iis publishes hostPort 8080 -> containerPort 80/TCP',
        'probe: CNI config c:\\k\\cni\\config\\cni.conf does not declare capabilities.portMappings',
        'probe: CNI plugin win-bridge version 0.8.2 is older than 0.8.6',
      ]);
    });

    it('without probe facts the hostPort is an info finding that asks for --probe', () => {
      const [finding] = run(rule);
      expect(finding).toMatchObject({ severity: 'info', target: { kind: 'Pod', namespace: 'web', name: 'iis-hostport-5f6d8c7b9-kq2mz' } });
      expect(finding!.message).toContain('--probe');
      expect(evidenceTexts(finding!)).toEqual(['spec: container iis publishes hostPort 8080 -> containerPort 80/TCP']);
    });
  });

  describe('valid (not reported)', () => {
    it('a CNI config that declares portMappings (version not known)', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('win-flannel-0')] })).toEqual([]);
    });

    it('the sdnbridge version numbering is not compared with 0.8.6', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.cni!.pluginVersion = '0.3.0';
      expect(run(rule, { nodeFacts: [facts] })).toEqual([]);
    });

    it('hostNetwork pods (HostProcess) are not judged', () => {
      const snapshot = loadSnapshot();
      const pod = podOf(snapshot, 'web', 'iis-hostport-5f6d8c7b9-kq2mz');
      pod.spec!.hostNetwork = true;
      expect(run(rule, { snapshot })).toEqual([]);
    });

    it('containerPort without hostPort is not judged', () => {
      const snapshot = loadSnapshot();
      delete podOf(snapshot, 'web', 'iis-hostport-5f6d8c7b9-kq2mz').spec!.containers[0]!.ports![0]!.hostPort;
      expect(run(rule, { snapshot, nodeFacts: [loadNodeFacts('win19-old-0')] })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
