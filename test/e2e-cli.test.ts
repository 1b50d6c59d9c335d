import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCertificates, kubeconfigYaml, startSimCluster, type SimCluster } from './support/sim/index.js';
import { BUNDLE, ensureBundle, kubectlAvailable, runProcess, windbg } from './e2e-support.js';

interface FindingJson {
  ruleId: string;
  severity: string;
  target: { kind: string; name: string; namespace?: string; build?: string };
  evidence: { source: string; text: string }[];
  affected?: { count: number; objects: { kind: string; name: string; namespace?: string }[] };
}
interface ReportJson {
  schemaVersion: number;
  target: { kind: string; name: string };
  findings: FindingJson[];
  notes: string[];
  summary: Record<string, number>;
  needsProbe: string[];
  checked: { nodes: number; pods: number };
}

const windowsNodes = ['akswin22-0', 'akswin22-1', 'win19-0', 'win25-0', 'win2004-0'];

let sim: SimCluster;
let env: Record<string, string>;
let dumpDir: string;

function writeTempKubeconfig(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'windbg-e2e-kc-'));
  const path = join(dir, 'kubeconfig');
  writeFileSync(path, yaml, { mode: 0o600 });
  return path;
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function findingKeys(report: ReportJson): string[] {
  return report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.target.kind}/${f.target.namespace ?? ''}/${f.target.name}`).sort();
}

beforeAll(async () => {
  ensureBundle();
  sim = await startSimCluster({ scenario: 'demo' });
  env = { KUBECONFIG: sim.kubeconfigPath, NO_COLOR: '1' };
  // A dump of the same cluster, the way a support engineer would take one.
  dumpDir = mkdtempSync(join(tmpdir(), 'windbg-e2e-dump-'));
  // Asynchronously: the simulated cluster answers from this very process.
  const dump = await runProcess('kubectl', ['get', 'nodes,pods,events,namespaces,leases,services,networkpolicies', '-A', '-o', 'yaml'], env);
  if (dump.code !== 0) throw new Error(`kubectl get failed (is kubectl installed?): ${dump.stderr}`);
  writeFileSync(join(dumpDir, 'cluster.yaml'), dump.stdout);
}, 120_000);

afterAll(async () => {
  await sim?.close();
});

describe('nodes', () => {
  it('lists the Windows nodes in a table, never the Linux node', async () => {
    const run = await windbg(['nodes'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +POOL +READY +WINDOWS +BUILD +KUBELET +RUNTIME +PODS +FINDINGS +AGE$/);
    const legend = lines.findIndex((l) => l.startsWith('PODS = '));
    expect(lines.slice(1, legend).map((l) => l.split(/\s+/)[0]).sort()).toEqual([...windowsNodes].sort());
    expect(lines[legend]).toMatch(/^PODS = unhealthy\/total pods on the node; FINDINGS = errors\/warnings of check's findings that touch the node/);
    expect(lines.slice(legend + 1).find((l) => l.startsWith('POOL '))).toMatch(/^POOL +NODES +FINDINGS +CAUSES$/);
    expect(run.stdout).not.toContain('linux-0');
    expect(run.stdout).toMatch(/\nakswin22-0 +\S+ +True +Server 2022 +10\.0\.20348/);
    expect(run.stdout).toMatch(/\nwin19-0 +\S+ +\S+ +Server 2019 +10\.0\.17763/);
    expect(run.stdout).toMatch(/\nwin2004-0 +\S+ +(False|Unknown) +/);
  });

  it('-o wide adds INTERNAL-IP, KUBE-PROXY, CNI and TAINTS', async () => {
    const run = await windbg(['nodes', '-o', 'wide'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/AGE +INTERNAL-IP +KUBE-PROXY +CNI +TAINTS$/);
  });

  it('-o json has the documented shape', async () => {
    const run = await windbg(['nodes', '-o', 'json'], env);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { schemaVersion: number; nodes: Record<string, unknown>[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.nodes.map((n) => n['name']).sort()).toEqual([...windowsNodes].sort());
    const akswin = doc.nodes.find((n) => n['name'] === 'akswin22-0')!;
    expect(Object.keys(akswin).filter((key) => key !== 'kubeProxyVersion' && key !== 'cni').sort()).toEqual(
      ['build', 'containerRuntime', 'findings', 'kubeletVersion', 'name', 'pods', 'pool', 'ready', 'taints', 'windowsVersion'],
    );
    expect(akswin).toMatchObject({ ready: true, windowsVersion: 'Server 2022' });
    expect(doc.nodes.find((n) => n['name'] === 'win2004-0')).toMatchObject({ ready: false });
  });

  it('-o yaml is the same document', async () => {
    const [json, yaml] = await Promise.all([windbg(['nodes', '-o', 'json'], env), windbg(['nodes', '-o', 'yaml'], env)]);
    const { parse } = await import('yaml');
    expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });
});

describe('node and pod reports', () => {
  it('node win2004-0: header, findings with evidence and fix steps', async () => {
    const run = await windbg(['node', 'win2004-0'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Node win2004-0\n/);
    expect(run.stdout).toMatch(/Windows +Windows Server, version 2004/);
    expect(run.stdout).toMatch(/Build +10\.0\.19041/);
    expect(run.stdout).toMatch(/Ready +(False|Unknown)/);
    expect(run.stdout).toMatch(/Errors \(1\)\n {2}node-services-down /);
    expect(run.stdout).toMatch(/Warnings \(1\)\n {2}unsupported-windows-build /);
    expect(run.stdout).toContain('[node] kernelVersion 10.0.19041.1415');
    expect(run.stdout).toMatch(/Evidence:\n +\[(node|status|event|spec)\] /);
    expect(run.stdout).toMatch(/Fix:\n +1\. /);
    expect(run.stdout).toContain('Could only be checked with --probe:');
  });

  it('node -o json follows the schema and targets the node', async () => {
    const run = await windbg(['node', 'win2004-0', '-o', 'json'], env);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.schemaVersion).toBe(2);
    expect(report.target).toEqual({ kind: 'Node', name: 'win2004-0' });
    const unsupported = report.findings.find((f) => f.ruleId === 'unsupported-windows-build');
    expect(unsupported?.target).toEqual({ kind: 'Node', name: 'win2004-0' });
    expect(unsupported?.evidence.length).toBeGreaterThan(0);
    expect(report.needsProbe.length).toBeGreaterThan(0);
  });

  it('pod report: header and findings of an unhealthy pod', async () => {
    const check = JSON.parse((await windbg(['check', '-o', 'json'], env)).stdout) as ReportJson;
    // Findings sit at their root (node, workload, image); the pods are what they affect.
    const podFinding = check.findings.find((f) => f.target.kind !== 'Node' && f.severity === 'error' && f.affected?.objects[0]?.kind === 'Pod')!;
    expect(podFinding).toBeDefined();
    const { namespace, name } = podFinding.affected!.objects[0]!;
    const run = await windbg(['pod', name, '-n', namespace!], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Pod ${namespace}/${name}\\n`));
    expect(run.stdout).toMatch(/Phase +\S+/);
    expect(run.stdout).toMatch(/Images +\S+/);
    expect(run.stdout).toMatch(/Restarts +\d+/);
    expect(run.stdout).toContain(podFinding.ruleId);
    const json = JSON.parse((await windbg(['pod', name, '-n', namespace!, '-o', 'json'], env)).stdout) as ReportJson;
    expect(json.findings.map((f) => f.ruleId)).toContain(podFinding.ruleId);
    expect(json.findings.every((f) => f.affected?.objects.some((o) => o.kind === 'Pod' && o.name === name))).toBe(true);
  });
});

describe('check', () => {
  it('-o json exits 1 with findings of the expected rules on the expected targets', async () => {
    const run = await windbg(['check', '-o', 'json'], env);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.checked.nodes).toBe(windowsNodes.length);
    expect(report.summary.error).toBeGreaterThan(0);
    const keys = findingKeys(report);
    expect(keys).toEqual(
      expect.arrayContaining([
        'error node-services-down Node//win2004-0',
        'warning unsupported-windows-build Node//win2004-0',
        // One finding per cause at its root: the image on the build it fails on, the node whose pause image is wrong.
        'error image-os-mismatch Image//mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
        'error pause-image-incompatible Node//akswin22-1',
        'error os-selector-missing Deployment/default/nginx',
        'error container-dll-not-found Deployment/batch/legacy-worker',
      ]),
    );
    // The Linux image on a Windows node is a consequence of the missing selector, not a finding of its own.
    expect(report.findings.filter((f) => f.ruleId === 'image-os-mismatch').map((f) => f.target.name)).toEqual(['mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022']);
    expect(report.findings.find((f) => f.ruleId === 'pause-image-incompatible')?.affected).toEqual({
      count: 2,
      objects: [
        { kind: 'Pod', namespace: 'web', name: 'iis-site-6d4b9c7f5-h2v9x' },
        { kind: 'Pod', namespace: 'web', name: 'iis-site-6d4b9c7f5-zq8rd' },
      ],
    });
    const mismatch = report.findings.find((f) => f.ruleId === 'image-os-mismatch')!;
    expect(mismatch.target.build).toBe('10.0.17763');
    expect(mismatch.affected?.objects).toEqual([{ kind: 'Pod', namespace: 'web', name: 'iis-7d9f8c6b5-m4kzt' }]);
    expect(mismatch.evidence.map((e) => e.text).join('\n')).toContain('The container operating system does not match the host operating system');
    for (const f of report.findings) {
      if (f.target.kind === 'Node') expect(windowsNodes).toContain(f.target.name);
    }
  });

  it('--fail-on never exits 0 with the same findings', async () => {
    const run = await windbg(['check', '-o', 'json', '--fail-on', 'never'], env);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ReportJson).findings.length).toBeGreaterThan(0);
  });

  it('table output starts with the summary line', async () => {
    const run = await windbg(['check'], env);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^Checked 5 Windows node\(s\) and \d+ pod\(s\): \d+ error\(s\), \d+ warning\(s\), \d+ info; \d+ cause\(s\) need --probe$/);
  });

  it('-o junit is well-formed XML with one suite per node', async () => {
    const run = await windbg(['check', '-o', 'junit'], env);
    expect(run.code).toBe(1);
    const parsed = spawnSync(
      'python3',
      ['-c', 'import sys, xml.etree.ElementTree as E; r = E.fromstring(sys.stdin.read()); print("\\n".join(s.get("name") for s in r.findall("testsuite")))'],
      { input: run.stdout, encoding: 'utf8' },
    );
    expect(parsed.stderr).toBe('');
    const suites = parsed.stdout.trim().split('\n');
    for (const node of windowsNodes) expect(suites).toContain(node);
    expect(run.stdout).toContain('<testcase name="unsupported-windows-build" classname="win2004-0"');
    expect(run.stdout).toMatch(/<testcase name="image-os-mismatch Image mcr.microsoft.com\/windows\/servercore\/iis:windowsservercore-ltsc2022 on 10.0.17763" classname="Image" time="0">\s*<failure message="[^"]*" type="error">/);
  });

  it('-o github and -o markdown', async () => {
    const gh = await windbg(['check', '-o', 'github'], env);
    expect(gh.stdout).toMatch(/^::error title=image-os-mismatch Image mcr.microsoft.com\/windows\/servercore\/iis%3Awindowsservercore-ltsc2022 on 10.0.17763::Pod web\/iis-7d9f8c6b5-m4kzt /m);
    expect(gh.stdout).toMatch(/^::warning title=unsupported-windows-build Node win2004-0::/m);
    expect(gh.stdout).toMatch(/^::notice title=memory-overcommit /m);
    const md = await windbg(['check', '-o', 'markdown'], env);
    expect(md.stdout).toContain('| Severity | Rule | Target | Message |');
  });

  it('--from on a dump of the same cluster gives the same findings', async () => {
    const [live, offline] = await Promise.all([windbg(['check', '-o', 'json'], env), windbg(['check', '-o', 'json', '--from', dumpDir], {})]);
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(live.code);
    expect(findingKeys(JSON.parse(offline.stdout) as ReportJson)).toEqual(findingKeys(JSON.parse(live.stdout) as ReportJson));
    // Read from the Services kubectl dumped as from the live list.
    expect(findingKeys(JSON.parse(offline.stdout) as ReportJson)).toContain('warning service-session-affinity-windows Service/web/iis');
  });

  it('node report from the dump matches the live one', async () => {
    const [live, offline] = await Promise.all([
      windbg(['node', 'win2004-0', '-o', 'json'], env),
      windbg(['node', 'win2004-0', '-o', 'json', '--from', dumpDir], {}),
    ]);
    expect(findingKeys(JSON.parse(offline.stdout) as ReportJson)).toEqual(findingKeys(JSON.parse(live.stdout) as ReportJson));
  });

  it('pod report from the dump matches the live one', async () => {
    const args = ['pod', 'iis-7d9f8c6b5-m4kzt', '-n', 'web', '-o', 'json'];
    const [live, offline] = await Promise.all([windbg(args, env), windbg([...args, '--from', dumpDir], {})]);
    const liveReport = JSON.parse(live.stdout) as ReportJson;
    expect(findingKeys(liveReport)).toContainEqual(expect.stringContaining('image-os-mismatch'));
    // The advice about the pod's Service is part of the pod's report.
    expect(findingKeys(liveReport)).toContain('warning service-session-affinity-windows Service/web/iis');
    expect(findingKeys(JSON.parse(offline.stdout) as ReportJson)).toEqual(findingKeys(liveReport));
  });
});

describe('remote probes through the CLI', () => {
  const managedPods = () =>
    sim.store.list('Pod').filter((p) => (p as { metadata: { labels?: Record<string, string> } }).metadata.labels?.['app.kubernetes.io/managed-by'] === 'kubectl-windbg');

  it('node --probe adds findings that only the node can show and leaves no probe pod', async () => {
    const [plain, probed] = [
      JSON.parse((await windbg(['node', 'akswin22-1', '-o', 'json'], env)).stdout) as ReportJson,
      JSON.parse((await windbg(['node', 'akswin22-1', '-o', 'json', '--probe'], env)).stdout) as ReportJson,
    ];
    expect(plain.needsProbe).toContain('outbound-nat-exceptionlist');
    expect(probed.needsProbe).not.toContain('outbound-nat-exceptionlist');
    expect(probed.findings).toContainEqual(expect.objectContaining({ ruleId: 'outbound-nat-exceptionlist', target: { kind: 'Node', name: 'akswin22-1' } }));
    expect(plain.findings.some((f) => f.ruleId === 'outbound-nat-exceptionlist')).toBe(false);
    expect(managedPods()).toEqual([]);
  });

  it('check --probe reports a probe pod that cannot start as a finding and still prints the rest', async () => {
    sim.setPodStartFailure(
      { nodeName: 'win25-0', image: /windows-host-process-containers-base-image/ },
      { reason: 'ErrImagePull', message: 'failed to pull and unpack image "mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0": dial tcp 20.61.99.64:443: i/o timeout' },
    );
    let run: Awaited<ReturnType<typeof windbg>>;
    try {
      run = await windbg(['check', '-o', 'json', '--probe', '--probe-timeout', '8s'], env);
    } finally {
      sim.clearPodStartFailures();
    }
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'probe-pod-failed', target: { kind: 'Node', name: 'win25-0' } }));
    expect(report.notes).toContain('node win2004-0 is not Ready; its probe was skipped');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'image-os-mismatch', affected: { count: 1, objects: [{ kind: 'Pod', namespace: 'web', name: 'iis-7d9f8c6b5-m4kzt' }] } }),
    );
    expect(managedPods()).toEqual([]);
  }, 60_000);

  it('node --probe --dry-run prints the manifest and the script and creates nothing', async () => {
    const before = sim.requests.filter((r) => r.method === 'POST').length;
    const run = await windbg(['node', 'akswin22-0', '--probe', '--dry-run', '--probe-namespace', 'windbg-probes'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('hostProcess: true');
    expect(run.stdout).toContain('nodeName: akswin22-0');
    expect(run.stdout).toContain('namespace: windbg-probes');
    expect(sim.requests.filter((r) => r.method === 'POST').length).toBe(before);
  });

  it('cleanup --dry-run lists leftovers, cleanup deletes them', async () => {
    sim.store.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'windbg-probe-x7k2p',
        namespace: 'kube-system',
        labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-probe' },
        creationTimestamp: new Date(Date.now() - 3600_000).toISOString(),
      },
      spec: { nodeName: 'akswin22-0', containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }] },
      status: { phase: 'Running' },
    });
    const dry = await windbg(['cleanup', '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe('Would delete Pod kube-system/windbg-probe-x7k2p\nDaemonSet: 0 found (dry run: nothing deleted)\nPod: 1 found (dry run: nothing deleted)\n');
    expect(managedPods()).toHaveLength(1);
    const real = await windbg(['cleanup'], env);
    expect(real.code).toBe(0);
    expect(real.stdout).toBe('Deleted Pod kube-system/windbg-probe-x7k2p\nDaemonSet: 0 found, 0 deleted, 0 not deleted\nPod: 1 found, 1 deleted, 0 not deleted\n');
    expect(managedPods()).toEqual([]);
    expect((await windbg(['cleanup'], env)).stdout).toBe('Nothing to clean up.\n');
  });
});

describe('the basic scenario', () => {
  it('nodes -o json lists its two Windows nodes and not the Linux one', async () => {
    const basic = await startSimCluster({ scenario: 'basic' });
    try {
      const run = await windbg(['nodes', '-o', 'json'], { KUBECONFIG: basic.kubeconfigPath });
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout) as { nodes: { name: string; windowsVersion: string }[] };
      expect(doc.nodes.map((n) => [n.name, n.windowsVersion]).sort()).toEqual([
        ['akswin22-0', 'Server 2022'],
        ['win19-0', 'Server 2019'],
      ]);
    } finally {
      await basic.close();
    }
  });
});

describe('bad input: one sentence on stderr and the documented exit code', () => {
  async function expectFailure(args: string[], runEnv: Record<string, string>, code: number, pattern: RegExp): Promise<void> {
    const run = await windbg(args, runEnv);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.code).toBe(code);
  }

  it('unknown node (2)', () => expectFailure(['node', 'win-nope-9'], env, 2, /^error: .*win-nope-9/));
  it('Linux node (2)', () => expectFailure(['node', 'linux-0'], env, 2, /^error: .*linux-0/));
  it('unknown flag (2)', () => expectFailure(['nodes', '--colour'], env, 2, /^error: Unknown flag --colour\./));
  it('unknown command (2)', () => expectFailure(['nods'], env, 2, /^error: Unknown command "nods"/));
  it('missing kubeconfig (3)', () => expectFailure(['nodes'], { KUBECONFIG: '/nonexistent/kubeconfig', HOME: '/nonexistent' }, 3, /^error: /));
  it('unknown context (3)', () => expectFailure(['nodes', '--context', 'prod-eu'], env, 3, /^error: .*prod-eu/));

  it('server unreachable (3)', async () => {
    const port = await closedPort();
    const kc = writeTempKubeconfig(kubeconfigYaml({ server: `https://127.0.0.1:${port}`, caPem: sim.caPem, token: sim.token }));
    await expectFailure(['nodes', '--request-timeout', '5s'], { KUBECONFIG: kc }, 3, /^error: /);
  });

  it('wrong CA (3)', async () => {
    const other = await generateCertificates('some-other-ca');
    const kc = writeTempKubeconfig(kubeconfigYaml({ server: sim.url, caPem: other.caPem, token: sim.token }));
    await expectFailure(['nodes'], { KUBECONFIG: kc }, 3, /^error: /);
  });

  it('401 (3)', async () => {
    const kc = writeTempKubeconfig(kubeconfigYaml({ server: sim.url, caPem: sim.caPem, token: 'not-the-token' }));
    await expectFailure(['nodes'], { KUBECONFIG: kc }, 3, /^error: /);
  });

  it('request timeout (3)', async () => {
    sim.faults.push({ path: /\/api\/v1\/nodes/, delayMs: 4000, times: 10 });
    try {
      await expectFailure(['nodes', '--request-timeout', '1s'], env, 3, /^error: /);
    } finally {
      sim.faults.length = 0;
    }
  });
});

describe('plugin discovery through PATH', () => {
  it('real "kubectl windbg nodes" prints the same as running the file directly', async () => {
    if (!kubectlAvailable()) throw new Error('kubectl is not installed; this test needs the real kubectl binary');
    const bin = mkdtempSync(join(tmpdir(), 'windbg-e2e-path-'));
    symlinkSync(BUNDLE, join(bin, 'kubectl-windbg'));
    const pathEnv = { ...env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const [viaKubectl, direct] = await Promise.all([runProcess('kubectl', ['windbg', 'nodes'], pathEnv), windbg(['nodes'], env)]);
    expect(viaKubectl.stderr).toBe('');
    expect(viaKubectl.code).toBe(0);
    expect(viaKubectl.stdout).toBe(direct.stdout);
    const help = await runProcess('kubectl', ['windbg', '--help'], pathEnv);
    expect(help.stdout).toContain('kubectl windbg <command> [flags]');
  });
});
