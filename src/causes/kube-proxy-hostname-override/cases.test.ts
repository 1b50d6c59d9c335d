import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { evidenceTexts, loadNodeFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function matches(text: string): boolean {
  return bestSignature(normalizeMessage(text), rule.signatures ?? []) !== undefined;
}

describe('kube-proxy-hostname-override', () => {
  describe('invalid (reported)', () => {
    it('kube-proxy started without --hostname-override', () => {
      const [finding] = run(rule, { nodeFacts: [loadNodeFacts('win19-old-0')] }, 'win19-old-0');
      expect(finding).toMatchObject({ ruleId: 'kube-proxy-hostname-override', severity: 'warning', target: { kind: 'Node', name: 'win19-old-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: kube-proxy runs without --hostname-override: C:\\k\\kube-proxy.exe --v=4 --proxy-mode=kernelspace --kubeconfig=c:\\k\\config --log-dir=c:\\k\\logs --logtostderr=false',
      ]);
    });

    it('kube-proxy uses the short host name while the node registered its FQDN', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.kubeProxy!.flags['hostname-override'] = 'WIN-FLANNEL-0.corp.contoso.com';
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: kube-proxy runs with --hostname-override=WIN-FLANNEL-0.corp.contoso.com, but the node is named win-flannel-0',
      ]);
    });

    it('matches kube-proxy wording of a missing override', () => {
      expect(matches('W0619 18:35:58.378909   17121 server.go:601] Failed to retrieve node info: nodes "x" not found')).toBe(true);
      expect(matches('W0619 18:35:58.379328   17121 proxier.go:306] invalid nodeIP, initializing kube-proxy with 127.0.0.1 as nodeIP')).toBe(true);
      expect(matches('E1105 10:02:11.120312    4412 server.go:650] "Failed to retrieve node info" err="nodes \\"win-flannel-0.corp.contoso.com\\" not found"')).toBe(true);
      expect(matches('vNICs and HNS endpoints of containers are being deleted')).toBe(true);
    });
  });

  describe('valid (not reported)', () => {
    it('the override equals the node name (case does not matter)', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.kubeProxy!.flags['hostname-override'] = 'WIN-FLANNEL-0';
      expect(run(rule, { nodeFacts: [facts] }, 'win-flannel-0')).toEqual([]);
    });

    it('kube-proxy configured by a --config file is not judged from its command line', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.kubeProxy!.flags = { config: 'C:\\k\\kube-proxy-config.yaml', v: '2' };
      expect(run(rule, { nodeFacts: [facts] }, 'win19-old-0')).toEqual([]);
    });

    it('kube-proxy not running is left to node-services-down', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.kubeProxy = { running: false, flags: {} };
      expect(run(rule, { nodeFacts: [facts] }, 'win19-old-0')).toEqual([]);
    });

    it('nothing without probe facts', () => {
      expect(run(rule)).toEqual([]);
    });

    it('does not match unrelated "not found" wording', () => {
      expect(matches('Error from server (NotFound): pods "iis-7d9" not found')).toBe(false);
      expect(matches('failed to pull and unpack image "docker.io/library/app:1": not found')).toBe(false);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
