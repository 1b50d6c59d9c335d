/**
 * The simulated cluster, proven with the real kubectl: discovery, server-side printing, selectors,
 * paging, exec over WebSocket and TLS verification all go through kubectl's own client code.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCertificates, kubeconfigYaml, loadScenario, startSimCluster, type SimCluster } from './support/sim/index.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

let sim: SimCluster;
let workDir: string;

async function kubectl(args: string[], kubeconfig = sim.kubeconfigPath, stdin?: string): Promise<KubectlResult> {
  const env = { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(workDir, 'cache'), HOME: workDir };
  try {
    const pending = run('kubectl', args, { env, timeout: 30_000 });
    pending.child.stdin?.end(stdin ?? '');
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number | string; stdout?: string; stderr?: string };
    if (err.code === 'ENOENT') {
      throw new Error('kubectl is required for these tests: install kubectl (1.32) and put it on PATH; the simulated cluster is proven against the real client.');
    }
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** Rows of kubectl's table output as arrays of cells (columns split on 2+ spaces). */
function rows(output: string): string[][] {
  return output
    .trimEnd()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/));
}

function row(output: string, first: string, column = 0): string[] {
  const found = rows(output).find((r) => r[column] === first);
  if (!found) throw new Error(`no row for ${first} in:\n${output}`);
  return found;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'windbg-kubectl-'));
  sim = await startSimCluster({ scenario: 'demo' });
  // Fail here, with the sentence above, when kubectl is not installed.
  await kubectl(['version', '--client']);
});

afterAll(async () => {
  await sim?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('kubectl against the simulated cluster', () => {
  it('lists nodes with the columns and states a real API server prints', async () => {
    const r = await kubectl(['get', 'nodes']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[0]).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION']);
    expect(row(r.stdout, 'akswin22-0')).toEqual(['akswin22-0', 'Ready', 'agent', '41d', 'v1.30.4']);
    expect(row(r.stdout, 'win2004-0')).toEqual(['win2004-0', 'NotReady', 'agent', '412d', 'v1.28.15']);
    expect(rows(r.stdout).map((c) => c[0]).slice(1)).toEqual(['akswin22-0', 'akswin22-1', 'linux-0', 'win19-0', 'win2004-0', 'win25-0']);

    const wide = await kubectl(['get', 'nodes', '-o', 'wide']);
    expect(row(wide.stdout, 'win19-0')).toEqual([
      'win19-0', 'Ready', 'agent', '97d', 'v1.30.4', '10.224.0.95', '<none>', 'Windows Server 2019 Datacenter', '10.0.17763.6414', 'containerd://1.6.35',
    ]);
  });

  it('lists pods in all namespaces with kubectl-style STATUS and RESTARTS', async () => {
    const r = await kubectl(['get', 'pods', '-A']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[0]).toEqual(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(row(r.stdout, 'iis-7d9f8c6b5-m4kzt', 1).slice(0, 4)).toEqual(['web', 'iis-7d9f8c6b5-m4kzt', '0/1', 'CreateContainerError']);
    expect(row(r.stdout, 'nginx-5d8f7c9b6-xw2kq', 1)[3]).toBe('ImagePullBackOff');
    expect(row(r.stdout, 'iis-site-6d4b9c7f5-h2v9x', 1)[3]).toBe('ContainerCreating');
    expect(row(r.stdout, 'iis-frontend-84c7d9b5f6-pn6wd', 1)[3]).toBe('Pending');
    const crash = row(r.stdout, 'legacy-worker-7f6d5c8b9-rk2vn', 1);
    expect(crash[3]).toBe('CrashLoopBackOff');
    expect(crash[4]).toMatch(/^17 \(4m\d+s ago\)$/);
    expect(row(r.stdout, 'aspnet-app-7c9d8f6b5-2xkqp', 1).slice(2, 4)).toEqual(['1/1', 'Running']);
  });

  it('lists events in all namespaces with the scheduler and kubelet messages', async () => {
    const r = await kubectl(['get', 'events', '-A']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[0]).toEqual(['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    const scheduling = row(r.stdout, 'FailedScheduling', 3);
    expect(scheduling.slice(0, 5)).toEqual(['web', expect.stringMatching(/^3m\d+s$/), 'Warning', 'FailedScheduling', 'pod/iis-frontend-84c7d9b5f6-pn6wd']);
    expect(scheduling[5]).toContain('2 node(s) had untolerated taint {os: windows}');
    expect(row(r.stdout, 'NodeNotReady', 3).slice(0, 5)).toEqual(['default', '3h13m', 'Normal', 'NodeNotReady', 'node/win2004-0']);
    expect(r.stdout).toContain('no IP addresses available in range set: 10.240.1.2-10.240.1.254');
  });

  it('returns a pod as YAML that round-trips every field the server stores', async () => {
    const r = await kubectl(['get', 'pod', 'iis-7d9f8c6b5-m4kzt', '-n', 'web', '-o', 'yaml']);
    expect(r.code).toBe(0);
    const fromKubectl = parse(r.stdout) as Record<string, any>;
    expect(fromKubectl).toEqual(sim.store.get('Pod', 'web', 'iis-7d9f8c6b5-m4kzt'));

    const fixture = loadScenario('demo').objects.find((o) => o.kind === 'Pod' && o.metadata.name === 'iis-7d9f8c6b5-m4kzt') as Record<string, any>;
    expect(fromKubectl.spec).toEqual(fixture.spec);
    expect(fromKubectl.metadata.uid).toBe(fixture.metadata.uid);
    expect(fromKubectl.status.containerStatuses[0].state.waiting.message).toContain('The container operating system does not match the host operating system');
  });

  it('filters nodes by label selector', async () => {
    const windows = await kubectl(['get', 'nodes', '-l', 'kubernetes.io/os=windows', '-o', 'name']);
    expect(windows.stdout.trim().split('\n')).toEqual(['node/akswin22-0', 'node/akswin22-1', 'node/win19-0', 'node/win2004-0', 'node/win25-0']);
    const build = await kubectl(['get', 'nodes', '-l', 'node.kubernetes.io/windows-build in (10.0.17763,10.0.26100)', '-o', 'name']);
    expect(build.stdout.trim().split('\n')).toEqual(['node/win19-0', 'node/win25-0']);
    const none = await kubectl(['get', 'nodes', '-l', 'kubernetes.io/os=plan9']);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No resources found');
  });

  it('filters pods by field selector', async () => {
    const r = await kubectl(['get', 'pods', '-A', '--field-selector', 'spec.nodeName=akswin22-0', '-o', 'name']);
    expect(r.code).toBe(0);
    const expected = (sim.store.list('Pod') as Record<string, any>[])
      .filter((p) => p.spec.nodeName === 'akswin22-0')
      .map((p) => `pod/${p.metadata.name}`);
    expect(expected.length).toBe(6);
    expect(r.stdout.trim().split('\n').sort()).toEqual(expected.sort());

    const notRunning = await kubectl(['get', 'pods', '-n', 'web', '--field-selector', 'status.phase!=Running', '-o', 'name']);
    expect(notRunning.stdout.trim().split('\n').sort()).toEqual([
      'pod/iis-7d9f8c6b5-m4kzt', 'pod/iis-frontend-84c7d9b5f6-pn6wd', 'pod/iis-site-6d4b9c7f5-h2v9x', 'pod/iis-site-6d4b9c7f5-zq8rd',
    ]);

    const bad = await kubectl(['get', 'pods', '-A', '--field-selector', 'spec.image=nginx']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('field label not supported: spec.image');
  });

  it('lists Services and NetworkPolicies in all namespaces, paged, and in one namespace', async () => {
    const svc = await kubectl(['get', 'svc', '-A', '-o', 'wide', '--chunk-size', '2']);
    expect(svc.code).toBe(0);
    expect(rows(svc.stdout)[0]).toEqual(['NAMESPACE', 'NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR']);
    expect(row(svc.stdout, 'iis', 1)).toEqual(['web', 'iis', 'ClusterIP', '10.0.118.27', '<none>', '80/TCP', expect.stringMatching(/^\d+d$/), 'app=iis']);
    expect(row(svc.stdout, 'kube-dns', 1).slice(5)).toEqual(['53/UDP,53/TCP', expect.any(String), 'k8s-app=kube-dns']);
    const pages = sim.requests.filter((q) => q.path === '/api/v1/services' && q.query.limit === '2');
    expect(pages.length).toBe(Math.ceil(sim.store.list('Service').length / 2));
    expect(pages.slice(1).every((q) => q.query.continue)).toBe(true);

    const affinity = await kubectl(['get', 'svc', '-n', 'web', 'iis', '-o', 'jsonpath={.spec.sessionAffinity}']);
    expect(affinity.stdout).toBe('ClientIP');
    const policies = await kubectl(['get', 'networkpolicies', '-A']);
    expect(policies.code).toBe(0);
    expect(rows(policies.stdout)[0]).toEqual(['NAMESPACE', 'NAME', 'POD-SELECTOR', 'AGE']);
    expect(row(policies.stdout, 'default-deny-ingress', 1).slice(0, 3)).toEqual(['batch', 'default-deny-ingress', '<none>']);
    const inShop = await kubectl(['get', 'netpol', '-n', 'shop', '-o', 'name']);
    expect(inShop.stdout.trim()).toBe('');
  });

  it('pages through lists with --chunk-size', async () => {
    const r = await kubectl(['get', 'pods', '-A', '--chunk-size', '4', '-o', 'name']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(sim.store.list('Pod').length);
    const pages = sim.requests.filter((q) => q.path === '/api/v1/pods' && q.query.limit === '4');
    expect(pages.length).toBe(Math.ceil(sim.store.list('Pod').length / 4));
    expect(pages.slice(1).every((q) => q.query.continue)).toBe(true);
  });

  it('execs a command in a Windows pod over WebSocket', async () => {
    const r = await kubectl(['exec', '-n', 'web', 'aspnet-app-7c9d8f6b5-2xkqp', '--', 'cmd', '/c', 'echo', 'hello']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('hello');
    const upgrade = sim.requests.filter((q) => q.path.endsWith('/aspnet-app-7c9d8f6b5-2xkqp/exec')).pop();
    expect(upgrade?.query.command).toBe('cmd,/c,echo,hello');

    const failing = await kubectl(['exec', '-n', 'web', 'aspnet-app-7c9d8f6b5-2xkqp', '--', 'cmd', '/c', 'exit', '3']);
    expect(failing.code).toBe(3);
    expect(failing.stderr).toContain('command terminated with exit code 3');
  });

  it('answers the node probe script in a probe pod with that node\'s scripted output', async () => {
    sim.store.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'windbg-probe-kubectl', namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg' } },
      spec: { nodeName: 'akswin22-1', containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }] },
      status: { phase: 'Running', containerStatuses: [{ name: 'probe', ready: true, restartCount: 0, state: { running: { startedAt: '2024-11-20T10:00:00Z' } } }] },
    });
    try {
      const script = readFileSync(join(ROOT, 'src/probes/scripts/node-probe.ps1'), 'utf8');
      const r = await kubectl(['exec', '-i', '-n', 'kube-system', 'windbg-probe-kubectl', '--', 'powershell.exe', '-NoProfile', '-Command', '-'], sim.kubeconfigPath, script);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(readFileSync(join(ROOT, 'test/fixtures/scenarios/demo/probe-outputs/akswin22-1.json'), 'utf8').trim());
    } finally {
      sim.store.remove('Pod', 'kube-system', 'windbg-probe-kubectl');
    }
  });

  it('streams stdin to the command and closes it (v5 close signal)', async () => {
    const seen: string[] = [];
    sim.setExecHandler((call) => {
      seen.push(call.stdin);
      return { stdout: call.stdin.split('\n').filter((l) => l.includes('ready')).join('\r\n') + '\r\n' };
    });
    const r = await kubectl(['exec', '-i', '-n', 'web', 'aspnet-app-7c9d8f6b5-9mwzt', '--', 'findstr', 'ready'], sim.kubeconfigPath, 'not yet\nready: yes\n');
    expect(r.code).toBe(0);
    expect(seen).toEqual(['not yet\nready: yes\n']);
    expect(r.stdout).toBe('ready: yes\r\n');
  });

  it('refuses to exec into a pod whose container has not started', async () => {
    const r = await kubectl(['exec', '-n', 'web', 'iis-site-6d4b9c7f5-h2v9x', '--', 'cmd', '/c', 'echo', 'hi']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is waiting to start: ContainerCreating');
  });

  it('fails TLS verification when the kubeconfig names another CA', async () => {
    const other = await generateCertificates('some-other-ca');
    const path = join(workDir, 'wrong-ca.kubeconfig');
    await writeFile(path, kubeconfigYaml({ server: sim.url, caPem: other.caPem, token: sim.token }));
    const r = await kubectl(['get', 'nodes'], path);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/x509: certificate signed by unknown authority/);
  });

  it('rejects a wrong bearer token with 401', async () => {
    const path = join(workDir, 'wrong-token.kubeconfig');
    await writeFile(path, kubeconfigYaml({ server: sim.url, caPem: sim.caPem, token: 'not-the-token' }));
    const r = await kubectl(['get', 'nodes'], path);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/must be logged in to the server|Unauthorized/);
  });
});
