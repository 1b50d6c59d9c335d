/**
 * `kubectl windbg nodes` with findings v2: rows grouped by node pool, each node's FINDINGS are the
 * findings of `check` that touch it (at the node, its pool, or a root whose pods fail on it), and a
 * table of pools names the root causes found on each, with how many of its nodes they touch. Checked
 * against `check` on the same generated cluster.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';
import { generateScaleObjects } from './support/sim/index.js';

interface NodeRow {
  name: string;
  pool?: string;
  ready: boolean;
  findings: { error: number; warning: number };
}
interface Pool {
  kind: string;
  name: string;
  nodes: number;
  ready: number;
  findings: { ruleId: string; severity: string; target: { kind: string; name: string; namespace?: string; build?: string }; nodes: number }[];
}
interface CheckFinding {
  ruleId: string;
  severity: string;
  target: { kind: string; name: string; namespace?: string; build?: string };
  affected?: { count: number; objects: { kind: string; name: string; namespace?: string }[] };
}

let file: string;
let objects: { kind?: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: { nodeName?: string } }[];
let nodes: { nodes: NodeRow[]; pools: Pool[] };
let check: { findings: CheckFinding[] };

beforeAll(async () => {
  objects = generateScaleObjects({ nodes: 70, windowsNodes: 60, pods: 1500, events: 2000, brokenFraction: 0.05, seed: 5, now: new Date('2026-05-01T10:00:00Z') }) as typeof objects;
  file = path.join(mkdtempSync(path.join(tmpdir(), 'windbg-nodes-')), 'cluster.json');
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  const [n, c] = await Promise.all([
    runCli(['nodes', '--from', file, '-o', 'json']),
    runCli(['check', '--from', file, '-o', 'json', '--fail-on', 'never', '--max-affected', '100000']),
  ]);
  nodes = JSON.parse(n.stdout) as typeof nodes;
  check = JSON.parse(c.stdout) as typeof check;
}, 120_000);

const key = (f: { ruleId: string; target: CheckFinding['target'] }) => `${f.ruleId} ${f.target.kind} ${f.target.namespace ?? ''}/${f.target.name} ${f.target.build ?? ''}`;

/** The nodes a check finding touches, from its uncapped affected list and the pods' nodes. */
function touched(f: CheckFinding): Set<string> {
  const podNode = new Map(objects.filter((o) => o.kind === 'Pod').map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p.spec?.nodeName]));
  const out = new Set<string>();
  if (f.target.kind === 'Node') out.add(f.target.name);
  for (const o of f.affected?.objects ?? []) {
    const node = o.kind === 'Node' ? o.name : podNode.get(`${o.namespace}/${o.name}`);
    if (node) out.add(node);
  }
  return out;
}

describe('nodes, grouped by pool, consistent with check', () => {
  it('every Windows node is listed under its pool, pools in order', () => {
    const windows = objects.filter((o) => o.kind === 'Node' && o.metadata.labels?.['kubernetes.io/os'] === 'windows');
    expect(nodes.nodes).toHaveLength(windows.length);
    const poolOf = new Map(windows.map((n) => [n.metadata.name, n.metadata.labels!['kubernetes.azure.com/agentpool']]));
    for (const row of nodes.nodes) expect(row.pool, row.name).toBe(poolOf.get(row.name));
    const order = nodes.nodes.map((r) => `${r.pool} ${r.name}`);
    expect(order).toEqual([...order].sort());
    expect(nodes.pools.map((p) => [p.kind, p.name, p.nodes])).toEqual(
      ['win19', 'win22', 'win25'].map((pool) => ['NodePool', pool, windows.filter((n) => poolOf.get(n.metadata.name) === pool).length]),
    );
    for (const pool of nodes.pools) expect(pool.ready).toBe(nodes.nodes.filter((r) => r.pool === pool.name && r.ready).length);
  });

  it("a node's FINDINGS count the check findings that touch it", () => {
    for (const row of nodes.nodes) {
      const onNode = check.findings.filter((f) => touched(f).has(row.name));
      expect(row.findings, row.name).toEqual({
        error: onNode.filter((f) => f.severity === 'error').length,
        warning: onNode.filter((f) => f.severity === 'warning').length,
      });
    }
    expect(nodes.nodes.some((r) => r.findings.error > 0)).toBe(true);
  });

  it('each pool lists the root causes of check on its nodes, with how many of its nodes each touches', () => {
    const poolOf = new Map(nodes.nodes.map((r) => [r.name, r.pool!]));
    for (const pool of nodes.pools) {
      const expected = check.findings
        .map((f) => ({ key: key(f), nodes: [...touched(f)].filter((n) => poolOf.get(n) === pool.name).length }))
        .filter((e) => e.nodes > 0)
        .sort((a, b) => a.key.localeCompare(b.key));
      expect(pool.findings.map((f) => ({ key: key(f), nodes: f.nodes })).sort((a, b) => a.key.localeCompare(b.key)), pool.name).toEqual(expected);
    }
    const win19 = nodes.pools.find((p) => p.name === 'win19')!;
    expect(win19.findings).toContainEqual({ ruleId: 'windows-server-version-retired', severity: 'info', target: { kind: 'NodePool', name: 'win19' }, nodes: win19.nodes });
    // The Server 2019 image fails on the two newer pools, once per build.
    for (const [pool, build] of [['win22', '10.0.20348'], ['win25', '10.0.26100']] as const) {
      expect(nodes.pools.find((p) => p.name === pool)!.findings.filter((f) => f.ruleId === 'image-os-mismatch').map((f) => f.target)).toContainEqual({
        kind: 'Image',
        name: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019',
        build,
      });
    }
  });

  it('the table has a POOL column and a table of pools with their causes', async () => {
    const run = await runCli(['nodes', '--from', file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +POOL +READY +WINDOWS +BUILD +KUBELET +RUNTIME +PODS +FINDINGS +AGE$/);
    const poolHeader = lines.findIndex((l) => /^POOL +NODES +FINDINGS +CAUSES$/.test(l));
    expect(poolHeader).toBeGreaterThan(nodes.nodes.length);
    const win19 = nodes.pools.find((p) => p.name === 'win19')!;
    const errors = win19.findings.filter((f) => f.severity === 'error');
    const warnings = win19.findings.filter((f) => f.severity === 'warning');
    // Errors first, most nodes first; four causes named, the rest counted.
    const causes = new Set(win19.findings.map((f) => f.ruleId)).size;
    expect(causes).toBeGreaterThan(4);
    expect(lines[poolHeader + 1]).toMatch(new RegExp(`^win19 +${win19.ready}/${win19.nodes} +${errors.length}/${warnings.length} +\\S+ \\(error, \\d+ node\\(s\\)\\), .* and ${causes - 4} more$`));
    const nodeTable = (await runCli(['nodes', '--from', file, '--no-color'])).stdout;
    expect(nodeTable).toBe(run.stdout);
    expect(lines.at(-1)).toMatch(/^NODES = Ready\/total nodes of the pool/);
  });
});
