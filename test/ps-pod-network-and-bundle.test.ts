/**
 * The pod-network probe and the state bundle run by real PowerShell (pwsh) as the product runs
 * them: the pod-network script on stdin after its $env: prelude, the bundle from WINDBG_SCRIPT in
 * the probe pod's env through the streamed exec's command. Windows commands are stubbed
 * (test/ps/windows-stubs.ps1); the outputs go through the product's decoders.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BundleDecoder } from '../src/probes/bundle.js';
import { parsePodNetworkOutput } from '../src/probes/parse-pod-network.js';
import { envPrelude, podNetworkEnv } from '../src/probes/pod-network.js';
import { powershellEnvScriptCommand, powershellStdinCommand, scriptStdin } from '../src/probes/bootstrap.js';
import { probePodManifest } from '../src/probes/manifests.js';
import bundleScript from '../src/probes/scripts/collect-bundle.ps1';
import podNetworkScript from '../src/probes/scripts/pod-network-probe.ps1';
import { findPwsh, PWSH_MISSING_MESSAGE, runWithPwsh, type Scenario } from './support/pwsh.js';
import { registerMissingTools } from './support/pwsh-tests.js';
import { aksNode, NETSH_DYNAMIC } from './support/windows-node.js';

const pwsh = findPwsh();
vi.setConfig({ testTimeout: 180_000 });

const POD = { namespace: 'shop', name: 'web-7d9c8-x2kq' };

function podScenario(): Scenario {
  return {
    dns: { 'kubernetes.default.svc.cluster.local': ['10.0.0.1'] },
    dnsSuffixes: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
  };
}

if (!pwsh) {
  registerMissingTools('pod-network probe and bundle under PowerShell', PWSH_MISSING_MESSAGE);
} else {
  describe.concurrent('pod-network probe under pwsh', () => {
    let open: Server;
    let openPort = 0;
    let closedPort = 0;
    beforeAll(async () => {
      open = createServer((socket) => socket.end());
      await new Promise<void>((resolve) => open.listen(0, '127.0.0.1', resolve));
      openPort = (open.address() as { port: number }).port;
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      closedPort = (probe.address() as { port: number }).port;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
    });
    afterAll(() => open.close());

    async function run(scenario: Scenario) {
      const env = podNetworkEnv({ dnsFqdn: 'kubernetes.default.svc.cluster.local', dnsPartial: 'kubernetes.default', clusterIp: `127.0.0.1:${openPort}`, apiServer: `127.0.0.1:${closedPort}` });
      return runWithPwsh(pwsh!, { command: powershellStdinCommand(), stdin: scriptStdin(podNetworkScript, envPrelude(env)), scenario });
    }

    it('reports name resolution and TCP reachability from the targets given in the prelude', async () => {
      const r = await run(podScenario());
      expect(r.exitCode).toBe(0);
      const facts = parsePodNetworkOutput(r.stdout, POD, 'pod');
      expect(facts.errors).toEqual([]);
      expect(facts.dnsFqdn).toEqual({ target: 'kubernetes.default.svc.cluster.local', ok: true, detail: '10.0.0.1' });
      expect(facts.dnsPartial).toMatchObject({ target: 'kubernetes.default', ok: false });
      expect(facts.tcpClusterIp).toEqual({ target: `127.0.0.1:${openPort}`, ok: true, detail: 'connected' });
      expect(facts.tcpApiServer).toMatchObject({ target: `127.0.0.1:${closedPort}`, ok: false });
    });

    it('one failing probe is listed and the others are still reported; non-ASCII text stays intact', async () => {
      const scenario = { ...podScenario(), consoleCodePage: 932, fail: { 'Get-DnsClientGlobalSetting': 'DNS クライアント サービスが応答しません' } };
      const r = await run(scenario);
      expect([...r.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      const facts = parsePodNetworkOutput(r.stdout, POD, 'pod');
      expect(facts.errors).toEqual([{ probe: 'dnsSuffixes', message: 'DNS クライアント サービスが応答しません' }]);
      expect(facts.dnsFqdn?.ok).toBe(true);
      expect(facts.tcpClusterIp?.ok).toBe(true);
    });
  });

  describe('state bundle under pwsh', () => {
    function bundleScenario(): Scenario {
      const scenario = aksNode();
      scenario.files = {
        ...scenario.files,
        'C:\\k\\kubelet.log': 'I1206 10:00:01.000000 4312 server.go:1] kubelet started\r\n',
        'C:\\k\\kubelet.err.log': 'E1206 10:00:02.000000 4312 pod_workers.go:1] Error syncing pod: HNS failed with error : Élément introuvable.\r\n',
        'C:\\k\\readme.txt': 'not a log of a node service',
        'C:\\var\\log\\containerd\\containerd.log': 'time="2026-12-06T10:00:00Z" level=info msg="starting containerd"\n',
      };
      scenario.eventLogs = {
        System: [{ TimeCreated: '2026-12-06T09:58:00Z', Id: 7036, LevelDisplayName: 'Information', ProviderName: 'Service Control Manager', Message: 'The kubeproxy service entered the running state.' }],
      };
      scenario.hnsApi = { '/networks/': { Success: true, Output: scenario.hnsModule!.networks } };
      scenario.natives = {
        'hnsdiag.exe': { 'list all': { stdout: 'Networks:\r\nName  ID\r\nazure A1D8C1E2\r\n', stderr: 'hnsdiag: the endpoints query failed\r\n', exitCode: 2 } },
        'ipconfig.exe': { '/all': { stdout: '\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : akswin22-0\r\n' } },
        'route.exe': { print: { stdout: 'IPv4 Route Table\r\n' } },
        'netsh.exe': { 'int ipv4 show dynamicport tcp': { stdout: NETSH_DYNAMIC }, 'int ipv4 show excludedportrange protocol=tcp': { stdout: 'Protocol tcp Port Exclusion Ranges\r\n' } },
      };
      return scenario;
    }

    it('streams every log, event log, HNS and network file, listing what it could not read', async () => {
      const manifest = probePodManifest('akswin22-0', { script: bundleScript });
      const env: Record<string, string> = {};
      for (const e of manifest.spec!.containers[0]!.env as { name: string; value?: string }[]) if (e.value !== undefined) env[e.name] = e.value;
      const r = await runWithPwsh(pwsh, { command: powershellEnvScriptCommand(), env, scenario: bundleScenario() });
      expect(r.exitCode).toBe(0);
      expect([...r.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      const files = new Map<string, string>();
      const decoder = new BundleDecoder((entry) => files.set(entry.path, entry.content.toString('utf8')));
      decoder.push(r.stdoutBytes);
      decoder.end();
      expect(decoder.error).toBeUndefined();
      expect(decoder.complete).toBe(true);
      expect([...files.keys()].sort()).toEqual([
        'bundle-problems.txt',
        'events/Application.txt',
        'events/Microsoft-Windows-Host-Network-Service-Admin.txt',
        'events/Microsoft-Windows-Host-Network-Service-Operational.txt',
        'events/Microsoft-Windows-Hyper-V-Compute-Admin.txt',
        'events/Microsoft-Windows-Hyper-V-Compute-Operational.txt',
        'events/System.txt',
        'hns/hnsdiag-list-all.txt',
        'hns/networks.json',
        'logs/k/kubelet.err.log',
        'logs/k/kubelet.log',
        'logs/var/log/containerd/containerd.log',
        'network/dynamicport-tcp.txt',
        'network/excludedportrange-tcp.txt',
        'network/ipconfig-all.txt',
        'network/route-print.txt',
      ]);
      expect(files.get('logs/k/kubelet.err.log')).toContain('Élément introuvable');
      expect(files.get('events/System.txt')).toContain('The kubeproxy service entered the running state.');
      expect(files.get('events/Application.txt')).toBe('no events in the period');
      expect(files.get('hns/hnsdiag-list-all.txt')).toBe('Networks:\r\nName  ID\r\nazure A1D8C1E2\r\n\r\n[stderr]\r\nhnsdiag: the endpoints query failed\r\n\r\n[exit code 2]');
      expect(files.get('network/dynamicport-tcp.txt')).toBe(NETSH_DYNAMIC);
      expect(files.get('bundle-problems.txt')!.split('\r\n').map((line) => line.split(':')[0])).toEqual(['hns endpoints', 'hns policylists']);
    });
  });
}
