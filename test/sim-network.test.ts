import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKubeClient } from '../src/kube/client.js';
import type { KubeClient } from '../src/kube/types.js';
import { loadScenario, parseNetworkSettings, SCENARIOS_DIR, startSimCluster, type SimCluster } from './support/sim/index.js';

/** web/aspnet-app-* run servercore on akswin22-0 (kubelet --cluster-dns=10.0.0.10); default/win-webserver runs nanoserver on win25-0. */
const ASPNET = { namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-2xkqp', container: 'aspnet' };
const NANO = { namespace: 'default', pod: 'win-webserver-5c8d7f9b6-fz2mh' };

let sim: SimCluster;
let client: KubeClient;

beforeAll(async () => {
  sim = await startSimCluster({ scenario: 'demo' });
  client = await createKubeClient({ kubeconfig: sim.kubeconfigPath });
});
afterAll(async () => {
  await sim?.close();
});

async function run(target: { namespace: string; pod: string; container?: string }, command: string[]) {
  const pod = (await client.getPod(target.namespace, target.pod))!;
  return client.exec(target.namespace, target.pod, target.container ?? pod.spec!.containers[0]!.name, command, { timeoutMs: 10_000 });
}

describe('network tools in a Windows pod of the simulated cluster', () => {
  it('nslookup answers from the cluster DNS server the node uses, one search suffix', async () => {
    const ok = await run(ASPNET, ['cmd.exe', '/c', 'nslookup', 'kubernetes.default.svc.cluster.local']);
    expect(ok).toEqual({
      stdout: 'Server:  kube-dns.kube-system.svc.cluster.local\r\nAddress:  10.0.0.10\r\n\r\nName:    kubernetes.default.svc.cluster.local\r\nAddress:  10.0.0.1\r\n\r\n',
      stderr: '',
      exitCode: 0,
    });
    const partial = await run(ASPNET, ['nslookup', 'kubernetes.default']);
    expect(partial.stdout).toBe('Server:  kube-dns.kube-system.svc.cluster.local\r\nAddress:  10.0.0.10\r\n\r\n');
    expect(partial.stderr).toBe("*** kube-dns.kube-system.svc.cluster.local can't find kubernetes.default: Non-existent domain\r\n");
    // win19-0's kubelet runs with --cluster-dns=10.96.0.10, so its pods ask that server.
    const onWin19 = await run({ namespace: 'batch', pod: 'invoice-sync-6d5f8b7c9-lr2xw' }, ['cmd', '/c', 'nslookup kubernetes.default.svc.cluster.local']);
    expect(onWin19.stdout).toContain('Address:  10.96.0.10\r\n\r\nName:    kubernetes.default.svc.cluster.local\r\nAddress:  10.96.0.1\r\n');
    const external = await run(ASPNET, ['nslookup', 'mcr.microsoft.com']);
    expect(external.stderr).toBe('Non-authoritative answer:\r\n');
    expect(external.stdout).toContain('Name:    mcr.microsoft.com\r\nAddress:  204.79.197.219\r\n');
  });

  it('nslookup times out the way nslookup.exe says it when DNS is broken on the node', async () => {
    sim.setNodeNetwork('win25-0', { dns: 'timeout' });
    try {
      const r = await run(NANO, ['cmd.exe', '/c', 'nslookup', 'kubernetes.default.svc.cluster.local']);
      expect(r.stdout).toBe(
        'DNS request timed out.\r\n    timeout was 2 seconds.\r\nServer:  UnKnown\r\nAddress:  10.0.0.10\r\n\r\n' +
          'DNS request timed out.\r\n    timeout was 2 seconds.\r\nDNS request timed out.\r\n    timeout was 2 seconds.\r\n',
      );
      expect(r.stderr).toBe('*** Request to UnKnown timed-out\r\n');
      expect(r.exitCode).toBe(1);
      const c = await run(NANO, ['curl.exe', '-k', '-sS', '-o', 'NUL', 'https://kubernetes.default.svc.cluster.local/version']);
      expect(c).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: kubernetes.default.svc.cluster.local\n', exitCode: 6 });
    } finally {
      sim.setNodeNetwork('win25-0', { dns: 'works' });
    }
  });

  it('curl.exe exits 0, 7, 28 or 60 with its own messages', async () => {
    const version = await run(ASPNET, ['curl.exe', '-k', '-sS', `${sim.url}/version`]);
    expect(version.exitCode).toBe(0);
    expect(JSON.parse(version.stdout)).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.2' });
    const untrusted = await run(ASPNET, ['curl.exe', '-sS', 'https://10.0.0.1/version']);
    expect(untrusted.exitCode).toBe(60);
    expect(untrusted.stderr).toContain('curl: (60) schannel: SEC_E_UNTRUSTED_ROOT');
    const plain = await run(ASPNET, ['curl.exe', '-sS', 'http://10.0.0.1:443/']);
    expect(plain).toEqual({ stdout: 'Client sent an HTTP request to an HTTPS server.\n', stderr: '', exitCode: 0 });

    sim.setNodeNetwork('akswin22-1', { clusterIp: 'refused', apiServer: 'timeout' });
    const pod = { namespace: 'web', pod: 'aspnet-on-akswin22-1' };
    sim.store.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: pod.pod, namespace: 'web' },
      spec: { nodeName: 'akswin22-1', containers: [{ name: 'aspnet', image: 'mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022' }] },
      status: { phase: 'Running', podIP: '10.240.2.40', containerStatuses: [{ name: 'aspnet', ready: true, restartCount: 0, state: { running: { startedAt: '2025-06-03T09:00:00Z' } } }] },
    });
    const refused = await run(pod, ['curl.exe', '-k', '-sS', '-o', 'NUL', 'https://10.0.0.1:443/version']);
    expect(refused).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to 10.0.0.1 port 443 after 2 ms: Couldn't connect to server\n", exitCode: 7 });
    const timedOut = await run(pod, ['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', `${sim.url}/version`]);
    expect(timedOut).toEqual({ stdout: '', stderr: 'curl: (28) Connection timed out after 5001 milliseconds\n', exitCode: 28 });
    const silent = await run(pod, ['curl.exe', '-s', 'https://10.0.0.1/']);
    expect(silent).toEqual({ stdout: '', stderr: '', exitCode: 7 });
  });

  it('ping leaves the cluster only when ICMP is allowed (it is not, by default)', async () => {
    const blocked = await run(ASPNET, ['cmd.exe', '/c', 'ping', '-n', '2', '8.8.8.8']);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout).toBe(
      '\r\nPinging 8.8.8.8 with 32 bytes of data:\r\nRequest timed out.\r\nRequest timed out.\r\n\r\nPing statistics for 8.8.8.8:\r\n    Packets: Sent = 2, Received = 0, Lost = 2 (100% loss),\r\n',
    );
    sim.setNodeNetwork('akswin22-0', { icmpExternal: 'works' });
    try {
      const allowed = await run(ASPNET, ['cmd.exe', '/c', 'ping', '-n', '2', '8.8.8.8']);
      expect(allowed.exitCode).toBe(0);
      expect(allowed.stdout).toContain('Reply from 8.8.8.8: bytes=32 time=1ms TTL=117\r\n');
    } finally {
      sim.setNodeNetwork('akswin22-0', { icmpExternal: 'fails' });
    }
  });

  it('Resolve-DnsName and Test-NetConnection print what PowerShell formats', async () => {
    const ok = await run(ASPNET, ['powershell', '-Command', 'Resolve-DnsName kubernetes.default.svc.cluster.local']);
    expect(ok.stdout).toContain('kubernetes.default.svc.cluster.local           A      5     Answer     10.0.0.1');
    const missing = await run(ASPNET, ['powershell', '-Command', 'Resolve-DnsName kubernetes.default']);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('Resolve-DnsName : kubernetes.default : DNS name does not exist');
    expect(missing.stderr).toContain('FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName');
    const tcp = await run(ASPNET, ['powershell.exe', '-NoProfile', '-Command', 'Test-NetConnection 10.0.0.1 -Port 443']);
    expect(tcp.stdout).toContain('RemotePort       : 443\r\n');
    expect(tcp.stdout).toContain('SourceAddress    : 10.240.1.11\r\n');
    expect(tcp.stdout).toContain('TcpTestSucceeded : True\r\n');
    const icmp = await run(ASPNET, ['powershell.exe', '-Command', 'Test-NetConnection 8.8.8.8']);
    expect(icmp.stdout).toContain('WARNING: Ping to 8.8.8.8 failed with status: TimedOut');
    expect(icmp.stdout).toContain('PingSucceeded          : False');
  });

  it('a nanoserver container has no powershell.exe: the exec itself fails as containerd reports it', async () => {
    await expect(run(NANO, ['powershell.exe', '-Command', 'Resolve-DnsName kubernetes.default.svc.cluster.local'])).rejects.toThrow(
      /hcs::System::CreateProcess \w+: The system cannot find the file specified/,
    );
    expect(await run(NANO, ['cmd.exe', '/c', 'echo', 'windbg'])).toEqual({ stdout: 'windbg\r\n', stderr: '', exitCode: 0 });
  });

  it('records every exec with its stdin', () => {
    expect(sim.execs.length).toBeGreaterThan(10);
    expect(sim.execs[0]).toMatchObject({ namespace: 'web', pod: ASPNET.pod, container: 'aspnet', nodeName: 'akswin22-0', stdin: '' });
  });
});

describe('DaemonSet probe pods', () => {
  it('log the node probe output followed by the done marker their command prints', async () => {
    const { probeDaemonSetManifest, DEFAULT_PROBE_NAMESPACE } = await import('../src/probes/manifests.js');
    const manifest = probeDaemonSetManifest(['win19-0'], {});
    const created = await client.createDaemonSet(DEFAULT_PROBE_NAMESPACE, { ...manifest, metadata: { ...manifest.metadata, name: 'windbg-probe-logs' } });
    try {
      let podName: string | undefined;
      for (let i = 0; i < 100 && !podName; i++) {
        for await (const page of client.listPods({ namespace: 'kube-system', labelSelector: 'app.kubernetes.io/name=windbg-probe' })) {
          podName = page.find((p) => p.status?.phase === 'Running' && p.metadata.ownerReferences?.[0]?.uid === created.metadata.uid)?.metadata.name;
        }
        if (!podName) await new Promise((r) => setTimeout(r, 50));
      }
      const logs = await client.podLogs('kube-system', podName!, 'probe');
      const probe = readFileSync(join(SCENARIOS_DIR, 'demo', 'probe-outputs', 'win19-0.json'), 'utf8');
      expect(logs.startsWith(probe.trimEnd())).toBe(true);
      expect(logs.endsWith('#windbg-probe-done\r\n')).toBe(true);
    } finally {
      await client.deleteDaemonSet('kube-system', created.metadata.name);
    }
  });
});

describe('scenario.yaml network settings', () => {
  it('the demo scenario is healthy everywhere except ICMP leaving the cluster', () => {
    const { network } = loadScenario('demo');
    expect(network.default).toEqual({ dns: 'works', clusterIp: 'works', apiServer: 'works', external: 'works', icmpExternal: 'fails', clusterIpFromHost: 'works' });
    expect(network.nodes).toEqual({});
    expect(network.hosts).toEqual({ 'mcr.microsoft.com': '204.79.197.219' });
  });

  it('reads per-node behaviours, with "fails" meaning a timeout, and rejects unknown values', () => {
    const settings = parseNetworkSettings({ nodes: { 'akswin22-0': { dns: 'fails', apiServer: 'refused' } }, apiServerHost: 'Demo-DNS.hcp.westeurope.azmk8s.io' });
    expect(settings.nodes['akswin22-0']).toEqual({ dns: 'timeout', apiServer: 'refused' });
    expect(settings.apiServerHost).toBe('demo-dns.hcp.westeurope.azmk8s.io');
    expect(() => parseNetworkSettings({ default: { dns: 'sometimes' } })).toThrow('scenario.yaml network.default.dns: "sometimes" is not one of works, timeout, servfail, fails');
    expect(() => parseNetworkSettings({ nodes: { x: { udp: 'works' } } })).toThrow('unknown behaviour "udp"');
  });

  it('a scenario folder can break DNS on one node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windbg-scenario-'));
    try {
      cpSync(join(SCENARIOS_DIR, 'basic'), dir, { recursive: true });
      writeFileSync(join(dir, 'scenario.yaml'), `${readFileSync(join(dir, 'scenario.yaml'), 'utf8')}network:\n  nodes:\n    win19-0: { dns: servfail }\n`);
      const broken = await startSimCluster({ scenario: dir });
      try {
        const c = await createKubeClient({ kubeconfig: broken.kubeconfigPath });
        const pods: { namespace: string; name: string; node: string; container: string }[] = [];
        for await (const page of c.listPods({})) {
          for (const p of page) {
            if (p.status?.phase === 'Running' && p.spec?.nodeName && p.spec.nodeName !== 'linux-0') pods.push({ namespace: p.metadata.namespace!, name: p.metadata.name, node: p.spec.nodeName, container: p.spec.containers[0]!.name });
          }
        }
        const on = (node: string) => pods.find((p) => p.node === node)!;
        const failing = await c.exec(on('win19-0').namespace, on('win19-0').name, on('win19-0').container, ['nslookup', 'kubernetes.default.svc.cluster.local']);
        expect(failing.stderr).toBe("*** kube-dns.kube-system.svc.cluster.local can't find kubernetes.default.svc.cluster.local: Server failed\r\n");
        const fine = await c.exec(on('akswin22-0').namespace, on('akswin22-0').name, on('akswin22-0').container, ['nslookup', 'kubernetes.default.svc.cluster.local']);
        expect(fine.exitCode).toBe(0);
      } finally {
        await broken.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
