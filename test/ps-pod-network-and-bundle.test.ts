/**
 * The pod-network probe and the state bundle run by real PowerShell (pwsh) as the product runs
 * them: the pod-network script on stdin after its $env: prelude, the bundle from WINDBG_SCRIPT in
 * the probe pod's env through the streamed exec's command. Windows commands are stubbed
 * (test/ps/windows-stubs.ps1); the outputs go through the product's decoders.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BundleDecoder } from '../src/probes/bundle.js';
import { parsePodNetworkOutput } from '../src/probes/parse-pod-network.js';
import { envPrelude, podNetworkEnv, podNetworkProbePodManifest } from '../src/probes/pod-network.js';
import { powershellEnvScriptCommand, powershellStdinCommand, scriptStdin } from '../src/probes/bootstrap.js';
import { probePodManifest } from '../src/probes/manifests.js';
import bundleScript from '../src/probes/scripts/collect-bundle.ps1';
import podNetworkScript from '../src/probes/scripts/pod-network-probe.ps1';
import { diagnose } from '../src/engine/diagnose.js';
import { renderText } from '../src/report/localize.js';
import { fixtureNow, fixtureSnapshot } from './rules/rule-tester.js';
import { isolatedProbes, powershellParser, withInjectedFailure } from './support/ps-parse.js';
import { findPwsh, PWSH_MISSING_MESSAGE, runBatchWithPwsh, runWithPwsh, type Scenario, type ScriptRun } from './support/pwsh.js';
import { registerMissingTools } from './support/pwsh-tests.js';
import { aksNode, NETSH_DYNAMIC } from './support/windows-node.js';

function iconv(text: string, codePage: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', codePage], { input: text });
}

const pwsh = findPwsh();
vi.setConfig({ testTimeout: 180_000 });

const POD = { namespace: 'shop', name: 'web-7d9c8-x2kq' };
/** A Windows pod of test/fixtures/rules/image-spec-mismatch.yaml. */
const WINDOWS_POD = { namespace: 'web', name: 'report-ok-6b7c8d9e0f-klmno' };

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

    /** Every target set: DNS names, the ClusterIP (open), the API server (closed), an external address (open, answering pings). */
    const targets = () => ({
      dnsFqdn: 'kubernetes.default.svc.cluster.local',
      dnsPartial: 'kubernetes.default',
      clusterIp: `127.0.0.1:${openPort}`,
      apiServer: `127.0.0.1:${closedPort}`,
      externalIp: '127.0.0.1',
      externalPort: openPort,
    });

    /** The exec into the pod: the stdin bootstrap, the targets in a prelude in front of the script. */
    async function run(scenario: Scenario, script = podNetworkScript) {
      return runWithPwsh(pwsh!, { command: powershellStdinCommand(), stdin: scriptStdin(script, envPrelude(podNetworkEnv(targets()))), scenario });
    }

    it('reports name resolution, TCP and ICMP reachability from the targets given in the prelude, and the finding they lead to', async () => {
      const r = await run({ ...podScenario(), pingReplies: { '127.0.0.1': 2 } });
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      const facts = parsePodNetworkOutput(r.stdout, POD, 'pod');
      expect(facts.errors).toEqual([]);
      expect(facts.dnsSuffixes).toEqual(['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local']);
      expect(facts.dnsFqdn).toEqual({ target: 'kubernetes.default.svc.cluster.local', ok: true, detail: '10.0.0.1' });
      expect(facts.dnsPartial).toEqual({ target: 'kubernetes.default', ok: false, detail: 'kubernetes.default : DNS name does not exist' });
      expect(facts.tcpClusterIp).toEqual({ target: `127.0.0.1:${openPort}`, ok: true, detail: 'connected' });
      expect(facts.tcpApiServer).toMatchObject({ target: `127.0.0.1:${closedPort}`, ok: false });
      expect(facts.tcpExternal).toEqual({ target: `127.0.0.1:${openPort}`, ok: true, detail: 'connected' });
      expect(facts.icmpExternal).toEqual({ target: '127.0.0.1', ok: true, detail: '2 of 2 replies' });
      // The same facts for a Windows pod of the cluster: its partially qualified name does not resolve.
      const key = `${WINDOWS_POD.namespace}/${WINDOWS_POD.name}`;
      const findings = diagnose({ snapshot: fixtureSnapshot(['image-spec-mismatch.yaml']), podFacts: new Map([[key, { ...facts, pod: WINDOWS_POD }]]), now: fixtureNow }).findings;
      const finding = findings.find((f) => f.ruleId === 'dns-suffix-limitations');
      expect(finding?.target).toMatchObject({ kind: 'Pod', namespace: WINDOWS_POD.namespace, name: WINDOWS_POD.name });
      expect(finding?.evidence.map((e) => renderText(e.text, 'en')).join('\n')).toMatch(/kubernetes\.default does not resolve.*DNS name does not exist/);
    });

    it('an address that answers no ping is "no reply", as 5.1 reports lost echo requests (errors, no objects)', async () => {
      const facts = parsePodNetworkOutput((await run({ ...podScenario(), pingReplies: { '127.0.0.1': 0 } })).stdout, POD, 'pod');
      expect(facts.errors).toEqual([]);
      expect(facts.icmpExternal).toEqual({ target: '127.0.0.1', ok: false, detail: 'no reply' });
      expect(facts.tcpExternal?.ok).toBe(true);
    });

    it('without the DnsClient module the suffixes are listed as failed and the names as not resolved; TCP and ICMP still tested', async () => {
      const r = await run({ ...podScenario(), pingReplies: { '127.0.0.1': 1 }, missingCommands: ['Get-DnsClientGlobalSetting', 'Resolve-DnsName'] });
      const facts = parsePodNetworkOutput(r.stdout, POD, 'pod');
      expect(facts.errors.map((e) => e.probe)).toEqual(['dnsSuffixes']);
      expect(facts.errors[0]!.message).toMatch(/Get-DnsClientGlobalSetting/);
      expect(facts.dnsFqdn).toMatchObject({ target: 'kubernetes.default.svc.cluster.local', ok: false });
      expect(facts.dnsFqdn?.detail).toMatch(/Resolve-DnsName/);
      expect(facts.tcpClusterIp?.ok).toBe(true);
      expect(facts.icmpExternal).toEqual({ target: '127.0.0.1', ok: true, detail: '1 of 2 replies' });
    });

    // Every probe the script isolates in a try/catch (read from its parse tree) fails alone here:
    // dnsSuffixes through its cmdlet, the others through a throw written into their try block
    // (their commands report a failed test as a result, not as an error).
    const failures: Record<string, { scenario?: Partial<Scenario>; message: RegExp }> = {
      dnsSuffixes: { scenario: { fail: { 'Get-DnsClientGlobalSetting': 'DNS クライアント サービスが応答しません' } }, message: /^DNS クライアント サービスが応答しません$/ },
      dnsFqdn: { message: /injected failure of dnsFqdn/ },
      dnsPartial: { message: /injected failure of dnsPartial/ },
      tcpClusterIp: { message: /injected failure of tcpClusterIp/ },
      tcpApiServer: { message: /injected failure of tcpApiServer/ },
      tcpExternal: { message: /injected failure of tcpExternal/ },
      icmpExternal: { message: /injected failure of icmpExternal/ },
    };
    const sections = ['dnsSuffixes', 'dnsFqdn', 'dnsPartial', 'tcpClusterIp', 'tcpApiServer', 'tcpExternal', 'icmpExternal'];
    const probes = powershellParser().then((p) => isolatedProbes(p, podNetworkScript));
    // All cases in one pwsh process, a fresh runspace each (runBatchWithPwsh).
    let failed: Promise<Map<string, ScriptRun>>;
    beforeAll(async () => {
      failed = probes.then(async (found) => {
        const names = Object.keys(failures);
        const items = names.map((name) => {
          const c = failures[name]!;
          const script = c.scenario ? podNetworkScript : withInjectedFailure(podNetworkScript, found.find((p) => p.name === name)!);
          return { stdin: scriptStdin(script, envPrelude(podNetworkEnv(targets()))), scenario: { ...podScenario(), pingReplies: { '127.0.0.1': 1 }, ...c.scenario } };
        });
        const runs = await runBatchWithPwsh(pwsh!, { command: powershellStdinCommand(), items });
        return new Map(names.map((name, i) => [name, runs[i]!]));
      });
      await failed;
    }, 300_000);

    it('has a failure case for every probe of the script', async () => {
      expect(Object.keys(failures).sort()).toEqual((await probes).map((p) => p.name).sort());
    });

    for (const [name, c] of Object.entries(failures)) {
      it(`${name}: listed in errors, every other result still reported${c.scenario ? '' : ' (failure written into the script)'}`, async () => {
        const r = (await failed).get(name)!;
        expect([...r.stdoutBytes].every((b) => b < 0x80)).toBe(true);
        const doc = JSON.parse(r.stdout) as Record<string, unknown>;
        expect(sections.filter((k) => doc[k] !== undefined)).toEqual(sections.filter((k) => k !== name));
        const facts = parsePodNetworkOutput(r.stdout, POD, 'pod');
        expect(facts.errors.map((e) => e.probe)).toEqual([name]);
        expect(facts.errors[0]!.message).toMatch(c.message);
      });
    }

    it('from the probe pod beside it (sidecar): targets in the pod env, script on stdin; one suffix, German text and code page 850', async () => {
      const env: Record<string, string> = {};
      const manifest = podNetworkProbePodManifest(
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: POD.name, namespace: POD.namespace }, spec: { nodeName: 'akswin22-0', containers: [] } },
        'akswin22-0',
        'mcr.microsoft.com/windows/servercore:ltsc2022',
        podNetworkEnv({ ...targets(), externalIp: undefined, externalPort: undefined }),
      );
      for (const e of manifest.spec!.containers[0]!.env as { name: string; value: string }[]) env[e.name] = e.value;
      const scenario: Scenario = {
        consoleCodePage: 850,
        dns: { 'kubernetes.default.svc.cluster.local': ['10.0.0.1'] },
        dnsSuffixes: ['shop.svc.cluster.local'],
        fail: { 'Resolve-DnsName': 'kubernetes.default : DNS-Name ist nicht vorhanden (Größe 0)' },
      };
      const r = await runWithPwsh(pwsh!, { command: powershellStdinCommand(), stdin: scriptStdin(podNetworkScript), env, scenario });
      expect([...r.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      expect((JSON.parse(r.stdout) as { dnsSuffixes: unknown }).dnsSuffixes).toEqual(['shop.svc.cluster.local']);
      const facts = parsePodNetworkOutput(r.stdout, POD, 'sidecar-pod');
      expect(facts.errors).toEqual([]);
      expect(facts.dnsSuffixes).toEqual(['shop.svc.cluster.local']);
      expect(facts.dnsFqdn).toEqual({ target: 'kubernetes.default.svc.cluster.local', ok: false, detail: 'kubernetes.default : DNS-Name ist nicht vorhanden (Größe 0)' });
      expect(facts.tcpClusterIp?.ok).toBe(true);
      expect(facts.tcpExternal).toBeUndefined();
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

  describe.concurrent('state bundle under pwsh: each part failing alone', () => {
    const EVENT_LOGS = [
      'Application',
      'System',
      'Microsoft-Windows-Hyper-V-Compute-Operational',
      'Microsoft-Windows-Hyper-V-Compute-Admin',
      'Microsoft-Windows-Host-Network-Service-Admin',
      'Microsoft-Windows-Host-Network-Service-Operational',
    ];

    /** A node where every part of the bundle can be read; Japanese text in code page 932 from its tools and event log. */
    function healthyNode(): Scenario {
      const scenario = aksNode();
      scenario.consoleCodePage = 932;
      scenario.files = {
        'C:\\k\\kubelet.log': 'I1206 10:00:01.000000 4312 server.go:1] kubelet started\r\n',
        'C:\\k\\kubeproxy.err.log': 'E1206 10:00:02.000000 4388 proxier.go:1] Policy creation failed: HNS failed with error : 要素が見つかりません。\r\n',
        'C:\\var\\log\\containerd\\containerd.log': 'time="2026-12-06T10:00:00Z" level=info msg="starting containerd"\n',
      };
      scenario.eventLogs = {
        System: [{ TimeCreated: '2026-12-06T09:58:00Z', Id: 7036, LevelDisplayName: '情報', ProviderName: 'Service Control Manager', Message: 'kubeproxy サービスは 実行中 状態に移行しました。' }],
      };
      scenario.hnsApi = {
        '/networks/': { Success: true, Output: scenario.hnsModule!.networks },
        '/endpoints/': { Success: true, Output: scenario.hnsModule!.endpoints },
        '/policylists/': { Success: true, Output: [] },
      };
      scenario.natives = {
        'hnsdiag.exe': { 'list all': { stdout: 'Networks:\r\nName  ID\r\nazure A1D8C1E2\r\n' } },
        'ipconfig.exe': { '/all': { stdoutBytes: iconv('\r\nWindows IP 構成\r\n\r\n   ホスト名 . . . . . . . . . . . . : akswin22-0\r\n', 'CP932') } },
        'route.exe': { print: { stdout: 'IPv4 Route Table\r\n' } },
        'netsh.exe': { 'int ipv4 show dynamicport tcp': { stdout: NETSH_DYNAMIC }, 'int ipv4 show excludedportrange protocol=tcp': { stdout: 'Protocol tcp Port Exclusion Ranges\r\n' } },
      };
      return scenario;
    }

    /** The env of the bundle's probe pod (WINDBG_SCRIPT holds the compacted script). */
    function podEnv(script: string): Record<string, string> {
      const env: Record<string, string> = {};
      for (const e of probePodManifest('akswin22-0', { script }).spec!.containers[0]!.env as { name: string; value?: string }[]) if (e.value !== undefined) env[e.name] = e.value;
      return env;
    }

    /** The stream as the product decodes it. */
    function decode(r: ScriptRun) {
      expect(r.exitCode).toBe(0);
      expect([...r.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      const files = new Map<string, Buffer>();
      const decoder = new BundleDecoder((entry) => files.set(entry.path, entry.content));
      decoder.push(r.stdoutBytes);
      decoder.end();
      expect(decoder.error).toBeUndefined();
      expect(decoder.complete).toBe(true);
      const problems = (files.get('bundle-problems.txt') ?? Buffer.alloc(0)).toString('utf8').split('\r\n').filter((l) => l !== '');
      return { files, problems };
    }

    /** The streamed exec of the bundle: WINDBG_SCRIPT from the probe pod's env, decoded by the product. */
    async function collect(scenario: Scenario, script = bundleScript) {
      return decode(await runWithPwsh(pwsh!, { command: powershellEnvScriptCommand(), env: podEnv(script), scenario }));
    }

    let healthy: ReturnType<typeof collect>;
    let healthyFiles: string[] = [];
    beforeAll(async () => {
      healthy = collect(healthyNode());
      healthyFiles = [...(await healthy).files.keys()].sort();
    }, 180_000);

    it('a node where everything can be read: every part, Japanese text from a code-page-932 tool and event log intact', async () => {
      const { files, problems } = await healthy;
      expect(problems).toEqual([]);
      expect([...files.keys()].sort()).toEqual([
        'bundle-problems.txt',
        ...EVENT_LOGS.map((l) => `events/${l}.txt`).sort(),
        'hns/endpoints.json',
        'hns/hnsdiag-list-all.txt',
        'hns/networks.json',
        'hns/policylists.json',
        'logs/k/kubelet.log',
        'logs/k/kubeproxy.err.log',
        'logs/var/log/containerd/containerd.log',
        'network/dynamicport-tcp.txt',
        'network/excludedportrange-tcp.txt',
        'network/ipconfig-all.txt',
        'network/route-print.txt',
      ].sort());
      expect(files.get('network/ipconfig-all.txt')!.toString('utf8')).toContain('ホスト名 . . . . . . . . . . . . : akswin22-0');
      expect(files.get('events/System.txt')!.toString('utf8')).toContain('kubeproxy サービスは 実行中 状態に移行しました。');
      expect(files.get('logs/k/kubeproxy.err.log')!.toString('utf8')).toContain('要素が見つかりません。');
      expect(JSON.parse(files.get('hns/endpoints.json')!.toString('utf8')).Output).toHaveLength(2);
    });

    interface PartCase {
      /** The expression the script's catch block names the part with. */
      site: string;
      name: string;
      /** What fails on the stand-in Windows; none: a throw written into the part's try block. */
      change?: (s: Scenario) => void;
      message: RegExp;
      lost: string[];
    }
    const cases: PartCase[] = [
      { site: '$root', name: 'C:\\k', message: /injected failure/, lost: ['logs/k/kubelet.log', 'logs/k/kubeproxy.err.log'] },
      { site: '$root', name: 'C:\\var\\log', message: /injected failure/, lost: ['logs/var/log/containerd/containerd.log'] },
      {
        site: '$file.FullName',
        name: 'C:\\k\\kubelet.log',
        change: (s) => (s.fail = { 'Open C:\\k\\kubelet.log': 'The process cannot access the file because it is being used by another process.' }),
        message: /being used by another process/,
        lost: ['logs/k/kubelet.log'],
      },
      ...EVENT_LOGS.map((log) => ({
        site: '$log',
        name: log,
        change: (s: Scenario) => (s.fail = { [`Get-WinEvent ${log}`]: 'The specified channel could not be found. Check channel configuration.' }),
        message: /specified channel could not be found/,
        lost: [`events/${log}.txt`],
      })),
      ...['networks', 'endpoints', 'policylists'].map((part) => ({
        site: "('hns ' + $item[0])",
        name: `hns ${part}`,
        change: (s: Scenario) => delete s.hnsApi![`/${part}/`],
        message: /vmcompute\.dll/,
        lost: [`hns/${part}.json`],
      })),
      { site: "'hnsdiag'", name: 'hnsdiag', change: (s) => (s.missingTools = ['hnsdiag.exe']), message: /hnsdiag\.exe is not on this node/, lost: ['hns/hnsdiag-list-all.txt'] },
      { site: '$item[0]', name: 'network/ipconfig-all.txt', change: (s) => (s.missingTools = ['ipconfig.exe']), message: /ipconfig\.exe is not on this node/, lost: ['network/ipconfig-all.txt'] },
      { site: '$item[0]', name: 'network/route-print.txt', change: (s) => (s.missingTools = ['route.exe']), message: /route\.exe is not on this node/, lost: ['network/route-print.txt'] },
      { site: '$item[0]', name: 'network/dynamicport-tcp.txt', message: /injected failure/, lost: ['network/dynamicport-tcp.txt'] },
      { site: '$item[0]', name: 'network/excludedportrange-tcp.txt', message: /injected failure/, lost: ['network/excludedportrange-tcp.txt'] },
    ];
    const sites = powershellParser().then((p) => isolatedProbes(p, bundleScript, 'Add-Problem'));

    it('has a case for every part the script isolates, and for every item of its lists', async () => {
      const found = await sites;
      expect([...new Set(cases.map((c) => c.site))].sort()).toEqual([...new Set(found.map((p) => p.nameExpression))].sort());
      for (const c of cases.filter((x) => ['$root', '$log'].includes(x.site))) expect(bundleScript).toContain(`'${c.name}'`);
      expect(cases.filter((c) => c.site === '$log').map((c) => c.name)).toEqual(EVENT_LOGS);
      expect(cases.filter((c) => c.site === '$item[0]').map((c) => c.name)).toEqual(found.filter((p) => p.nameExpression === '$item[0]').map((p) => p.name));
    });

    /** The healthy node without its code page (a batch keeps one code page for all its runs). */
    function partNode(): Scenario {
      const scenario = healthyNode();
      delete scenario.consoleCodePage;
      return scenario;
    }
    // All cases in one pwsh process, a fresh runspace each (runBatchWithPwsh), as the streamed exec runs the bundle.
    let parts: Promise<Awaited<ReturnType<typeof decode>>[]>;
    beforeAll(async () => {
      parts = sites.then(async (found) => {
        const items = cases.map((c) => {
          const site = found.find((p) => p.nameExpression === c.site)!;
          const script = c.change ? bundleScript : withInjectedFailure(bundleScript, { ...site, name: c.name });
          const scenario = partNode();
          c.change?.(scenario);
          return { env: podEnv(script), scenario };
        });
        const runs = await runBatchWithPwsh(pwsh!, { command: powershellEnvScriptCommand(), items });
        return runs.map(decode);
      });
      await parts;
    }, 300_000);

    cases.forEach((c, i) => {
      it(`${c.name}: listed in bundle-problems.txt, every other part still streamed${c.change ? '' : ' (failure written into the script)'}`, async () => {
        const { files, problems } = (await parts)[i]!;
        expect(problems).toHaveLength(1);
        expect(problems[0]!.startsWith(`${c.name}: `)).toBe(true);
        expect(problems[0]).toMatch(c.message);
        expect([...files.keys()].sort()).toEqual(healthyFiles.filter((f) => !c.lost.includes(f)));
      });
    });

    it('a log past the 16 MiB limit arrives as its last 16,777,216 bytes, in several chunks', async () => {
      const limit = 16 * 1024 * 1024;
      const head = 'HEAD-OF-LOG-NOT-KEPT\n';
      const line = 'I1206 10:00:01.000000 4312 kubelet.go:1] a line of a long kubelet log, repeated to pass the limit\n';
      const body = head + line.repeat(Math.ceil((limit + 100_000) / line.length)) + 'LAST-LINE\n';
      const scenario = healthyNode();
      scenario.files!['C:\\k\\kubelet.log'] = body;
      const { files, problems } = await collect(scenario);
      expect(problems).toEqual([]);
      const kept = files.get('logs/k/kubelet.log')!;
      expect(kept.length).toBe(limit);
      expect(kept.equals(Buffer.from(body.slice(body.length - limit)))).toBe(true);
      expect(kept.includes('HEAD-OF-LOG-NOT-KEPT')).toBe(false);
    });

    it('without Get-WinEvent every event log is listed as a problem and the rest is streamed', async () => {
      const scenario = healthyNode();
      scenario.missingCommands = ['Get-WinEvent'];
      const { files, problems } = await collect(scenario);
      expect(problems.map((p) => p.split(':')[0])).toEqual(EVENT_LOGS);
      expect(problems[0]).toMatch(/Get-WinEvent/);
      expect([...files.keys()].sort()).toEqual(healthyFiles.filter((f) => !f.startsWith('events/')));
    });
  });
}
