import { renderFinding } from '../src/report/localize.js';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterAccessError } from '../src/errors.js';
import { createKubeClient, type CreateKubeClientOptions } from '../src/kube/client.js';
import type { KNode, KubeClient } from '../src/kube/types.js';
import { cleanupProbeObjects, runCanary, runNodeProbes } from '../src/probes/index.js';
import { liveProbeObjects, forgetLiveProbeObjects } from '../src/probes/registry.js';
import { runCli } from './cli-harness.js';
import { managedPods } from './support/sim/managed.js';
import { readyWindowsNode } from './support/sim/nodes.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

/**
 * The fault matrix: the simulated cluster's fault injection against the probe lifecycle, each with
 * the outcome a user must get: which findings, which pods are left, which exit code, whether the
 * report is printed.
 */

const fixture = (name: string) => readFileSync(new URL(`./fixtures/probe-outputs/${name}`, import.meta.url), 'utf8');
const MANAGED = 'app.kubernetes.io/managed-by';
const fast: Partial<CreateKubeClientOptions> = { retry: { baseDelayMs: 5, maxDelayMs: 20 } };

const nodeNames = (count: number) => Array.from({ length: count }, (_, i) => `akswin${String(i).padStart(6, '0')}`);

function managedDaemonSets(sim: SimCluster): { metadata: { name: string } }[] {
  return (sim.store.list('DaemonSet') as { metadata: { name: string; labels?: Record<string, string> } }[]).filter((d) => d.metadata.labels?.[MANAGED] === 'kubectl-windbg');
}

const clusters: SimCluster[] = [];
async function start(nodes: KNode[], extra: Partial<CreateKubeClientOptions> = {}): Promise<{ sim: SimCluster; client: KubeClient }> {
  const sim = await startSimCluster({ objects: nodes, podStartDelayMs: 30 });
  clusters.push(sim);
  for (const node of nodes) sim.setProbeOutput(node.metadata.name, fixture('ws2022-aks-healthy.txt'));
  return { sim, client: await createKubeClient({ kubeconfig: sim.kubeconfigPath, ...fast, ...extra }) };
}

afterEach(async () => {
  forgetLiveProbeObjects(liveProbeObjects());
  await Promise.all(clusters.splice(0).map((c) => c.close()));
});

describe('one node cannot sink the run', () => {
  it('a hung exec on one of many nodes becomes that node\'s probe-pod-failed finding naming --probe-timeout; the others are probed', async () => {
    const nodes = nodeNames(8).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    sim.setExecHang('akswin000003');
    const run = await runNodeProbes(client, nodes, { pollIntervalMs: 20, timeoutMs: 1_000, concurrency: 8 });
    expect([...run.facts.keys()].sort()).toEqual(nodeNames(8).filter((n) => n !== 'akswin000003'));
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['probe-pod-failed', 'akswin000003']]);
    expect(renderFinding(run.findings[0]!, 'en').message).toMatch(/^The probe on akswin000003 could not be completed \(Timeout\): exec in pod kube-system\/windbg-probe-\w+ did not finish within 5s/);
    expect(managedPods(sim)).toEqual([]);
  }, 30_000);

  it('an API error on one node\'s pod is that node\'s finding with the server\'s reason', async () => {
    const nodes = nodeNames(4).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    // Every read of one pod fails: the simulated API server answers 500 for it.
    const seen: string[] = [];
    const failing: KubeClient = Object.create(client) as KubeClient;
    failing.createPod = async (ns, pod) => {
      const created = await client.createPod(ns, pod);
      if (pod.spec?.nodeName === 'akswin000002') {
        seen.push(created.metadata.name);
        sim.faults.push({ method: 'GET', path: new RegExp(`/pods/${created.metadata.name}$`), status: 500, message: 'etcdserver: request timed out', times: 50 });
      }
      return created;
    };
    const run = await runNodeProbes(failing, nodes, { pollIntervalMs: 20 });
    expect(run.facts.size).toBe(3);
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({ ruleId: 'probe-pod-failed', target: { kind: 'Node', name: 'akswin000002' } });
    expect(renderFinding(run.findings[0]!, 'en').message).toContain('etcdserver: request timed out');
    expect(managedPods(sim)).toEqual([]);
  });

  it('a pod that never starts on one node is that node\'s finding; the canary of another build still runs', async () => {
    const nodes = [readyWindowsNode('akswin2019', 17763), readyWindowsNode('akswin2022', 20348)];
    const { sim, client } = await start(nodes);
    sim.setPodStartFailure({ nodeName: 'akswin2019' }, { reason: 'ImagePullBackOff', message: 'Back-off pulling image "mcr.microsoft.com/windows/nanoserver:ltsc2019"' });
    const run = await runCanary(client, nodes, { pollIntervalMs: 20, timeoutMs: 3_000 });
    expect(run.results.map((r) => [r.node, r.ok])).toEqual([
      ['akswin2019', false],
      ['akswin2022', true],
    ]);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['canary-failed', 'akswin2019']]);
    expect(managedPods(sim)).toEqual([]);
  });

  it('an API error on one build\'s canary pod fails that canary with the server\'s reason; the other build\'s canary still runs', async () => {
    const nodes = [readyWindowsNode('akswin2019', 17763), readyWindowsNode('akswin2022', 20348)];
    const { sim, client } = await start(nodes);
    const failing: KubeClient = Object.create(client) as KubeClient;
    failing.createPod = async (ns, pod) => {
      const created = await client.createPod(ns, pod);
      if (pod.spec?.nodeName === 'akswin2022') {
        sim.faults.push({ method: 'GET', path: new RegExp(`/pods/${created.metadata.name}$`), status: 500, message: 'etcdserver: leader changed', times: 50 });
      }
      return created;
    };
    const run = await runCanary(failing, nodes, { pollIntervalMs: 20, timeoutMs: 3_000 });
    expect(run.results.map((r) => [r.node, r.ok])).toEqual([
      ['akswin2019', true],
      ['akswin2022', false],
    ]);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['canary-failed', 'akswin2022']]);
    expect(run.findings[0]!.evidence.map((e) => e.text).join('\n')).toContain('etcdserver: leader changed');
    expect(managedPods(sim)).toEqual([]);
  }, 30_000);

  it('a hung exec in one build\'s canary fails that canary within --probe-timeout, naming it; the other build\'s canary still runs', async () => {
    const nodes = [readyWindowsNode('akswin2019', 17763), readyWindowsNode('akswin2022', 20348)];
    const { sim, client } = await start(nodes);
    sim.setExecHang('akswin2019');
    const run = await runCanary(client, nodes, { pollIntervalMs: 20, timeoutMs: 1_000 });
    expect(run.results.map((r) => [r.node, r.ok])).toEqual([
      ['akswin2019', false],
      ['akswin2022', true],
    ]);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['canary-failed', 'akswin2019']]);
    const evidence = run.findings[0]!.evidence.map((e) => e.text);
    expect(evidence[0]).toMatch(/^dns: exec in pod default\/windbg-canary-\w{10} did not finish within 5s; raise --probe-timeout/);
    expect(managedPods(sim)).toEqual([]);
  }, 60_000);

  it('DaemonSet mode: a probe that never finishes on one node is that node\'s finding naming --probe-timeout; the others are probed', async () => {
    const nodes = nodeNames(5).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    sim.setExecHang('akswin000002');
    const run = await runNodeProbes(client, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 1_500 });
    expect([...run.facts.keys()].sort()).toEqual(nodeNames(5).filter((n) => n !== 'akswin000002'));
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['probe-pod-failed', 'akswin000002']]);
    expect(renderFinding(run.findings[0]!, 'en').message).toMatch(
      /^The probe on akswin000002 could not be completed \(Timeout\): Pod kube-system\/windbg-probe-[\w-]+ was running, but its probe printed no result before the probe timeout ran out \(raise it with --probe-timeout\)\.$/,
    );
    expect(managedDaemonSets(sim)).toEqual([]);
  }, 30_000);

  it('DaemonSet mode: the probe pods\' logs are read side by side, so one slow kubelet does not hold up the others', async () => {
    const nodes = nodeNames(6).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    let inFlight = 0;
    let most = 0;
    const slow: KubeClient = Object.create(client) as KubeClient;
    slow.podLogs = async (ns, name, container) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await client.podLogs(ns, name, container);
      } finally {
        inFlight--;
      }
    };
    // Every log read waits on its kubelet for a while.
    sim.faults.push({ method: 'GET', path: /\/pods\/windbg-probe-[\w-]+\/log$/, delayMs: 200, times: 1000 });
    const run = await runNodeProbes(slow, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 10_000, concurrency: 3 });
    expect([...run.facts.keys()].sort()).toEqual(nodeNames(6));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(3);
    expect(managedDaemonSets(sim)).toEqual([]);
  }, 30_000);

  it('DaemonSet mode: a probe pod that never starts on one node is that node\'s finding with the kubelet\'s reason', async () => {
    const nodes = nodeNames(4).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    sim.setPodStartFailure({ nodeName: 'akswin000001' }, { reason: 'ErrImagePull', message: 'failed to pull image "registry.corp/hpc:v1.0.0": 401 Unauthorized' });
    const run = await runNodeProbes(client, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 5_000 });
    expect([...run.facts.keys()].sort()).toEqual(['akswin000000', 'akswin000002', 'akswin000003']);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['probe-pod-failed', 'akswin000001']]);
    expect(renderFinding(run.findings[0]!, 'en').message).toMatch(/could not pull its image \(ErrImagePull\): failed to pull image "registry\.corp\/hpc:v1\.0\.0": 401 Unauthorized/);
    expect(managedDaemonSets(sim)).toEqual([]);
  }, 30_000);

  it('DaemonSet mode: an API error on one node\'s probe pod is that node\'s finding with the server\'s reason', async () => {
    const nodes = nodeNames(4).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    const failing: KubeClient = Object.create(client) as KubeClient;
    failing.podLogs = async (ns, name, container) => {
      const pod = await client.getPod(ns, name);
      if (pod?.spec?.nodeName === 'akswin000003') throw new Error('Internal error occurred: etcdserver: request timed out');
      return client.podLogs(ns, name, container);
    };
    const run = await runNodeProbes(failing, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 1_500 });
    expect([...run.facts.keys()].sort()).toEqual(['akswin000000', 'akswin000001', 'akswin000002']);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['probe-pod-failed', 'akswin000003']]);
    expect(run.findings[0]!.evidence.map((e) => e.text)).toContain('Internal error occurred: etcdserver: request timed out');
    expect(managedDaemonSets(sim)).toEqual([]);
  }, 30_000);

  it('DaemonSet mode: a create answered by a reset is looked up by its name and deleted; every node says why', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/daemonsets$/, resetAfterHandling: true });
    const run = await runNodeProbes(client, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 1_500 });
    expect(run.findings.map((f) => f.target.name)).toEqual(nodeNames(3));
    for (const finding of run.findings) {
      expect(renderFinding(finding, 'en').message).toMatch(/the request that creates daemonset kube-system\/windbg-probe-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    }
    expect(sim.requests.some((r) => r.method === 'GET' && /\/daemonsets\/windbg-probe-\w{10}$/.test(r.path))).toBe(true);
    expect(managedDaemonSets(sim)).toEqual([]);
    expect(liveProbeObjects()).toEqual([]);
  }, 30_000);

  it('DaemonSet mode: a cluster that stops answering mid-run is a cluster access error, not a finding per node', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    sim.setExecHang('akswin000000');
    const pending = runNodeProbes(client, nodes, { mode: 'daemonset', pollIntervalMs: 30, timeoutMs: 1_500 });
    // Closed once the DaemonSet exists: every later list, lookup and delete fails below HTTP.
    while (managedDaemonSets(sim).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await sim.close();
    await expect(pending).rejects.toBeInstanceOf(ClusterAccessError);
    expect(liveProbeObjects()).toEqual([expect.objectContaining({ kind: 'DaemonSet', namespace: 'kube-system' })]);
  }, 30_000);

  it('the run fails with a cluster access error only when the cluster itself stops answering', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes);
    await sim.close();
    await expect(runNodeProbes(client, nodes, { pollIntervalMs: 20, serverVersion: { major: '1', minor: '30', gitVersion: 'v1.30.4' } })).rejects.toBeInstanceOf(ClusterAccessError);
  });
});

describe('collect under faults', () => {
  it('a bundle stream that fails at once leaves no partial file and no pod', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { collectBundle } = await import('../src/probes/index.js');
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim, client } = await start(nodes);
    const failing: KubeClient = Object.create(client) as KubeClient;
    failing.execStream = () => Promise.reject(new ClusterAccessError('the connection to the API server broke'));
    const out = mkdtempSync(join(tmpdir(), 'windbg-collect-fault-'));
    try {
      const error = await collectBundle(failing, 'akswin000000', out, { pollIntervalMs: 20, node: nodes[0] }).catch((e: unknown) => e);
      expect((error as Error).message).toBe('the connection to the API server broke');
      // A file whose open was still under way when the failure came would appear only now.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readdirSync(out)).toEqual([]);
      expect(managedPods(sim)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('fault matrix', () => {
  it('create answered by a connection reset after the server created the pod: found by its name and deleted, node reported', async () => {
    const nodes = [readyWindowsNode('akswin000000'), readyWindowsNode('akswin000001')];
    const { sim, client } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true });
    const run = await runNodeProbes(client, nodes, { pollIntervalMs: 20, concurrency: 1 });
    expect(run.facts.size).toBe(1);
    expect(run.findings).toHaveLength(1);
    expect(renderFinding(run.findings[0]!, 'en').message).toMatch(/the request that creates pod kube-system\/windbg-probe-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    const lookups = sim.requests.filter((r) => r.method === 'GET' && /\/pods\/windbg-probe-\w{10}$/.test(r.path));
    expect(lookups.length).toBeGreaterThan(0);
    expect(managedPods(sim)).toEqual([]);
    expect(liveProbeObjects()).toEqual([]);
  });

  it('create answered by silence after the server created the pod: the silence limit ends it, the pod is found by its name and deleted', async () => {
    const nodes = [readyWindowsNode('akswin000000'), readyWindowsNode('akswin000001')];
    const { sim, client } = await start(nodes, { idleTimeoutMs: 300 });
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, stallAfterHandling: true });
    const run = await runNodeProbes(client, nodes, { pollIntervalMs: 20, concurrency: 1 });
    expect([...run.facts.keys()]).toEqual(['akswin000001']);
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['probe-pod-failed', 'akswin000000']]);
    expect(renderFinding(run.findings[0]!, 'en').message).toMatch(
      /^The probe on akswin000000 could not be completed \(Timeout\): the request that creates pod kube-system\/windbg-probe-\w{10} got no clear answer, and the server had created it; it was found and deleted: .*sent nothing for 300ms/,
    );
    expect(managedPods(sim)).toEqual([]);
    expect(liveProbeObjects()).toEqual([]);
  }, 30_000);

  it('delete failing: the pod is left, reported as a note and kept for the leftover warning', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim, client } = await start(nodes);
    sim.faults.push({ method: 'DELETE', path: /\/pods\/windbg-probe-/, status: 403, times: 10 });
    const run = await runNodeProbes(client, nodes, { pollIntervalMs: 20 });
    expect(run.facts.size).toBe(1);
    expect(run.notes.join('\n')).toMatch(/Could not delete pod kube-system\/windbg-probe-\w{10}: .*forbidden.*Run `kubectl windbg cleanup`/);
    expect(managedPods(sim)).toHaveLength(1);
    expect(liveProbeObjects()).toEqual([expect.objectContaining({ kind: 'Pod', namespace: 'kube-system', name: managedPods(sim)[0]!.metadata.name, lastError: expect.stringContaining('forbidden') })]);
  });

  it('list stalled with no --request-timeout in DaemonSet mode: the silence limit ends each list, the poll retries, pending nodes carry the reason', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim, client } = await start(nodes, { idleTimeoutMs: 300 });
    sim.faults.push({ method: 'GET', path: /^\/api\/v1\/namespaces\/kube-system\/pods$/, stall: true, times: 1000 });
    const run = await runNodeProbes(client, nodes, { mode: 'daemonset', pollIntervalMs: 50, timeoutMs: 1_000 });
    expect(run.findings.map((f) => f.target.name).sort()).toEqual(nodeNames(3));
    for (const finding of run.findings) {
      expect(finding.ruleId).toBe('probe-pod-failed');
      expect(finding.evidence.map((e) => e.text).join('\n')).toMatch(/could not be listed: the API server at https:\/\/127\.0\.0\.1:\d+ sent nothing for 300ms/);
    }
    expect(managedDaemonSets(sim)).toEqual([]);
  }, 30_000);

  it('DaemonSet list forbidden: cleanup still deletes the pods and reports each kind', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim, client } = await start(nodes);
    sim.store.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'windbg-probe-q2w4r6t8y9', namespace: 'kube-system', labels: { [MANAGED]: 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-probe' } },
      spec: { nodeName: 'akswin000000', containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }] },
    });
    sim.faults.push({ method: 'GET', path: /\/daemonsets$/, status: 403, times: 10 });
    const report = await cleanupProbeObjects(client);
    expect(report.kinds).toEqual([
      { kind: 'DaemonSet', listed: false, error: expect.stringContaining('forbidden'), found: 0, deleted: 0, failed: 0 },
      { kind: 'Pod', listed: true, found: 1, deleted: 1, failed: 0 },
    ]);
    expect(managedPods(sim)).toEqual([]);

    sim.store.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'windbg-probe-z9x8c7v6b5', namespace: 'kube-system', labels: { [MANAGED]: 'kubectl-windbg' } },
      spec: { nodeName: 'akswin000000', containers: [{ name: 'probe', image: 'x' }] },
    });
    const cli = await runCli(['cleanup', '--kubeconfig', sim.kubeconfigPath]);
    expect(cli.code).toBe(3);
    expect(cli.stdout).toBe('Deleted Pod kube-system/windbg-probe-z9x8c7v6b5\nPod: 1 found, 1 deleted, 0 not deleted\n');
    expect(cli.stderr).toMatch(/Could not list DaemonSet: .*forbidden[^\n]*\n/);
    expect(cli.stderr).not.toContain('the other kind');
    expect(cli.stderr).toContain('error: Cleanup is incomplete: some probe objects could not be listed or deleted (the reasons are above).');

    // Nothing left but DaemonSets still forbidden: the pods' outcome is still said, and the run still fails.
    const empty = await runCli(['cleanup', '--kubeconfig', sim.kubeconfigPath]);
    expect(empty.code).toBe(3);
    expect(empty.stdout).toBe('Pod: 0 found, 0 deleted, 0 not deleted\n');
    expect(empty.stderr).toMatch(/Could not list DaemonSet: .*forbidden/);
    expect(managedPods(sim)).toEqual([]);
  });
});

describe('the command line under faults', () => {
  it('check --probe with a hung node prints the report with that node\'s warning and exits 0 (below --fail-on error), leaving no pod', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim } = await start(nodes);
    sim.setExecHang('akswin000001');
    const run = await runCli(['check', '--probe', '--probe-timeout', '1s', '--kubeconfig', sim.kubeconfigPath, '-o', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; target: { name: string }; message: string }[] };
    const failed = report.findings.filter((f) => f.ruleId === 'probe-pod-failed');
    expect(failed.map((f) => f.target.name)).toEqual(['akswin000001']);
    expect(failed[0]!.message).toContain('--probe-timeout');
    expect(managedPods(sim)).toEqual([]);
    const strict = await runCli(['check', '--probe', '--probe-timeout', '1s', '--fail-on', 'warning', '--kubeconfig', sim.kubeconfigPath, '-o', 'junit']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/<testsuite name="akswin000001"[\s\S]*probe-pod-failed/);
  }, 60_000);

  it('a pod left after a failed delete: the report is printed, stderr names `kubectl windbg cleanup`, exit 3', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'DELETE', path: /\/pods\/windbg-probe-/, status: 500, message: 'etcdserver: leader changed', times: 20 });
    const run = await runCli(['node', 'akswin000000', '--probe', '--kubeconfig', sim.kubeconfigPath]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Node akswin000000');
    const left = managedPods(sim);
    expect(left).toHaveLength(1);
    expect(run.stderr).toContain(`warning: pod kube-system/${left[0]!.metadata.name} may still exist in the cluster`);
    expect(run.stderr).toContain('remove it with `kubectl windbg cleanup`');
  }, 30_000);
});

/**
 * The fault matrix as a user meets it: the built command line against the simulated cluster's fault
 * injection. Each row asserts the pods and DaemonSets left in the cluster, the exit code, and that
 * the report was printed.
 */
/** `shell` in process, with a terminal that is not a TTY (one command, no session). */
async function runShellCommand(argv: string[]): Promise<{ code: number; stderr: string }> {
  const { PassThrough } = await import('node:stream');
  const { main } = await import('../src/cli/main.js');
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      readStdin: async () => '',
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: { LANG: 'C' },
      cwd: process.cwd(),
      terminal: { input: new PassThrough(), output: new PassThrough(), errors: new PassThrough() },
    },
    '/usr/local/bin/kubectl-windbg',
  );
  return { code, stderr };
}

describe('the fault matrix from the command line', () => {
  interface Report {
    findings: { ruleId: string; target: { name: string }; message: string; evidence: { text: string }[] }[];
    notes: string[];
  }
  const report = (stdout: string): Report => JSON.parse(stdout) as Report;

  it('create answered by a reset (check --probe): that node\'s finding says the pod was found and deleted; the others are probed; exit 0; no pod left', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true });
    const run = await runCli(['check', '--probe', '--concurrency', '1', '--kubeconfig', sim.kubeconfigPath, '-o', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const failed = report(run.stdout).findings.filter((f) => f.ruleId === 'probe-pod-failed');
    expect(failed.map((f) => f.target.name)).toEqual(['akswin000000']);
    expect(failed[0]!.message).toMatch(/the request that creates pod kube-system\/windbg-probe-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    expect(report(run.stdout).notes.join('\n')).toContain('node probe ran on akswin000001, akswin000002');
    expect(managedPods(sim)).toEqual([]);
    expect(run.stderr).not.toContain('warning:');
  }, 30_000);

  it('the probe namespace cannot be read (403): a note says Pod Security was not checked, the probes still run; exit 0, no pod left', async () => {
    const nodes = nodeNames(2).map((n) => readyWindowsNode(n));
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'GET', path: /^\/api\/v1\/namespaces\/kube-system$/, status: 403, times: 10 });
    const run = await runCli(['check', '--probe', '--kubeconfig', sim.kubeconfigPath, '-o', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const parsed = report(run.stdout);
    expect(parsed.findings.filter((f) => f.ruleId === 'probe-pod-failed')).toEqual([]);
    expect(parsed.notes).toContainEqual(expect.stringMatching(/^The probe namespace kube-system could not be read \(.*forbidden.*\); its Pod Security level was not checked/));
    expect(parsed.notes.join('\n')).toContain('node probe ran on akswin000000, akswin000001');
    expect(managedPods(sim)).toEqual([]);
  }, 30_000);

  it('create answered by a reset (check --canary): that build\'s canary fails with the reason, the other build runs; exit 1 (a failed canary is an error); no pod left', async () => {
    const nodes = [readyWindowsNode('akswin2019', 17763), readyWindowsNode('akswin2022', 20348)];
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/namespaces\/default\/pods$/, resetAfterHandling: true });
    const run = await runCli(['check', '--canary', '--kubeconfig', sim.kubeconfigPath, '-o', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const canaries = report(run.stdout).findings.filter((f) => f.ruleId === 'canary-failed');
    expect(canaries.map((f) => f.target.name)).toEqual(['akswin2019']);
    expect(canaries[0]!.evidence.map((e) => e.text).join('\n')).toMatch(/pod default\/windbg-canary-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    expect(managedPods(sim)).toEqual([]);
    expect(run.stderr).not.toContain('warning:');
  }, 30_000);

  it('list stalled with no timeout given (check --probe --probe-mode daemonset): the default silence limit ends the list, the poll lists again, every node is probed; exit 0; no DaemonSet left', async () => {
    const nodes = nodeNames(3).map((n) => readyWindowsNode(n));
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'GET', path: /^\/api\/v1\/namespaces\/kube-system\/pods$/, stall: true });
    const run = await runCli(['check', '--probe', '--probe-mode', 'daemonset', '--kubeconfig', sim.kubeconfigPath, '-o', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const parsed = report(run.stdout);
    expect(parsed.findings.filter((f) => f.ruleId === 'probe-pod-failed')).toEqual([]);
    expect(parsed.notes.join('\n')).toContain('node probe ran on akswin000000, akswin000001, akswin000002');
    expect(sim.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/namespaces/kube-system/pods').length).toBeGreaterThanOrEqual(2);
    expect(managedDaemonSets(sim)).toEqual([]);
    expect(managedPods(sim)).toEqual([]);
  }, 120_000);

  it('create answered by a reset (collect): the pod is found and deleted, the report says so, no bundle; exit 1', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim } = await start(nodes);
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const out = mkdtempSync(join(tmpdir(), 'windbg-collect-fault-'));
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true });
    const run = await runCli(['collect', 'akswin000000', '--output-dir', out, '--kubeconfig', sim.kubeconfigPath]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/probe-pod-failed[\s\S]*pod kube-system\/windbg-probe-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    expect(readdirSync(out)).toEqual([]);
    expect(managedPods(sim)).toEqual([]);
    expect(run.stderr).not.toContain('warning:');
  }, 30_000);

  it('create answered by a reset (shell): the pod chosen by name is found and deleted; exit 3 with the reason', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true });
    const run = await runShellCommand(['shell', 'akswin000000', '--kubeconfig', sim.kubeconfigPath, '--', 'hostname']);
    expect(run.code, run.stderr).toBe(3);
    const created = sim.requests.find((r) => r.method === 'POST' && /\/pods$/.test(r.path));
    expect(created).toBeDefined();
    expect(run.stderr).toMatch(/error: .*pod kube-system\/windbg-shell-\w{10} got no clear answer, and the server had created it; it was found and deleted/);
    expect(managedPods(sim)).toEqual([]);
    expect(run.stderr).not.toContain('warning:');
  }, 30_000);

  it('the lookup after an uncertain create fails too: the pod may be left, stderr names `kubectl windbg cleanup`, exit non-zero, the report is still printed', async () => {
    const nodes = [readyWindowsNode('akswin000000')];
    const { sim } = await start(nodes);
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true });
    sim.faults.push({ method: 'GET', path: /\/namespaces\/kube-system\/pods\/windbg-probe-\w+$/, status: 403, times: 10 });
    const run = await runCli(['node', 'akswin000000', '--probe', '--kubeconfig', sim.kubeconfigPath]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Node akswin000000');
    const left = managedPods(sim);
    expect(left).toHaveLength(1);
    expect(run.stderr).toContain(`warning: pod kube-system/${left[0]!.metadata.name} may still exist in the cluster`);
    expect(run.stderr).toContain('remove it with `kubectl windbg cleanup`');
  }, 30_000);
});
