/**
 * The node probe run by real PowerShell (pwsh) exactly as the product runs it: the stdin bootstrap
 * of a probe pod exec and the DaemonSet bootstrap, with the Windows commands stubbed
 * (test/ps/windows-stubs.ps1). Asserts the JSON that reaches the parser, then facts and findings.
 */
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../src/engine/diagnose.js';
import type { NodeFacts } from '../src/probes/facts.js';
import { parseNodeProbeOutput } from '../src/probes/parse-node.js';
import { renderText } from '../src/report/localize.js';
import { DAEMONSET_DONE_MARKER, powershellStdinCommand, scriptStdin } from '../src/probes/bootstrap.js';
import { probeDaemonSetManifest, probePodManifest, type NodeProbeInputs, type ProbePodOptions } from '../src/probes/manifests.js';
import nodeProbeScript from '../src/probes/scripts/node-probe.ps1';
import { isolatedProbes, powershellParser, withInjectedFailure } from './support/ps-parse.js';
import { findPwsh, PWSH_MISSING_MESSAGE, runBatchWithPwsh, runWithPwsh, type BatchItem, type Scenario, type ScriptRun } from './support/pwsh.js';
import { registerMissingTools } from './support/pwsh-tests.js';
import { fixtureNow, fixtureSnapshot } from './rules/rule-tester.js';
import { API_LB, AZURE_CNI_CONFLIST, aksNode, HNS_PSM1, DNS_LB, NETSH_EXCLUDED, POD_EP, POD_EP_PORT, REMOTE_EP } from './support/windows-node.js';

const pwsh = findPwsh();
const probeParser = powershellParser();
const NODE = 'akswin22-0';
// Each case starts PowerShell once (a few seconds; more on a loaded machine).
vi.setConfig({ testTimeout: 180_000 });

/** The env the probe pod gets from its manifest (validated inputs only), as a map. */
function probePodEnv(opts: ProbePodOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of probePodManifest(NODE, opts).spec!.containers[0]!.env as { name: string; value?: string }[]) if (e.value !== undefined) env[e.name] = e.value;
  return env;
}

/** The probe pod exec: the stdin bootstrap, the script on stdin, the env of the pod's manifest. */
async function probe(scenario: Scenario, inputs: NodeProbeInputs = {}, script = nodeProbeScript, nodeIp?: string): Promise<ScriptRun> {
  return runWithPwsh(pwsh!, {
    command: powershellStdinCommand(),
    stdin: scriptStdin(script),
    env: probePodEnv({ inputs, nodeIp }),
    scenario,
  });
}

/** A node probe run as one item of a batch: the same stdin and env as probe() gives it. */
function probeItem(scenario: Scenario, inputs: NodeProbeInputs = {}, script = nodeProbeScript, nodeIp?: string): BatchItem {
  return { stdin: scriptStdin(script), env: probePodEnv({ inputs, nodeIp }), scenario };
}

/**
 * The runs of a describe block made in one pwsh process (runBatchWithPwsh: a fresh runspace per
 * run, the product's bootstrap and stdin), started by the block's beforeAll; `run(key)` waits for one.
 */
function batchOf(make: () => Promise<Record<string, BatchItem>>): (key: string) => Promise<ScriptRun> {
  let results: Promise<Map<string, ScriptRun>> | undefined;
  beforeAll(async () => {
    results = make().then(async (items) => {
      const keys = Object.keys(items);
      const runs = await runBatchWithPwsh(pwsh!, { command: powershellStdinCommand(), items: keys.map((k) => items[k]!) });
      return new Map(keys.map((k, i) => [k, runs[i]!]));
    });
    await results;
  }, 300_000);
  return async (key) => (await results!).get(key)!;
}

function documentOf(run: ScriptRun): Record<string, unknown> {
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no JSON document; stderr: ${run.stderr}`);
  return JSON.parse(line) as Record<string, unknown>;
}

function findingsFor(facts: NodeFacts) {
  const withFacts = diagnose({ snapshot: fixtureSnapshot([]), nodeFacts: new Map([[NODE, facts]]), now: fixtureNow }).findings;
  const without = new Set(diagnose({ snapshot: fixtureSnapshot([]), now: fixtureNow }).findings.map((f) => `${f.ruleId}|${f.target.name}`));
  return withFacts.filter((f) => !without.has(`${f.ruleId}|${f.target.name}`));
}

function edit(change: (s: Scenario) => void): Scenario {
  const scenario = aksNode();
  change(scenario);
  return scenario;
}

if (!pwsh) {
  registerMissingTools('node probe under PowerShell', PWSH_MISSING_MESSAGE);
} else {
  // The NodePort self-test and the service VIP test connect to these, on 127.0.0.1.
  const tcp = { open: 0, closed: 0 };
  let listener: Server;
  beforeAll(async () => {
    listener = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    tcp.open = (listener.address() as AddressInfo).port;
    const unused = createServer();
    await new Promise<void>((resolve) => unused.listen(0, '127.0.0.1', resolve));
    tcp.closed = (unused.address() as AddressInfo).port;
    await new Promise<void>((resolve) => unused.close(() => resolve()));
  });
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));
  /** Every optional input set: the probe pod of `--node-port` and `--service-vip` on a node whose InternalIP is 127.0.0.1. */
  const everyInput = (): NodeProbeInputs => ({ nodePort: tcp.open, serviceVip: `127.0.0.1:${tcp.closed}` });
  /** One run on the healthy node, with every input, shared by the tests that compare with it. */
  let healthy: Promise<ScriptRun> | undefined;
  const healthyRun = (): Promise<ScriptRun> => (healthy ??= probe(aksNode(), everyInput(), nodeProbeScript, '127.0.0.1'));

  describe('node probe under pwsh: a healthy AKS node, stdin bootstrap', () => {
    let run: ScriptRun;
    let facts: NodeFacts;
    beforeAll(async () => {
      run = await healthyRun();
      facts = parseNodeProbeOutput(run.stdout, NODE);
    }, 180_000);

    it('runs the product command with only powershell.exe replaced and the stubs in front', async () => {
      const product = powershellStdinCommand();
      expect(run.argv.slice(1, -1)).toEqual(product.slice(1, -1));
      expect(run.argv.at(-1)!.endsWith(`; ${product.at(-1)!}`)).toBe(true);
      expect(run.exitCode).toBe(0);
      expect(run.stderr).toBe('');
    });

    it('prints one ASCII JSON document with every section and no errors', async () => {
      expect([...run.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      const doc = documentOf(run);
      expect(doc['errors']).toEqual([]);
      expect(Object.keys(doc)).toEqual([
        'schemaVersion', 'node', 'computerName', 'collectedAt', 'psVersion', 'errors', 'services', 'kubelet', 'kubeProxy', 'containerd',
        'cni', 'flannel', 'clusterConfig', 'hns', 'vfp', 'adapters', 'ports', 'proxy', 'os', 'resources', 'machine', 'nodePortSelfTest', 'serviceVipFromHost',
      ]);
      expect(doc['containerd']).toMatchObject({ configPresent: true, configPath: 'C:\\k\\containerd\\containerd.toml', configSource: 'command-line' });
      expect((doc['ports'] as Record<string, unknown>)['reservationTest']).toEqual({ attempted: 10, succeeded: 10, error: null });
    });

    it('tests the NodePort and the service VIP from the node with the inputs of the pod env', async () => {
      expect(facts.nodePortSelfTest).toEqual({ port: tcp.open, target: '127.0.0.1', ok: true, detail: 'connected' });
      expect(facts.serviceVipFromHost).toMatchObject({ target: `127.0.0.1:${tcp.closed}`, ok: false });
      expect(facts.serviceVipFromHost?.detail).toMatch(/refused/i);
    });

    it('reports AKS "kubeproxy" as the kube-proxy service', async () => {
      expect(facts.services?.find((s) => s.name === 'kube-proxy')).toEqual({ name: 'kube-proxy', serviceName: 'kubeproxy', present: true, state: 'Running', startMode: 'Automatic' });
    });

    it('reads configuration found through the command lines: containerd --config, its conf_dir, kubelet --config', async () => {
      expect(facts.containerd).toEqual({ configPresent: true, configPath: 'C:\\k\\containerd\\containerd.toml', configSource: 'command-line', sandboxImage: 'mcr.microsoft.com/oss/kubernetes/pause:3.9' });
      expect(facts.cni).toMatchObject({ confPath: 'C:\\k\\azurecni\\netconf\\10-azure.conflist', type: 'azure-vnet', pluginVersion: 'v1.6.3', portMappings: true, exceptionList: ['10.244.0.0/16', '10.0.0.0/16', '10.224.0.0/16'] });
      expect(facts.kubelet?.configPath).toBe('c:\\k\\kubelet-config.yaml');
      expect(facts.clusterNetwork).toEqual({ clusterCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsIp: '10.0.0.10' });
    });

    it('reads HNS endpoints, HCN load balancers and VFP state, and finds the network healthy', async () => {
      expect(facts.hns?.loadBalancerSource).toBe('hcn');
      expect(facts.hns?.loadBalancers?.map((b) => [b.id, b.vips, b.isDsr, b.endpointIds.length])).toEqual([
        [DNS_LB.toUpperCase(), ['10.0.0.10'], true, 2],
        [API_LB.toUpperCase(), ['10.0.0.1'], true, 1],
      ]);
      expect(facts.hns?.endpoints?.find((e) => e.id === POD_EP)).toMatchObject({ state: 3, isRemote: false, portGuid: POD_EP_PORT, vfpBlocked: false });
      expect(facts.networkHealth).toEqual({
        apipaManagementIps: [],
        invalidLocalEndpoints: [],
        blockedVfpPorts: [],
        invalidLoadBalancers: [],
        staleRemoteEndpoints: [],
        missingLoadBalancerEndpoints: [],
        dnsVip: { ip: '10.0.0.10', hasLoadBalancer: true },
        clusterIpWithoutDsr: [],
        missingDsrRules: [],
      });
      expect(facts.ports?.freeBlocksOf64).toBe(Math.floor((49709 - 49152) / 64) + Math.floor((49152 + 16384 - 49837) / 64));
      expect(facts.ports?.udp).toEqual({ dynamicStart: 49152, dynamicCount: 16384, excludedRanges: [], freeBlocksOf64: 256 });
      expect(facts.os).toMatchObject({ build: 20348, ubr: 2655, hotfixes: ['KB5041160', 'KB5041948'], lastBootTime: '2025-01-10T06:12:44.000Z' });
      expect(facts.proxy).toEqual({ httpProxy: 'http://10.1.0.4:3128', noProxy: 'localhost,127.0.0.1,10.0.0.0/16,.svc' });
    });

    it('leads to no finding that the snapshot alone does not give', async () => {
      expect(findingsFor(facts).map((f) => f.ruleId)).toEqual([]);
    });
  });

  describe('node probe under pwsh: service names and stopped services', () => {
    it('a stopped AKS "Kubeproxy" service is judged like kube-proxy', async () => {
      const scenario = edit((s) => {
        const services = s.cim!['Win32_Service'] as { Name: string; State: string }[];
        services.find((x) => x.Name === 'kubeproxy')!.Name = 'Kubeproxy';
        services.find((x) => x.Name === 'Kubeproxy')!.State = 'Stopped';
        s.cim!['Win32_Process'] = (s.cim!['Win32_Process'] as { Name: string }[]).filter((p) => p.Name !== 'kube-proxy.exe');
      });
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.services?.find((s) => s.name === 'kube-proxy')).toMatchObject({ serviceName: 'Kubeproxy', present: true, state: 'Stopped' });
      expect(facts.kubeProxy).toEqual({ running: false, flags: {} });
      const finding = findingsFor(facts).find((f) => f.ruleId === 'node-services-down');
      expect(finding?.target).toMatchObject({ kind: 'Node', name: NODE });
      expect(finding?.evidence.map((e) => renderText(e.text, 'en')).join('\n')).toMatch(/kube-proxy/);
    });
  });

  describe.concurrent('node probe under pwsh: each probe failing alone', () => {
    interface FailureCase {
      /** What fails on the stand-in Windows; no change: a throw written into the probe's try block (a failure no stand-in can cause). */
      change?: (s: Scenario) => void;
      message: RegExp;
      /** More to check on the facts of this run. */
      facts?: (facts: NodeFacts) => void;
    }
    // Every probe the script isolates in a try/catch (read from its parse tree) has a case here.
    const cases: Record<string, FailureCase> = {
      services: { change: (s) => (s.fail = { 'Get-CimInstance Win32_Service': 'Invalid class' }), message: /Invalid class/ },
      processes: { change: (s) => (s.fail = { 'Get-CimInstance Win32_Process': 'Access denied' }), message: /Access denied/ },
      kubelet: { message: /injected failure of kubelet/ },
      kubeProxy: { message: /injected failure of kubeProxy/ },
      kubeletConfig: { change: (s) => (s.fail = { 'Get-Content c:\\k\\kubelet-config.yaml': 'The file is in use by another process.' }), message: /in use by another process/ },
      containerd: { change: (s) => (s.fail = { 'Get-Content C:\\k\\containerd\\containerd.toml': 'Access to the path is denied.' }), message: /Access to the path is denied/ },
      cni: { change: (s) => (s.fail = { 'Get-ChildItem C:\\k\\azurecni\\netconf': 'The network path was not found.' }), message: /network path was not found/ },
      flannel: {
        change: (s) => {
          s.files!['C:\\run\\flannel\\subnet.env'] = 'FLANNEL_NETWORK=10.244.0.0/16\n';
          s.fail = { 'Get-Content C:\\run\\flannel\\subnet.env': 'The process cannot access the file because it is being used by another process.' };
        },
        message: /being used by another process/,
      },
      clusterConfig: { change: (s) => (s.fail = { 'Get-Content C:\\k\\kubeclusterconfig.json': 'The process cannot access the file' }), message: /cannot access the file/ },
      hns: { change: (s) => (s.fail = { 'Get-HnsEndpoint': 'HNS failed with error : The service has not been started.' }), message: /service has not been started/ },
      hcnLoadBalancers: {
        // Without computenetwork.dll the load balancers come from the HNS v1 policy lists.
        change: (s) => {
          s.hcnMissing = true;
          s.hnsModule!.policyLists = [
            {
              ID: 'D7E3F4A5-5555-4E6F-8A7B-9C0D1E2F3A4B',
              State: 2,
              References: [`/endpoints/${POD_EP}`],
              Policies: [{ Type: 'ELB', Protocol: 17, InternalPort: 53, ExternalPort: 53, VIPs: ['10.0.0.10'], IsDSR: true, LocalRoutedVip: false }],
            },
            {
              ID: 'E8F4A5B6-6666-4F70-9B8C-0D1E2F3A4B5C',
              State: 1,
              References: [`/endpoints/${REMOTE_EP}`, '/endpoints/0B1C2D3E-7777-4081-8C9D-1E2F3A4B5C6D'],
              Policies: [{ Type: 'ELB', Protocol: 6, InternalPort: 443, ExternalPort: 443, VIPs: ['10.0.0.1'], IsDSR: false }],
            },
          ];
        },
        message: /computenetwork\.dll/,
        facts: (facts) => {
          expect(facts.hns?.loadBalancerSource).toBe('policylists');
          expect(facts.networkHealth?.invalidLoadBalancers).toEqual([{ id: 'E8F4A5B6-6666-4F70-9B8C-0D1E2F3A4B5C', state: 1 }]);
          expect(facts.networkHealth?.missingLoadBalancerEndpoints).toEqual(['0B1C2D3E-7777-4081-8C9D-1E2F3A4B5C6D']);
          expect(facts.networkHealth?.clusterIpWithoutDsr).toEqual(['10.0.0.1']);
        },
      },
      loadBalancers: { message: /injected failure of loadBalancers/ },
      vfp: { change: (s) => (s.missingTools = ['vfpctrl.exe']), message: /vfpctrl\.exe is not on this node/ },
      adapters: { change: (s) => (s.fail = { 'Get-NetAdapter': 'No MSFT_NetAdapter objects found' }), message: /MSFT_NetAdapter/ },
      ports: {
        change: (s) => (s.natives!['netsh.exe']!['int ipv4 show dynamicport tcp'] = { stderr: 'The following command was not found: int ipv4 show dynamicport tcp.\r\n', exitCode: 1 }),
        message: /netsh\.exe exited with code 1: The following command was not found/,
      },
      udpPorts: {
        change: (s) => (s.natives!['netsh.exe']!['int ipv4 show excludedportrange protocol=udp'] = { stdout: 'The requested operation requires elevation (Run as administrator).\r\n', exitCode: 1 }),
        message: /netsh\.exe exited with code 1: The requested operation requires elevation/,
      },
      portReservation: { change: (s) => delete s.portReservation, message: /ws2_32/ },
      proxy: { change: (s) => delete s.registry!['HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment'], message: /does not exist/ },
      os: { change: (s) => delete s.registry!['HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'], message: /does not exist/ },
      hotfixes: { change: (s) => (s.fail = { 'Get-HotFix': 'RPC server is unavailable' }), message: /RPC server/ },
      resources: { change: (s) => (s.fail = { 'Get-CimInstance Win32_LogicalDisk': 'Not found' }), message: /Not found/ },
      machine: { change: (s) => (s.fail = { 'Get-CimInstance Win32_ComputerSystem': 'Quota violation' }), message: /Quota violation/ },
      nodePortSelfTest: { message: /injected failure of nodePortSelfTest/ },
      serviceVipFromHost: { message: /injected failure of serviceVipFromHost/ },
    };
    // Sections that go with a failed probe: its own, and those built only from what it read.
    const lost: Record<string, string[]> = {
      services: ['services'],
      processes: ['kubelet', 'kubeProxy'],
      kubelet: ['kubelet'],
      kubeProxy: ['kubeProxy'],
      containerd: ['containerd'],
      cni: ['cni'],
      flannel: ['flannel'],
      clusterConfig: ['clusterConfig'],
      hns: ['hns', 'vfp'],
      vfp: ['vfp'],
      adapters: ['adapters'],
      proxy: ['proxy'],
      os: ['os'],
      resources: ['resources'],
      machine: ['machine'],
      nodePortSelfTest: ['nodePortSelfTest'],
      serviceVipFromHost: ['serviceVipFromHost'],
    };
    const probes = probeParser.then((p) => isolatedProbes(p, nodeProbeScript));
    const sectionThatCannotBeSerialized = nodeProbeScript.replace('# A section that cannot be serialized', '$result.machine.extra = New-Object PsTest.Unserializable\n# A section that cannot be serialized');
    const errorsThatCannotBeSerialized = nodeProbeScript.replace('# A section that cannot be serialized', '$probeErrors.Add((New-Object PsTest.Unserializable))\n# A section that cannot be serialized');
    const run = batchOf(async () => {
      const found = await probes;
      const items: Record<string, BatchItem> = {};
      for (const [name, c] of Object.entries(cases)) {
        const target = found.find((p) => p.name === name);
        const script = c.change || !target ? nodeProbeScript : withInjectedFailure(nodeProbeScript, target);
        items[name] = probeItem(edit(c.change ?? (() => undefined)), everyInput(), script, '127.0.0.1');
      }
      items['$section'] = probeItem(aksNode(), everyInput(), sectionThatCannotBeSerialized, '127.0.0.1');
      items['$errors'] = probeItem(aksNode(), { skipPortReservation: true }, errorsThatCannotBeSerialized);
      return items;
    });
    let healthyKeys: string[] = [];
    beforeAll(async () => {
      healthyKeys = Object.keys(documentOf(await healthyRun()));
    }, 180_000);

    it('has a case for every probe of the script', async () => {
      const names = (await probes).map((p) => p.name).filter((n) => n !== '$key');
      expect(Object.keys(cases).sort()).toEqual([...names].sort());
    });

    for (const [name, c] of Object.entries(cases)) {
      it(`${name}: listed in errors, every other section still reported${c.change ? '' : ' (failure written into the script)'}`, async () => {
        expect((await probes).some((p) => p.name === name), `${name} is a probe of node-probe.ps1`).toBe(true);
        const result = await run(name);
        const doc = documentOf(result);
        const errors = doc['errors'] as { probe: string; message: string }[];
        expect(errors.map((e) => e.probe)).toEqual([name]);
        expect(errors[0]!.message).toMatch(c.message);
        expect(Object.keys(doc).sort()).toEqual(healthyKeys.filter((k) => !(lost[name] ?? []).includes(k)).sort());
        const facts = parseNodeProbeOutput(result.stdout, NODE);
        expect(facts.errors.map((e) => e.probe)).toContain(name);
        c.facts?.(facts);
      });
    }

    it('a section that cannot be serialized is dropped and named; the rest of the document stays', async () => {
      expect(sectionThatCannotBeSerialized).not.toBe(nodeProbeScript);
      const result = await run('$section');
      const doc = documentOf(result);
      expect(doc['errors']).toEqual([{ probe: 'machine', message: expect.stringMatching(/cannot be enumerated/) }]);
      expect(Object.keys(doc).sort()).toEqual(healthyKeys.filter((k) => k !== 'machine').sort());
      expect(parseNodeProbeOutput(result.stdout, NODE).hns?.endpoints).toHaveLength(2);
    });

    it('when even the errors cannot be serialized, a minimal document still names the failure', async () => {
      expect(errorsThatCannotBeSerialized).not.toBe(nodeProbeScript);
      const facts = parseNodeProbeOutput((await run('$errors')).stdout, NODE);
      expect(facts.errors).toEqual([{ probe: 'output', message: expect.stringMatching(/cannot be enumerated/) }]);
    });
  });

  describe.concurrent('node probe under pwsh: missing modules, native tools and DLLs', () => {
    it('without the HNS module it reads HNS through its REST call', async () => {
      const scenario = edit((s) => {
        s.hnsApi = { '/networks/': { Success: true, Output: s.hnsModule!.networks }, '/endpoints/': { Success: true, Output: s.hnsModule!.endpoints }, '/policylists/': { Success: true, Output: [] } };
        delete s.hnsModule;
      });
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.hns?.networks.map((n) => n.name)).toEqual(['azure']);
      expect(facts.hns?.endpoints?.map((e) => e.id)).toEqual([POD_EP, REMOTE_EP]);
    });

    it('with hns.psm1 under C:\\k instead of the HostNetworkingService module, it imports the file and reads HNS through it', async () => {
      const scenario = edit((s) => {
        s.files!['C:\\k\\hns.psm1'] = HNS_PSM1;
        s.hnsModuleFile = s.hnsModule;
        delete s.hnsModule;
      });
      const run = await probe(scenario, { skipPortReservation: true });
      expect((documentOf(run)['hns'] as { source: string }).source).toBe('hns-module');
      const facts = parseNodeProbeOutput(run.stdout, NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.hns?.networks.map((n) => n.name)).toEqual(['azure']);
      expect(facts.hns?.endpoints?.map((e) => e.id)).toEqual([POD_EP, REMOTE_EP]);
    });

    it('without the NetAdapter module and Get-HotFix the adapters are listed as failed and the OS is still reported', async () => {
      const scenario = edit((s) => (s.missingCommands = ['Get-NetAdapter', 'Get-NetIPAddress', 'Get-HotFix']));
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.errors.map((e) => e.probe)).toEqual(['adapters', 'hotfixes']);
      expect(facts.errors[0]!.message).toMatch(/Get-NetAdapter/);
      expect(facts.adapters).toBeUndefined();
      expect(facts.os).toMatchObject({ build: 20348, hotfixes: [] });
    });

    it('counts load balancers with hnsdiag when neither HCN nor policy lists answer, its stderr noise ignored', async () => {
      const scenario = edit((s) => {
        s.hcnMissing = true;
        s.natives!['hnsdiag.exe'] = {
          'list loadbalancers': {
            stdout:
              `Load Balancer         : ${DNS_LB}\r\n    Virtual IPs       : 10.0.0.10\r\n    Internal Port     : 53\r\n    Endpoints         : ${POD_EP}\r\n\r\n` +
              `Load Balancer         : ${API_LB}\r\n    Virtual IPs       : 10.0.0.1\r\n    Internal Port     : 443\r\n    Endpoints         : ${REMOTE_EP}\r\n`,
            stderr: 'WARNING: hnsdiag is deprecated\r\n',
          },
        };
      });
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.hns?.loadBalancerSource).toBe('hnsdiag');
      expect(facts.hns?.loadBalancerPolicyCount).toBe(2);
      expect(facts.hns?.networks).toHaveLength(1);
    });

    it('without vfpctrl.exe answers the VFP facts stay unknown and nothing else is lost', async () => {
      const scenario = edit((s) => delete s.natives!['vfpctrl.exe']);
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.hns?.endpoints?.find((e) => e.id === POD_EP)?.vfpBlocked).toBeUndefined();
      expect(facts.networkHealth?.blockedVfpPorts).toBeUndefined();
      expect(facts.ports?.dynamicStart).toBe(49152);
    });

    it('with the P/Invoke DLLs missing (the script compiles its own types) HNS still comes from the module', async () => {
      const scenario = edit((s) => {
        s.noNativeTypes = true;
      });
      const facts = parseNodeProbeOutput((await probe(scenario)).stdout, NODE);
      expect(facts.errors.map((e) => e.probe).sort()).toEqual(['hcnLoadBalancers', 'loadBalancers', 'portReservation']);
      expect(facts.hns?.endpoints).toHaveLength(2);
      expect(facts.os?.build).toBe(20348);
    });
  });

  describe.concurrent('node probe under pwsh: SDN network health checks', () => {
    it('finds a detached endpoint, a blocked VFP port, a stale remote endpoint, an APIPA management IP, a missing DNS VIP and DSR rule', async () => {
      const scenario = edit((s) => {
        const endpoints = s.hnsModule!.endpoints as Record<string, unknown>[];
        endpoints[0]!['State'] = 2;
        endpoints.push({ ID: '1A2B3C4D-8888-4192-9DAE-2F3A4B5C6D7E', IPAddress: '10.224.0.99', State: 1, IsRemoteEndpoint: true, VirtualNetworkName: 'azure' });
        (s.hnsModule!.networks[0] as Record<string, unknown>)['ManagementIP'] = '169.254.44.2';
        delete s.hcnLoadBalancers![DNS_LB];
        s.natives!['vfpctrl.exe']![`/port ${POD_EP_PORT} /get-port-state`] = { stdout: 'Port State\r\n  Enabled : TRUE\r\n  Blocked : TRUE\r\n  Blocked on restore : FALSE\r\n' };
      });
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.networkHealth).toMatchObject({
        invalidLocalEndpoints: [{ id: POD_EP, ipAddress: '10.224.0.31', state: 2 }],
        blockedVfpPorts: [{ id: POD_EP, ipAddress: '10.224.0.31' }],
        apipaManagementIps: [{ network: 'azure', ip: '169.254.44.2' }],
        staleRemoteEndpoints: [{ id: '1A2B3C4D-8888-4192-9DAE-2F3A4B5C6D7E', ipAddress: '10.224.0.99' }],
        dnsVip: { ip: '10.0.0.10', hasLoadBalancer: false },
      });
    });

    it('finds a DSR load balancer whose rule is missing from a pod VFP port', async () => {
      const scenario = edit((s) => {
        s.natives!['vfpctrl.exe']![`/port ${POD_EP_PORT} /layer LB_DSR /group LB_DSR_IPv4_OUT /list-rule`] = {
          stdout: 'ITEM LIST\r\n===========\r\n\r\n  RULE : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.10_53_53_17\r\n    Friendly name : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.10_53_53_17\r\n    Type : lbnat\r\nCommand list-rule succeeded!\r\n',
        };
      });
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.networkHealth?.missingDsrRules).toEqual([{ endpointId: POD_EP, ipAddress: '10.224.0.31', rule: 'LB_DSR_*_10.224.0.33_10.0.0.1_443_443_6' }]);
    });

    it('ephemeral port exhaustion: the reservation test and the free 64-port blocks', async () => {
      const exhausted = '\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n     49152       65500\r\n\r\n';
      const scenario = edit((s) => {
        s.portReservation = { succeeded: 3, error: 'WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055' };
        s.natives!['netsh.exe']!['int ipv4 show excludedportrange protocol=tcp'] = { stdout: exhausted };
        s.natives!['netsh.exe']!['int ipv4 show excludedportrange protocol=udp'] = { stdout: exhausted.replace('tcp', 'udp') };
      });
      const facts = parseNodeProbeOutput((await probe(scenario)).stdout, NODE);
      expect(facts.ports?.reservationTest).toEqual({ attempted: 10, succeeded: 3, error: 'WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055' });
      expect(facts.ports?.freeBlocksOf64).toBe(0);
      expect(facts.ports?.udp).toEqual({ dynamicStart: 49152, dynamicCount: 16384, excludedRanges: [{ start: 49152, end: 65500 }], freeBlocksOf64: 0 });
      const finding = findingsFor(facts).find((f) => f.ruleId === 'hns-lb-port-exhaustion');
      expect(finding?.target).toMatchObject({ kind: 'Node', name: NODE });
      expect(finding?.evidence.map((e) => renderText(e.text, 'en')).join('\n')).toMatch(/3\D+10/);
    });
  });

  describe.concurrent('node probe under pwsh: text, sizes and shapes', () => {
    it('ja-JP node writing code page 932: the document stays ASCII and Japanese names arrive intact', async () => {
      const ja = '\r\nプロトコル tcp 動的ポートの範囲\r\n---------------------------------\r\n開始ポート      : 49152\r\nポート数        : 16384\r\n';
      const { execFileSync } = await import('node:child_process');
      const cp932 = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932'], { input: ja });
      const scenario = edit((s) => {
        s.consoleCodePage = 932;
        (s.netAdapters![0] as Record<string, unknown>)['Name'] = 'vEthernet (イーサネット 2)';
        (s.hnsModule!.networks[0] as Record<string, unknown>)['Name'] = 'ネットワーク';
        s.natives!['netsh.exe']!['int ipv4 show dynamicport tcp'] = { stdoutBytes: cp932 };
      });
      const run = await probe(scenario, { skipPortReservation: true });
      expect([...run.stdoutBytes].every((b) => b < 0x80)).toBe(true);
      const facts = parseNodeProbeOutput(run.stdout, NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.adapters?.[0]?.name).toBe('vEthernet (イーサネット 2)');
      expect(facts.hns?.networks[0]?.name).toBe('ネットワーク');
      expect(facts.ports).toMatchObject({ dynamicStart: 49152, dynamicCount: 16384 });
    });

    it('one non-ASCII character in a string of the script would stop it from even parsing on a code-page-932 node: why the scripts stay ASCII', async () => {
      const script = nodeProbeScript.replace("$ErrorActionPreference = 'Stop'\n", "$ErrorActionPreference = 'Stop'\n$note = 'caf\u00e9 \u2014'\n");
      expect(script).not.toBe(nodeProbeScript);
      const run = await probe(edit((s) => (s.consoleCodePage = 932)), { skipPortReservation: true }, script);
      // The last byte of the dash's UTF-8 form starts a double-byte character in code page 932 and takes the closing quote with it.
      expect(run.stderr).toMatch(/Exception calling "Create"[\s\S]*Unexpected token/);
      expect(parseNodeProbeOutput(run.stdout, NODE).errors.map((e) => e.probe)).toEqual(['output']);
    });

    it('de-DE node writing code page 850: umlauts in tool output and file text arrive intact', async () => {
      const de = '\r\nProtokoll tcp Dynamischer Portbereich\r\n---------------------------------\r\nStartport       : 49152\r\nAnzahl der Ports: 16384\r\n';
      const { execFileSync } = await import('node:child_process');
      const cp850 = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP850'], { input: `${NETSH_EXCLUDED.replace('Port Exclusion Ranges', 'Portausschlussbereiche für Verwaltung')}` });
      const scenario = edit((s) => {
        s.consoleCodePage = 850;
        s.natives!['netsh.exe'] = { ...s.natives!['netsh.exe'], 'int ipv4 show dynamicport tcp': { stdout: de }, 'int ipv4 show excludedportrange protocol=tcp': { stdoutBytes: cp850 } };
        (s.registry!['HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'] as Record<string, unknown>)['ProductName'] = 'Windows Server 2022 Datacenter (Größe M)';
      });
      const run = await probe(scenario, { skipPortReservation: true });
      const doc = documentOf(run);
      expect((doc['ports'] as { excludedRaw: string }).excludedRaw).toContain('Portausschlussbereiche für Verwaltung');
      const facts = parseNodeProbeOutput(run.stdout, NODE);
      expect(facts.os?.productName).toBe('Windows Server 2022 Datacenter (Größe M)');
      expect(facts.ports?.excludedRanges).toHaveLength(3);
    });

    it('one-element lists stay lists all the way to the facts', async () => {
      const scenario = edit((s) => {
        s.hnsModule!.endpoints = [s.hnsModule!.endpoints[0]!];
        delete s.hcnLoadBalancers![API_LB];
        (s.hcnLoadBalancers![DNS_LB] as { HostComputeEndpoints: string[] }).HostComputeEndpoints = [POD_EP];
        s.hotfixes = ['KB5041160'];
        s.netAdapters = [s.netAdapters![0]!];
      });
      const run = await probe(scenario, { skipPortReservation: true });
      const hns = documentOf(run)['hns'] as { endpoints: unknown; loadBalancers: { endpointIds: unknown; vips: unknown }[] };
      expect(Array.isArray(hns.endpoints)).toBe(true);
      expect(Array.isArray(hns.loadBalancers)).toBe(true);
      expect(Array.isArray(hns.loadBalancers[0]!.endpointIds)).toBe(true);
      expect(Array.isArray(hns.loadBalancers[0]!.vips)).toBe(true);
      const facts = parseNodeProbeOutput(run.stdout, NODE);
      expect(facts.hns?.endpoints).toHaveLength(1);
      expect(facts.hns?.loadBalancers?.[0]?.endpointIds).toEqual([POD_EP]);
      expect(facts.os?.hotfixes).toEqual(['KB5041160']);
      expect(facts.adapters?.[0]?.ipv4).toEqual(['10.224.0.33']);
    });

    it('texts at and past their limits: files at 65,536 characters, command lines at 16,384, tool output at 65,536, messages at 2,000; 1,200 endpoints capped at 1,000', async () => {
      const padding = `# ${'x'.repeat(98)}\n`.repeat(700);
      const conflistAtLimit = AZURE_CNI_CONFLIST.padEnd(65536, ' ');
      const longKubeletLine = `${aksNode().cim!['Win32_Process']!.map((p) => p as { Name: string; CommandLine: string }).find((p) => p.Name === 'kubelet.exe')!.CommandLine} --node-labels=${'a'.repeat(20_000)}`;
      const manyRanges = Array.from({ length: 3000 }, (_, i) => `     ${50000 + i * 2}       ${50001 + i * 2}`).join('\r\n');
      const scenario = edit((s) => {
        s.files!['C:\\k\\containerd\\containerd.toml'] = `version = 2\n[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "mcr.microsoft.com/oss/kubernetes/pause:3.10.2"\n${padding}`;
        s.files!['C:\\k\\azurecni\\netconf\\10-azure.conflist'] = conflistAtLimit;
        (s.cim!['Win32_Process'] as { Name: string; CommandLine: string }[]).find((p) => p.Name === 'kubelet.exe')!.CommandLine = longKubeletLine;
        s.natives!['netsh.exe']!['int ipv4 show excludedportrange protocol=tcp'] = { stdout: `\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n${manyRanges}\r\n` };
        s.fail = { 'Get-HotFix': `The RPC server is unavailable. ${'0x800706BA '.repeat(500)}` };
        const template = s.hnsModule!.endpoints[1] as Record<string, unknown>;
        s.hnsModule!.endpoints = Array.from({ length: 1200 }, (_, i) => ({ ...template, ID: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, IPAddress: `10.224.${Math.floor(i / 250)}.${(i % 250) + 2}` }));
      });
      const run = await probe(scenario, { skipPortReservation: true });
      const doc = documentOf(run) as Record<string, Record<string, unknown>>;
      expect((doc['containerd']!['configText'] as string).length).toBe(65536);
      expect(((doc['cni']!['files'] as { text: string }[])[0]!.text)).toBe(conflistAtLimit);
      expect((doc['kubelet']!['commandLine'] as string)).toBe(longKubeletLine.slice(0, 16384));
      expect((doc['ports']!['excludedRaw'] as string).length).toBe(65536);
      const facts = parseNodeProbeOutput(run.stdout, NODE);
      expect(facts.errors).toEqual([{ probe: 'hotfixes', message: expect.stringMatching(/^The RPC server is unavailable\./) }]);
      expect(facts.errors[0]!.message).toHaveLength(2000);
      expect(facts.containerd?.sandboxImage).toBe('mcr.microsoft.com/oss/kubernetes/pause:3.10.2');
      expect(facts.cni).toMatchObject({ type: 'azure-vnet', exceptionList: ['10.244.0.0/16', '10.0.0.0/16', '10.224.0.0/16'] });
      expect(facts.kubelet?.flags?.['cluster-dns']).toBe('10.0.0.10');
      expect(facts.kubelet?.configPath).toBe('c:\\k\\kubelet-config.yaml');
      expect(facts.ports?.excludedRanges?.length).toBeGreaterThan(2600);
      expect(facts.ports?.excludedRanges?.length).toBeLessThan(3000);
      expect(facts.ports?.excludedRanges?.[0]).toEqual({ start: 50000, end: 50001 });
      expect(facts.hns?.endpointCount).toBe(1200);
      expect(facts.hns?.endpoints).toHaveLength(1000);
      expect(facts.networkHealth?.missingLoadBalancerEndpoints).toBeUndefined();
      expect(facts.networkHealth?.staleRemoteEndpoints?.length).toBe(50);
    });
  });

  describe.concurrent('node probe under pwsh: where each installer puts the configuration', () => {
    /** A node of another installer: its processes and files replace AKS's. */
    function install(processes: { Name: string; CommandLine: string; ExecutablePath: string }[], files: Record<string, string>): Scenario {
      return edit((s) => {
        s.cim!['Win32_Process'] = [{ Name: 'System', ProcessId: 4, CommandLine: null, ExecutablePath: null }, ...processes.map((p, i) => ({ ...p, ProcessId: 3000 + i }))];
        s.cim!['Win32_Service'] = (s.cim!['Win32_Service'] as { Name: string }[]).filter((x) => x.Name !== 'kubeproxy');
        s.files = files;
        s.fileVersions = {};
      });
    }
    const flannelConf = JSON.stringify({ name: 'flannel.4096', cniVersion: '0.3.0', type: 'flannel', capabilities: { portMappings: true, dns: true }, delegate: { type: 'sdnoverlay', AdditionalArgs: [{ Name: 'EndpointPolicy', Value: { Type: 'OutBoundNAT', Settings: { Exceptions: ['10.244.0.0/16', '10.96.0.0/12'] } } }] } });
    const containerd2 = (confDir: string, binDirs: string[]) =>
      `version = 3\n[plugins.'io.containerd.cri.v1.images'.pinned_images]\n  sandbox = 'registry.k8s.io/pause:3.10.2'\n[plugins.'io.containerd.cri.v1.runtime'.cni]\n  bin_dirs = [${binDirs.map((d) => `'${d}'`).join(', ')}]\n  conf_dir = '${confDir}'\n`;

    it('sig-windows-tools: containerd default config with c:/etc/cni/net.d, kubelet --config on /var/lib, flannel', async () => {
      const scenario = install(
        [
          { Name: 'containerd.exe', CommandLine: '"C:\\Program Files\\containerd\\containerd.exe" --run-service', ExecutablePath: 'C:\\Program Files\\containerd\\containerd.exe' },
          { Name: 'kubelet.exe', CommandLine: 'C:\\k\\kubelet.exe --cert-dir=C:\\var\\lib\\kubelet\\pki --config=/var/lib/kubelet/config.yaml --hostname-override=akswin22-0', ExecutablePath: 'C:\\k\\kubelet.exe' },
        ],
        {
          'C:\\Program Files\\containerd\\config.toml': containerd2('c:/etc/cni/net.d', ['c:/opt/cni/bin']),
          'C:\\etc\\cni\\net.d\\10-flannel.conf': flannelConf,
          'C:\\opt\\cni\\bin\\sdnoverlay.exe': 'MZ',
          'C:\\var\\lib\\kubelet\\config.yaml': 'kind: KubeletConfiguration\nclusterDNS: ["10.96.0.10"]\n',
          'C:\\run\\flannel\\subnet.env': 'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.3.1/24\n',
          'C:\\etc\\kube-flannel\\net-conf.json': '{"Network":"10.244.0.0/16","Backend":{"Type":"vxlan","VNI":4096}}',
        },
      );
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.containerd).toMatchObject({ configPath: 'C:\\Program Files\\containerd\\config.toml', configSource: 'default-path', sandboxImage: 'registry.k8s.io/pause:3.10.2' });
      expect(facts.cni).toMatchObject({ confPath: 'C:\\etc\\cni\\net.d\\10-flannel.conf', type: 'flannel', delegateType: 'sdnoverlay', flannelBackend: 'vxlan', exceptionList: ['10.244.0.0/16', '10.96.0.0/12'] });
      expect(facts.kubelet?.configPath).toBe('C:\\var\\lib\\kubelet\\config.yaml');
      // No kubeclusterconfig.json here: the DNS IP comes from the kubelet configuration file.
      expect(facts.clusterNetwork).toEqual({ dnsIp: '10.96.0.10' });
      expect(facts.flannel?.subnetEnv).toMatchObject({ present: true, network: '10.244.0.0/16', subnet: '10.244.3.1/24' });
    });

    it('HostProcess flannel: net-conf.json in the flanneld container sandbox, subnet file from --subnet-file, sourcevip files', async () => {
      const sandbox = 'C:\\C\\5f0c2e8b9a1d';
      const scenario = install(
        [
          { Name: 'flanneld.exe', CommandLine: `${sandbox}\\flannel\\flanneld.exe --kube-subnet-mgr --iface 10.224.0.33 --subnet-file=/run/flannel/subnet.env`, ExecutablePath: `${sandbox}\\flannel\\flanneld.exe` },
        ],
        {
          [`${sandbox}\\mounts\\kube-flannel\\net-conf.json`]: '{"Network":"10.244.0.0/16","Backend":{"Type":"host-gw"}}',
          'C:\\run\\flannel\\subnet.env': 'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.5.1/24\n',
          'C:\\sourcevip\\sourceVip.json': '{"cniVersion":"0.2.0","ips":[{"version":"4","address":"10.244.5.2/24","gateway":"10.244.5.1"}]}',
        },
      );
      const doc = documentOf(await probe(scenario, { skipPortReservation: true }));
      const facts = parseNodeProbeOutput(JSON.stringify(doc), NODE);
      expect((doc['flannel'] as Record<string, { path: string }>)['netConf']!.path).toBe(`${sandbox}\\mounts\\kube-flannel\\net-conf.json`);
      expect(facts.flannel?.subnetEnv).toMatchObject({ present: true, path: 'C:\\run\\flannel\\subnet.env', subnet: '10.244.5.1/24' });
      expect(facts.flannel?.sourceVip).toEqual({ present: true, ip: '10.244.5.2/24' });
    });

    it('RKE2: containerd --config under C:\\var\\lib\\rancher\\rke2 and its CNI folders', async () => {
      const rke2 = 'C:\\var\\lib\\rancher\\rke2';
      const scenario = install(
        [{ Name: 'containerd.exe', CommandLine: `${rke2}\\bin\\containerd.exe -c ${rke2}\\agent\\etc\\containerd\\config.toml -a \\\\.\\pipe\\containerd-containerd`, ExecutablePath: `${rke2}\\bin\\containerd.exe` }],
        {
          [`${rke2}\\agent\\etc\\containerd\\config.toml`]: containerd2('c:/var/lib/rancher/rke2/agent/etc/cni/net.d', ['c:/var/lib/rancher/rke2/bin']),
          [`${rke2}\\agent\\etc\\cni\\net.d\\10-calico.conflist`]: JSON.stringify({ name: 'Calico', cniVersion: '0.3.1', plugins: [{ type: 'calico', mode: 'vxlan' }] }),
          [`${rke2}\\bin\\calico.exe`]: 'MZ',
        },
      );
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.containerd).toMatchObject({ configPath: `${rke2}\\agent\\etc\\containerd\\config.toml`, configSource: 'command-line' });
      expect(facts.cni).toMatchObject({ confPath: `C:\\var\\lib\\rancher\\rke2\\agent\\etc\\cni\\net.d\\10-calico.conflist`, type: 'calico' });
    });

    it('GKE: configuration under C:\\etc\\kubernetes', async () => {
      const scenario = install(
        [{ Name: 'kubelet.exe', CommandLine: 'C:\\etc\\kubernetes\\node\\bin\\kubelet.exe --config=C:\\etc\\kubernetes\\kubelet-config.yaml --hostname-override=akswin22-0', ExecutablePath: 'C:\\etc\\kubernetes\\node\\bin\\kubelet.exe' }],
        {
          'C:\\etc\\kubernetes\\cni\\config\\cni.conf': JSON.stringify({ cniVersion: '0.2.0', name: 'l2bridge', type: 'win-bridge', capabilities: { portMappings: true } }),
          'C:\\etc\\kubernetes\\cni\\win-bridge.exe': 'MZ',
          'C:\\etc\\kubernetes\\kubelet-config.yaml': 'kind: KubeletConfiguration\nclusterDNS:\n- 10.8.0.10\n',
        },
      );
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      // The containerd service still names the AKS config, which this node does not have.
      expect(facts.containerd).toEqual({ configPresent: false, configPath: 'C:\\k\\containerd\\containerd.toml' });
      expect(facts.cni).toMatchObject({ confPath: 'C:\\etc\\kubernetes\\cni\\config\\cni.conf', type: 'win-bridge', portMappings: true });
      expect(facts.kubelet?.configPath).toBe('C:\\etc\\kubernetes\\kubelet-config.yaml');
    });

    it('EKS: conf_dir under Program Files\\Amazon from the containerd config, kube-proxy service spelled kube-proxy', async () => {
      const amazon = 'C:\\Program Files\\Amazon\\EKS\\cni';
      const scenario = install(
        [{ Name: 'containerd.exe', CommandLine: '"C:\\Program Files\\containerd\\containerd.exe" --register-service --config "C:\\Program Files\\containerd\\config.toml"', ExecutablePath: 'C:\\Program Files\\containerd\\containerd.exe' }],
        {
          'C:\\Program Files\\containerd\\config.toml': `version = 2\n[plugins."io.containerd.grpc.v1.cri".cni]\n  bin_dir = "C:\\\\Program Files\\\\Amazon\\\\EKS\\\\cni"\n  conf_dir = "C:\\\\Program Files\\\\Amazon\\\\EKS\\\\cni\\\\config"\n`,
          [`${amazon}\\config\\vpc-bridge.conf`]: JSON.stringify({ cniVersion: '0.4.0', name: 'vpc', type: 'vpc-bridge', capabilities: { portMappings: true } }),
          [`${amazon}\\vpc-bridge.exe`]: 'MZ',
        },
      );
      (scenario.cim!['Win32_Service'] as unknown[]).push({ Name: 'kube-proxy', State: 'Running', StartMode: 'Auto', PathName: 'C:\\Program Files\\kubernetes\\kube-proxy.exe', ProcessId: 3100 });
      scenario.fileVersions = { [`${amazon}\\vpc-bridge.exe`]: { FileVersion: '1.0.0', ProductVersion: '1.0.0' } };
      const facts = parseNodeProbeOutput((await probe(scenario, { skipPortReservation: true })).stdout, NODE);
      expect(facts.cni).toMatchObject({ confPath: `${amazon}\\config\\vpc-bridge.conf`, type: 'vpc-bridge', pluginVersion: '1.0.0' });
      expect(facts.services?.find((x) => x.name === 'kube-proxy')).toEqual({ name: 'kube-proxy', present: true, state: 'Running', startMode: 'Automatic' });
    });
  });

  describe('node probe under pwsh: the DaemonSet bootstrap', () => {
    it('runs the script from the pod env and prints the document before the done marker', async () => {
      const manifest = probeDaemonSetManifest([NODE], { inputs: { skipPortReservation: true } });
      const template = manifest.spec!['template'] as { spec: { containers: { command: string[]; env: { name: string; value?: string }[] }[] } };
      const container = template.spec.containers[0]!;
      const env: Record<string, string> = {};
      for (const e of container.env) if (e.value !== undefined) env[e.name] = e.value;
      env['WINDBG_NODE_NAME'] = NODE; // the downward API (spec.nodeName) on a real node
      env['WINDBG_SLEEP_SECONDS'] = '0'; // the container would then sleep until its deadline
      const run = await runWithPwsh(pwsh, { command: container.command, env, scenario: aksNode() });
      expect(run.exitCode).toBe(0);
      const logs = run.stdout;
      expect(logs).toContain(DAEMONSET_DONE_MARKER);
      const facts = parseNodeProbeOutput(logs.slice(0, logs.indexOf(DAEMONSET_DONE_MARKER)), NODE);
      expect(facts.errors).toEqual([]);
      expect(facts.services?.find((s) => s.name === 'kube-proxy')?.present).toBe(true);
      expect(facts.ports?.reservationTest).toBeUndefined();
      expect(facts.networkHealth?.dnsVip).toEqual({ ip: '10.0.0.10', hasLoadBalancer: true });
    });
  });
}

