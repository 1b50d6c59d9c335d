/**
 * What scripts/collect-bundle.ps1 streams from a node of the simulated cluster, in its exact line
 * format (header, F/D/E per file, Z <count>, CRLF line ends, 57,344-byte chunks). The files are
 * built from the scenario: kubelet, kube-proxy, containerd (and flanneld) logs from the events of
 * the node's pods, event logs from the node's services and boot time, HNS state, ipconfig /all and
 * route print from the node probe output. Like real node logs they hold credentials: a bearer
 * token in a kubelet request trace and a kubeconfig echoed by the kubelet start script.
 */
import { createHash } from 'node:crypto';

type Loose = Record<string, any>; // plain JSON objects

export interface BundleInputs {
  node: Loose;
  /** Pods bound to the node. */
  pods: Loose[];
  /** Events about the node and its pods. */
  events: Loose[];
  /** The node probe output for the node, when the scenario has one. */
  probeStdout?: string;
  now?: Date;
}

const CHUNK_BYTES = 57344;

/** The line stream for a list of files, as Send-Bytes writes it. */
export function bundleStream(files: { path: string; content: string | Buffer }[], opts: { complete?: boolean } = {}): string {
  const lines = ['windbg-bundle 1'];
  for (const file of files) {
    lines.push(`F ${Buffer.from(file.path, 'utf8').toString('base64')}`);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) lines.push(`D ${bytes.subarray(offset, offset + CHUNK_BYTES).toString('base64')}`);
    lines.push('E');
  }
  if (opts.complete !== false) lines.push(`Z ${files.length}`);
  return lines.map((l) => `${l}\r\n`).join('');
}

function guid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function mac(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex').toUpperCase();
  return `00-15-5D-${h.slice(0, 2)}-${h.slice(2, 4)}-${h.slice(4, 6)}`;
}

function pid(seed: string): number {
  return 1000 + (parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 4), 16) % 8000);
}

const CRLF = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

function klogTime(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}${pad((date.getTime() * 7) % 1000, 3)}`;
}

function klog(level: 'I' | 'W' | 'E', date: Date, threadId: number, where: string, text: string): string {
  return `${level}${klogTime(date)}    ${threadId} ${where}] ${text}`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function eventTime(e: Loose): Date {
  return new Date(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? Date.now());
}

/** `Format-List` of event records, as Out-String renders it. */
function formatEvents(records: { time: Date; id: number; level: string; provider: string; message: string }[]): string {
  if (records.length === 0) return 'no events in the period';
  const lines = ['', ''];
  for (const r of records) {
    const t = r.time;
    const hours = t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12;
    const stamp = `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${hours}:${String(t.getUTCMinutes()).padStart(2, '0')}:${String(t.getUTCSeconds()).padStart(2, '0')} ${t.getUTCHours() < 12 ? 'AM' : 'PM'}`;
    lines.push(`TimeCreated      : ${stamp}`, `Id               : ${r.id}`, `LevelDisplayName : ${r.level}`, `ProviderName     : ${r.provider}`, `Message          : ${r.message}`, '');
  }
  lines.push('');
  return CRLF(lines);
}

function parseProbe(stdout: string | undefined): Loose {
  if (!stdout) return {};
  try {
    const value = JSON.parse(stdout.trim()) as unknown;
    return value && typeof value === 'object' ? (value as Loose) : {};
  } catch {
    return {};
  }
}

function fakeJwt(seed: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const signature = createHash('sha256').update(seed).digest('base64url');
  return `${part({ alg: 'RS256', kid: guid(seed).slice(0, 8) })}.${part({ iss: 'https://kubernetes.default.svc.cluster.local', sub: `system:node:${seed}` })}.${signature}`;
}

function apiServerUrl(probe: Loose): string {
  const kubeconfigLine = /--kubeconfig=([^\s"]+)/.exec(String(probe.kubelet?.commandLine ?? ''));
  return kubeconfigLine ? 'https://kubernetes.default.svc.cluster.local:443' : 'https://10.0.0.1:443';
}

function kubeletLog(inputs: BundleInputs, probe: Loose, boot: Date): string {
  const node = inputs.node;
  const name: string = node.metadata.name;
  const thread = pid(`${name}/kubelet`);
  const version = node.status?.nodeInfo?.kubeletVersion ?? 'v1.30.4';
  const lines: [Date, string][] = [];
  const at = (seconds: number) => new Date(boot.getTime() + seconds * 1000);
  lines.push([at(41), klog('I', at(41), thread, 'server.go:484', `"Kubelet version" kubeletVersion=${quote(version)}`)]);
  lines.push([at(41), klog('I', at(41), thread, 'server.go:486', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""')]);
  lines.push([at(42), klog('I', at(42), thread, 'kubelet_node_status.go:76', `"Attempting to register node" node=${quote(name)}`)]);
  lines.push([at(43), klog('I', at(43), thread, 'kubelet_node_status.go:79', `"Successfully registered node" node=${quote(name)}`)]);
  const traced = new Date(inputs.now!.getTime() - 90_000);
  lines.push([
    traced,
    klog('I', traced, thread, 'round_trippers.go:466', `curl -v -XGET  -H "Accept: application/vnd.kubernetes.protobuf,application/json" -H "User-Agent: kubelet.exe/${version} (windows/amd64) kubernetes" -H "Authorization: Bearer ${fakeJwt(name)}" '${apiServerUrl(probe)}/api/v1/nodes/${name}?resourceVersion=0&timeout=10s'`),
  ]);
  lines.push([traced, klog('I', traced, thread, 'round_trippers.go:553', `GET ${apiServerUrl(probe)}/api/v1/nodes/${name}?resourceVersion=0&timeout=10s 200 OK in 4 milliseconds`)]);
  const podsByName = new Map(inputs.pods.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p]));
  for (const e of inputs.events) {
    if (e.source?.component !== 'kubelet' && e.reportingComponent !== 'kubelet') continue;
    const time = eventTime(e);
    const object = `${e.involvedObject?.namespace ? `${e.involvedObject.namespace}/` : ''}${e.involvedObject?.name ?? ''}`;
    const pod = podsByName.get(object);
    if (e.type === 'Warning' && pod) {
      lines.push([time, klog('E', time, thread, 'pod_workers.go:1301', `"Error syncing pod, skipping" err=${quote(`failed to "${e.reason}" with ${e.reason}: ${quote(e.message ?? '')}`)} pod=${quote(object)} podUID=${quote(pod.metadata.uid ?? guid(object).toLowerCase())}`)]);
    }
    lines.push([
      time,
      klog(e.type === 'Warning' ? 'W' : 'I', time, thread, 'event.go:389', `"Event occurred" object=${quote(object)} fieldPath=${quote(e.involvedObject?.fieldPath ?? '')} kind=${quote(e.involvedObject?.kind ?? 'Pod')} apiVersion="v1" type=${quote(e.type ?? 'Normal')} reason=${quote(e.reason ?? '')} message=${quote(e.message ?? '')}`),
    ]);
  }
  return CRLF(lines.sort((a, b) => a[0].getTime() - b[0].getTime()).map(([, l]) => l));
}

/** The kubelet start script echoes the kubeconfig it wrote, key and all, into its error log. */
function kubeletErrLog(inputs: BundleInputs, boot: Date): string {
  const name: string = inputs.node.metadata.name;
  const key = Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${createHash('sha256').update(name).digest('base64')}\n-----END RSA PRIVATE KEY-----\n`).toString('base64');
  const cert = Buffer.from(`-----BEGIN CERTIFICATE-----\nMIIDFDCCAfygAwIBAgIQ${createHash('sha1').update(name).digest('base64')}\n-----END CERTIFICATE-----\n`).toString('base64');
  return CRLF([
    `${boot.toISOString()} kubeletstart.ps1: wrote c:\\k\\config:`,
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    '    certificate-authority: c:\\k\\ca.crt',
    '    server: https://kubernetes.default.svc.cluster.local:443',
    '  name: localcluster',
    'users:',
    `- name: client`,
    '  user:',
    `    client-certificate-data: ${cert}`,
    `    client-key-data: ${key}`,
    'contexts:',
    '- context:',
    '    cluster: localcluster',
    '    user: client',
    '  name: localclustercontext',
    'current-context: localclustercontext',
  ]);
}

function kubeProxyLog(inputs: BundleInputs, probe: Loose, boot: Date): string {
  const name: string = inputs.node.metadata.name;
  const thread = pid(`${name}/kube-proxy`);
  const commandLine = String(probe.kubeProxy?.commandLine ?? '');
  const network = /--network-name=(\S+)/.exec(commandLine)?.[1] ?? probe.hns?.networks?.[0]?.name ?? 'cbr0';
  const dsr = /--enable-dsr=true/.test(commandLine);
  const at = (seconds: number) => new Date(boot.getTime() + seconds * 1000);
  const lines = [
    klog('I', at(47), thread, 'server.go:1062', `"Using kernelspace Proxier."`),
    klog('I', at(47), thread, 'proxier.go:633', `"Hns Network loaded" hnsNetworkInfo={"Name":${quote(network)},"ID":${quote(probe.hns?.networks?.[0]?.id ?? guid(network))}}`),
    klog('I', at(48), thread, 'proxier.go:700', `"DSR" enabled=${dsr}`),
  ];
  const lbCount = Number(probe.hns?.loadBalancerCount ?? 0);
  if (!dsr && lbCount > 300) {
    // Without DSR every load balancer holds ephemeral ports; past a few hundred policies creation fails.
    for (let i = 0; i < 3; i++) {
      const when = new Date(inputs.now!.getTime() - (3 - i) * 300_000);
      lines.push(
        klog('E', when, thread, 'hns.go:436', `"Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013) {\\"Success\\":false,\\"Error\\":\\"The specified port already exists. \\",\\"ErrorCode\\":2151350291}"`),
        klog('E', when, thread, 'proxier.go:1461', `"Policy creation failed" err="The specified port already exists."`),
      );
    }
  }
  lines.push(klog('I', new Date(inputs.now!.getTime() - 30_000), thread, 'proxier.go:1098', `"Syncing Policies" loadBalancers=${lbCount}`));
  return CRLF(lines);
}

function containerdLog(inputs: BundleInputs, boot: Date): string {
  const runtime = String(inputs.node.status?.nodeInfo?.containerRuntimeVersion ?? 'containerd://1.7.20');
  const stamp = (d: Date) => d.toISOString().replace(/\.(\d+)Z$/, (_m, ms: string) => `.${ms.padEnd(7, '0')}Z`);
  const lines: [Date, string][] = [[new Date(boot.getTime() + 35_000), `time="${stamp(new Date(boot.getTime() + 35_000))}" level=info msg="starting containerd" revision=a1b2c3d version=${runtime.split('://')[1] ?? runtime}`]];
  const uidOf = new Map(inputs.pods.map((p) => [p.metadata.name, p.metadata.uid ?? guid(p.metadata.name).toLowerCase()]));
  for (const e of inputs.events) {
    const time = eventTime(e);
    const podName = e.involvedObject?.name;
    const meta = `&PodSandboxMetadata{Name:${podName},Uid:${uidOf.get(podName) ?? ''},Namespace:${e.involvedObject?.namespace ?? 'default'},Attempt:0,}`;
    if (e.reason === 'FailedCreatePodSandBox') {
      lines.push([time, `time="${stamp(time)}" level=error msg="RunPodSandbox for ${meta} failed, error" error=${quote(String(e.message ?? '').replace(/^Failed to create pod sandbox: rpc error: code = \w+ desc = /, ''))}`]);
    } else if (e.reason === 'Scheduled' || e.reason === 'Pulled') {
      lines.push([time, `time="${stamp(time)}" level=info msg="RunPodSandbox for ${meta}"`]);
    } else if (e.reason === 'Failed' && /pull/i.test(String(e.message))) {
      lines.push([time, `time="${stamp(time)}" level=error msg="PullImage failed" error=${quote(String(e.message))}`]);
    }
  }
  return CRLF(lines.sort((a, b) => a[0].getTime() - b[0].getTime()).map(([, l]) => l));
}

function flannelLog(probe: Loose, boot: Date): string {
  const subnet = /FLANNEL_SUBNET=(\S+)/.exec(String(probe.flannel?.subnetEnv?.text ?? ''))?.[1];
  const at = (s: number) => klogTime(new Date(boot.getTime() + s * 1000));
  return CRLF([
    `I${at(30)}    2312 main.go:211] CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 kubeSubnetMgr:true}`,
    `I${at(31)}    2312 kube.go:145] Waiting 10m0s for node controller to sync`,
    ...(subnet ? [`I${at(33)}    2312 main.go:357] Current network or subnet (10.244.0.0/16, ${subnet.replace(/\.1\//, '.0/')}) is not equal to previous one (0.0.0.0/0, 0.0.0.0/0), trying to recycle old iptables rules`, `I${at(33)}    2312 main.go:407] Wrote subnet file to /run/flannel/subnet.env`] : []),
    `I${at(34)}    2312 main.go:411] Running backend.`,
  ]);
}

function hnsNetworks(probe: Loose): string {
  const output = (probe.hns?.networks ?? []).map((n: Loose) => ({
    ActivityId: guid(`${n.id}/activity`),
    CurrentEndpointCount: n.type === 'nat' ? 0 : Number(probe.hns?.endpointCount ?? 0),
    DNSServerCompartment: 3,
    DrMacAddress: n.type === 'L2Bridge' ? mac(String(n.id)) : undefined,
    Extensions: [{ Id: 'E7C3B2F0-F3C5-48DF-AF2B-10FED6D72E7A', IsEnabled: false, Name: 'Microsoft Windows Filtering Platform' }],
    Flags: 0,
    Health: { LastErrorCode: 0, LastUpdateTime: 133633000000000000 },
    ID: n.id,
    ManagementIP: n.managementIp ?? '',
    Name: n.name,
    Policies: [],
    State: 1,
    Subnets: (n.subnets ?? []).map((s: Loose) => ({ AddressPrefix: s.addressPrefix, GatewayAddress: s.gateway, ID: guid(`${n.id}/${s.addressPrefix}`), ObjectType: 5, Policies: [], State: 0 })),
    TotalEndpoints: n.type === 'nat' ? 0 : Number(probe.hns?.endpointCount ?? 0),
    Type: n.type,
    Version: 42949672963,
  }));
  return JSON.stringify({ Output: output, Success: true });
}

function offsetIp(prefix: string, offset: number): string {
  const [a, b, c, d] = prefix.split('/')[0]!.split('.').map(Number) as [number, number, number, number];
  const n = (((a * 256 + b) * 256 + c) * 256 + d + offset) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function hnsEndpoints(inputs: BundleInputs, probe: Loose): { ID: string; Name: string; IPAddress: string; MacAddress: string; VirtualNetwork: string; VirtualNetworkName: string }[] {
  const network = (probe.hns?.networks ?? []).find((n: Loose) => n.type !== 'nat');
  if (!network) return [];
  const count = Number(probe.hns?.endpointCount ?? 0);
  const prefix = network.subnets?.[0]?.addressPrefix ?? '10.244.0.0/24';
  const podIps = inputs.pods.filter((p) => !p.spec?.hostNetwork && p.status?.podIP).map((p) => p.status.podIP as string);
  const endpoints = [];
  for (let i = 0; i < count; i++) {
    const ip = podIps[i] ?? offsetIp(prefix, 40 + i);
    endpoints.push({ ID: guid(`${network.id}/ep/${i}`), Name: guid(`${network.id}/epname/${i}`).toLowerCase() + '_' + network.name, IPAddress: ip, MacAddress: mac(`${network.id}/${ip}`), VirtualNetwork: network.id, VirtualNetworkName: network.name });
  }
  return endpoints;
}

function hnsdiag(probe: Loose, endpoints: ReturnType<typeof hnsEndpoints>, dnsIp: string): string {
  const lines = ['////////////////////////////////////////////Networks////////////////////////////////////////////'];
  for (const n of probe.hns?.networks ?? []) {
    lines.push(`Network : ${n.id}`, `    Name             : ${n.name}`, `    Type             : ${n.type}`, `    Subnet Address   : ${n.subnets?.[0]?.addressPrefix ?? ''}`, `    Gateway          : ${n.subnets?.[0]?.gateway ?? ''}`, '');
  }
  lines.push('///////////////////////////////////////////Endpoints////////////////////////////////////////////');
  for (const e of endpoints) lines.push(`Endpoint : ${e.ID}`, `    Name             : ${e.Name}`, `    IP Address       : ${e.IPAddress}`, `    Mac Address      : ${e.MacAddress}`, `    Virtual Network  : ${e.VirtualNetwork}`, '');
  lines.push('/////////////////////////////////////////LoadBalancers//////////////////////////////////////////');
  const lbCount = Number(probe.hns?.loadBalancerCount ?? 0);
  const serviceBase = dnsIp.replace(/\.\d+$/, '.0');
  for (let i = 0; i < lbCount; i++) {
    const dns = i < 2;
    lines.push(
      `LoadBalancer : ${guid(`lb/${i}/${serviceBase}`)}`,
      `    Source VIP       : ${endpoints[0]?.IPAddress ?? ''}`,
      `    Virtual IPs      : ${dns ? dnsIp : offsetIp(`${serviceBase}/16`, i === 2 ? 1 : 20 + i)}`,
      `    Protocol         : ${dns && i === 0 ? 17 : 6}`,
      `    Internal Port    : ${dns ? 53 : i === 2 ? 6443 : 8080}`,
      `    External Port    : ${dns ? 53 : i === 2 ? 443 : 80}`,
      '',
    );
  }
  return CRLF(lines);
}

function maskOf(bits: number): string {
  const n = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function adapterSubnet(probe: Loose, ip: string): { bits: number; gateway?: string } {
  for (const n of probe.hns?.networks ?? []) {
    for (const s of n.subnets ?? []) {
      const [base, bits] = String(s.addressPrefix).split('/');
      const size = 2 ** (32 - Number(bits));
      const toN = (x: string) => x.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
      if (Math.floor(toN(ip) / size) === Math.floor(toN(base!) / size)) return { bits: Number(bits), gateway: s.gateway };
    }
  }
  return { bits: 24, gateway: offsetIp(`${ip.replace(/\.\d+$/, '.0')}/24`, 1) };
}

function ipconfig(inputs: BundleInputs, probe: Loose): string {
  const lines = ['', 'Windows IP Configuration', '', `   Host Name . . . . . . . . . . . . : ${inputs.node.metadata.name}`, '   Primary Dns Suffix  . . . . . . . : ', '   Node Type . . . . . . . . . . . . : Hybrid', '   IP Routing Enabled. . . . . . . . : No', '   WINS Proxy Enabled. . . . . . . . : No', ''];
  for (const a of probe.adapters ?? []) {
    const ip: string | undefined = a.ipv4?.[0];
    const subnet = ip ? adapterSubnet(probe, ip) : { bits: 24 };
    const nat = /\(nat\)/.test(a.name);
    lines.push(
      `Ethernet adapter ${a.name}:`,
      '',
      '   Connection-specific DNS Suffix  . : ',
      `   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter${nat ? ' #2' : ''}`,
      `   Physical Address. . . . . . . . . : ${a.macAddress}`,
      `   DHCP Enabled. . . . . . . . . . . : ${nat ? 'No' : 'Yes'}`,
      '   Autoconfiguration Enabled . . . . : Yes',
      ...(ip ? [`   IPv4 Address. . . . . . . . . . . : ${ip}(Preferred)`, `   Subnet Mask . . . . . . . . . . . : ${maskOf(subnet.bits)}`] : []),
      `   Default Gateway . . . . . . . . . : ${nat ? '' : (subnet.gateway ?? '')}`,
      ...(nat ? [] : ['   DNS Servers . . . . . . . . . . . : 168.63.129.16']),
      '   NetBIOS over Tcpip. . . . . . . . : Enabled',
      '',
    );
  }
  return CRLF(lines);
}

function routePrint(probe: Loose): string {
  const rule = '===========================================================================';
  const lines = [rule, 'Interface List'];
  (probe.adapters ?? []).forEach((a: Loose, i: number) => lines.push(` ${String(12 + i).padStart(2)}...${String(a.macAddress).toLowerCase().replace(/-/g, ' ')} ......Hyper-V Virtual Ethernet Adapter${i ? ` #${i + 1}` : ''}`));
  lines.push('  1...........................Software Loopback Interface 1', rule, '', 'IPv4 Route Table', rule, 'Active Routes:', 'Network Destination        Netmask          Gateway       Interface  Metric');
  const row = (dest: string, mask: string, gw: string, iface: string, metric: number) => `${dest.padStart(17)}${mask.padStart(17)}${gw.padStart(17)}${iface.padStart(17)}${String(metric).padStart(7)}`;
  const primary = probe.adapters?.[0]?.ipv4?.[0] as string | undefined;
  if (primary) {
    const subnet = adapterSubnet(probe, primary);
    lines.push(row('0.0.0.0', '0.0.0.0', subnet.gateway ?? 'On-link', primary, 15));
    lines.push(row(offsetIp(`${primary}/32`, 0).replace(/\.\d+$/, '.0'), maskOf(subnet.bits), 'On-link', primary, 271));
    lines.push(row(primary, '255.255.255.255', 'On-link', primary, 271));
  }
  lines.push(row('127.0.0.0', '255.0.0.0', 'On-link', '127.0.0.1', 331), row('127.0.0.1', '255.255.255.255', 'On-link', '127.0.0.1', 331), rule, 'Persistent Routes:', '  None', '');
  return CRLF(lines);
}

/** The files of the bundle in the order collect-bundle.ps1 sends them. */
export function bundleFiles(inputs: BundleInputs): { path: string; content: string }[] {
  const now = inputs.now ?? new Date();
  const full = { ...inputs, now };
  const probe = parseProbe(inputs.probeStdout);
  const uptime = Number(probe.os?.uptimeSeconds ?? 86_400);
  const boot = new Date(now.getTime() - uptime * 1000);
  const services: Loose[] = (probe.services ?? [{ name: 'kubelet', present: true, state: 'Running' }, { name: 'containerd', present: true, state: 'Running' }]).filter((s: Loose) => s.present);
  const flannel = services.some((s) => s.name === 'flanneld');
  const dnsIp = /--cluster-dns[= ]"?(\d+\.\d+\.\d+\.\d+)/.exec(String(probe.kubelet?.commandLine ?? ''))?.[1] ?? '10.0.0.10';
  const endpoints = hnsEndpoints(full, probe);

  const files: { path: string; content: string }[] = [
    { path: 'logs/k/containerd.log', content: containerdLog(full, boot) },
    ...(flannel ? [{ path: 'logs/k/flanneld.log', content: flannelLog(probe, boot) }] : []),
    { path: 'logs/k/kubelet.err.log', content: kubeletErrLog(full, boot) },
    { path: 'logs/k/kubelet.log', content: kubeletLog(full, probe, boot) },
    { path: 'logs/k/kubeproxy.err.log', content: '' },
    { path: 'logs/k/kubeproxy.log', content: kubeProxyLog(full, probe, boot) },
  ];
  const system = [
    { time: boot, id: 6005, level: 'Information', provider: 'EventLog', message: 'The Event log service was started.' },
    { time: boot, id: 12, level: 'Information', provider: 'Microsoft-Windows-Kernel-General', message: `The operating system started at system time ${boot.toISOString()}.` },
    ...services.map((s, i) => ({
      time: new Date(boot.getTime() + (30 + i) * 1000),
      id: 7036,
      level: 'Information',
      provider: 'Service Control Manager',
      message: `The ${s.name} service entered the ${String(s.state ?? 'Running').toLowerCase()} state.`,
    })),
  ];
  const computeOperational = inputs.pods
    .filter((p) => p.status?.phase === 'Running')
    .map((p) => ({
      time: new Date(p.status?.startTime ?? now),
      id: 2000,
      level: 'Information',
      provider: 'Microsoft-Windows-Hyper-V-Compute',
      message: `Created compute system ${guid(`${p.metadata.namespace}/${p.metadata.name}`).toLowerCase()} for container ${p.spec?.containers?.[0]?.name ?? ''} of pod ${p.metadata.namespace}/${p.metadata.name}.`,
    }));
  for (const [log, records] of [
    ['Application', []],
    ['System', system],
    ['Microsoft-Windows-Hyper-V-Compute-Operational', computeOperational],
    ['Microsoft-Windows-Hyper-V-Compute-Admin', []],
    ['Microsoft-Windows-Host-Network-Service-Admin', []],
    ['Microsoft-Windows-Host-Network-Service-Operational', []],
  ] as const) {
    files.push({ path: `events/${log}.txt`, content: formatEvents([...records]) });
  }
  files.push(
    { path: 'hns/networks.json', content: hnsNetworks(probe) },
    { path: 'hns/endpoints.json', content: JSON.stringify({ Output: endpoints.map((e) => ({ ...e, PrefixLength: 24, State: 2, Policies: [] })), Success: true }) },
    { path: 'hns/policylists.json', content: JSON.stringify({ Output: [], Success: true }) },
    { path: 'hns/hnsdiag-list-all.txt', content: hnsdiag(probe, endpoints, dnsIp) },
    { path: 'network/ipconfig-all.txt', content: ipconfig(full, probe) },
    { path: 'network/route-print.txt', content: routePrint(probe) },
    { path: 'network/dynamicport-tcp.txt', content: String(probe.ports?.dynamicRaw ?? '\r\nProtocol tcp Dynamic Port Range\r\n---------------------------------\r\nStart Port      : 49152\r\nNumber of Ports : 16384\r\n').replace(/\r?\n/g, '\r\n') },
    { path: 'network/excludedportrange-tcp.txt', content: String(probe.ports?.excludedRaw ?? '\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n\r\n* - Administered port exclusions.\r\n').replace(/\r?\n/g, '\r\n') },
    { path: 'bundle-problems.txt', content: '' },
  );
  return files;
}
