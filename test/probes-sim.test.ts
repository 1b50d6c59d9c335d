import { EXPECTED_BUNDLE_FILES } from './support/bundle-listing.js';
import { renderFinding } from '../src/report/localize.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createKubeClient } from '../src/kube/client.js';
import type { KNode, KPod, KubeClient } from '../src/kube/types.js';
import { ClusterAccessError } from '../src/errors.js';
import { cleanupLeftovers, collectBundle, podNetworkDryRun, runCanary, runNodeProbes, runPodNetworkProbe } from '../src/probes/index.js';
import { managedPods } from './support/sim/managed.js';
import { readyWindowsNode } from './support/sim/nodes.js';
import { bundleStream, startSimCluster, type SimCluster } from './support/sim/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/probe-outputs/${name}`, import.meta.url), 'utf8');
const MANAGED = 'app.kubernetes.io/managed-by';

/** The node as the node controller leaves it when its kubelet stops posting status. */
function notReady(node: KNode): KNode {
  const copy = structuredClone(node);
  copy.status!.conditions = [{ type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' }];
  copy.spec = { ...copy.spec, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }] };
  return copy;
}

function namespaceObject(name: string, labels: Record<string, string> = {}) {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels } }, status: { phase: 'Active' } };
}

const clusters: SimCluster[] = [];
async function start(opts: Parameters<typeof startSimCluster>[0]): Promise<{ sim: SimCluster; client: KubeClient }> {
  const sim = await startSimCluster(opts);
  clusters.push(sim);
  return { sim, client: await createKubeClient({ kubeconfig: sim.kubeconfigPath }) };
}

afterEach(async () => {
  await Promise.all(clusters.splice(0).map((c) => c.close()));
});

/** Records what the client created and how many probe pods were alive at once, delegating everything. */
function observe(client: KubeClient) {
  const created: KPod[] = [];
  let live = 0;
  let maxLive = 0;
  const observed: KubeClient = Object.create(client) as KubeClient;
  observed.createPod = async (ns, pod) => {
    created.push(structuredClone(pod));
    const out = await client.createPod(ns, pod);
    maxLive = Math.max(maxLive, ++live);
    return out;
  };
  observed.deletePod = async (ns, name, opts) => {
    await client.deletePod(ns, name, opts);
    live--;
  };
  return { client: observed, created, maxLive: () => maxLive };
}

describe('node probes against the simulated cluster', () => {
  it('round trip: exact pod spec, one exec, parsed facts, pod deleted', async () => {
    const node = readyWindowsNode('aksnpwin000002');
    const { sim, client } = await start({ objects: [node] });
    sim.setProbeOutput('aksnpwin000002', fixture('ws2022-aks-healthy.txt'));
    const seen = observe(client);

    const run = await runNodeProbes(seen.client, [node], { pollIntervalMs: 50, env: { nodePort: 30080 } });

    expect(run.findings).toEqual([]);
    const facts = run.facts.get('aksnpwin000002')!;
    expect(facts.errors).toEqual([]);
    expect(facts.os?.build).toBe(20348);
    expect(facts.hns?.loadBalancerPolicyCount).toBe(38);

    expect(seen.created).toHaveLength(1);
    const pod = seen.created[0]!;
    // A name chosen before the create, so the pod can be found even if the answer to the create is lost.
    expect(pod.metadata.name).toMatch(/^windbg-probe-[bcdfghjklmnpqrstvwxz2456789]{10}$/);
    expect(pod.metadata.generateName).toBeUndefined();
    expect(pod.metadata.namespace).toBe('kube-system');
    expect(pod.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'kubectl-windbg',
      'app.kubernetes.io/name': 'windbg-probe',
      'windbg.io/node': 'aksnpwin000002',
    });
    expect(pod.spec?.nodeName).toBe('aksnpwin000002');
    expect(pod.spec?.hostNetwork).toBe(true);
    expect(pod.spec?.securityContext).toEqual({ windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } });
    expect(pod.spec?.nodeSelector).toEqual({ 'kubernetes.io/os': 'windows' });
    expect(pod.spec?.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(pod.spec?.activeDeadlineSeconds).toBe(300);
    expect(pod.spec?.containers[0]?.image).toBe('mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0');
    expect(pod.spec?.containers[0]?.['env']).toEqual([
      { name: 'WINDBG_NODE_NAME', value: 'aksnpwin000002' },
      { name: 'WINDBG_NODE_IP', value: '10.224.0.4' },
      { name: 'WINDBG_NODEPORT', value: '30080' },
    ]);

    const execs = sim.requests.filter((r) => r.path.endsWith('/exec'));
    expect(execs).toHaveLength(1);
    expect(execs[0]!.query['command']).toBeDefined();
    expect(managedPods(sim)).toEqual([]);
  });

  it('a probe pod stuck in ErrImagePull becomes a probe-pod-failed finding and is deleted', async () => {
    const node = readyWindowsNode('win-airgap');
    const { sim, client } = await start({ objects: [node] });
    sim.setPodStartFailure(
      { image: /host-process-containers-base-image/ },
      { reason: 'ErrImagePull', message: 'failed to pull and unpack image "mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0": dial tcp 20.61.99.1:443: i/o timeout' },
    );
    const run = await runNodeProbes(client, [node], { pollIntervalMs: 50, timeoutMs: 20_000 });
    expect(run.facts.size).toBe(0);
    expect(run.findings).toHaveLength(1);
    const finding = renderFinding(run.findings[0]!, 'en');
    expect(finding.ruleId).toBe('probe-pod-failed');
    expect(finding.target).toEqual({ kind: 'Node', name: 'win-airgap' });
    expect(finding.message).toContain('could not pull its image (ErrImagePull)');
    expect(finding.message).toContain('i/o timeout');
    expect(finding.evidence.some((e) => e.source === 'status' && e.text.includes('ErrImagePull'))).toBe(true);
    expect(finding.docs).toBe('kubectl windbg explain probe-pod-failed');
    expect(managedPods(sim)).toEqual([]);
  });

  it('refuses a Pod Security restricted namespace before creating anything', async () => {
    const node = readyWindowsNode('win-a');
    const { sim, client } = await start({ objects: [node, namespaceObject('locked', { 'pod-security.kubernetes.io/enforce': 'restricted' })] });
    const run = await runNodeProbes(client, [node], { namespace: 'locked' });
    expect(run.findings.map((f) => f.ruleId)).toEqual(['probe-pod-failed']);
    expect(run.findings[0]!.message).toEqual({ id: 'rules.probe-pod-failed.msg.podSecurity', params: { namespace: 'locked', level: 'restricted' } });
    const rendered = renderFinding(run.findings[0]!, 'en').message;
    expect(rendered).toContain('enforces the Pod Security level "restricted"');
    expect(rendered).toContain('kubectl label namespace locked pod-security.kubernetes.io/enforce=privileged --overwrite');
    expect(run.findings[0]!.evidence).toContainEqual({ source: 'spec', text: 'namespace locked: pod-security.kubernetes.io/enforce=restricted' });
    expect(sim.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('does not create a probe pod where HostProcess is unsupported (old containerd, old server)', async () => {
    const oldRuntime = readyWindowsNode('win-old', 17763, 'containerd://1.5.13');
    const docker = readyWindowsNode('win-docker', 17763, 'docker://20.10.9');
    const { sim, client } = await start({ objects: [oldRuntime, docker] });
    const run = await runNodeProbes(client, [oldRuntime, docker], {});
    expect(run.findings.map((f) => [f.target.name, f.ruleId])).toEqual([
      ['win-old', 'probe-pod-failed'],
      ['win-docker', 'probe-pod-failed'],
    ]);
    expect(run.findings.map((f) => f.message)).toEqual([
      { id: 'rules.probe-pod-failed.msg.containerdTooOld', params: { runtime: 'containerd://1.5.13' } },
      { id: 'rules.probe-pod-failed.msg.runtimeNotContainerd', params: { runtime: 'docker://20.10.9' } },
    ]);
    expect(renderFinding(run.findings[0]!, 'en').message).toContain('containerd://1.5.13');
    const oldServer = await runNodeProbes(client, [readyWindowsNode('win-b')], { serverVersion: { major: '1', minor: '25', gitVersion: 'v1.25.16' } });
    expect(renderFinding(oldServer.findings[0]!, 'en').message).toContain('Kubernetes v1.25.16');
    expect(sim.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('keeps at most `concurrency` probe pods alive at once', async () => {
    const nodes = Array.from({ length: 6 }, (_, i) => readyWindowsNode(`win-${i}`, 20348, 'containerd://1.7.20', `10.224.0.${10 + i}`));
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 150 });
    for (const n of nodes) sim.setProbeOutput(n.metadata.name, fixture('ws2022-aks-healthy.txt'));
    const seen = observe(client);
    let sampledMax = 0;
    const sampler = setInterval(() => {
      sampledMax = Math.max(sampledMax, managedPods(sim).length);
    }, 10);
    try {
      const run = await runNodeProbes(seen.client, nodes, { concurrency: 2, pollIntervalMs: 30 });
      expect([...run.facts.keys()].sort()).toEqual(nodes.map((n) => n.metadata.name).sort());
    } finally {
      clearInterval(sampler);
    }
    expect(seen.maxLive()).toBe(2);
    expect(sampledMax).toBeLessThanOrEqual(2);
    expect(sampledMax).toBeGreaterThan(0);
    expect(managedPods(sim)).toEqual([]);
  });

  it('skips a NotReady node up front with a note instead of waiting out the timeout', async () => {
    const ready = readyWindowsNode('win-up');
    const down = notReady(readyWindowsNode('win-down', 19041));
    const { sim, client } = await start({ objects: [ready, down] });
    sim.setProbeOutput('win-up', fixture('ws2022-aks-healthy.txt'));
    // Waiting out the 60s limit would outlast the test timeout; the one create below shows why it does not.
    const run = await runNodeProbes(client, [ready, down], { pollIntervalMs: 30, timeoutMs: 60_000 });
    expect([...run.facts.keys()]).toEqual(['win-up']);
    expect(run.findings).toEqual([]);
    expect(run.notes).toEqual(['node win-down is not Ready; its probe was skipped']);
    const created = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pods'));
    expect(created).toHaveLength(1);
    expect(managedPods(sim)).toEqual([]);
  });

  it('DaemonSet mode: one DaemonSet on the selected nodes, results from pod logs, then deleted', async () => {
    const nodes = [readyWindowsNode('win-d0'), readyWindowsNode('win-d1', 17763), readyWindowsNode('win-other')];
    const selected = nodes.slice(0, 2);
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 100 });
    sim.setProbeOutput('win-d0', fixture('ws2022-aks-healthy.txt'));
    sim.setProbeOutput('win-d1', fixture('ws2019-flannel.txt'));
    // The simulated DaemonSet pods print the probe JSON and the done marker to their logs, as the real ones do.
    const run = await runNodeProbes(client, selected, { mode: 'daemonset', pollIntervalMs: 50, timeoutMs: 20_000 });
    expect(run.findings).toEqual([]);
    expect(run.facts.get('win-d0')?.os?.build).toBe(20348);
    expect(run.facts.get('win-d1')?.flannel?.subnetEnv.subnet).toBe('10.244.3.1/24');
    const dsCreate = sim.requests.filter((r) => r.method === 'POST' && r.path.includes('/daemonsets'));
    expect(dsCreate).toHaveLength(1);
    expect(sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pods'))).toEqual([]);
    expect(sim.store.list('DaemonSet')).toEqual([]);
    expect(managedPods(sim)).toEqual([]);
  });

  it('cleanup deletes only objects managed by kubectl-windbg, across namespaces', async () => {
    const node = readyWindowsNode('win-c');
    const leftover = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'windbg-probe-x7k2p', namespace: 'kube-system', labels: { [MANAGED]: 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-probe' } },
      spec: { nodeName: 'win-c', containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }] },
    };
    const canaryLeftover = { ...structuredClone(leftover), metadata: { ...leftover.metadata, name: 'windbg-canary-q9z4w', namespace: 'default' } };
    const foreign = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kube-proxy-windows-abcde', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
      spec: { nodeName: 'win-c', containers: [{ name: 'kube-proxy', image: 'sigwindowstools/kube-proxy:v1.30.4' }] },
    };
    const { sim, client } = await start({ objects: [node, leftover, canaryLeftover, foreign] });
    const dry = await cleanupLeftovers(client, { dryRun: true });
    expect(dry.map((o) => o.deleted)).toEqual([false, false]);
    const result = await cleanupLeftovers(client);
    expect(result.map((o) => `${o.kind} ${o.namespace}/${o.name} ${o.deleted}`).sort()).toEqual([
      'Pod default/windbg-canary-q9z4w true',
      'Pod kube-system/windbg-probe-x7k2p true',
    ]);
    expect((sim.store.list('Pod') as KPod[]).map((p) => p.metadata.name)).toEqual(['kube-proxy-windows-abcde']);
  });
});

/** Runs a child process that starts a probe which never gets going, so it can be interrupted. */
function spawnProbeChild(kubeconfig: string, nodeName: string) {
  const dir = mkdtempSync(join(tmpdir(), 'windbg-probe-child-'));
  const loader = join(dir, 'text-loader.mjs');
  writeFileSync(
    loader,
    `import { readFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.endsWith('.ps1') || url.endsWith('.md')) return { format: 'module', shortCircuit: true, source: 'export default ' + JSON.stringify(readFileSync(new URL(url), 'utf8')) };
  return next(url, context);
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(loader).href)});\n`);
  const src = (p: string) => pathToFileURL(fileURLToPath(new URL(`../src/${p}`, import.meta.url))).href;
  const child = join(dir, 'child.mts');
  writeFileSync(
    child,
    `import { createKubeClient } from ${JSON.stringify(src('kube/client.ts'))};
import { installCleanupOnSignals, runNodeProbes } from ${JSON.stringify(src('probes/index.ts'))};
const client = await createKubeClient({ kubeconfig: process.argv[2] });
const node = await client.getNode(process.argv[3]);
installCleanupOnSignals();
await runNodeProbes(client, [node], { pollIntervalMs: 50, timeoutMs: 120000 });
`,
  );
  const proc = spawn(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(register).href, child, kubeconfig, nodeName], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, exited, stderr: () => stderr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function until(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('interrupted runs', () => {
  it('SIGINT during a probe leaves zero probe pods', async () => {
    const { sim } = await start({ objects: [readyWindowsNode('win-sig')], podStartDelayMs: 60_000 });
    const child = spawnProbeChild(sim.kubeconfigPath, 'win-sig');
    try {
      await until(() => managedPods(sim).length === 1, 20_000, () => `the probe pod (child stderr: ${child.stderr()})`);
      child.proc.kill('SIGINT');
      const exit = await child.exited;
      expect(exit.signal).toBe('SIGINT');
      expect(managedPods(sim)).toEqual([]);
      expect(sim.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/pods/windbg-probe-'))).toHaveLength(1);
    } finally {
      child.proc.kill('SIGKILL');
      child.cleanup();
    }
  });

  it('a killed CLI leaves a pod bounded by activeDeadlineSeconds, which cleanup removes', async () => {
    const { sim, client } = await start({ objects: [readyWindowsNode('win-kill')], podStartDelayMs: 60_000 });
    const child = spawnProbeChild(sim.kubeconfigPath, 'win-kill');
    try {
      await until(() => managedPods(sim).length === 1, 20_000, () => `the probe pod (child stderr: ${child.stderr()})`);
      child.proc.kill('SIGKILL');
      await child.exited;
      const [left] = managedPods(sim);
      expect(left?.spec?.activeDeadlineSeconds).toBe(300);
      const removed = await cleanupLeftovers(client);
      expect(removed.map((o) => o.name)).toEqual([left!.metadata.name]);
      expect(managedPods(sim)).toEqual([]);
    } finally {
      child.cleanup();
    }
  });
});

describe('canary', () => {
  it('one canary per build; DNS, service and API server checks pass; pods deleted', async () => {
    const nodes = [readyWindowsNode('w22-a'), readyWindowsNode('w22-b'), readyWindowsNode('w19-a', 17763)];
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 50 });
    const seen = observe(client);
    const run = await runCanary(seen.client, nodes, { namespace: 'default', timeoutMs: 20_000, pollIntervalMs: 30 });
    expect(run.results.map((r) => [r.build, r.node, r.image, r.ok])).toEqual([
      [17763, 'w19-a', 'mcr.microsoft.com/windows/nanoserver:ltsc2019', true],
      [20348, 'w22-a', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', true],
    ]);
    expect(run.results[0]!.checks.map((c) => c.name)).toEqual(['start', 'dns', 'service', 'apiserver']);
    expect(run.results[0]!.checks[1]!.detail).toContain('Name: kubernetes.default.svc.cluster.local Address: 10.0.0.1');
    expect(run.findings).toEqual([]);
    expect(seen.created.map((p) => p.spec?.nodeName)).toEqual(['w19-a', 'w22-a']);
    expect(seen.created[0]!.spec?.securityContext?.windowsOptions?.hostProcess).toBeUndefined();
    const commands = sim.execs.map((e) => e.command);
    expect(commands).toContainEqual(['cmd.exe', '/c', 'nslookup', 'kubernetes.default.svc.cluster.local']);
    expect(commands).toContainEqual(['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', 'https://kubernetes.default.svc.cluster.local/version']);
    expect(commands.some((c) => c.at(-1) === `${sim.url}/version`)).toBe(true);
    expect(managedPods(sim)).toEqual([]);
  });

  it('a canary that cannot start, and one whose DNS times out, become canary-failed findings', async () => {
    const nodes = [readyWindowsNode('w22-a'), readyWindowsNode('w19-a', 17763)];
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 50 });
    sim.setPodStartFailure(
      { image: /nanoserver:ltsc2019/ },
      { reason: 'ErrImagePull', message: 'rpc error: code = NotFound desc = failed to pull and unpack image "mcr.microsoft.com/windows/nanoserver:ltsc2019": no match for platform in manifest: not found' },
    );
    sim.setNodeNetwork('w22-a', { dns: 'timeout' });
    const run = await runCanary(client, nodes, { namespace: 'default', timeoutMs: 20_000, pollIntervalMs: 30 });
    const [w19, w22] = run.results;
    expect(w19!.ok).toBe(false);
    expect(w19!.checks).toEqual([{ name: 'start', ok: false, detail: expect.stringContaining('ErrImagePull') }]);
    expect(w22!.ok).toBe(false);
    // The service check goes through the cluster DNS name, so it fails with DNS; the API server is reached by address.
    expect(w22!.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['dns', 'service']);
    expect(w22!.checks.find((c) => c.name === 'dns')!.detail).toContain('DNS request timed out.');
    expect(w22!.checks.find((c) => c.name === 'service')!.detail).toContain('curl exit 6 curl: (6) Could not resolve host: kubernetes.default.svc.cluster.local');
    expect(run.findings.map((f) => [f.ruleId, f.target.name])).toEqual([
      ['canary-failed', 'w19-a'],
      ['canary-failed', 'w22-a'],
    ]);
    expect(renderFinding(run.findings[0]!, 'en').evidence.some((e) => e.text.includes('no match for platform'))).toBe(true);
    expect(renderFinding(run.findings[1]!, 'en').message).toContain('failed: dns, service');
    expect(managedPods(sim)).toEqual([]);
  });

  it('a refused API server shows as curl exit 7 on the apiserver check only', async () => {
    const nodes = [readyWindowsNode('w22-a')];
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 50 });
    sim.setNodeNetwork('w22-a', { apiServer: 'refused' });
    const run = await runCanary(client, nodes, { namespace: 'default', timeoutMs: 20_000, pollIntervalMs: 30 });
    const failed = run.results[0]!.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['apiserver']);
    expect(failed[0]!.detail).toMatch(/curl exit 7 curl: \(7\) Failed to connect to 127\.0\.0\.1 port \d+ after 2 ms: Couldn't connect to server/);
  });

  it('skips a build whose only node is NotReady, with a note', async () => {
    const nodes = [readyWindowsNode('w22-a'), notReady(readyWindowsNode('w2004-a', 19041))];
    const { sim, client } = await start({ objects: nodes, podStartDelayMs: 50 });
    // Waiting out the 60s limit would outlast the test timeout; only the Ready node's canary pod is created.
    const run = await runCanary(client, nodes, { namespace: 'default', timeoutMs: 60_000, pollIntervalMs: 30 });
    expect(run.results.map((r) => r.node)).toEqual(['w22-a']);
    expect(run.notes).toEqual([expect.stringMatching(/^no Windows Server, version 2004 \(build 19041\) node is Ready, so its canary was skipped \(node w2004-a\)$/)]);
    expect(sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pods'))).toHaveLength(1);
  });
});

describe('pod-network probe', () => {
  const pod = (image: string, running = false): KPod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'iis-7d9', namespace: 'web', labels: { app: 'iis' } },
    spec: { nodeName: 'w22-a', nodeSelector: { 'kubernetes.io/os': 'windows' }, containers: [{ name: 'iis', image }] },
    status: running
      ? {
          phase: 'Running',
          podIP: '10.244.1.23',
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [{ name: 'iis', image, ready: true, restartCount: 0, state: { running: { startedAt: '2025-01-14T09:00:00Z' } } }],
        }
      : { phase: 'Pending' },
  });
  const IIS = 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022';

  it('execs the script into a Windows pod with the targets in a validated prelude', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node, namespaceObject('web'), pod(IIS, true)] });
    const running = (await client.getPod('web', 'iis-7d9'))!;
    expect(running.status?.phase).toBe('Running');
    const run = await runPodNetworkProbe(client, running, node, { targets: { clusterIp: '10.0.0.1:443', externalIp: '20.61.99.1' } });
    expect(run.facts.vantage).toBe('pod');
    expect(run.facts.errors).toEqual([]);
    expect(run.facts.dnsFqdn).toEqual({ target: 'kubernetes.default.svc.cluster.local', ok: true, detail: '10.0.0.1' });
    // Windows pods search one suffix, their namespace's: the partially qualified name does not resolve.
    expect(run.facts.dnsPartial).toEqual({ target: 'kubernetes.default', ok: false, detail: 'kubernetes.default : DNS name does not exist' });
    expect(run.facts.tcpClusterIp).toEqual({ target: '10.0.0.1:443', ok: true, detail: 'connected' });
    expect(run.facts.tcpExternal?.ok).toBe(true);
    expect(run.facts.icmpExternal).toEqual({ target: '20.61.99.1', ok: false, detail: 'no reply' });
    const [exec] = sim.execs;
    expect(exec!.command[0]).toBe('powershell.exe');
    expect(exec!.stdin.startsWith("$env:WINDBG_DNS_FQDN = 'kubernetes.default.svc.cluster.local'\n$env:WINDBG_DNS_PARTIAL = 'kubernetes.default'\n$env:WINDBG_CLUSTERIP = '10.0.0.1:443'\n")).toBe(true);
    expect(exec!.stdin).toContain('# windbg-script: pod-network-probe');
    expect(exec!.stdin.trimEnd().endsWith('#windbg-end-of-script')).toBe(true);
    expect(managedPods(sim)).toEqual([]);
  });

  it('refuses a target that is not a host name before running anything', async () => {
    const node = readyWindowsNode('w22-a');
    const { client } = await start({ objects: [node] });
    await expect(runPodNetworkProbe(client, pod('x'), node, { targets: { dnsFqdn: "a'; Remove-Item C:\\ -Recurse; '" } })).rejects.toThrow('is not a valid DNS name');
  });

  it('falls back to cmd.exe (nslookup, curl.exe, ping) in a pod without PowerShell', async () => {
    const node = readyWindowsNode('w22-a');
    const nano = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
    const { sim, client } = await start({ objects: [node, namespaceObject('web'), pod(nano, true)] });
    sim.setNodeNetwork('w22-a', { dns: 'timeout' });
    const seen = observe(client);
    const running = (await client.getPod('web', 'iis-7d9'))!;
    const run = await runPodNetworkProbe(seen.client, running, node, { targets: { clusterIp: '10.0.0.1:443', externalIp: '20.61.99.1' } });

    expect(run.notes).toEqual(['Pod web/iis-7d9 has no powershell.exe; trying cmd.exe.']);
    expect(run.facts.vantage).toBe('pod');
    expect(run.facts.dnsFqdn).toMatchObject({ target: 'kubernetes.default.svc.cluster.local', ok: false });
    expect(run.facts.dnsFqdn?.detail).toContain('DNS request timed out.');
    expect(run.facts.dnsPartial?.ok).toBe(false);
    // A ClusterIP by address does not need DNS; http:// to the TLS port still proves the TCP connection.
    expect(run.facts.tcpClusterIp).toEqual({ target: '10.0.0.1:443', ok: true, detail: 'curl exit 0' });
    expect(run.facts.tcpExternal).toEqual({ target: '20.61.99.1:443', ok: true, detail: 'curl exit 0' });
    expect(run.facts.icmpExternal).toEqual({ target: '20.61.99.1', ok: false, detail: 'ping exit 1' });
    expect(sim.execs.map((e) => e.command)).toEqual([
      ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', expect.any(String)],
      ['cmd.exe', '/c', 'echo', 'windbg'],
      ['cmd.exe', '/c', 'nslookup', 'kubernetes.default.svc.cluster.local'],
      ['cmd.exe', '/c', 'nslookup', 'kubernetes.default'],
      ['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', 'http://10.0.0.1:443/'],
      ['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', 'http://20.61.99.1:443/'],
      ['cmd.exe', '/c', 'ping', '-n', '2', '20.61.99.1'],
    ]);
    expect(seen.created).toEqual([]);
  });

  it('the cmd.exe fallback sees healthy DNS and a refused ClusterIP as they are', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node, namespaceObject('web'), pod('mcr.microsoft.com/windows/nanoserver:ltsc2022', true)] });
    sim.setNodeNetwork('w22-a', { clusterIp: 'refused' });
    const running = (await client.getPod('web', 'iis-7d9'))!;
    const run = await runPodNetworkProbe(client, running, node, { targets: { clusterIp: '10.0.0.1:443' } });
    expect(run.facts.dnsFqdn).toMatchObject({ ok: true, detail: expect.stringContaining('Name: kubernetes.default.svc.cluster.local Address: 10.0.0.1') });
    expect(run.facts.tcpClusterIp).toEqual({ target: '10.0.0.1:443', ok: false, detail: 'curl exit 7' });
  });

  it('falls back to a servercore probe pod on the same node when the pod cannot be exec’d into', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node, namespaceObject('web')], podStartDelayMs: 50 });
    sim.setNodeNetwork('w22-a', { clusterIp: 'timeout' });
    const seen = observe(client);
    const run = await runPodNetworkProbe(seen.client, pod(IIS), node, { pollIntervalMs: 30, timeoutMs: 20_000, targets: { clusterIp: '10.0.0.1:443' } });
    expect(run.facts.vantage).toBe('sidecar-pod');
    expect(run.facts.pod).toEqual({ namespace: 'web', name: 'iis-7d9' });
    expect(run.facts.dnsFqdn?.ok).toBe(true);
    expect(run.facts.tcpClusterIp).toEqual({ target: '10.0.0.1:443', ok: false, detail: 'timed out after 3000 ms' });
    expect(seen.created).toHaveLength(1);
    expect(seen.created[0]!.metadata.namespace).toBe('web');
    expect(seen.created[0]!.spec?.nodeName).toBe('w22-a');
    expect(seen.created[0]!.spec?.containers[0]?.image).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(seen.created[0]!.spec?.securityContext?.windowsOptions?.hostProcess).toBeUndefined();
    // The helper pod carries the targets in its env; the script arrives on stdin without a prelude.
    const helperExec = sim.execs.find((e) => e.pod.startsWith('windbg-netprobe-'))!;
    expect(helperExec.stdin.startsWith('# windbg-script: pod-network-probe')).toBe(true);
    expect(managedPods(sim)).toEqual([]);
  });

  it('with hostCheck, tests the same ClusterIP from the node host network through the node probe', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node, namespaceObject('web'), pod(IIS, true)], podStartDelayMs: 50 });
    sim.setProbeOutput('w22-a', fixture('ws2022-aks-healthy.txt'));
    sim.setNodeNetwork('w22-a', { clusterIpFromHost: 'timeout' });
    const running = (await client.getPod('web', 'iis-7d9'))!;
    const run = await runPodNetworkProbe(client, running, node, { hostCheck: true, pollIntervalMs: 30, timeoutMs: 20_000, targets: { clusterIp: '10.0.0.1:443' } });
    expect(run.facts.tcpClusterIp?.ok).toBe(true);
    expect(run.facts.tcpClusterIpFromHost).toEqual({ target: '10.0.0.1:443', ok: false });
    expect(run.nodeFacts?.serviceVipFromHost).toMatchObject({ target: '10.0.0.1:443', ok: false });
    expect(managedPods(sim)).toEqual([]);
  });

  it('dry run: the exec it would try with the cmd.exe fallback, the helper pod and the script; nothing created', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim } = await start({ objects: [node] });
    const running = pod(IIS, true);
    const plan = podNetworkDryRun(running, node, { targets: { clusterIp: '10.0.0.1:443' } });
    expect(plan.exec).toMatchObject({ namespace: 'web', pod: 'iis-7d9', container: 'iis', command: ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', expect.any(String)] });
    expect(plan.exec!.stdin).toContain("$env:WINDBG_CLUSTERIP = '10.0.0.1:443'\n# windbg-script: pod-network-probe");
    expect(plan.exec!.cmdFallback).toEqual([
      ['cmd.exe', '/c', 'nslookup', 'kubernetes.default.svc.cluster.local'],
      ['cmd.exe', '/c', 'nslookup', 'kubernetes.default'],
      ['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', 'http://10.0.0.1:443/'],
    ]);
    expect(plan.helperPod?.metadata).toMatchObject({ generateName: 'windbg-netprobe-', namespace: 'web' });
    expect(plan.helperPod?.metadata.name).toBeUndefined();
    expect(plan.helperPod?.spec?.containers[0]?.image).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(plan.helperPod?.spec?.containers[0]?.['env']).toContainEqual({ name: 'WINDBG_CLUSTERIP', value: '10.0.0.1:443' });
    expect(plan.script.split('\n')[0]).toMatch(/^# windbg-script: pod-network-probe/);
    expect(plan.text).toContain('First tried: exec into web/iis-7d9');
    expect(plan.text).toContain('generateName: windbg-netprobe-');

    const pending = podNetworkDryRun(pod(IIS), node);
    expect(pending.exec).toBeUndefined();
    expect(pending.text).toContain('Pod web/iis-7d9 is not running');
    expect(pending.helperPod?.spec?.nodeName).toBe('w22-a');
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('collect bundle', () => {
  const EXPECTED_FILES = EXPECTED_BUNDLE_FILES;

  it('streams a redacted .tar.gz from the node, renamed into place only when complete', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node], podStartDelayMs: 50 });
    sim.setProbeOutput('w22-a', fixture('ws2022-aks-healthy.txt'));
    const out = mkdtempSync(join(tmpdir(), 'windbg-bundle-'));
    try {
      const result = await collectBundle(client, 'w22-a', out, { node, pollIntervalMs: 30, now: new Date('2025-01-14T09:31:07Z') });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.path).toBe(join(out, 'windbg-w22-a-20250114T093107Z.tar.gz'));
      expect(readdirSync(out)).toEqual(['windbg-w22-a-20250114T093107Z.tar.gz']);
      const listing = execFileSync('tar', ['tzf', result.path], { encoding: 'utf8' }).trim().split('\n');
      expect(listing).toEqual(EXPECTED_FILES.map((f) => `windbg-w22-a-20250114T093107Z/${f}`));
      const read = (name: string) => execFileSync('tar', ['xzOf', result.path, `windbg-w22-a-20250114T093107Z/${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const kubelet = read('logs/k/kubelet.log');
      expect(kubelet).toMatch(/-H "Authorization: Bearer \[REDACTED\]"/);
      expect(kubelet).not.toMatch(/Bearer eyJ/);
      expect(kubelet).toContain('"Successfully registered node" node="w22-a"');
      const err = read('logs/k/kubelet.err.log');
      expect(err).toContain('client-key-data: [REDACTED]');
      expect(err).toMatch(/client-certificate-data: LS0t/);
      expect(read('network/ipconfig-all.txt')).toContain('Host Name . . . . . . . . . . . . : w22-a');
      expect(JSON.parse(read('hns/networks.json')).Success).toBe(true);
      expect(read('events/System.txt')).toContain('The kubelet service entered the running state.');
      expect(JSON.parse(read('node-probe.json').trim()).node).toBe('aksnpwin000002');
      expect(result.redactions).toBeGreaterThanOrEqual(2);
      // Only the owner may read the bundle; it says what redaction removed (kinds and files, not values).
      expect(statSync(result.path).mode & 0o777).toBe(0o600);
      const summary = JSON.parse(read('redaction-summary.json')) as { redacted: number; kinds: Record<string, number>; files: { path: string; count: number }[] };
      expect(summary.redacted).toBe(result.redactions);
      expect(summary.kinds['authorization-header']).toBeGreaterThanOrEqual(1);
      expect(summary.kinds['key-value']).toBeGreaterThanOrEqual(1);
      expect(summary.files.map((f) => f.path)).toEqual(expect.arrayContaining(['logs/k/kubelet.log', 'logs/k/kubelet.err.log']));
      expect(read('redaction-summary.json')).not.toMatch(/eyJ|LS0tLS1CRUdJTiBSU0E/);
      expect(result.entries).toEqual(EXPECTED_FILES);
      expect(managedPods(sim)).toEqual([]);
      const streamed = sim.execs.filter((e) => e.command.some((a) => a.includes('$env:WINDBG_SCRIPT')));
      expect(streamed).toHaveLength(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('redacts logs Windows PowerShell wrote as UTF-16LE (with a BOM, or a tail cut mid-character) and unpacks owner-only', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node], podStartDelayMs: 50 });
    sim.setProbeOutput('w22-a', fixture('ws2022-aks-healthy.txt'));
    const log = 'Starting kubelet\r\n$env:REGISTRY_PASSWORD = "Utf16Reg!stryP4ss"\r\nAuthorization: Bearer sha256~Utf16BearerT0ken9\r\n';
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log, 'utf16le')]);
    const cutTail = Buffer.from(`x${log}`, 'utf16le').subarray(1);
    const binary = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
    sim.setScriptOutput(
      'collect-bundle',
      'w22-a',
      bundleStream([
        { path: 'logs/k/start-kubelet.log', content: withBom },
        { path: 'logs/k/kubelet.err.log', content: cutTail },
        { path: 'logs/k/tool.bin', content: binary },
      ]),
    );
    const out = mkdtempSync(join(tmpdir(), 'windbg-bundle-'));
    try {
      const result = await collectBundle(client, 'w22-a', out, { node, pollIntervalMs: 30, now: new Date('2025-01-14T09:31:07Z') });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const base = 'windbg-w22-a-20250114T093107Z';
      const raw = (name: string) => execFileSync('tar', ['xzOf', result.path, `${base}/${name}`], { maxBuffer: 64 << 20 });
      const kubelet = raw('logs/k/start-kubelet.log');
      expect([...kubelet.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      expect(kubelet.subarray(2).toString('utf16le')).toBe('Starting kubelet\r\n$env:REGISTRY_PASSWORD = "[REDACTED]"\r\nAuthorization: Bearer [REDACTED]\r\n');
      const err = raw('logs/k/kubelet.err.log');
      expect(err.subarray(1).toString('utf16le')).toContain('$env:REGISTRY_PASSWORD = "[REDACTED]"');
      expect(err.subarray(1).toString('utf16le')).not.toContain('Utf16BearerT0ken9');
      expect(raw('logs/k/tool.bin')).toEqual(binary);
      expect(result.redactionSummary.files).toEqual([
        { path: 'logs/k/start-kubelet.log', count: 2 },
        { path: 'logs/k/kubelet.err.log', count: 2 },
      ]);
      // Every file of the bundle unpacks readable by its owner only.
      const listing = execFileSync('tar', ['tvzf', result.path], { encoding: 'utf8' }).trim().split('\n');
      expect(listing.length).toBeGreaterThan(3);
      for (const line of listing) expect(line).toMatch(/^-rw------- /);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('leaves no partial file when the stream ends early', async () => {
    const node = readyWindowsNode('w22-a');
    const { sim, client } = await start({ objects: [node], podStartDelayMs: 50 });
    sim.setProbeOutput('w22-a', fixture('ws2022-aks-healthy.txt'));
    const cut = bundleStream([{ path: 'logs/k/kubelet.log', content: 'I0114 09:31:07.441 kubelet.go:2345] SyncLoop\r\n' }], { complete: false });
    sim.setScriptOutput('collect-bundle', 'w22-a', cut, { exitCode: 1 });
    const out = mkdtempSync(join(tmpdir(), 'windbg-bundle-'));
    try {
      const error = await collectBundle(client, 'w22-a', out, { pollIntervalMs: 30 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClusterAccessError);
      expect((error as Error).message).toContain('arrived incomplete');
      expect(readdirSync(out)).toEqual([]);
      expect(managedPods(sim)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses a NotReady node at once with a probe-pod-failed finding', async () => {
    const node = notReady(readyWindowsNode('w2004-a', 19041));
    const { sim, client } = await start({ objects: [node] });
    const out = mkdtempSync(join(tmpdir(), 'windbg-bundle-'));
    try {
      const result = await collectBundle(client, 'w2004-a', out, { node });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.finding.ruleId).toBe('probe-pod-failed');
      expect(renderFinding(result.finding, 'en').message).toContain('Node w2004-a is not Ready');
      expect(readdirSync(out)).toEqual([]);
      expect(sim.requests.filter((r) => r.method === 'POST')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
