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
import type { DiagnosisResult } from '../src/engine/result.js';
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

describe('grouping on a 2,000-node cluster', () => {
  it('gives findings in the hundreds at most, each with the objects it affects', () => {
    expect(result.checked.nodes).toBeGreaterThan(1500);
    expect(result.checked.pods).toBeGreaterThan(10_000);
    expect(result.findings.length).toBeGreaterThan(0);
    // Causes that fail pods are counted once per root: a few hundred at most. Advisories about a
    // node's own version (info) still come once per node.
    expect(result.findings.filter((f) => f.severity !== 'info').length).toBeLessThan(300);
    expect(result.findings.length).toBeLessThan(1000);
    for (const f of result.findings) {
      if (f.target.kind === 'Cluster') continue;
      expect(f.affected, `${f.ruleId} ${f.target.kind} ${f.target.name}`).toBeDefined();
      expect(f.affected!.objects.length).toBeLessThanOrEqual(20);
      expect(f.affected!.count).toBeGreaterThanOrEqual(f.affected!.objects.length);
    }
    expect(result.findings.filter((f) => f.target.kind === 'Pod' && f.ruleId !== 'no-known-cause')).toEqual([]);
  });

  it('exhausted pod ranges are one finding per node, counting its pods', () => {
    const findings = result.findings.filter((f) => f.ruleId === 'ip-range-exhausted');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.target.kind === 'Node')).toBe(true);
    const total = findings.reduce((sum, f) => sum + f.affected!.count, 0);
    const objectsListed = findings.flatMap((f) => f.affected!.objects).filter((o) => o.kind === 'Pod');
    expect(total).toBeGreaterThanOrEqual(objectsListed.length);
    expect(new Set(findings.map((f) => f.target.name)).size).toBe(findings.length);
    const pods = podKeys();
    for (const o of objectsListed) expect(pods.has(`${o.namespace}/${o.name}`)).toBe(true);
  });

  it('a pod is counted under one cause of one root at most for each cause', () => {
    for (const ruleId of new Set(result.findings.map((f) => f.ruleId))) {
      const listed = result.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.affected?.objects ?? []).filter((o) => o.kind === 'Pod');
      const keys = listed.map((o) => `${o.namespace}/${o.name}`);
      expect(new Set(keys).size, ruleId).toBe(keys.length);
    }
  });
});
