/**
 * The network as seen from pods on each node of the simulated cluster: whether cluster DNS answers,
 * whether ClusterIP services, the API server and addresses outside the cluster accept TCP, and
 * whether ICMP leaves the cluster (it does not by default, as on real Windows nodes). The tools a
 * Windows pod has answer from it with the text the real ones print: nslookup, curl.exe, ping,
 * Resolve-DnsName and Test-NetConnection.
 *
 * `scenario.yaml` may hold a `network` section (every field optional):
 *   network:
 *     clusterDomain: cluster.local
 *     dnsServiceIp: 10.0.0.10          # else each node's kubelet --cluster-dns from its probe output
 *     serviceCidrs: [10.0.0.0/16, 10.96.0.0/12]
 *     apiServerHost: myaks-dns.hcp.westeurope.azmk8s.io   # a name that resolves to the API server
 *     hosts: { mcr.microsoft.com: 204.79.197.219 }        # names outside the cluster that resolve
 *     default: { dns: works, clusterIp: works, apiServer: works, external: works, icmpExternal: fails }
 *     nodes:
 *       akswin22-0: { dns: timeout }
 * Values: dns works | timeout | servfail; clusterIp, apiServer, external, clusterIpFromHost
 * works | refused | timeout; icmpExternal works | fails. `fails` means `timeout` everywhere.
 */

export type DnsBehaviour = 'works' | 'timeout' | 'servfail';
export type TcpBehaviour = 'works' | 'refused' | 'timeout';

export interface NodeNetwork {
  /** Cluster DNS (the kube-dns ClusterIP) from pods on the node. */
  dns: DnsBehaviour;
  /** TCP to ClusterIP services from pods on the node. */
  clusterIp: TcpBehaviour;
  /** TCP to the API server from pods on the node. */
  apiServer: TcpBehaviour;
  /** TCP to addresses outside the cluster. */
  external: TcpBehaviour;
  /** ICMP to addresses outside the cluster. */
  icmpExternal: 'works' | 'fails';
  /** TCP to ClusterIP services from the node's own host network (the node probe's service VIP test). */
  clusterIpFromHost: TcpBehaviour;
}

export interface NetworkSettings {
  clusterDomain: string;
  dnsServiceIp?: string;
  serviceCidrs: string[];
  apiServerHost?: string;
  hosts: Record<string, string>;
  default: NodeNetwork;
  nodes: Record<string, Partial<NodeNetwork>>;
}

export const HEALTHY_NETWORK: NodeNetwork = {
  dns: 'works',
  clusterIp: 'works',
  apiServer: 'works',
  external: 'works',
  icmpExternal: 'fails',
  clusterIpFromHost: 'works',
};

const DEFAULT_DNS_IP = '10.0.0.10';

export function defaultNetworkSettings(): NetworkSettings {
  return { clusterDomain: 'cluster.local', serviceCidrs: ['10.0.0.0/16', '10.96.0.0/12'], hosts: {}, default: { ...HEALTHY_NETWORK }, nodes: {} };
}

const DNS_VALUES = ['works', 'timeout', 'servfail'];
const TCP_VALUES = ['works', 'refused', 'timeout'];

function behaviour(where: string, key: string, value: unknown): string {
  const text = value === false ? 'fails' : value === true ? 'works' : String(value);
  const allowed = key === 'dns' ? DNS_VALUES : key === 'icmpExternal' ? ['works', 'fails'] : TCP_VALUES;
  const normalized = text === 'fails' && key !== 'icmpExternal' ? 'timeout' : text;
  if (!allowed.includes(normalized)) throw new Error(`${where}.${key}: "${text}" is not one of ${[...allowed, 'fails'].join(', ')}`);
  return normalized;
}

function nodeNetwork(where: string, value: unknown): Partial<NodeNetwork> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object') throw new Error(`${where}: expected a mapping of behaviours`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(key in HEALTHY_NETWORK)) throw new Error(`${where}: unknown behaviour "${key}" (known: ${Object.keys(HEALTHY_NETWORK).join(', ')})`);
    out[key] = behaviour(where, key, v);
  }
  return out as Partial<NodeNetwork>;
}

/** Reads the `network` section of scenario.yaml; throws with the offending path on a bad value. */
export function parseNetworkSettings(value: unknown, where = 'scenario.yaml network'): NetworkSettings {
  const settings = defaultNetworkSettings();
  if (value === null || value === undefined) return settings;
  if (typeof value !== 'object') throw new Error(`${where}: expected a mapping`);
  const raw = value as Record<string, unknown>;
  if (raw['clusterDomain'] !== undefined) settings.clusterDomain = String(raw['clusterDomain']);
  if (raw['dnsServiceIp'] !== undefined) settings.dnsServiceIp = String(raw['dnsServiceIp']);
  if (raw['apiServerHost'] !== undefined) settings.apiServerHost = String(raw['apiServerHost']).toLowerCase();
  if (Array.isArray(raw['serviceCidrs'])) settings.serviceCidrs = raw['serviceCidrs'].map(String);
  if (raw['hosts'] && typeof raw['hosts'] === 'object') {
    for (const [name, ip] of Object.entries(raw['hosts'] as Record<string, unknown>)) settings.hosts[name.toLowerCase()] = String(ip);
  }
  settings.default = { ...settings.default, ...nodeNetwork(`${where}.default`, raw['default']) };
  if (raw['nodes'] && typeof raw['nodes'] === 'object') {
    for (const [node, v] of Object.entries(raw['nodes'] as Record<string, unknown>)) settings.nodes[node] = nodeNetwork(`${where}.nodes.${node}`, v);
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Addresses

function ipToNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function isIPv4(text: string): boolean {
  return ipToNumber(text) !== undefined;
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const a = ipToNumber(ip);
  const b = ipToNumber(base ?? '');
  const n = Number(bits);
  if (a === undefined || b === undefined || !(n >= 0 && n <= 32)) return false;
  const size = 2 ** (32 - n);
  return Math.floor(a / size) === Math.floor(b / size);
}

/** What one node's pods see, with the addresses worked out. */
export interface NetworkView {
  behaviour: NodeNetwork;
  clusterDomain: string;
  dnsServiceIp: string;
  kubernetesServiceIp: string;
  serviceCidrs: string[];
  /** Names and addresses that reach the API server. */
  apiServerHosts: Set<string>;
  apiServerIp: string;
  hosts: Record<string, string>;
}

/** kubelet --cluster-dns from a node probe output, when the probe output names one. */
export function clusterDnsFromProbe(probeStdout: string | undefined): string | undefined {
  const m = /--cluster-dns[= ]"?(\d+\.\d+\.\d+\.\d+)/.exec(probeStdout ?? '');
  return m?.[1];
}

export function networkView(
  settings: NetworkSettings,
  nodeName: string | undefined,
  probeStdout: string | undefined,
  apiServer: { host: string; ip: string },
  overrides: Partial<NodeNetwork> = {},
): NetworkView {
  const dnsServiceIp = settings.dnsServiceIp ?? clusterDnsFromProbe(probeStdout) ?? DEFAULT_DNS_IP;
  const kubernetesServiceIp = dnsServiceIp.replace(/\.\d+$/, '.1');
  const hosts = new Set([apiServer.host.toLowerCase(), apiServer.ip, 'localhost']);
  if (settings.apiServerHost) hosts.add(settings.apiServerHost);
  return {
    behaviour: { ...settings.default, ...(nodeName ? settings.nodes[nodeName] : {}), ...overrides },
    clusterDomain: settings.clusterDomain,
    dnsServiceIp,
    kubernetesServiceIp,
    serviceCidrs: settings.serviceCidrs,
    apiServerHosts: hosts,
    apiServerIp: apiServer.ip,
    hosts: settings.hosts,
  };
}

type Destination = 'apiServer' | 'clusterIp' | 'external';

function destination(view: NetworkView, ip: string, host: string): Destination {
  if (view.apiServerHosts.has(host.toLowerCase()) || view.apiServerHosts.has(ip)) return 'apiServer';
  if (view.serviceCidrs.some((c) => inCidr(ip, c))) return 'clusterIp';
  return 'external';
}

// ---------------------------------------------------------------------------------------------
// Name resolution, as the Windows resolver does it in a pod: one search suffix, the pod's namespace.

export type Resolution =
  | { kind: 'answer'; name: string; ip: string; authoritative: boolean }
  | { kind: 'nxdomain' }
  | { kind: 'timeout' }
  | { kind: 'servfail' };

function lookup(view: NetworkView, fqdn: string): { ip: string; authoritative: boolean } | undefined {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const domain = view.clusterDomain.toLowerCase();
  if (name === `kubernetes.default.svc.${domain}`) return { ip: view.kubernetesServiceIp, authoritative: true };
  if (name === `kube-dns.kube-system.svc.${domain}`) return { ip: view.dnsServiceIp, authoritative: true };
  const known = view.hosts[name];
  if (known) return { ip: known, authoritative: name.endsWith(`.${domain}`) };
  if (view.apiServerHosts.has(name) && !isIPv4(name)) return { ip: view.apiServerIp, authoritative: false };
  return undefined;
}

export function resolveName(view: NetworkView, name: string, podNamespace: string): Resolution {
  if (isIPv4(name)) return { kind: 'answer', name, ip: name, authoritative: true };
  if (view.behaviour.dns === 'timeout') return { kind: 'timeout' };
  if (view.behaviour.dns === 'servfail') return { kind: 'servfail' };
  const absolute = name.endsWith('.');
  const candidates = absolute ? [name.slice(0, -1)] : [`${name}.${podNamespace}.svc.${view.clusterDomain}`, name];
  for (const candidate of candidates) {
    const hit = lookup(view, candidate);
    if (hit) return { kind: 'answer', name: candidate, ...hit };
  }
  return { kind: 'nxdomain' };
}

function dnsServerName(view: NetworkView): string {
  return `kube-dns.kube-system.svc.${view.clusterDomain}`;
}

// ---------------------------------------------------------------------------------------------
// The tools

export interface ToolOutput {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

const CRLF = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

/** `nslookup <name>` as nslookup.exe prints it against the cluster DNS server. */
export function nslookup(view: NetworkView, name: string, podNamespace: string): ToolOutput {
  const result = resolveName(view, name, podNamespace);
  if (result.kind === 'timeout') {
    return {
      stdout: CRLF(['DNS request timed out.', '    timeout was 2 seconds.', 'Server:  UnKnown', `Address:  ${view.dnsServiceIp}`, '', 'DNS request timed out.', '    timeout was 2 seconds.', 'DNS request timed out.', '    timeout was 2 seconds.']),
      stderr: CRLF(['*** Request to UnKnown timed-out']),
      exitCode: 1,
    };
  }
  const header = ['Server:  ' + dnsServerName(view), `Address:  ${view.dnsServiceIp}`, ''];
  if (result.kind === 'servfail') return { stdout: CRLF(header), stderr: CRLF([`*** ${dnsServerName(view)} can't find ${name}: Server failed`]), exitCode: 1 };
  if (result.kind === 'nxdomain') return { stdout: CRLF(header), stderr: CRLF([`*** ${dnsServerName(view)} can't find ${name}: Non-existent domain`]), exitCode: 1 };
  return {
    stdout: CRLF([...header, `Name:    ${result.name}`, `Address:  ${result.ip}`, '']),
    stderr: result.authoritative ? '' : CRLF(['Non-authoritative answer:']),
    exitCode: 0,
  };
}

/** Options of curl.exe that take a value (the URL is the argument that is none of these). */
const CURL_VALUE_OPTIONS = new Set(['-o', '--output', '--connect-timeout', '-m', '--max-time', '-H', '--header', '-X', '--request', '-d', '--data', '-w', '--write-out', '-u', '--user', '-x', '--proxy', '--cacert', '--resolve', '-A', '--user-agent']);

function parseCurl(args: string[]): { url?: string; insecure: boolean; silent: boolean; showError: boolean; output?: string; connectTimeoutS?: number; maxTimeS?: number } {
  const parsed: ReturnType<typeof parseCurl> = { insecure: false, silent: false, showError: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (CURL_VALUE_OPTIONS.has(arg)) {
      const value = args[++i];
      if (arg === '-o' || arg === '--output') parsed.output = value;
      if (arg === '--connect-timeout') parsed.connectTimeoutS = Number(value);
      if (arg === '-m' || arg === '--max-time') parsed.maxTimeS = Number(value);
    } else if (arg === '-k' || arg === '--insecure') parsed.insecure = true;
    else if (/^-[a-zA-Z]+$/.test(arg)) {
      if (arg.includes('s')) parsed.silent = true;
      if (arg.includes('S')) parsed.showError = true;
      if (arg.includes('k')) parsed.insecure = true;
    } else if (!arg.startsWith('-')) parsed.url = arg;
  }
  return parsed;
}

/** `curl.exe ... <url>`: exit 0, 6 (name), 7 (refused), 28 (timeout) or 60 (certificate), with curl's messages. */
export function curl(view: NetworkView, args: string[], podNamespace: string, versionJson: string): ToolOutput {
  const opts = parseCurl(args);
  const fail = (code: number, message: string): ToolOutput => ({ stdout: '', stderr: !opts.silent || opts.showError ? `curl: (${code}) ${message}\n` : '', exitCode: code });
  if (!opts.url) return fail(2, 'no URL specified');
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(opts.url) ? opts.url : `http://${opts.url}`);
  } catch {
    return fail(3, 'URL rejected: Malformed input to a URL function');
  }
  const host = url.hostname;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const resolved = resolveName(view, host, podNamespace);
  if (resolved.kind !== 'answer') return fail(6, `Could not resolve host: ${host}`);
  const where = destination(view, resolved.ip, host);
  const tcp = view.behaviour[where];
  const timeoutS = Math.min(opts.connectTimeoutS ?? 21, opts.maxTimeS ?? 300);
  if (tcp === 'refused') return fail(7, `Failed to connect to ${host} port ${port} after ${where === 'external' ? 31 : 2} ms: Couldn't connect to server`);
  if (tcp === 'timeout') return fail(28, `Connection timed out after ${timeoutS * 1000 + 1} milliseconds`);
  const tlsServer = where === 'apiServer' || (where === 'clusterIp' && port === 443);
  if (url.protocol === 'https:' && !opts.insecure) {
    return fail(60, 'schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.');
  }
  let body = '';
  if (tlsServer && url.protocol === 'http:') body = 'Client sent an HTTP request to an HTTPS server.\n';
  else if (tlsServer && url.pathname === '/version') body = versionJson;
  return { stdout: opts.output ? '' : body, stderr: '', exitCode: 0 };
}

/** `ping -n N <host>` as ping.exe prints it. ClusterIPs never answer ICMP; outside the cluster it follows icmpExternal. */
export function ping(view: NetworkView, args: string[], podNamespace: string): ToolOutput {
  let count = 4;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.toLowerCase() === '-n') count = Number(args[++i]) || 4;
    else if (!args[i]!.startsWith('-')) target = args[i];
  }
  if (!target) return { stdout: CRLF(['', 'Usage: ping [-t] [-a] [-n count] [-l size] target_name']), exitCode: 1 };
  const resolved = resolveName(view, target, podNamespace);
  if (resolved.kind !== 'answer') return { stdout: CRLF([`Ping request could not find host ${target}. Please check the name and try again.`]), exitCode: 1 };
  const ip = resolved.ip;
  const where = destination(view, ip, target);
  const answers = where === 'external' ? view.behaviour.icmpExternal === 'works' : where === 'apiServer' ? view.behaviour.apiServer === 'works' : false;
  const shown = ip === target ? ip : `${target} [${ip}]`;
  const lines = ['', `Pinging ${shown} with 32 bytes of data:`];
  for (let i = 0; i < count; i++) lines.push(answers ? `Reply from ${ip}: bytes=32 time=1ms TTL=${where === 'external' ? 117 : 128}` : 'Request timed out.');
  lines.push('', `Ping statistics for ${ip}:`, `    Packets: Sent = ${count}, Received = ${answers ? count : 0}, Lost = ${answers ? 0 : count} (${answers ? 0 : 100}% loss),`);
  if (answers) lines.push('Approximate round trip times in milli-seconds:', '    Minimum = 1ms, Maximum = 1ms, Average = 1ms');
  return { stdout: CRLF(lines), exitCode: answers ? 0 : 1 };
}

function powershellError(commandLine: string, message: string, category: string, errorId: string, target: string): string {
  const cmdlet = commandLine.trim().split(/\s+/)[0] ?? '';
  return CRLF([
    `${cmdlet} : ${message}`,
    'At line:1 char:1',
    `+ ${commandLine.trim()}`,
    `+ ${'~'.repeat(Math.max(1, commandLine.trim().length))}`,
    `    + CategoryInfo          : ${category}: (${target}:String) [${cmdlet}], Win32Exception`,
    `    + FullyQualifiedErrorId : ${errorId},Microsoft.DnsClient.Commands.ResolveDnsName`,
    '',
  ]);
}

/** `Resolve-DnsName <name>` as PowerShell formats its answer (or its error record). */
export function resolveDnsName(view: NetworkView, name: string, podNamespace: string, commandLine: string): ToolOutput {
  const result = resolveName(view, name, podNamespace);
  if (result.kind === 'answer') {
    return {
      stdout: CRLF([
        '',
        'Name                                           Type   TTL   Section    IPAddress',
        '----                                           ----   ---   -------    ---------',
        `${result.name.padEnd(46)} A      ${result.authoritative ? '5   ' : '300 '}  Answer     ${result.ip}`,
        '',
        '',
      ]),
      exitCode: 0,
    };
  }
  const [message, category, errorId] =
    result.kind === 'nxdomain'
      ? [`${name} : DNS name does not exist`, 'ResourceUnavailable', 'DNS_ERROR_RCODE_NAME_ERROR']
      : result.kind === 'servfail'
        ? [`${name} : DNS server failure`, 'ResourceUnavailable', 'DNS_ERROR_RCODE_SERVER_FAILURE']
        : [`${name} : This operation returned because the timeout period expired`, 'OperationTimeout', 'ERROR_TIMEOUT'];
  return { stdout: '', stderr: powershellError(commandLine, message, category, errorId, name), exitCode: 1 };
}

/** `Test-NetConnection <host> [-Port N]` as PowerShell formats the result object. */
export function testNetConnection(view: NetworkView, host: string, port: number | undefined, podNamespace: string, source: { alias: string; address: string }): ToolOutput {
  const resolved = resolveName(view, host, podNamespace);
  if (resolved.kind !== 'answer') {
    return {
      stdout: CRLF([`WARNING: Name resolution of ${host} failed`, '', `ComputerName   : ${host}`, 'RemoteAddress  :', 'InterfaceAlias :', 'SourceAddress  :', 'PingSucceeded  : False', '', '']),
      exitCode: 0,
    };
  }
  const ip = resolved.ip;
  const where = destination(view, ip, host);
  const common = [`ComputerName     : ${host}`, `RemoteAddress    : ${ip}`];
  if (port !== undefined) {
    const ok = view.behaviour[where] === 'works';
    return {
      stdout: CRLF([
        ...(ok ? [] : [`WARNING: TCP connect to (${ip} : ${port}) failed`]),
        '',
        ...common,
        `RemotePort       : ${port}`,
        `InterfaceAlias   : ${source.alias}`,
        `SourceAddress    : ${source.address}`,
        `TcpTestSucceeded : ${ok ? 'True' : 'False'}`,
        '',
        '',
      ]),
      exitCode: 0,
    };
  }
  const answers = where === 'external' ? view.behaviour.icmpExternal === 'works' : where === 'apiServer' && view.behaviour.apiServer === 'works';
  return {
    stdout: CRLF([
      ...(answers ? [] : [`WARNING: Ping to ${ip} failed with status: TimedOut`]),
      '',
      ...common,
      `InterfaceAlias         : ${source.alias}`,
      `SourceAddress          : ${source.address}`,
      `PingSucceeded          : ${answers ? 'True' : 'False'}`,
      ...(answers ? ['PingReplyDetails (RTT) : 1 ms'] : []),
      '',
      '',
    ]),
    exitCode: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// The pod-network probe script (scripts/pod-network-probe.ps1), answered from the same behaviours.

function reachability(ok: boolean, detail: string) {
  return { ok, detail };
}

function tcpDetail(view: NetworkView, hostName: string, port: number, podNamespace: string): { ok: boolean; detail: string } {
  const resolved = resolveName(view, hostName, podNamespace);
  if (resolved.kind !== 'answer') {
    return reachability(false, 'Exception calling "EndConnect" with "1" argument(s): "No such host is known"');
  }
  const tcp = view.behaviour[destination(view, resolved.ip, hostName)];
  if (tcp === 'works') return reachability(true, 'connected');
  if (tcp === 'timeout') return reachability(false, 'timed out after 3000 ms');
  return reachability(false, `Exception calling "EndConnect" with "1" argument(s): "No connection could be made because the target machine actively refused it ${resolved.ip}:${port}"`);
}

function dnsDetail(view: NetworkView, name: string, podNamespace: string): { ok: boolean; detail: string } {
  const result = resolveName(view, name, podNamespace);
  if (result.kind === 'answer') return reachability(true, result.ip);
  if (result.kind === 'nxdomain') return reachability(false, `${name} : DNS name does not exist`);
  if (result.kind === 'servfail') return reachability(false, `${name} : DNS server failure`);
  return reachability(false, `${name} : This operation returned because the timeout period expired`);
}

/** The JSON document pod-network-probe.ps1 prints, given its WINDBG_* inputs. */
export function podNetworkProbeOutput(view: NetworkView, env: Record<string, string>, podNamespace: string, computerName: string, now = new Date()): string {
  const result: Record<string, unknown> = {
    schemaVersion: 1,
    computerName,
    collectedAt: now.toISOString().replace('Z', '0000Z'),
    errors: [],
    dnsSuffixes: [`${podNamespace}.svc.${view.clusterDomain}`],
  };
  const namePattern = /^[A-Za-z0-9.-]{1,253}$/;
  const hostPort = /^([A-Za-z0-9.-]+):(\d{1,5})$/;
  for (const [key, name] of [
    ['dnsFqdn', env['WINDBG_DNS_FQDN']],
    ['dnsPartial', env['WINDBG_DNS_PARTIAL']],
  ] as const) {
    if (name && namePattern.test(name)) result[key] = { target: name, ...dnsDetail(view, name, podNamespace) };
  }
  for (const [key, target] of [
    ['tcpClusterIp', env['WINDBG_CLUSTERIP']],
    ['tcpApiServer', env['WINDBG_APISERVER']],
  ] as const) {
    const m = target ? hostPort.exec(target) : null;
    if (m) result[key] = { target, ...tcpDetail(view, m[1]!, Number(m[2]), podNamespace) };
  }
  const external = env['WINDBG_EXTERNAL_IP'];
  if (external && /^\d{1,3}(\.\d{1,3}){3}$/.test(external)) {
    const port = /^\d{1,5}$/.test(env['WINDBG_EXTERNAL_PORT'] ?? '') ? Number(env['WINDBG_EXTERNAL_PORT']) : 443;
    result['tcpExternal'] = { target: `${external}:${port}`, ...tcpDetail(view, external, port, podNamespace) };
    const answers = view.behaviour.icmpExternal === 'works';
    result['icmpExternal'] = { target: external, ok: answers, detail: answers ? '2 of 2 replies' : 'no reply' };
  }
  return `${JSON.stringify(result)}\r\n`;
}

/** The node probe's service VIP test from the host network, added when the probe was given WINDBG_SERVICE_VIP. */
export function serviceVipFromHost(view: NetworkView, target: string): { target: string; ok: boolean; detail: string } {
  const m = /^([\d.]+):(\d{1,5})$/.exec(target);
  const behaviour = view.behaviour.clusterIpFromHost;
  if (!m || behaviour === 'works') return { target, ok: m !== null, detail: m ? 'connected' : 'not an ip:port' };
  if (behaviour === 'timeout') return { target, ok: false, detail: 'timed out after 3000 ms' };
  return { target, ok: false, detail: `Exception calling "EndConnect" with "1" argument(s): "No connection could be made because the target machine actively refused it ${m[1]}:${m[2]}"` };
}
