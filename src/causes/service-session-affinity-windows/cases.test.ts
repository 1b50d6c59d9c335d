import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadSnapshot, pageProblems, run, withServices } from '../../../test/fixtures/rules/probe/context.js';
import { diagnose } from '../../engine/diagnose.js';
import type { Snapshot } from '../../kube/types.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** The recorded cluster and its Services; `edit` changes it before the run. */
function cluster(edit: (snapshot: Snapshot) => void = () => undefined): Snapshot {
  const snapshot = withServices();
  edit(snapshot);
  return snapshot;
}

function service(snapshot: Snapshot, name: string) {
  const found = snapshot.services!.find((s) => s.metadata.name === name);
  if (!found) throw new Error(`no Service ${name} in the fixture`);
  return found;
}

describe('service-session-affinity-windows', () => {
  describe('invalid (reported)', () => {
    it('ClientIP affinity on a Service whose pods run on Windows Server 2019', () => {
      const findings = run(rule, { snapshot: cluster() }, 'legacy-app');
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject({
        ruleId: 'service-session-affinity-windows',
        severity: 'warning',
        target: { kind: 'Service', namespace: 'web', name: 'legacy-app' },
      });
      expect(finding!.message).toBe(
        'Service web/legacy-app asks for ClientIP session affinity, but 1 pod(s) it selects run on Windows nodes whose kube-proxy ignores it (win19-old-0); each connection is balanced on its own.',
      );
      expect(evidenceTexts(finding!)).toEqual([
        'spec: Service web/legacy-app (ClusterIP) has sessionAffinity: ClientIP and selects 1 pod(s) on Windows nodes',
        'node: node win19-old-0 runs Windows build 17763, older than 19551: kube-proxy cannot keep ClientIP affinity there',
        'spec: pod web/legacy-app-7f8e9d6c5-wq4lp runs on win19-old-0',
      ]);
      expect(finding!.affected).toEqual({ count: 1, objects: [{ kind: 'Pod', namespace: 'web', name: 'legacy-app-7f8e9d6c5-wq4lp' }] });
    });

    it('is part of the reports of the pods it affects and of their node, not of others', () => {
      const snapshot = cluster();
      const now = new Date(snapshot.collectedAt);
      const ruleIds = (focus: Parameters<typeof diagnose>[0]['focus']) =>
        diagnose({ snapshot, now, focus }).findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.target.kind} ${f.target.namespace}/${f.target.name}`);
      expect(ruleIds({ kind: 'Pod', namespace: 'web', name: 'legacy-app-7f8e9d6c5-wq4lp' })).toEqual(['Service web/legacy-app']);
      expect(ruleIds({ kind: 'Node', name: 'win19-old-0' })).toEqual(['Service web/legacy-app']);
      expect(ruleIds({ kind: 'Node', name: 'win-flannel-0' })).toEqual([]);
    });

    it('a kube-proxy older than 1.19 ignores the affinity even on Windows Server 2022', () => {
      const snapshot = cluster((s) => {
        const node = s.nodes.find((n) => n.metadata.name === 'akswin22-0')!;
        node.status!.nodeInfo!.kubeProxyVersion = 'v1.18.20';
      });
      const [finding, ...rest] = run(rule, { snapshot }, 'iis');
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'warning', target: { kind: 'Service', namespace: 'web', name: 'iis' } });
      expect(evidenceTexts(finding!)).toEqual([
        'spec: Service web/iis (ClusterIP) has sessionAffinity: ClientIP and selects 1 pod(s) on Windows nodes',
        'node: node akswin22-0 runs kube-proxy v1.18.20, older than v1.19.0: its Windows data path ignores ClientIP affinity',
        'spec: pod web/iis-7d9c6b8f5-x2k4q runs on akswin22-0',
      ]);
    });

    it('a LoadBalancer with ClientIP affinity on Windows Server 2022 is named for the VFP check, as information', () => {
      const [finding, ...rest] = run(rule, { snapshot: cluster() }, 'iis-internal');
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'info', target: { kind: 'Service', namespace: 'web', name: 'iis-internal' } });
      expect(finding!.message).toContain('is a LoadBalancer with ClientIP session affinity and selects pods on Windows Server 2022 or later nodes (akswin22-0)');
      expect(evidenceTexts(finding!)).toEqual([
        'spec: Service web/iis-internal (LoadBalancer) has sessionAffinity: ClientIP and selects 1 pod(s) on Windows nodes',
        'node: node akswin22-0 runs Windows build 20348, which keeps ClientIP affinity',
        'spec: pod web/iis-7d9c6b8f5-x2k4q runs on akswin22-0',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('a ClusterIP Service with ClientIP affinity whose pods run on Windows Server 2022', () => {
      expect(run(rule, { snapshot: cluster() }, 'iis')).toEqual([]);
    });

    it('no affinity on a Service whose pods run on Windows Server 2019', () => {
      const snapshot = cluster((s) => {
        service(s, 'legacy-app').spec!.sessionAffinity = 'None';
      });
      expect(run(rule, { snapshot }, 'legacy-app')).toEqual([]);
    });

    it('a ClientIP Service selecting no Windows pod is not kept at all', () => {
      const snapshot = cluster();
      expect(snapshot.services!.map((s) => s.metadata.name)).not.toContain('linux-only');
      expect(run(rule, { snapshot }, 'linux-only')).toEqual([]);
    });

    it('finished pods do not count', () => {
      const snapshot = cluster((s) => {
        s.pods.find((p) => p.metadata.name === 'legacy-app-7f8e9d6c5-wq4lp')!.status!.phase = 'Succeeded';
      });
      expect(run(rule, { snapshot }, 'legacy-app')).toEqual([]);
    });

    it('Services that were not read say nothing', () => {
      expect(run(rule, { snapshot: loadSnapshot() })).toEqual([]);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
