import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNodeProbeOutput } from '../src/probes/parse-node.js';
import { parsePodNetworkOutput } from '../src/probes/parse-pod-network.js';
import {
  parseCommandLineFlags,
  parseDynamicPortRange,
  parseExcludedPortRanges,
  parseSandboxImage,
  parseSourceVip,
  parseSourceVipRequest,
  splitWindowsCommandLine,
} from '../src/probes/parse-text.js';
import { asArray, extractJsonDocument } from '../src/probes/ps-json.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/probe-outputs/${name}`, import.meta.url), 'utf8');
const scenarioOutput = (node: string) =>
  readFileSync(new URL(`./fixtures/scenarios/demo/probe-outputs/${node}.json`, import.meta.url), 'utf8');

describe('node probe parser: Server 2022 AKS-like healthy node', () => {
  const facts = parseNodeProbeOutput(fixture('ws2022-aks-healthy.txt'), 'aksnpwin000002');

  it('reads identity and no errors', () => {
    expect(facts.schemaVersion).toBe(1);
    expect(facts.node).toBe('aksnpwin000002');
    expect(facts.collectedAt).toBe('2025-01-14T09:31:07.441Z');
    expect(facts.errors).toEqual([]);
  });

  it('reads services with Win32_Service "Auto" as Automatic', () => {
    expect(facts.services?.find((s) => s.name === 'kubelet')).toEqual({ name: 'kubelet', present: true, state: 'Running', startMode: 'Automatic' });
    expect(facts.services?.find((s) => s.name === 'docker')).toEqual({ name: 'docker', present: false });
    expect(facts.services?.find((s) => s.name === 'hns')?.startMode).toBe('Manual');
    expect(facts.services).toHaveLength(7);
  });

  it('reads HNS networks and counts', () => {
    expect(facts.hns?.networks.map((n) => [n.name, n.type])).toEqual([
      ['azure', 'L2Bridge'],
      ['nat', 'nat'],
    ]);
    expect(facts.hns?.networks[0]?.subnets).toEqual([{ addressPrefix: '10.224.0.0/16', gateway: '10.224.0.1' }]);
    expect(facts.hns?.networks[0]?.managementIp).toBe('10.224.0.4');
    expect(facts.hns?.networks[1]?.managementIp).toBeUndefined();
    expect(facts.hns?.endpointCount).toBe(14);
    expect(facts.hns?.loadBalancerPolicyCount).toBe(38);
    expect(facts.hns?.policyListCount).toBe(0);
  });

  it('reads adapters, ports and the reservation test', () => {
    expect(facts.adapters?.[0]).toEqual({ name: 'vEthernet (Ethernet 2)', status: 'Up', macAddress: '00-0D-3A-1F-22-5B', ipv4: ['10.224.0.4'] });
    expect(facts.ports?.dynamicStart).toBe(49152);
    expect(facts.ports?.dynamicCount).toBe(16384);
    expect(facts.ports?.excludedRanges).toEqual([
      { start: 10250, end: 10250 },
      { start: 49709, end: 49772 },
      { start: 49773, end: 49836 },
    ]);
    expect(facts.ports?.reservationTest).toEqual({ attempted: 10, succeeded: 10 });
  });

  it('reads containerd, kubelet and kube-proxy', () => {
    expect(facts.containerd).toEqual({
      configPresent: true,
      configPath: 'C:\\Program Files\\containerd\\config.toml',
      sandboxImage: 'mcr.microsoft.com/oss/kubernetes/pause:3.9',
    });
    expect(facts.kubelet?.running).toBe(true);
    expect(facts.kubelet?.flags['hostname-override']).toBe('aksnpwin000002');
    expect(facts.kubelet?.flags['pod-infra-container-image']).toBe('mcr.microsoft.com/oss/kubernetes/pause:3.9');
    expect(facts.kubelet?.flags['enforce-node-allocatable']).toBe('');
    expect(facts.kubeProxy?.flags['enable-dsr']).toBe('true');
    expect(facts.kubeProxy?.flags['feature-gates']).toBe('WinDSR=true');
    expect(facts.kubeProxy?.flags['hostname-override']).toBe('aksnpwin000002');
  });

  it('reads the CNI config containerd points at', () => {
    expect(facts.cni).toEqual({
      confPath: 'C:\\k\\azurecni\\netconf\\10-azure.conflist',
      type: 'azure-vnet',
      exceptionList: ['10.224.0.0/16', '10.0.0.0/16'],
      portMappings: true,
      loopbackDsr: true,
    });
  });

  it('reads flannel files as absent, no proxy, OS, resources and machine', () => {
    expect(facts.flannel?.subnetEnv).toEqual({ present: false, path: 'C:\\run\\flannel\\subnet.env' });
    expect(facts.flannel?.sourceVip).toEqual({ present: false });
    expect(facts.proxy).toEqual({});
    expect(facts.os).toEqual({
      productName: 'Windows Server 2022 Datacenter',
      build: 20348,
      ubr: 2966,
      hotfixes: ['KB5044281', 'KB5045933', 'KB5044415'],
      lastBootTime: '2025-01-12T02:40:11.700Z',
      uptimeSeconds: 197456,
    });
    expect(facts.resources?.systemDriveFreeBytes).toBe(61427142656);
    expect(facts.resources?.totalMemoryBytes).toBe(17179336704);
    expect(facts.machine).toEqual({ manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' });
    expect(facts.nodePortSelfTest).toBeUndefined();
  });
});

describe('node probe parser: Server 2019 flannel node', () => {
  const facts = parseNodeProbeOutput(fixture('ws2019-flannel.txt'), 'win19-flannel-1');

  it('reads the flannel CNI config with the HNS v2 exception schema', () => {
    expect(facts.cni).toEqual({
      confPath: 'C:\\etc\\cni\\net.d\\10-flannel.conf',
      type: 'flannel',
      delegateType: 'sdnoverlay',
      exceptionList: ['10.244.0.0/16', '10.96.0.0/12'],
      portMappings: true,
      pluginVersion: 'v0.3.0',
      flannelBackend: 'vxlan',
      loopbackDsr: false,
    });
  });

  it('reads subnet.env and the SourceVip files', () => {
    expect(facts.flannel).toEqual({
      subnetEnv: { present: true, path: 'C:\\run\\flannel\\subnet.env', network: '10.244.0.0/16', subnet: '10.244.3.1/24' },
      sourceVip: { present: true, ip: '10.244.3.2/24' },
      sourceVipRequest: { present: true, ip: '10.244.3.0/24' },
    });
  });

  it('reads the overlay networks, flanneld, kube-proxy flags and the VMware machine', () => {
    expect(facts.hns?.networks.map((n) => n.name)).toEqual(['External', 'vxlan0']);
    expect(facts.hns?.networks[1]?.type).toBe('Overlay');
    expect(facts.services?.find((s) => s.name === 'flanneld')?.state).toBe('Running');
    expect(facts.kubeProxy?.flags['hostname-override']).toBe('win19-flannel-1');
    expect(facts.kubeProxy?.flags['enable-dsr']).toBe('false');
    expect(facts.kubeProxy?.flags['source-vip']).toBe('10.244.3.2');
    expect(facts.os?.build).toBe(17763);
    expect(facts.os?.ubr).toBe(6532);
    expect(facts.machine?.manufacturer).toBe('VMware, Inc.');
    expect(facts.computerName).toBe('WIN19-FLANNEL-1');
  });
});

describe('node probe parser: port exhaustion', () => {
  const facts = parseNodeProbeOutput(fixture('port-exhaustion.txt'), 'aksnpwin000007');

  it('shows the failed reservation test and the excluded ranges covering the dynamic range', () => {
    expect(facts.ports?.reservationTest).toEqual({
      attempted: 10,
      succeeded: 0,
      error: 'WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055',
    });
    expect(facts.ports?.excludedRanges).toHaveLength(257);
    expect(facts.ports?.excludedRanges[1]).toEqual({ start: 49152, end: 49215 });
    expect(facts.ports?.excludedRanges.at(-1)).toEqual({ start: 65472, end: 65535 });
    expect(facts.hns?.loadBalancerPolicyCount).toBe(1103);
    expect(facts.kubeProxy?.flags['enable-dsr']).toBeUndefined();
  });

  it('reads the local endpoint count next to the total', () => {
    expect([facts.hns?.endpointCount, facts.hns?.localEndpointCount]).toEqual([61, 28]);
  });
});

describe('node probe parser: half the probes failed', () => {
  const facts = parseNodeProbeOutput(fixture('half-failed.txt'), 'aksnpwin000003');

  it('keeps the errors and leaves the failed sections unknown', () => {
    expect(facts.errors.map((e) => e.probe)).toEqual(['hns', 'ports', 'portReservation', 'containerd', 'cni', 'os', 'machine']);
    expect(facts.errors[0]?.message).toContain("'Get-HnsNetwork' is not recognized");
    expect(facts.hns).toBeUndefined();
    expect(facts.ports).toBeUndefined();
    expect(facts.containerd).toBeUndefined();
    expect(facts.cni).toBeUndefined();
    expect(facts.os).toBeUndefined();
    expect(facts.machine).toBeUndefined();
  });

  it('still reads what worked', () => {
    expect(facts.services?.find((s) => s.name === 'kube-proxy')).toEqual({ name: 'kube-proxy', present: true, state: 'Stopped', startMode: 'Automatic' });
    expect(facts.kubeProxy).toEqual({ running: false, flags: {} });
    expect(facts.adapters).toHaveLength(2);
    expect(facts.resources?.freeMemoryBytes).toBe(9183797248);
  });
});

describe('node probe parser: Windows PowerShell 5.1 quirks', () => {
  const facts = parseNodeProbeOutput(fixture('ps51-quirks.txt'), 'win-quirks');

  it('survives BOM, CRLF and a trailing warning line; reads "1" as schemaVersion and \\/Date()\\/ times', () => {
    expect(facts.schemaVersion).toBe(1);
    expect(facts.collectedAt).toBe('2025-01-14T09:31:07.441Z');
    expect(facts.os?.lastBootTime).toBe('2025-01-11T12:53:20.000Z');
  });

  it('reads a flattened one-element errors array', () => {
    expect(facts.errors[0]).toEqual({ probe: 'adapters', message: 'Get-NetAdapter : Access is denied.' });
  });

  it('maps numeric service enums and string booleans', () => {
    expect(facts.services?.[0]).toEqual({ name: 'kubelet', present: true, state: 'Running', startMode: 'Automatic' });
    expect(facts.services?.find((s) => s.name === 'flanneld')).toEqual({ name: 'flanneld', present: true, state: 'Stopped', startMode: 'Manual' });
  });

  it('reads flattened single network and subnet objects and numbers written as strings', () => {
    expect(facts.hns?.networks).toEqual([
      {
        name: 'cbr0',
        type: 'L2Bridge',
        id: 'B3C4D5E6-0000-4000-8000-000000000001',
        subnets: [{ addressPrefix: '10.244.1.0/24', gateway: '10.244.1.1' }],
        managementIp: '10.0.0.21',
      },
    ]);
    expect(facts.hns?.endpointCount).toBe(12);
    expect(facts.hns?.loadBalancerPolicyCount).toBe(3);
    expect(facts.os?.hotfixes).toEqual(['KB5034127']);
    expect(facts.os?.ubr).toBe(5830);
    expect(facts.resources).toEqual({ systemDriveFreeBytes: 1073741824, systemDriveTotalBytes: 42947571712 });
  });

  it('turns depth-truncated sections into errors instead of facts', () => {
    expect(facts.adapters).toBeUndefined();
    expect(facts.errors).toContainEqual({ probe: 'adapters', message: 'the adapters section is garbled (System.Collections.Hashtable)' });
    expect(facts.ports?.dynamicStart).toBe(10000);
    expect(facts.ports?.dynamicCount).toBe(55535);
    expect(facts.ports?.excludedRanges).toEqual([{ start: 2869, end: 2869 }]);
    expect(facts.ports?.reservationTest).toBeUndefined();
  });

  it('reads a commented TOML line, a quoted exe path, space-separated flags, a BOM inside the CNI file', () => {
    expect(facts.containerd?.sandboxImage).toBe('mcr.microsoft.com/oss/kubernetes/pause:3.6');
    expect(facts.kubelet?.flags).toEqual({ 'hostname-override': 'win-quirks', v: '2', 'node-labels': 'a=b,c=d', 'windows-service': 'true' });
    expect(facts.kubeProxy).toEqual({ running: false, flags: {} });
    expect(facts.cni).toEqual({
      confPath: 'C:\\k\\cni\\config\\cni.conf',
      type: 'flannel',
      delegateType: 'win-bridge',
      exceptionList: ['10.244.0.0/16', '10.96.0.0/12', '10.0.0.0/24'],
      portMappings: false,
      pluginVersion: '0.8.5',
      flannelBackend: 'host-gw',
      loopbackDsr: false,
    });
  });

  it('keeps empty strings out of proxy facts, reads the NodePort self-test, reports unknown sections', () => {
    expect(facts.proxy).toEqual({ httpProxy: 'http://proxy.corp.example:3128' });
    expect(facts.nodePortSelfTest).toEqual({
      port: 30080,
      ok: false,
      target: '10.0.0.21',
      detail: 'A connection attempt failed because the connected party did not properly respond after a period of time',
    });
    expect(facts.errors).toContainEqual({ probe: 'output', message: 'unknown sections ignored: futureSection' });
  });
});

describe('node probe parser: bad input never throws', () => {
  it('empty output', () => {
    expect(parseNodeProbeOutput('', 'n1').errors).toEqual([{ probe: 'output', message: 'the probe printed nothing' }]);
  });
  it('a PowerShell error instead of JSON', () => {
    const facts = parseNodeProbeOutput('powershell.exe : The term is not recognized\r\n', 'n1');
    expect(facts.errors[0]?.probe).toBe('output');
    expect(facts.errors[0]?.message).toContain('no JSON document');
    expect(facts.services).toBeUndefined();
  });
  it('a JSON document cut in half', () => {
    const facts = parseNodeProbeOutput('{"schemaVersion":1,"services":[{"name":"kub', 'n1');
    expect(facts.errors[0]?.message).toContain('no JSON document');
  });
  it('a newer schema version', () => {
    const facts = parseNodeProbeOutput('{"schemaVersion":2,"services":[]}', 'n1');
    expect(facts.errors).toEqual([{ probe: 'output', message: 'the probe output has schemaVersion 2, expected 1' }]);
    expect(facts.services).toBeUndefined();
  });
  it('a section of the wrong type', () => {
    const facts = parseNodeProbeOutput('{"schemaVersion":1,"hns":[1,2],"os":"System.Collections.Hashtable"}', 'n1');
    expect(facts.hns).toBeUndefined();
    expect(facts.errors.map((e) => e.probe)).toEqual(['hns', 'os']);
  });
});

describe('demo scenario probe outputs tell a consistent story', () => {
  it('akswin22-0 shows port exhaustion without DSR', () => {
    const facts = parseNodeProbeOutput(scenarioOutput('akswin22-0'), 'akswin22-0');
    expect(facts.errors).toEqual([]);
    expect(facts.ports?.reservationTest?.succeeded).toBe(2);
    expect(facts.hns?.loadBalancerPolicyCount).toBe(412);
    expect(facts.kubeProxy?.flags['enable-dsr']).toBeUndefined();
    expect(facts.os?.build).toBe(20348);
  });
  it('akswin22-1 runs an old pause image as sandbox_image', () => {
    const facts = parseNodeProbeOutput(scenarioOutput('akswin22-1'), 'akswin22-1');
    expect(facts.containerd?.sandboxImage).toBe('mcr.microsoft.com/k8s/core/pause:1.2.0');
    expect(facts.ports?.reservationTest?.succeeded).toBe(10);
  });
  it('win19-0 runs kube-proxy without --hostname-override', () => {
    const facts = parseNodeProbeOutput(scenarioOutput('win19-0'), 'win19-0');
    expect(facts.kubeProxy?.running).toBe(true);
    expect(facts.kubeProxy?.flags['hostname-override']).toBeUndefined();
    expect(facts.kubelet?.flags['hostname-override']).toBe('win19-0');
    expect(facts.os?.build).toBe(17763);
    expect(facts.flannel?.subnetEnv.present).toBe(true);
  });
  it('win25-0 (containerd 2 config) and win2004-0 are healthy', () => {
    const win25 = parseNodeProbeOutput(scenarioOutput('win25-0'), 'win25-0');
    expect(win25.os?.build).toBe(26100);
    expect(win25.containerd?.sandboxImage).toBe('mcr.microsoft.com/oss/kubernetes/pause:3.10');
    expect(win25.cni?.exceptionList).toEqual(['10.244.0.0/16', '10.96.0.0/12', '192.168.40.0/24']);
    const win2004 = parseNodeProbeOutput(scenarioOutput('win2004-0'), 'win2004-0');
    expect(win2004.os?.build).toBe(19041);
    expect(win2004.kubeProxy?.flags['hostname-override']).toBe('win2004-0');
    expect(win2004.errors).toEqual([]);
  });
});

describe('text parsers', () => {
  it('dynamic port range, localized labels included', () => {
    expect(parseDynamicPortRange('Protokoll tcp Dynamischer Portbereich\n----\nStartport       : 1025\nAnzahl der Ports: 64510\n')).toEqual({
      start: 1025,
      count: 64510,
    });
    expect(parseDynamicPortRange('The requested operation requires elevation (Run as administrator).')).toBeUndefined();
    expect(parseDynamicPortRange('Start Port : 65000\nNumber of Ports : 9000')).toBeUndefined();
  });
  it('excluded port ranges ignore headers and the footnote', () => {
    expect(parseExcludedPortRanges('Start Port    End Port\n----------    --------\n      5985        5985     *\n\n* - Administered port exclusions.')).toEqual([
      { start: 5985, end: 5985 },
    ]);
  });
  it('sandbox image: none configured', () => {
    expect(parseSandboxImage('version = 2\n# sandbox_image = "x"\n')).toBeUndefined();
  });
  it('command lines split like CommandLineToArgvW', () => {
    expect(splitWindowsCommandLine('"C:\\Program Files\\k\\kubelet.exe" --a="x y" --b=c:\\k\\ --c \\"q\\"')).toEqual([
      'C:\\Program Files\\k\\kubelet.exe',
      '--a=x y',
      '--b=c:\\k\\',
      '--c',
      '"q"',
    ]);
    expect(parseCommandLineFlags('kube-proxy.exe --v=3 --enable-dsr --hostname-override=$(hostname)')).toEqual({
      v: '3',
      'enable-dsr': 'true',
      'hostname-override': '$(hostname)',
    });
  });
  it('SourceVip files in both CNI result formats', () => {
    expect(parseSourceVip('{"cniVersion":"0.3.1","ips":[{"version":"4","address":"10.244.7.2/24"}]}')).toBe('10.244.7.2/24');
    expect(parseSourceVipRequest('{"ipam":{"type":"host-local","subnet":"10.244.7.0/24"}}')).toBe('10.244.7.0/24');
    expect(parseSourceVip('not json')).toBeUndefined();
  });
  it('JSON extraction and array flattening helpers', () => {
    expect(extractJsonDocument('\uFEFFWARNING: x\r\n{"a":1}\r\n').value).toEqual({ a: 1 });
    expect(asArray({ a: 1 })).toEqual([{ a: 1 }]);
    expect(asArray('System.Object[]')).toEqual([]);
  });
});

describe('pod-network probe parser', () => {
  const pod = { namespace: 'web', name: 'iis-7d9' };
  it('reads every reachability result', () => {
    const raw =
      '\uFEFF{"schemaVersion":1,"computerName":"IIS-7D9","collectedAt":"2025-01-14T10:00:00Z","errors":[],' +
      '"dnsSuffixes":"web.svc.cluster.local",' +
      '"dnsFqdn":{"target":"kubernetes.default.svc.cluster.local","ok":true,"detail":"10.0.0.1"},' +
      '"dnsPartial":{"target":"kubernetes.default","ok":false,"detail":"kubernetes.default : DNS name does not exist"},' +
      '"tcpClusterIp":{"target":"10.0.0.1:443","ok":true,"detail":"connected"},' +
      '"tcpApiServer":{"target":"10.224.0.4:443","ok":"True","detail":"connected"},' +
      '"tcpExternal":{"target":"1.1.1.1:443","ok":true,"detail":"connected"},' +
      '"icmpExternal":{"target":"1.1.1.1","ok":false,"detail":"no reply"}}\r\n';
    const facts = parsePodNetworkOutput(raw, pod, 'pod');
    expect(facts.pod).toEqual(pod);
    expect(facts.vantage).toBe('pod');
    expect(facts.errors).toEqual([]);
    // One suffix, flattened to a bare string the way 5.1 writes a one-element list.
    expect(facts.dnsSuffixes).toEqual(['web.svc.cluster.local']);
    expect(facts.dnsFqdn).toEqual({ target: 'kubernetes.default.svc.cluster.local', ok: true, detail: '10.0.0.1' });
    expect(facts.dnsPartial?.ok).toBe(false);
    expect(facts.tcpApiServer?.ok).toBe(true);
    expect(facts.icmpExternal).toEqual({ target: '1.1.1.1', ok: false, detail: 'no reply' });
    expect(facts.tcpExternal?.ok).toBe(true);
  });
  it('records errors and garbled entries', () => {
    const raw = '{"schemaVersion":1,"errors":{"probe":"dnsSuffixes","message":"Get-DnsClientGlobalSetting : Access denied"},"dnsSuffixes":[{"a":1}],"dnsFqdn":"System.Collections.Hashtable"}';
    const facts = parsePodNetworkOutput(raw, pod, 'sidecar-pod');
    expect(facts.errors).toEqual([
      { probe: 'dnsSuffixes', message: 'Get-DnsClientGlobalSetting : Access denied' },
      { probe: 'dnsSuffixes', message: 'the dnsSuffixes result is garbled' },
      { probe: 'dnsFqdn', message: 'the dnsFqdn result is garbled' },
    ]);
    expect(facts.dnsSuffixes).toBeUndefined();
    expect(facts.dnsFqdn).toBeUndefined();
  });
  it('wrong schema and no output', () => {
    expect(parsePodNetworkOutput('{"schemaVersion":7}', pod, 'pod').errors[0]?.message).toContain('schemaVersion 7');
    expect(parsePodNetworkOutput('', pod, 'pod').errors[0]?.message).toBe('the probe printed nothing');
  });
});

describe('node probe parser: Windows PowerShell 5.1 shapes', () => {
  // What 5.1's ConvertTo-Json makes of the same document: enum numbers, \/Date()\/, one-element
  // arrays flattened, Get-Content strings with their PSPath notes, values past -Depth as type names.
  const doc = {
    schemaVersion: 1,
    errors: { probe: 'hcnLoadBalancers', message: 'Unable to load DLL' },
    services: { name: 'kube-proxy', serviceName: 'kubeproxy', present: true, state: 4, startMode: 2 },
    kubelet: { running: true, commandLine: 'c:\\k\\kubelet.exe --cluster-dns=10.0.0.10 --config=c:\\k\\kubelet-config.yaml', configPath: 'c:\\k\\kubelet-config.yaml' },
    containerd: {
      configPresent: true,
      configPath: 'C:\\Program Files\\containerd\\config.toml',
      configSource: 'default-path',
      configText: { value: 'version = 2\n[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "mcr.microsoft.com/oss/kubernetes/pause:3.9"\n', PSPath: 'Microsoft.PowerShell.Core\\FileSystem::C:\\Program Files\\containerd\\config.toml', PSChildName: 'config.toml', ReadCount: 1 },
    },
    clusterConfig: { path: 'C:\\k\\kubeclusterconfig.json', text: { value: '{"Kubernetes":{"Network":{"ServiceCidr":"10.0.0.0/16","DnsIp":"10.0.0.10"}}}', PSPath: 'x' } },
    hns: {
      source: 'hns-module',
      networks: { name: 'azure', type: 'L2Bridge', id: 'A1D8C1E2-7B7A-4C77-9E0B-3C2C2F41F0D1', subnets: { addressPrefix: '10.224.0.0/16', gateway: '10.224.0.1' }, managementIp: '169.254.4.7' },
      endpointCount: '1',
      localEndpointCount: 1,
      endpoints: { id: '4f1c6a0e-5e1b-4d3a-9b0e-2b7c3d4e5f60', ipAddress: '10.224.0.31', state: '3', isRemote: 'False', portGuid: '9a3b1c2d-1111-4a2b-8c3d-4e5f6a7b8c9d' },
      policyListCount: 1,
      loadBalancerSource: 'policylists',
      loadBalancerCount: 1,
      loadBalancers: { id: 'd7e3f4a5-5555-4e6f-8a7b-9c0d1e2f3a4b', state: 2, vips: '10.0.0.1', protocol: 6, internalPort: 443, externalPort: 443, isDsr: 'False', localRoutedVip: false, endpointIds: '4f1c6a0e-5e1b-4d3a-9b0e-2b7c3d4e5f60' },
    },
    vfp: {
      ports: {
        endpointId: '4F1C6A0E-5E1B-4D3A-9B0E-2B7C3D4E5F60',
        stateExitCode: 0,
        stateText: 'Port State\r\n  Enabled : TRUE\r\n  Blocked : TRUE\r\n  Blocked on restore : FALSE\r\n',
        dsrRulesExitCode: 0,
        dsrRulesText: 'ITEM LIST\r\n===========\r\n\r\n  RULE : LB_DSR_4f1c6a0e_169.254.4.7_10.0.0.1_443_443_6\r\n    Friendly name : LB_DSR_4f1c6a0e_169.254.4.7_10.0.0.1_443_443_6\r\n',
      },
    },
    os: { build: '20348', hotfixes: 'KB5041160', lastBootTime: '/Date(1736489564000)/' },
    adapters: 'System.Collections.Specialized.OrderedDictionary',
  };
  const facts = parseNodeProbeOutput(JSON.stringify(doc), 'akswin22-0');

  it('reads enum numbers, flattened arrays and \\/Date()\\/ values', () => {
    expect(facts.errors.map((e) => e.probe)).toEqual(['hcnLoadBalancers', 'adapters']);
    expect(facts.services).toEqual([{ name: 'kube-proxy', serviceName: 'kubeproxy', present: true, state: 'Running', startMode: 'Automatic' }]);
    expect(facts.os).toMatchObject({ build: 20348, hotfixes: ['KB5041160'], lastBootTime: '2025-01-10T06:12:44.000Z' });
    expect(facts.hns?.networks[0]?.subnets).toEqual([{ addressPrefix: '10.224.0.0/16', gateway: '10.224.0.1' }]);
  });

  it('reads Get-Content strings serialized with their PSPath notes', () => {
    expect(facts.containerd).toEqual({ configPresent: true, configPath: 'C:\\Program Files\\containerd\\config.toml', configSource: 'default-path', sandboxImage: 'mcr.microsoft.com/oss/kubernetes/pause:3.9' });
    expect(facts.clusterNetwork).toEqual({ serviceCidr: '10.0.0.0/16', dnsIp: '10.0.0.10' });
  });

  it('reads one endpoint and one load balancer, with [string] booleans, and merges the VFP results', () => {
    expect(facts.hns?.endpoints).toEqual([
      { id: '4F1C6A0E-5E1B-4D3A-9B0E-2B7C3D4E5F60', ipAddress: '10.224.0.31', state: 3, isRemote: false, portGuid: '9A3B1C2D-1111-4A2B-8C3D-4E5F6A7B8C9D', vfpBlocked: true, dsrRules: ['LB_DSR_4f1c6a0e_169.254.4.7_10.0.0.1_443_443_6'] },
    ]);
    expect(facts.hns?.loadBalancers).toEqual([
      { id: 'D7E3F4A5-5555-4E6F-8A7B-9C0D1E2F3A4B', state: 2, vips: ['10.0.0.1'], protocol: 6, internalPort: 443, externalPort: 443, isDsr: false, localRoutedVip: false, endpointIds: ['4F1C6A0E-5E1B-4D3A-9B0E-2B7C3D4E5F60'] },
    ]);
  });

  it('judges the network: APIPA management IP, blocked VFP port, no DNS VIP, ClusterIP without DSR', () => {
    expect(facts.networkHealth).toEqual({
      apipaManagementIps: [{ network: 'azure', ip: '169.254.4.7' }],
      invalidLocalEndpoints: [],
      blockedVfpPorts: [{ id: '4F1C6A0E-5E1B-4D3A-9B0E-2B7C3D4E5F60', ipAddress: '10.224.0.31' }],
      invalidLoadBalancers: [],
      staleRemoteEndpoints: [],
      missingLoadBalancerEndpoints: [],
      dnsVip: { ip: '10.0.0.10', hasLoadBalancer: false },
      clusterIpWithoutDsr: ['10.0.0.1'],
    });
  });
});

describe('node probe parser: what else Windows PowerShell 5.1 puts around and into the output', () => {
  const dynamic = '\r\nProtocol tcp Dynamic Port Range\r\n---------------------------------\r\nStart Port      : 49152\r\nNumber of Ports : 16384\r\n\r\n';

  it('native stderr as 5.1 renders an ErrorRecord under 2>&1 ("At line:1 char:1") does not pass for the port range', () => {
    const record =
      'netsh.exe : The requested operation requires elevation (Run as administrator).\r\n' +
      'At line:1 char:1\r\n' +
      '+ netsh int ipv4 show dynamicport tcp 2>&1\r\n' +
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n' +
      '    + CategoryInfo          : NotSpecified: (The requested ...dministrator).:String) [], RemoteException\r\n' +
      '    + FullyQualifiedErrorId : NativeCommandError\r\n \r\n';
    const doc = {
      schemaVersion: 1,
      psVersion: '5.1.20348.2652',
      errors: { probe: 'udpPorts', message: 'netsh.exe exited with code 1: The requested operation requires elevation (Run as administrator).' },
      ports: { dynamicRaw: record + dynamic, excludedRaw: `${record}\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n     50000       50059\r\n` },
    };
    const facts = parseNodeProbeOutput(JSON.stringify(doc), 'akswin22-0');
    expect(facts.errors).toEqual([{ probe: 'udpPorts', message: 'netsh.exe exited with code 1: The requested operation requires elevation (Run as administrator).' }]);
    expect(facts.ports).toMatchObject({ dynamicStart: 49152, dynamicCount: 16384, excludedRanges: [{ start: 50000, end: 50059 }] });
    expect(facts.ports?.udp).toBeUndefined();
  });

  it('progress records 5.1 writes as CLIXML on a redirected stdout, before the document, are skipped', () => {
    const clixml =
      '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj S="progress" RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>' +
      '<MS><I64 N="SourceId">1</I64><PR N="Record"><AV>Preparing modules for first use.</AV><AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj></Objs>\r\n';
    const doc = { schemaVersion: 1, errors: [], machine: { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' } };
    const facts = parseNodeProbeOutput(`${clixml}${JSON.stringify(doc)}\r\n`, 'akswin22-0');
    expect(facts.errors).toEqual([]);
    expect(facts.machine).toEqual({ manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' });
  });

  it('a document written as ASCII with \\u escapes (no console code page can alter it) gives back the Japanese and German text', () => {
    const raw =
      '{"schemaVersion":1,"errors":[],"adapters":[{"name":"vEthernet (\\u30a4\\u30fc\\u30b5\\u30cd\\u30c3\\u30c8 2)","status":"Up","ipv4":["10.224.0.33"]}],' +
      '"os":{"productName":"Windows Server 2022 Datacenter (Gr\\u00f6\\u00dfe M)","build":"20348"}}\r\n';
    expect([...Buffer.from(raw, 'utf8')].every((b) => b < 0x80)).toBe(true);
    const facts = parseNodeProbeOutput(raw, 'akswin22-0');
    expect(facts.adapters?.[0]?.name).toBe('vEthernet (イーサネット 2)');
    expect(facts.os?.productName).toBe('Windows Server 2022 Datacenter (Größe M)');
  });
});

