/**
 * Findings v2 at scale: a 2,000-node cluster with broken pods of every kind the generator makes
 * (images on the wrong build, Linux images, exhausted ranges, pause mismatches, crash loops) gives
 * one finding per cause per root target, each with the objects it affects, and no pod counted twice
 * for one cause.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../src/engine/diagnose.js';
import { rollUpNodeConclusions } from '../src/engine/group.js';
import type { ClusterView, NodeView } from '../src/engine/view.js';
import type { DiagnosisResult } from '../src/engine/result.js';
import type { Finding } from '../src/rules/types.js';
import { loadSnapshotFromPath } from '../src/kube/offline.js';
import { generateScaleObjects } from './support/sim/index.js';

interface Loose {
  kind?: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: { nodeName?: string; containers?: { image?: string }[] };
}

let result: DiagnosisResult;
let objects: Loose[];

/** Pods of the generated objects by "namespace/name". */
function podKeys(): Set<string> {
  return new Set(objects.filter((o) => o.kind === 'Pod').map((o) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`));
}

beforeAll(async () => {
  objects = generateScaleObjects({ nodes: 2100, windowsNodes: 2000, pods: 24_000, events: 4000, brokenFraction: 0.05, seed: 7 }) as Loose[];
  const dir = mkdtempSync(path.join(tmpdir(), 'windbg-grouping-'));
  const file = path.join(dir, 'cluster.json');
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  const snapshot = await loadSnapshotFromPath(file, {});
  result = diagnose({ snapshot, group: { maxAffected: 20 } });
}, 120_000);

/** Pods of the generated objects whose events say `text`, counted by the value `keyOf` gives. */
function podsWithEvent(text: string): Loose[] {
  const names = new Set(
    (objects as unknown as { kind?: string; message?: string; involvedObject?: { namespace?: string; name?: string } }[])
      .filter((o) => o.kind === 'Event' && o.message?.includes(text))
      .map((e) => `${e.involvedObject?.namespace}/${e.involvedObject?.name}`),
  );
  return objects.filter((o) => o.kind === 'Pod' && names.has(`${o.metadata.namespace}/${o.metadata.name}`));
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function nodeLabels(name: string): Record<string, string> {
  return objects.find((o) => o.kind === 'Node' && o.metadata.name === name)!.metadata.labels ?? {};
}

function findingsOf(ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

const podName = (o: Loose): string => `${o.metadata.namespace}/${o.metadata.name}`;

describe('grouping on a 2,000-node cluster', () => {
  it('gives a few dozen findings, one per cause per root target, each with the objects it affects', () => {
    expect(result.checked.nodes).toBe(2000);
    expect(result.checked.pods).toBeGreaterThan(10_000);
    // Before roots rolled up (one finding per pod) this scenario gave over 12,000 findings, and with
    // one advisory per node still 794.
    expect(result.findings.length).toBeLessThan(60);
    const keys = result.findings.map((f) => `${f.ruleId} ${f.target.kind} ${f.target.namespace ?? ''}/${f.target.name} ${f.target.build ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of result.findings) {
      if (f.target.kind === 'Cluster') continue;
      expect(f.affected, `${f.ruleId} ${f.target.kind} ${f.target.name}`).toBeDefined();
      expect(f.affected!.objects.length).toBe(Math.min(20, f.affected!.count));
      expect(f.evidence.length).toBeGreaterThan(0);
    }
    expect(result.findings.filter((f) => f.target.kind === 'Pod')).toEqual([]);
    // Exactly: one per node with a full range, one per node with the wrong pause image, the 2019
    // image on its two newer builds and the Linux image on one, two broken workloads, two pools.
    const nodesWith = (text: string) => new Set(podsWithEvent(text).map((p) => p.spec!.nodeName)).size;
    expect(result.findings).toHaveLength(nodesWith('no IP addresses available in range set') + nodesWith('failed to start sandbox') + 3 + 2 + 2);
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(
      new Set(['image-os-mismatch', 'ip-range-exhausted', 'pause-image-incompatible', 'container-dll-not-found', 'os-selector-missing', 'node-services-down', 'windows-server-version-retired']),
    );
  });

  it('one image built for Server 2019 on two newer builds: one finding per image and build, counting its pods exactly', () => {
    const image = 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019';
    const failing = podsWithEvent('Error: failed to create containerd task').filter((p) => p.spec?.containers?.[0]?.image === image);
    const expected = countBy(failing, (p) => nodeLabels(p.spec!.nodeName!)['node.kubernetes.io/windows-build']!);
    expect([...expected.keys()].sort()).toEqual(['10.0.20348', '10.0.26100']);
    const findings = findingsOf('image-os-mismatch').filter((f) => f.target.name === image);
    expect(findings.map((f) => f.target.build).sort()).toEqual(['10.0.20348', '10.0.26100']);
    for (const f of findings) {
      expect(f.target.kind).toBe('Image');
      expect(f.affected!.count).toBe(expected.get(f.target.build!));
      for (const o of f.affected!.objects) expect(o.name).toMatch(/^win-payments-legacy-iis-/);
      expect(f.evidence.some((e) => typeof e.text === 'string' && e.text.includes('does not match the host operating system'))).toBe(true);
    }
    // The Linux image sent to Windows nodes is its own image root.
    const nginx = findingsOf('image-os-mismatch').filter((f) => f.target.name === 'nginx:1.27');
    expect(nginx.reduce((sum, f) => sum + f.affected!.count, 0)).toBe(podsWithEvent('Failed to pull image "nginx:1.27"').length);
  });

  it('exhausted pod ranges and pause images for another build are one finding per node, counting its pods exactly', () => {
    for (const [ruleId, text] of [
      ['ip-range-exhausted', 'no IP addresses available in range set'],
      ['pause-image-incompatible', 'failed to start sandbox'],
    ] as const) {
      const expected = countBy(podsWithEvent(text), (p) => p.spec!.nodeName!);
      const findings = findingsOf(ruleId);
      expect(findings.every((f) => f.target.kind === 'Node'), ruleId).toBe(true);
      expect(new Map(findings.map((f) => [f.target.name, f.affected!.count])), ruleId).toEqual(expected);
      const pods = podKeys();
      for (const o of findings.flatMap((f) => f.affected!.objects)) expect(pods.has(`${o.namespace}/${o.name}`)).toBe(true);
    }
  });

  it('causes in a workload template are one finding per workload', () => {
    const [dll] = findingsOf('container-dll-not-found');
    expect(findingsOf('container-dll-not-found')).toHaveLength(1);
    expect(dll!.target).toEqual({ kind: 'Deployment', namespace: 'reporting', name: 'win-reporting-renderer' });
    expect(dll!.affected!.count).toBe(podsWithEvent('Back-off restarting failed container').length);
    const [selector] = findingsOf('os-selector-missing');
    expect(findingsOf('os-selector-missing')).toHaveLength(1);
    expect(selector!.target).toEqual({ kind: 'Deployment', namespace: 'billing', name: 'win-billing-batch' });
    expect(selector!.affected!.count).toBe(objects.filter((o) => o.kind === 'Pod' && o.metadata.name.startsWith('win-billing-batch-')).length);
  });

  it('the same conclusion on many nodes of a pool is one finding at the pool, listing its nodes', () => {
    const retired = findingsOf('windows-server-version-retired');
    const pool2019 = objects.filter((o) => o.kind === 'Node' && o.metadata.labels?.['kubernetes.azure.com/agentpool'] === 'win19').map((o) => o.metadata.name).sort();
    expect(pool2019.length).toBe(600);
    expect(retired).toHaveLength(1);
    expect(retired[0]!.target).toEqual({ kind: 'NodePool', name: 'win19' });
    expect(retired[0]!.severity).toBe('info');
    expect(retired[0]!.affected).toEqual({ count: 600, objects: pool2019.slice(0, 20).map((name) => ({ kind: 'Node', name })) });
    expect(retired[0]!.message).toMatchObject({ id: 'engine.message.poolNodes', params: { count: 600, group: 'win19' } });

    const stale = objects.filter((o) => o.kind === 'Node' && (o as unknown as { status: { conditions: { type: string; status: string }[] } }).status.conditions.some((c) => c.type === 'Ready' && c.status === 'Unknown'));
    const down = findingsOf('node-services-down');
    expect(down.map((f) => f.target)).toEqual([{ kind: 'NodePool', name: 'win25' }]);
    expect(down[0]!.affected!.count).toBe(stale.length);
    expect(stale.length).toBe(20);
  });

  it('a pod is counted under one cause of one root at most for each cause', () => {
    for (const ruleId of new Set(result.findings.map((f) => f.ruleId))) {
      const listed = result.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.affected?.objects ?? []).filter((o) => o.kind === 'Pod');
      const keys = listed.map((o) => `${o.namespace}/${o.name}`);
      expect(new Set(keys).size, ruleId).toBe(keys.length);
    }
  });
});

describe('rolling node conclusions up to their pool', () => {
  const node = (name: string, labels: Record<string, string>): [string, NodeView] => [name, { name, node: { metadata: { name, labels } } } as unknown as NodeView];
  const view = {
    nodeByName: new Map([
      node('a1', { agentpool: 'wina' }),
      node('a2', { agentpool: 'wina' }),
      node('a3', { agentpool: 'wina' }),
      node('b1', { agentpool: 'winb' }),
      node('c1', {}),
    ]),
  } as unknown as ClusterView;
  const down = (name: string, age: string, reason = 'NodeStatusUnknown'): Finding => ({
    ruleId: 'node-services-down',
    severity: 'error',
    target: { kind: 'Node', name },
    message: { id: 'rules.node-services-down.msg.kubeletDown', params: { node: name } },
    evidence: [{ source: 'node', text: `Ready=Unknown (${reason}) last heartbeat ${age} ago on ${name}` }],
    affected: { count: 1, objects: [{ kind: 'Node', name }] },
  });

  it('rolls up when every node of the pool concludes the same, whatever its name and ages', () => {
    const out = rollUpNodeConclusions([down('a1', '82m'), down('a2', '2h13m'), down('b1', '5m'), down('c1', '9m')], view, { maxAffected: 1 });
    expect(out.map((f) => `${f.target.kind} ${f.target.name}`)).toEqual(['NodePool wina', 'Node b1', 'Node c1']);
    expect(out[0]!.affected).toEqual({ count: 2, objects: [{ kind: 'Node', name: 'a1' }] });
    expect(out[0]!.message).toEqual({ id: 'engine.message.poolNodes', params: { count: 2, group: 'wina', message: { id: 'rules.node-services-down.msg.kubeletDown', params: { node: 'a1' } } } });
    expect(out[0]!.evidence).toEqual(down('a1', '82m').evidence);
  });

  it('keeps nodes apart when their conclusions differ, and keeps findings that fail pods at their node', () => {
    const differs = rollUpNodeConclusions([down('a1', '82m'), down('a2', '3m', 'KubeletNotReady')], view, { maxAffected: 20 });
    expect(differs.map((f) => f.target.name)).toEqual(['a1', 'a2']);
    const withPods = { ...down('a3', '1m'), affected: { count: 2, objects: [{ kind: 'Pod' as const, namespace: 'web', name: 'iis-1' }, { kind: 'Pod' as const, namespace: 'web', name: 'iis-2' }] } };
    const kept = rollUpNodeConclusions([down('a1', '82m'), withPods], view, { maxAffected: 20 });
    expect(kept.map((f) => f.target.name)).toEqual(['a1', 'a3']);
  });
});
