/** The remote probes through the built CLI against the simulated demo cluster: check --probe, --canary, collect, pod --probe. */
import { EXPECTED_BUNDLE_FILES } from './support/bundle-listing.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleStream, startSimCluster, type SimCluster } from './support/sim/index.js';
import { ensureBundle, windbg } from './e2e-support.js';

interface ReportJson {
  findings: { ruleId: string; severity: string; message: string; target: { kind: string; name: string; namespace?: string }; evidence: { source: string; text: string }[] }[];
  notes: string[];
}

let sim: SimCluster;
let env: Record<string, string>;
const dirs: string[] = [];

const managedPods = () => sim.store.list('Pod').filter((p) => (p as { metadata: { labels?: Record<string, string> } }).metadata.labels?.['app.kubernetes.io/managed-by'] === 'kubectl-windbg');

function outputDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'windbg-e2e-collect-'));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  ensureBundle();
  sim = await startSimCluster({ scenario: 'demo' });
  env = { KUBECONFIG: sim.kubeconfigPath, NO_COLOR: '1' };
}, 120_000);

afterAll(async () => {
  await sim?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(managedPods()).toEqual([]);
});

describe('check --probe on the demo cluster', () => {
  // Waiting for a probe pod on the NotReady node would last the 180s probe limit, past this test's
  // timeout; the assertions say why it does not wait: that node gets no exec, only a note.
  it('does not wait on the NotReady node: it is skipped with a note, the others are probed', async () => {
    const execsBefore = sim.execs.length;
    const run = await windbg(['check', '--probe', '-o', 'json'], env);
    expect(run.code).toBe(1);
    const probedNodes = new Set(sim.execs.slice(execsBefore).map((e) => e.nodeName));
    expect(probedNodes.has('win2004-0')).toBe(false);
    expect(probedNodes.has('akswin22-0')).toBe(true);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.notes).toContain('node win2004-0 is not Ready; its probe was skipped');
    expect(report.findings.filter((f) => f.ruleId === 'probe-pod-failed')).toEqual([]);
    // Probe-only findings of the Ready nodes are there.
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'hns-lb-port-exhaustion', target: { kind: 'Node', name: 'akswin22-0' } }));
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'node-services-down', target: { kind: 'Node', name: 'win2004-0' } }));
    // The probes' CNI configs, read with the Services and NetworkPolicies the cluster lists.
    const hairpin = report.findings.find((f) => f.ruleId === 'service-hairpin-loopback-dsr');
    expect(hairpin?.target).toEqual({ kind: 'Node', name: 'win25-0' });
    expect(hairpin?.evidence.map((e) => e.text)).toContain('Service shop/catalog-api selects shop/catalog-api-5b8c7d9f6-qv4lm on this node');
    const policy = report.findings.find((f) => f.ruleId === 'network-policy-unsupported-windows' && f.target.kind === 'NetworkPolicy');
    expect(policy?.target).toEqual({ kind: 'NetworkPolicy', namespace: 'batch', name: 'default-deny-ingress' });
    expect(policy?.message).toContain('(win19-0, win25-0)');
    const created = sim.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/namespaces/kube-system/pods').length;
    expect(created).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe('check --probe --probe-mode daemonset', () => {
  it('reads every Ready node from the DaemonSet pod logs and finds what the per-node pods find', async () => {
    const key = (r: ReportJson) => r.findings.map((f) => `${f.ruleId} ${f.target.kind}/${f.target.namespace ?? ''}/${f.target.name}`).sort();
    const [pods, daemonset] = [
      JSON.parse((await windbg(['check', '--probe', '-o', 'json'], env)).stdout) as ReportJson,
      JSON.parse((await windbg(['check', '--probe', '--probe-mode', 'daemonset', '-o', 'json'], env)).stdout) as ReportJson,
    ];
    expect(key(daemonset)).toEqual(key(pods));
    // The same outcome either way: the skipped node, then what the probes of the others returned.
    expect(daemonset.notes[0]).toBe('node win2004-0 is not Ready; its probe was skipped');
    expect(daemonset.notes.slice(1)).toEqual(pods.notes.slice(1));
    expect(daemonset.notes.slice(1).every((n) => n.startsWith('node probe ran on '))).toBe(true);
    expect(daemonset.notes.slice(1).join('\n')).not.toContain('win2004-0');
    expect(sim.store.list('DaemonSet')).toEqual([]);
  }, 60_000);
});

describe('check --canary', () => {
  const canaryFindings = (report: ReportJson) => report.findings.filter((f) => f.ruleId === 'canary-failed');

  it('passes on every build of the healthy demo cluster and skips the build without a Ready node', async () => {
    const canaryCreates = () => sim.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/namespaces/default/pods').length;
    const before = canaryCreates();
    const run = await windbg(['check', '--canary', '-o', 'json'], env);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(canaryFindings(report)).toEqual([]);
    expect(report.notes).toContain('no Windows Server, version 2004 (build 19041) node is Ready, so its canary was skipped (node win2004-0)');
    // One canary per build with a Ready node: 17763, 20348 and 26100.
    expect(canaryCreates() - before).toBe(3);
  }, 60_000);

  it('fails exactly the build whose DNS is broken', async () => {
    sim.setNodeNetwork('akswin22-0', { dns: 'timeout' });
    try {
      const run = await windbg(['check', '--canary', '-o', 'json'], env);
      const report = JSON.parse(run.stdout) as ReportJson;
      const failed = canaryFindings(report);
      expect(failed.map((f) => f.target)).toEqual([{ kind: 'Node', name: 'akswin22-0' }]);
      expect(failed[0]!.severity).toBe('error');
      expect(failed[0]!.message).toBe('The Windows Server 2022 canary on akswin22-0 failed: dns, service.');
      expect(failed[0]!.evidence.map((e) => e.text)).toEqual([
        expect.stringMatching(/^dns: DNS request timed out\. timeout was 2 seconds\. Server: UnKnown Address: 10\.0\.0\.10 .*\*\*\* Request to UnKnown timed-out$/),
        'service: https://kubernetes.default.svc.cluster.local/version: curl exit 6 curl: (6) Could not resolve host: kubernetes.default.svc.cluster.local',
      ]);
    } finally {
      sim.setNodeNetwork('akswin22-0', { dns: 'works' });
    }
  }, 60_000);
});

describe('collect <node>', () => {
  it('writes a redacted .tar.gz with the files the node streams, and no temporary file', async () => {
    const dir = outputDir();
    const run = await windbg(['collect', 'akswin22-0', '--output-dir', dir], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^windbg-akswin22-0-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(run.stdout).toBe(`Wrote ${join(dir, files[0]!)}\n`);
    const archive = join(dir, files[0]!);
    const base = files[0]!.replace(/\.tar\.gz$/, '');
    const listing = execFileSync('tar', ['tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(
      EXPECTED_BUNDLE_FILES.map((f) => `${base}/${f}`),
    );
    const read = (name: string) => execFileSync('tar', ['xzOf', archive, `${base}/${name}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const kubelet = read('logs/k/kubelet.log');
    expect(kubelet).toContain('Authorization: Bearer [REDACTED]');
    expect(kubelet).not.toMatch(/Bearer eyJ/);
    // The scenario's own events are in the kubelet log: the Linux image pulled onto this Windows node.
    expect(kubelet).toContain('object="default/nginx-5d8f7c9b6-xw2kq"');
    expect(read('logs/k/kubelet.err.log')).toContain('client-key-data: [REDACTED]');
    expect(read('logs/k/kubeproxy.log')).toContain('"Policy creation failed" err="The specified port already exists."');
    expect(JSON.parse(read('node-probe.json')).node).toBe('akswin22-0');
    expect(JSON.parse(read('hns/networks.json')).Output.map((n: { Name: string }) => n.Name)).toEqual(['azure', 'nat']);
    expect(read('network/ipconfig-all.txt')).toContain('IPv4 Address. . . . . . . . . . . : 10.224.0.33(Preferred)');
  }, 60_000);

  it('a stream that ends early exits 3 and leaves no file at all', async () => {
    const dir = outputDir();
    sim.setScriptOutput('collect-bundle', 'akswin22-1', bundleStream([{ path: 'logs/k/kubelet.log', content: 'I0603 09:29:58.512113    4352 kubelet.go:2436] "SyncLoop ADD"\r\n' }], { complete: false }), {
      exitCode: 1,
      stderr: 'Get-WinEvent : The RPC server is unavailable.\r\n',
    });
    const run = await windbg(['collect', 'akswin22-1', '--output-dir', dir], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('The state bundle from akswin22-1 arrived incomplete (the bundle stream ended before its final line; exit code 1); no file was written.');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  // Bounded by the test timeout only: a pod that cannot start would be waited for up to 10 minutes.
  it('a NotReady node is reported at once instead of waiting for a pod that cannot start', async () => {
    const dir = outputDir();
    const podCreates = (): number => sim.requests.filter((r) => r.method === 'POST' && /\/pods$/.test(r.path)).length;
    const createsBefore = podCreates();
    const execsBefore = sim.execs.length;
    const run = await windbg(['collect', 'win2004-0', '--output-dir', dir], env);
    expect(podCreates()).toBe(createsBefore);
    expect(sim.execs.length).toBe(execsBefore);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('probe-pod-failed');
    expect(run.stdout).toContain('Node win2004-0 is not Ready');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

describe('pod --probe', () => {
  it('falls back to cmd.exe in a nanoserver pod and reports what the pod network shows', async () => {
    const run = await windbg(['pod', 'win-webserver-5c8d7f9b6-fz2mh', '-n', 'default', '--probe', '-o', 'json'], env);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.notes).toContain('Pod default/win-webserver-5c8d7f9b6-fz2mh has no powershell.exe; trying cmd.exe.');
    expect(report.findings.map((f) => f.ruleId)).toContain('dns-suffix-limitations');
    const execs = sim.execs.filter((e) => e.pod === 'win-webserver-5c8d7f9b6-fz2mh').map((e) => e.command.slice(0, 3).join(' '));
    expect(execs).toEqual(['powershell.exe -NoProfile -NonInteractive', 'cmd.exe /c echo', 'cmd.exe /c nslookup', 'cmd.exe /c nslookup']);
  }, 60_000);
});
