/**
 * Parsers for the raw text the node probe ships back (netsh output, config.toml, command lines,
 * CNI JSON, flannel files). Kept on this side so they are tested on recorded text; the script
 * on the node stays a plain collector.
 */
import type { CniFacts } from './facts.js';
import { asArray, asBoolean, asObject, asString, isObject, parseJsonText, prop, type JsonObject } from './ps-json.js';

/**
 * `netsh int ipv4 show dynamicport tcp`: the two numbers after colons are the start port and the
 * number of ports. Keyed on the numbers, not the labels, so localized Windows builds parse too.
 */
export function parseDynamicPortRange(text: string | undefined): { start: number; count: number } | undefined {
  if (!text) return undefined;
  // "Label : number" lines, one colon each, in any language; an ErrorRecord's "At line:1 char:1"
  // (native stderr under 2>&1 in Windows PowerShell 5.1) has two and is not one of them.
  const numbers = [...text.matchAll(/^[^:\n]*:[ \t]*(\d+)[ \t]*\r?$/gm)].map((m) => Number(m[1]));
  if (numbers.length < 2) return undefined;
  const [start, count] = numbers as [number, number];
  if (start < 1 || start > 65535 || count < 1 || start + count - 1 > 65535) return undefined;
  return { start, count };
}

/** `netsh int ipv4 show excludedportrange protocol=tcp`: lines "  50000   50059   *". */
export function parseExcludedPortRanges(text: string | undefined): { start: number; end: number }[] {
  if (!text) return [];
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/^\s*(\d{1,5})\s+(\d{1,5})\s*\*?\s*$/gm)) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (start <= end && end <= 65535) ranges.push({ start, end });
  }
  return ranges;
}

function stripTomlComment(line: string): string {
  let inString: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inString) {
      if (c === inString && line[i - 1] !== '\\') inString = undefined;
    } else if (c === '"' || c === "'") inString = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** Reads `key = "value"` pairs from a TOML text, with the [section] each appears in. */
function tomlStrings(text: string): { section: string; key: string; value: string }[] {
  const out: { section: string; key: string; value: string }[] = [];
  let section = '';
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = stripTomlComment(rawLine).trim();
    if (line === '') continue;
    const header = /^\[\[?\s*(.+?)\s*\]\]?$/.exec(line);
    if (header) {
      section = header[1]!.replace(/\s+/g, '');
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/.exec(line);
    if (kv) out.push({ section, key: kv[1]!, value: kv[2] ?? kv[3] ?? '' });
  }
  return out;
}

/**
 * The sandbox (pause) image containerd uses: `sandbox_image` of the CRI plugin (config version 2)
 * or `sandbox` under `[plugins.'io.containerd.cri.v1.images'.pinned_images]` (containerd 2.x).
 */
export function parseSandboxImage(configText: string | undefined): string | undefined {
  if (!configText) return undefined;
  const pairs = tomlStrings(configText);
  const v2 = pairs.find((p) => p.key === 'sandbox_image');
  if (v2) return v2.value || undefined;
  const v3 = pairs.find((p) => p.key === 'sandbox' && /pinned_images/.test(p.section));
  return v3?.value || undefined;
}

/** containerd's CNI `conf_dir`, to know which CNI config file is the active one. */
export function parseCniConfDir(configText: string | undefined): string | undefined {
  if (!configText) return undefined;
  return tomlStrings(configText).find((p) => p.key === 'conf_dir')?.value || undefined;
}

/** Splits a Windows command line the way CommandLineToArgvW does (quotes, backslash-quote). */
export function splitWindowsCommandLine(commandLine: string): string[] {
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < commandLine.length; i++) {
    const c = commandLine[i]!;
    if (c === '\\') {
      let slashes = 0;
      while (commandLine[i] === '\\') {
        slashes++;
        i++;
      }
      if (commandLine[i] === '"') {
        current += '\\'.repeat(Math.floor(slashes / 2));
        if (slashes % 2 === 1) current += '"';
        else inQuotes = !inQuotes;
      } else {
        current += '\\'.repeat(slashes);
        i--;
      }
      started = true;
    } else if (c === '"') {
      inQuotes = !inQuotes;
      started = true;
    } else if (/\s/.test(c) && !inQuotes) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

/**
 * Flags of a Go (pflag) command line: `--name=value`, `--name value`, `--bool-flag`, `-v=2`.
 * Repeated flags keep the last value, as pflag does for scalar flags.
 */
export function parseCommandLineFlags(commandLine: string | undefined): Record<string, string> {
  const flags: Record<string, string> = {};
  if (!commandLine) return flags;
  const args = splitWindowsCommandLine(commandLine);
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--?([A-Za-z0-9][A-Za-z0-9_.-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) continue;
    const name = m[1]!;
    if (m[2] !== undefined) {
      flags[name] = m[2];
    } else if (i + 1 < args.length && !args[i + 1]!.startsWith('-')) {
      flags[name] = args[i + 1]!;
      i++;
    } else {
      flags[name] = 'true';
    }
  }
  return flags;
}

/** Walks a parsed JSON value depth-first. */
function walk(value: unknown, visit: (obj: JsonObject) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (isObject(value)) {
    visit(value);
    for (const v of Object.values(value)) walk(v, visit);
  }
}

function stringList(value: unknown): string[] {
  return asArray(value)
    .map((v) => asString(v))
    .filter((v): v is string => v !== undefined);
}

/** OutBoundNAT exceptions, whichever schema the plugin uses (HNS v1 ExceptionList or v2 Settings.Exceptions). */
function outboundNatExceptions(config: unknown): string[] | undefined {
  let found: string[] | undefined;
  walk(config, (obj) => {
    const type = asString(prop(obj, 'Type'));
    if (type?.toLowerCase() !== 'outboundnat') return;
    const list = prop(obj, 'ExceptionList') ?? prop(asObject(prop(obj, 'Settings')), 'Exceptions');
    found = [...(found ?? []), ...stringList(list)];
  });
  return found;
}

function hasPortMappings(config: unknown): boolean {
  let found = false;
  walk(config, (obj) => {
    if (asBoolean(prop(asObject(prop(obj, 'capabilities')), 'portMappings')) === true) found = true;
  });
  return found;
}

export interface CniFile {
  path: string;
  text?: string;
}

export interface CniBinary {
  name: string;
  fileVersion?: string;
  productVersion?: string;
}

/** Picks the file the runtime uses: the first (by name) in containerd's conf_dir, else the first overall. */
export function pickCniFile(files: CniFile[], confDir: string | undefined): CniFile | undefined {
  const normalize = (p: string) => p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
  const usable = files.filter((f) => f.text !== undefined && parseJsonText(f.text) !== undefined);
  const byName = (a: CniFile, b: CniFile) => (a.path.toLowerCase() < b.path.toLowerCase() ? -1 : 1);
  if (confDir) {
    const dir = normalize(confDir);
    const inDir = usable.filter((f) => normalize(f.path).startsWith(`${dir}\\`)).sort(byName);
    if (inDir[0]) return inDir[0];
  }
  return [...usable].sort(byName)[0];
}

function versionOf(binaries: CniBinary[], type: string | undefined): string | undefined {
  if (!type) return undefined;
  const bin = binaries.find((b) => b.name.toLowerCase() === `${type.toLowerCase()}.exe`);
  const version = bin?.productVersion ?? bin?.fileVersion;
  return version?.trim() || undefined;
}

/** Facts of one CNI config (.conf or .conflist), plus the flannel backend from net-conf.json. */
export function parseCniConfig(file: CniFile, binaries: CniBinary[], flannelNetConf?: string): CniFacts {
  const config = parseJsonText(file.text);
  const root = asObject(config);
  const plugins = asArray(prop(root, 'plugins')).map(asObject).filter((p): p is JsonObject => p !== undefined);
  const main = plugins[0] ?? root;
  const type = asString(prop(main, 'type'));
  const delegateType = asString(prop(asObject(prop(main, 'delegate')), 'type'));
  const facts: CniFacts = { confPath: file.path };
  if (type) facts.type = type;
  if (delegateType) facts.delegateType = delegateType;
  const exceptions = outboundNatExceptions(config);
  if (exceptions) facts.exceptionList = exceptions;
  facts.portMappings = hasPortMappings(config);
  const version = versionOf(binaries, delegateType ?? type) ?? versionOf(binaries, type);
  if (version) facts.pluginVersion = version;
  const backend = flannelBackend(flannelNetConf, type, delegateType);
  if (backend) facts.flannelBackend = backend;
  if (root) facts.loopbackDsr = loopbackDsrSetting(root, main);
  return facts;
}

/** The loopback DSR switch wherever the Windows plugins read it: the plugin itself, its delegate, azure-vnet's windowsSettings, the config root. */
function loopbackDsrSetting(root: JsonObject, main: JsonObject): boolean {
  const places = [main, asObject(prop(main, 'delegate')), asObject(prop(main, 'windowsSettings')), root];
  for (const place of places) {
    for (const key of ['loopbackDSR', 'enableLoopbackDSR']) {
      const value = asBoolean(prop(place, key));
      if (value !== undefined) return value;
    }
  }
  return false;
}

function flannelBackend(netConf: string | undefined, type: string | undefined, delegateType: string | undefined): string | undefined {
  const fromNetConf = asString(prop(asObject(prop(asObject(parseJsonText(netConf)), 'Backend')), 'Type'));
  if (fromNetConf) return fromNetConf.toLowerCase();
  if (type?.toLowerCase() !== 'flannel' || !delegateType) return undefined;
  if (/overlay/i.test(delegateType)) return 'vxlan';
  if (/bridge/i.test(delegateType)) return 'host-gw';
  return undefined;
}

/** C:\run\flannel\subnet.env: FLANNEL_NETWORK=10.244.0.0/16, FLANNEL_SUBNET=10.244.3.1/24. */
export function parseSubnetEnv(text: string | undefined): { network?: string; subnet?: string } {
  const out: { network?: string; subnet?: string } = {};
  if (!text) return out;
  for (const m of text.matchAll(/^\s*(FLANNEL_NETWORK|FLANNEL_SUBNET)\s*=\s*(\S+)\s*$/gm)) {
    if (m[1] === 'FLANNEL_NETWORK') out.network = m[2];
    else out.subnet = m[2];
  }
  return out;
}

/** C:\k\SourceVip.json (host-local IPAM result): "ip4.ip" (CNI 0.2) or "ips[0].address" (0.3+). */
export function parseSourceVip(text: string | undefined): string | undefined {
  const obj = asObject(parseJsonText(text));
  const legacy = asString(prop(asObject(prop(obj, 'ip4')), 'ip'));
  if (legacy) return legacy;
  const first = asObject(asArray(prop(obj, 'ips'))[0]);
  return asString(prop(first, 'address'));
}

/** C:\k\SourceVipRequest.json (host-local IPAM request): the subnet it asks from. */
export function parseSourceVipRequest(text: string | undefined): string | undefined {
  const ipam = asObject(prop(asObject(parseJsonText(text)), 'ipam'));
  const direct = asString(prop(ipam, 'subnet'));
  if (direct) return direct;
  const range = asObject(asArray(asArray(prop(ipam, 'ranges'))[0])[0]);
  return asString(prop(range, 'subnet'));
}

/**
 * `vfpctrl /port <guid> /get-port-state`: the "Blocked : TRUE|FALSE" line (not "Blocked on
 * restore"). Undefined when the line is not there.
 */
export function parseVfpPortBlocked(text: string | undefined): boolean | undefined {
  const m = /^\s*Blocked\s*:\s*(TRUE|FALSE)\s*$/im.exec(text ?? '');
  return m ? m[1]!.toUpperCase() === 'TRUE' : undefined;
}

/** `vfpctrl ... /list-rule`: rule names from "RULE : name" or "Friendly name : name" lines. */
export function parseVfpRuleNames(text: string | undefined): string[] {
  const names = new Set<string>();
  for (const m of (text ?? '').matchAll(/^\s*(?:RULE|Friendly name)\s*:\s*(\S+)\s*$/gim)) names.add(m[1]!);
  return [...names];
}

/** AKS's C:\k\kubeclusterconfig.json: Kubernetes.Network.{ClusterCidr, ServiceCidr, DnsIp}. */
export function parseClusterConfig(text: string | undefined): { clusterCidr?: string; serviceCidr?: string; dnsIp?: string } {
  const network = asObject(prop(asObject(prop(asObject(parseJsonText(text)), 'Kubernetes')), 'Network'));
  const out: { clusterCidr?: string; serviceCidr?: string; dnsIp?: string } = {};
  const clusterCidr = asString(prop(network, 'ClusterCidr'));
  const serviceCidr = asString(prop(network, 'ServiceCidr'));
  const dnsIp = asString(prop(network, 'DnsIp'));
  if (clusterCidr) out.clusterCidr = clusterCidr;
  if (serviceCidr) out.serviceCidr = serviceCidr;
  if (dnsIp) out.dnsIp = dnsIp;
  return out;
}

/** The first clusterDNS address of a KubeletConfiguration (YAML block or flow list, or JSON). */
export function parseKubeletClusterDns(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const flow = /^\s*"?clusterDNS"?\s*:\s*\[\s*"?([0-9a-fA-F.:]+)"?/m.exec(text);
  if (flow) return flow[1];
  const block = /^\s*clusterDNS\s*:\s*\r?\n\s*-\s*"?([0-9a-fA-F.:]+)"?/m.exec(text);
  return block?.[1];
}
