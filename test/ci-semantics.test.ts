/**
 * What `check` promises a CI job: it fails when it checked nothing, when it could not read what
 * it needs, and when a pod is stuck even without a known cause; filters and machine outputs keep
 * stable names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubChunks } from '../src/report/github.js';
import type { RenderedReport } from '../src/report/model.js';
import type { RenderedFinding } from '../src/report/localize.js';
import { runCli } from './cli-harness.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';
import { dumpSim } from './support/sim-dump.js';

interface ReportJson {
  findings: {
    ruleId: string;
    severity: string;
    target: { kind: string; namespace?: string; name: string };
    evidence: { source: string; text: string }[];
    affected?: { count: number; objects: { name: string }[] };
    candidates?: { id: string; confidence: number }[];
  }[];
  checked: { nodes: number; pods: number };
}

const minutesAgo = (m: number): string => new Date(Date.now() - m * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');

function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'windbg-ci-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A cluster dump that holds one Linux node and nothing for Windows. */
const linuxOnly = JSON.stringify({
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'aks-system-0', labels: { 'kubernetes.io/os': 'linux' }, creationTimestamp: minutesAgo(60 * 24) },
      status: {
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: minutesAgo(2), lastTransitionTime: minutesAgo(60 * 24) }],
        nodeInfo: { operatingSystem: 'linux', kernelVersion: '5.15.0-1071-azure', kubeletVersion: 'v1.30.4', osImage: 'Ubuntu 22.04.5 LTS' },
      },
    },
  ],
});

/** A pod of a Deployment that has waited in ContainerCreating for `minutes`, with nothing that says why. */
function stuckPod(name: string, minutes: number): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'web',
      creationTimestamp: minutesAgo(minutes),
      labels: { app: 'storefront', 'pod-template-hash': '6c9f7d8b5' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'storefront-6c9f7d8b5', uid: '0b6f0c1e-8d0e-4c53-9a57-3f0c6d1e2a11', controller: true }],
    },
    spec: {
      nodeName: 'akswin22-0',
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      containers: [{ name: 'storefront', image: 'contoso.azurecr.io/storefront:2.4.1-ltsc2022' }],
    },
    status: {
      phase: 'Pending',
      conditions: [
        { type: 'PodScheduled', status: 'True', lastTransitionTime: minutesAgo(minutes) },
        { type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: minutesAgo(minutes) },
      ],
      containerStatuses: [
        { name: 'storefront', image: 'contoso.azurecr.io/storefront:2.4.1-ltsc2022', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'ContainerCreating' } } },
      ],
    },
  };
}

describe('checked nothing fails unless --allow-empty', () => {
  it('--from input without a Windows node', async () => {
    const file = writeTemp('linux.json', linuxOnly);
    const run = await runCli(['check', '--from', file, '-o', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`error: Checked nothing: ${file} holds no Windows node. Pass --allow-empty if an empty run is expected.\n`);
    expect((JSON.parse(run.stdout) as ReportJson).checked).toEqual({ nodes: 0, pods: 0 });
    const allowed = await runCli(['check', '--from', file, '--allow-empty']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('');
  });

  describe('live', () => {
    let sim: SimCluster;
    beforeAll(async () => {
      sim = await startSimCluster({ scenario: 'basic' });
    });
    afterAll(async () => {
      await sim?.close();
    });

    it('a selector that matches no Windows node', async () => {
      const run = await runCli(['check', '-l', 'agentpool=gpu', '--kubeconfig', sim.kubeconfigPath]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('error: Checked nothing: no Windows node matches the selector "agentpool=gpu". Pass --allow-empty if an empty run is expected.\n');
      expect((await runCli(['check', '-l', 'agentpool=gpu', '--allow-empty', '--kubeconfig', sim.kubeconfigPath])).code).toBe(0);
    });

    it('-n with a namespace that does not exist is a usage error (2), live and offline', async () => {
      const live = await runCli(['check', '-n', 'paymnets', '--kubeconfig', sim.kubeconfigPath]);
      expect(live.code).toBe(2);
      expect(live.stderr).toBe('error: There is no namespace "paymnets". List them with "kubectl get namespaces", or use -A for all namespaces.\n');
      const file = dumpSim(sim);
      const offline = await runCli(['check', '-n', 'paymnets', '--from', file]);
      expect(offline.code).toBe(2);
      expect(offline.stderr).toContain(`There is no namespace "paymnets" in ${file}.`);
      // An existing namespace still works.
      expect((await runCli(['check', '-n', 'default', '--kubeconfig', sim.kubeconfigPath])).code).toBe(0);
    });

    it('a 403 on listing pods is a cluster access failure (3)', async () => {
      sim.faults.push({ path: /\/pods$/, status: 403, times: 50 });
      try {
        const run = await runCli(['check', '--kubeconfig', sim.kubeconfigPath]);
        expect(run.code).toBe(3);
        expect(run.stderr).toMatch(/^error: .*pods.*forbidden/i);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      } finally {
        sim.faults.length = 0;
      }
    });
  });
});

describe('a pod stuck past the threshold is an error even without a known cause', () => {
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: 'basic', objects: [stuckPod('storefront-6c9f7d8b5-q7x2m', 65), stuckPod('storefront-6c9f7d8b5-z8k4w', 4)] });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('after an hour in ContainerCreating: error, exit 1, the stuck line first in the evidence', async () => {
    const run = await runCli(['check', '-o', 'json', '--kubeconfig', sim.kubeconfigPath]);
    const report = JSON.parse(run.stdout) as ReportJson;
    const stuck = report.findings.find((f) => f.ruleId === 'no-known-cause' && f.severity === 'error');
    expect(stuck).toMatchObject({ target: { kind: 'Deployment', namespace: 'web', name: 'storefront' }, affected: { count: 1, objects: [{ name: 'storefront-6c9f7d8b5-q7x2m' }] } });
    expect(stuck?.evidence[0]).toEqual({
      source: 'status',
      text: expect.stringMatching(/^stuck in ContainerCreating for 6[45]m \(threshold 10m\): an error even though no known cause explains it$/),
    });
    // Four minutes is still normal: not stuck, not even unhealthy yet.
    expect(report.findings.filter((f) => f.severity !== 'info' && f.affected?.objects.some((o) => o.name === 'storefront-6c9f7d8b5-z8k4w'))).toEqual([]);
    expect(run.code).toBe(1);
  });

  it('--stuck-after and thresholds.stuckPodSeconds move the threshold', async () => {
    const flag = JSON.parse((await runCli(['check', '-o', 'json', '--stuck-after', '2h', '--fail-on', 'never', '--kubeconfig', sim.kubeconfigPath])).stdout) as ReportJson;
    expect(flag.findings.find((f) => f.ruleId === 'no-known-cause' && f.target.name === 'storefront')).toMatchObject({ severity: 'warning' });
    const cwd = mkdtempSync(path.join(tmpdir(), 'windbg-ci-cfg-'));
    writeFileSync(path.join(cwd, '.windbg.yaml'), 'thresholds:\n  stuckPodSeconds: 7200\n');
    const config = await runCli(['check', '-o', 'json', '--kubeconfig', sim.kubeconfigPath], { cwd });
    expect(config.code).toBe(0);
    const bad = await runCli(['check', '--stuck-after', 'soon', '--kubeconfig', sim.kubeconfigPath]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--stuck-after "soon" is not a duration');
  });
});

describe('--rule, --skip-rule and --severity', () => {
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: 'demo' });
  });
  afterAll(async () => {
    await sim?.close();
  });
  const findingsOf = async (...extra: string[]): Promise<ReportJson['findings']> =>
    (JSON.parse((await runCli(['check', '-o', 'json', '--fail-on', 'never', '--kubeconfig', sim.kubeconfigPath, ...extra])).stdout) as ReportJson).findings;

  it('keep, drop and threshold the findings; exit codes follow what is kept', async () => {
    const all = await findingsOf();
    const ids = [...new Set(all.map((f) => f.ruleId))];
    expect(ids).toContain('image-os-mismatch');
    expect((await findingsOf('--rule', 'image-os-mismatch')).map((f) => f.ruleId)).toEqual(all.filter((f) => f.ruleId === 'image-os-mismatch').map((f) => f.ruleId));
    expect((await findingsOf('--skip-rule', 'image-os-mismatch,memory-overcommit')).some((f) => ['image-os-mismatch', 'memory-overcommit'].includes(f.ruleId))).toBe(false);
    const errors = await findingsOf('--severity', 'error');
    expect(errors.length).toBe(all.filter((f) => f.severity === 'error').length);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    const onlyInfo = await runCli(['check', '--rule', 'memory-overcommit', '--kubeconfig', sim.kubeconfigPath]);
    expect(onlyInfo.code).toBe(0);
  });

  it('an unknown rule id is a usage error (2)', async () => {
    const run = await runCli(['check', '--skip-rule', 'image-os-mismtach', '--kubeconfig', sim.kubeconfigPath]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: No rule has the id image-os-mismtach. Run "kubectl windbg rules" to list the rule ids.\n');
  });

  it('JUnit testcases are named by cause and workload, never by a pod name with its hash', async () => {
    const run = await runCli(['check', '-o', 'junit', '--fail-on', 'never', '--kubeconfig', sim.kubeconfigPath]);
    const names = [...run.stdout.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]!);
    const podNames = (sim.store.list('Pod') as { metadata: { name: string } }[]).map((p) => p.metadata.name);
    expect(names.filter((n) => podNames.some((p) => n.includes(p)))).toEqual([]);
    expect(names).toContain('image-os-mismatch Image mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022 on 10.0.17763');
    expect(names).toContain('os-selector-missing Deployment default/nginx');
    // The same run again names the same cases.
    const again = await runCli(['check', '-o', 'junit', '--fail-on', 'never', '--kubeconfig', sim.kubeconfigPath]);
    expect([...again.stdout.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]!)).toEqual(names);
  });
});

describe('GitHub annotations past the per-type limit', () => {
  const finding = (i: number, severity: RenderedFinding['severity']): RenderedFinding => ({
    ruleId: i % 3 === 0 ? 'ip-range-exhausted' : 'image-os-mismatch',
    severity,
    target: { kind: 'Pod', namespace: 'web', name: `iis-7d9f8c6b5-${String(i).padStart(5, 'k')}` },
    title: 'title',
    message: `message ${i}`,
    evidence: [],
    remediation: [],
    docs: 'docs/rules/image-os-mismatch.md',
  });

  it('shows 9 errors, then one annotation that counts the rest by rule, and logs the rest as plain lines', () => {
    const findings = [...Array.from({ length: 25 }, (_, i) => finding(i, 'error')), ...Array.from({ length: 3 }, (_, i) => finding(100 + i, 'warning'))];
    const report: RenderedReport = {
      target: { kind: 'Cluster', name: 'prod' },
      result: { findings, notes: [], needsProbe: [], summary: { error: 25, warning: 3, info: 0 }, checked: { nodes: 4, pods: 60 } },
    };
    const lines = [...githubChunks(report)].join('').trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(3);
    const summary = lines.find((l) => l.startsWith('::error title=16 more error finding(s)::'));
    expect(summary).toContain('image-os-mismatch ×10, ip-range-exhausted ×6');
    expect(lines.filter((l) => l.startsWith('[error] '))).toHaveLength(16);
    expect(lines.at(-1)).toMatch(/^Checked 4 Windows node\(s\)/);
  });

  it('stays as it was below the limit', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding(i, 'error'));
    const report: RenderedReport = {
      target: { kind: 'Cluster', name: 'prod' },
      result: { findings, notes: [], needsProbe: [], summary: { error: 10, warning: 0, info: 0 }, checked: { nodes: 1, pods: 10 } },
    };
    const lines = [...githubChunks(report)].join('').trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error title=image-os-mismatch ') || l.startsWith('::error title=ip-range-exhausted '))).toHaveLength(10);
    expect(lines.some((l) => l.includes('more error'))).toBe(false);
  });
});
