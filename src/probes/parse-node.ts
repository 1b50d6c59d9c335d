/**
 * Node probe output (stdout of scripts/node-probe.ps1) -> NodeFacts. Never throws: a missing,
 * garbled or unknown section becomes an entry in `errors` and the section stays undefined, so
 * rules read it as "not known".
 */
import { assessNetworkHealth, freeReservationBlocks } from './network-health.js';
import type {
  AdapterFact,
  ClusterNetworkFacts,
  CniFacts,
  FlannelFacts,
  HnsEndpointFact,
  HnsFacts,
  HnsLoadBalancerFact,
  HnsNetworkFact,
  NodeFacts,
  OsFacts,
  PortFacts,
  ProcessCommandLine,
  ResourceFacts,
  ServiceFact,
} from './facts.js';
import {
  asArray,
  asBoolean,
  asInteger,
  asIsoTime,
  asNumber,
  asObject,
  asString,
  extractJsonDocument,
  isTruncatedValue,
  type JsonObject,
} from './ps-json.js';
import {
  parseCniConfDir,
  parseCniConfig,
  parseClusterConfig,
  parseCommandLineFlags,
  parseKubeletClusterDns,
  parseDynamicPortRange,
  parseExcludedPortRanges,
  parseSandboxImage,
  parseSourceVip,
  parseSourceVipRequest,
  parseSubnetEnv,
  parseVfpPortBlocked,
  parseVfpRuleNames,
  pickCniFile,
  type CniBinary,
  type CniFile,
} from './parse-text.js';

export const NODE_PROBE_SCHEMA_VERSION = 1;

type ProbeError = { probe: string; message: string };

/** ServiceControllerStatus values, for outputs that carry the enum as a number. */
const SERVICE_STATES: Record<number, string> = {
  1: 'Stopped',
  2: 'StartPending',
  3: 'StopPending',
  4: 'Running',
  5: 'ContinuePending',
  6: 'PausePending',
  7: 'Paused',
};
/** ServiceStartMode values, and Win32_Service's "Auto" spelling. */
const START_MODES: Record<string, string> = {
  '0': 'Boot',
  '1': 'System',
  '2': 'Automatic',
  '3': 'Manual',
  '4': 'Disabled',
  auto: 'Automatic',
};

function serviceState(value: unknown): string | undefined {
  if (typeof value === 'number') return SERVICE_STATES[value] ?? String(value);
  return asString(value);
}

function startMode(value: unknown): string | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  return START_MODES[text.toLowerCase()] ?? text;
}

function parseServices(value: unknown): ServiceFact[] {
  return asArray(value).flatMap((entry) => {
    const obj = asObject(entry);
    const name = asString(obj?.['name']);
    if (!obj || !name) return [];
    const fact: ServiceFact = { name, present: asBoolean(obj['present']) ?? obj['state'] !== undefined };
    const serviceName = asString(obj['serviceName']);
    if (serviceName && serviceName !== name) fact.serviceName = serviceName;
    const state = serviceState(obj['state']);
    const mode = startMode(obj['startMode']);
    if (state) fact.state = state;
    if (mode) fact.startMode = mode;
    return [fact];
  });
}

function parseEndpoints(value: unknown): HnsEndpointFact[] {
  return asArray(value).flatMap((entry) => {
    const e = asObject(entry);
    const id = asString(e?.['id']);
    if (!e || !id) return [];
    const fact: HnsEndpointFact = { id: id.toUpperCase(), isRemote: asBoolean(e['isRemote']) ?? false };
    const ipAddress = asString(e['ipAddress']);
    const state = asInteger(e['state']);
    const networkName = asString(e['networkName']);
    const portGuid = asString(e['portGuid']);
    if (ipAddress) fact.ipAddress = ipAddress;
    if (state !== undefined) fact.state = state;
    if (networkName) fact.networkName = networkName;
    if (portGuid) fact.portGuid = portGuid.toUpperCase();
    return [fact];
  });
}

function parseLoadBalancers(value: unknown): HnsLoadBalancerFact[] {
  return asArray(value).flatMap((entry) => {
    const b = asObject(entry);
    const id = asString(b?.['id']);
    if (!b || !id) return [];
    const fact: HnsLoadBalancerFact = {
      id: id.toUpperCase(),
      vips: asArray(b['vips']).map(asString).filter((v): v is string => v !== undefined),
      isDsr: asBoolean(b['isDsr']) ?? false,
      localRoutedVip: asBoolean(b['localRoutedVip']) ?? false,
      endpointIds: asArray(b['endpointIds'])
        .map(asString)
        .filter((v): v is string => v !== undefined)
        .map((v) => v.toUpperCase()),
    };
    for (const key of ['state', 'protocol', 'internalPort', 'externalPort'] as const) {
      const n = asInteger(b[key]);
      if (n !== undefined) fact[key] = n;
    }
    return [fact];
  });
}

/** Adds `vfpctrl` results (port state, DSR rules) to the local endpoints they were read for. */
function mergeVfp(endpoints: HnsEndpointFact[], vfp: JsonObject | undefined): void {
  for (const entry of asArray(vfp?.['ports'])) {
    const port = asObject(entry);
    const endpointId = asString(port?.['endpointId'])?.toUpperCase();
    const endpoint = endpoints.find((e) => e.id === endpointId);
    if (!port || !endpoint) continue;
    if (asInteger(port['stateExitCode']) === 0) {
      const blocked = parseVfpPortBlocked(asString(port['stateText']));
      if (blocked !== undefined) endpoint.vfpBlocked = blocked;
    }
    if (asInteger(port['dsrRulesExitCode']) === 0) endpoint.dsrRules = parseVfpRuleNames(asString(port['dsrRulesText']));
  }
}

function parseHns(obj: JsonObject): HnsFacts {
  const networks: HnsNetworkFact[] = asArray(obj['networks']).flatMap((entry) => {
    const net = asObject(entry);
    const name = asString(net?.['name']);
    if (!net || name === undefined) return [];
    const fact: HnsNetworkFact = {
      name,
      type: asString(net['type']) ?? '',
      subnets: asArray(net['subnets']).flatMap((s) => {
        const subnet = asObject(s);
        const addressPrefix = asString(subnet?.['addressPrefix']);
        if (!addressPrefix) return [];
        const gateway = asString(subnet?.['gateway']);
        return [gateway ? { addressPrefix, gateway } : { addressPrefix }];
      }),
    };
    const id = asString(net['id']);
    const managementIp = asString(net['managementIp']);
    if (id) fact.id = id;
    if (managementIp) fact.managementIp = managementIp;
    return [fact];
  });
  const policyListCount = asInteger(obj['policyListCount']);
  const loadBalancerCount = asInteger(obj['loadBalancerCount']);
  const facts: HnsFacts = {
    networks,
    endpointCount: asInteger(obj['endpointCount']) ?? 0,
    loadBalancerPolicyCount: loadBalancerCount ?? policyListCount ?? 0,
  };
  if (policyListCount !== undefined) facts.policyListCount = policyListCount;
  const localEndpointCount = asInteger(obj['localEndpointCount']);
  if (localEndpointCount !== undefined) facts.localEndpointCount = localEndpointCount;
  const source = asString(obj['loadBalancerSource']);
  if (source) facts.loadBalancerSource = source;
  if (obj['endpoints'] !== undefined && obj['endpoints'] !== null) facts.endpoints = parseEndpoints(obj['endpoints']);
  if (obj['loadBalancers'] !== undefined && obj['loadBalancers'] !== null) facts.loadBalancers = parseLoadBalancers(obj['loadBalancers']);
  return facts;
}

function parseAdapters(value: unknown): AdapterFact[] {
  return asArray(value).flatMap((entry) => {
    const obj = asObject(entry);
    const name = asString(obj?.['name']);
    if (!obj || !name) return [];
    const fact: AdapterFact = { name };
    const status = asString(obj['status']);
    const mac = asString(obj['macAddress']);
    const ipv4 = asArray(obj['ipv4']).map(asString).filter((v): v is string => v !== undefined);
    if (status) fact.status = status;
    if (mac) fact.macAddress = mac;
    if (ipv4.length) fact.ipv4 = ipv4;
    return [fact];
  });
}

function parsePorts(obj: JsonObject, errors: ProbeError[]): PortFacts | undefined {
  const range = parseDynamicPortRange(asString(obj['dynamicRaw']));
  if (!range) {
    errors.push({ probe: 'ports', message: 'the dynamic port range could not be read from netsh output' });
    return undefined;
  }
  const facts: PortFacts = {
    dynamicStart: range.start,
    dynamicCount: range.count,
    excludedRanges: parseExcludedPortRanges(asString(obj['excludedRaw'])),
  };
  const test = asObject(obj['reservationTest']);
  if (test) {
    const attempted = asInteger(test['attempted']);
    const succeeded = asInteger(test['succeeded']);
    if (attempted !== undefined && succeeded !== undefined) {
      facts.reservationTest = { attempted, succeeded };
      const error = asString(test['error']);
      if (error) facts.reservationTest.error = error;
    }
  }
  facts.freeBlocksOf64 = freeReservationBlocks(facts);
  const udpRange = parseDynamicPortRange(asString(obj['udpDynamicRaw']));
  if (udpRange) {
    const udp = { dynamicStart: udpRange.start, dynamicCount: udpRange.count, excludedRanges: parseExcludedPortRanges(asString(obj['udpExcludedRaw'])) };
    facts.udp = { ...udp, freeBlocksOf64: freeReservationBlocks(udp) };
  }
  return facts;
}

function parseProcess(obj: JsonObject): ProcessCommandLine {
  const commandLine = asString(obj['commandLine']);
  const running = asBoolean(obj['running']) ?? commandLine !== undefined;
  const fact: ProcessCommandLine = { running, flags: parseCommandLineFlags(commandLine) };
  if (commandLine) fact.commandLine = commandLine;
  const configPath = asString(obj['configPath']);
  if (configPath) fact.configPath = configPath;
  return fact;
}

/** Cluster CIDRs and DNS IP: AKS's kubeclusterconfig.json first, then kubelet's flags and config file. */
function clusterNetwork(root: JsonObject, kubelet: ProcessCommandLine | undefined): ClusterNetworkFacts | undefined {
  const fromFile = parseClusterConfig(asString(asObject(root['clusterConfig'])?.['text']));
  const dnsFromKubelet =
    kubelet?.flags['cluster-dns']?.split(',')[0]?.trim() || parseKubeletClusterDns(asString(asObject(root['kubelet'])?.['configText']));
  const facts: ClusterNetworkFacts = { ...fromFile };
  if (!facts.dnsIp && dnsFromKubelet) facts.dnsIp = dnsFromKubelet;
  return Object.keys(facts).length > 0 ? facts : undefined;
}

function parseCni(
  obj: JsonObject,
  containerdConfig: string | undefined,
  netConf: string | undefined,
  errors: ProbeError[],
): CniFacts | undefined {
  const files: CniFile[] = asArray(obj['files']).flatMap((entry) => {
    const f = asObject(entry);
    const path = asString(f?.['path']);
    return path ? [{ path, text: asString(f?.['text']) }] : [];
  });
  const binaries: CniBinary[] = asArray(obj['binaries']).flatMap((entry) => {
    const b = asObject(entry);
    const name = asString(b?.['name']);
    return name ? [{ name, fileVersion: asString(b?.['fileVersion']), productVersion: asString(b?.['productVersion']) }] : [];
  });
  const file = pickCniFile(files, asString(obj['confDir']) ?? parseCniConfDir(containerdConfig));
  if (!file) {
    // No file at all is a fact (no CNI config on the node); files that are not JSON are not.
    if (files.length === 0) return {};
    errors.push({ probe: 'cni', message: `no readable CNI config among ${files.map((f) => f.path).join(', ')}` });
    return undefined;
  }
  return parseCniConfig(file, binaries, netConf);
}

function fileText(flannel: JsonObject | undefined, key: string): { present: boolean; path?: string; text?: string } {
  const entry = asObject(flannel?.[key]);
  const text = asString(entry?.['text']);
  return { present: asBoolean(entry?.['present']) ?? text !== undefined, path: asString(entry?.['path']), text };
}

function parseFlannel(obj: JsonObject): FlannelFacts {
  const subnetEnv = fileText(obj, 'subnetEnv');
  const sourceVip = fileText(obj, 'sourceVip');
  const request = fileText(obj, 'sourceVipRequest');
  const env = parseSubnetEnv(subnetEnv.text);
  const facts: FlannelFacts = {
    subnetEnv: { present: subnetEnv.present, path: subnetEnv.path ?? 'C:\\run\\flannel\\subnet.env', ...env },
    sourceVip: { present: sourceVip.present },
    sourceVipRequest: { present: request.present },
  };
  const vip = parseSourceVip(sourceVip.text);
  const requested = parseSourceVipRequest(request.text);
  if (vip) facts.sourceVip.ip = vip;
  if (requested) facts.sourceVipRequest.ip = requested;
  return facts;
}

function parseOs(obj: JsonObject, errors: ProbeError[]): OsFacts | undefined {
  const build = asInteger(obj['build']);
  if (build === undefined) {
    errors.push({ probe: 'os', message: 'the OS build number is missing from the probe output' });
    return undefined;
  }
  const facts: OsFacts = {
    build,
    hotfixes: asArray(obj['hotfixes'])
      .map(asString)
      .filter((v): v is string => v !== undefined),
  };
  const productName = asString(obj['productName']);
  const ubr = asInteger(obj['ubr']);
  const lastBootTime = asIsoTime(obj['lastBootTime']);
  const uptime = asNumber(obj['uptimeSeconds']);
  if (productName) facts.productName = productName;
  if (ubr !== undefined) facts.ubr = ubr;
  if (lastBootTime) facts.lastBootTime = lastBootTime;
  if (uptime !== undefined) facts.uptimeSeconds = uptime;
  return facts;
}

function parseResources(obj: JsonObject): ResourceFacts {
  const facts: ResourceFacts = {};
  for (const key of ['systemDriveFreeBytes', 'systemDriveTotalBytes', 'freeMemoryBytes', 'totalMemoryBytes'] as const) {
    const n = asNumber(obj[key]);
    if (n !== undefined) facts[key] = n;
  }
  return facts;
}

function configSource(value: unknown): 'command-line' | 'default-path' | undefined {
  const text = asString(value);
  return text === 'command-line' || text === 'default-path' ? text : undefined;
}

function definedOnly<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

const KNOWN_KEYS = new Set([
  'schemaVersion', 'node', 'computerName', 'collectedAt', 'psVersion', 'errors', 'services', 'hns', 'adapters',
  'ports', 'containerd', 'kubelet', 'kubeProxy', 'cni', 'flannel', 'proxy', 'os', 'resources', 'machine',
  'nodePortSelfTest', 'serviceVipFromHost', 'vfp', 'clusterConfig',
]);

function emptyFacts(node: string, errors: ProbeError[]): NodeFacts {
  return { schemaVersion: 1, node, collectedAt: new Date().toISOString(), errors };
}

/**
 * Parses the node probe's stdout. `nodeName` is the node the probe ran on (the script's own
 * idea of its name is only used when it matches).
 */
export function parseNodeProbeOutput(raw: string, nodeName: string): NodeFacts {
  const doc = extractJsonDocument(raw);
  if (doc.error !== undefined) return emptyFacts(nodeName, [{ probe: 'output', message: doc.error }]);
  const root = asObject(doc.value);
  if (!root) return emptyFacts(nodeName, [{ probe: 'output', message: 'the probe output is not a JSON object' }]);
  const version = asInteger(root['schemaVersion']);
  if (version !== NODE_PROBE_SCHEMA_VERSION) {
    return emptyFacts(nodeName, [
      {
        probe: 'output',
        message: `the probe output has schemaVersion ${String(root['schemaVersion'] ?? 'missing')}, expected ${NODE_PROBE_SCHEMA_VERSION}`,
      },
    ]);
  }

  const errors: ProbeError[] = asArray(root['errors']).flatMap((entry) => {
    const e = asObject(entry);
    if (!e) return isTruncatedValue(entry) ? [{ probe: 'output', message: 'an error entry was truncated by ConvertTo-Json' }] : [];
    return [{ probe: asString(e['probe']) ?? 'unknown', message: asString(e['message']) ?? '' }];
  });
  const facts: NodeFacts = {
    schemaVersion: 1,
    node: nodeName,
    collectedAt: asIsoTime(root['collectedAt']) ?? new Date().toISOString(),
    errors,
  };
  const computerName = asString(root['computerName']);
  if (computerName) facts.computerName = computerName;

  /** Runs one section parser; a section that is not an object, or that throws, becomes an error. */
  const section = <T>(key: string, parse: (obj: JsonObject) => T | undefined, assign: (v: T) => void): void => {
    const value = root[key];
    if (value === undefined || value === null) return;
    const obj = asObject(value);
    if (!obj) {
      errors.push({ probe: key, message: `the ${key} section is garbled (${truncatedText(value)})` });
      return;
    }
    try {
      const parsed = parse(obj);
      if (parsed !== undefined) assign(parsed);
    } catch (e) {
      errors.push({ probe: key, message: `the ${key} section could not be read: ${(e as Error).message}` });
    }
  };
  const list = <T>(key: string, parse: (v: unknown) => T[], assign: (v: T[]) => void): void => {
    const value = root[key];
    if (value === undefined || value === null) return;
    if (typeof value === 'string' && isTruncatedValue(value)) {
      errors.push({ probe: key, message: `the ${key} section is garbled (${truncatedText(value)})` });
      return;
    }
    assign(parse(value));
  };

  list('services', parseServices, (v) => (facts.services = v));
  section('hns', parseHns, (v) => (facts.hns = v));
  if (facts.hns?.endpoints) mergeVfp(facts.hns.endpoints, asObject(root['vfp']));
  list('adapters', parseAdapters, (v) => (facts.adapters = v));
  section('ports', (o) => parsePorts(o, errors), (v) => (facts.ports = v));
  const containerd = asObject(root['containerd']);
  const containerdText = asString(containerd?.['configText']);
  section(
    'containerd',
    (o) => definedOnly({
      configPresent: asBoolean(o['configPresent']) ?? containerdText !== undefined,
      configPath: asString(o['configPath']),
      configSource: configSource(o['configSource']),
      sandboxImage: parseSandboxImage(containerdText),
    }),
    (v) => (facts.containerd = v),
  );
  section('kubelet', parseProcess, (v) => (facts.kubelet = v));
  section('kubeProxy', parseProcess, (v) => (facts.kubeProxy = v));
  const netConf = asString(asObject(asObject(root['flannel'])?.['netConf'])?.['text']);
  section('cni', (o) => parseCni(o, containerdText, netConf, errors), (v) => (facts.cni = v));
  section('flannel', parseFlannel, (v) => (facts.flannel = v));
  section(
    'proxy',
    (o) => definedOnly({ httpProxy: asString(o['httpProxy']), httpsProxy: asString(o['httpsProxy']), noProxy: asString(o['noProxy']) }),
    (v) => (facts.proxy = v),
  );
  section('os', (o) => parseOs(o, errors), (v) => (facts.os = v));
  section('resources', parseResources, (v) => (facts.resources = v));
  section(
    'machine',
    (o) => definedOnly({ manufacturer: asString(o['manufacturer']), model: asString(o['model']) }),
    (v) => (facts.machine = v),
  );
  section(
    'nodePortSelfTest',
    (o) => {
      const port = asInteger(o['port']);
      const ok = asBoolean(o['ok']);
      return port === undefined || ok === undefined ? undefined : { port, ok, ...definedOnly({ target: asString(o['target']), detail: asString(o['detail']) }) };
    },
    (v) => (facts.nodePortSelfTest = v),
  );
  section(
    'serviceVipFromHost',
    (o) => {
      const target = asString(o['target']);
      const ok = asBoolean(o['ok']);
      return target === undefined || ok === undefined ? undefined : { target, ok, ...definedOnly({ detail: asString(o['detail']) }) };
    },
    (v) => (facts.serviceVipFromHost = v),
  );

  const network = clusterNetwork(root, facts.kubelet);
  if (network) facts.clusterNetwork = network;
  if (facts.hns) facts.networkHealth = assessNetworkHealth(facts.hns, facts.clusterNetwork);

  const unknown = Object.keys(root).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) errors.push({ probe: 'output', message: `unknown sections ignored: ${unknown.join(', ')}` });
  return facts;
}

function truncatedText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}
