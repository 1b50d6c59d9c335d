/**
 * `pod <name> --probe`: network tests from the pod's own network. Exec into the pod when it has
 * powershell.exe (the pod-network script) or cmd.exe (nslookup, curl.exe, ping); otherwise a
 * short-lived probe pod on the same node and namespace with a servercore image matching the
 * node build. Optionally the same ClusterIP from the node's host network, through the node probe.
 */
import type { KNode, KPod, KubeClient } from '../kube/types.js';
import type { Finding } from '../rules/types.js';
import { InternalError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { buildInfoFromNode } from '../windows/builds.js';
import { looksLikeWindowsImage } from '../windows/images.js';
import type { NodeFacts, PodNetworkFacts, ReachabilityFact } from './facts.js';
import { probePodFailedFinding, probePodFailureMessage } from './findings.js';
import { createTrackedPod, waitForPod } from './lifecycle.js';
import { parsePodNetworkOutput } from './parse-pod-network.js';
import { stringify } from 'yaml';
import { powershellStdinCommand, scriptStdin } from './bootstrap.js';
import { forCreate, isIPv4, isPort, MANAGED_BY_LABEL, MANAGED_BY_VALUE, NAME_LABEL, parseIpPort } from './manifests.js';
import { runNodeProbes } from './run.js';
import { CLUSTER_DNS_NAME, curlCommand } from './canary.js';
import podNetworkScript from './scripts/pod-network-probe.ps1';

export const POD_PROBE_NAME = 'windbg-netprobe';

export interface PodNetworkTargets {
  dnsFqdn?: string;
  dnsPartial?: string;
  /** "ip:port" of a ClusterIP service. */
  clusterIp?: string;
  /** "host:port" of the API server. */
  apiServer?: string;
  externalIp?: string;
  externalPort?: number;
}

export interface PodNetworkProbeOptions {
  targets?: PodNetworkTargets;
  /** Image of the fallback probe pod; default servercore:<ltsc tag of the node build>. */
  image?: string;
  timeoutMs?: number;
  /** Also test targets.clusterIp from the node's host network (runs the node probe). */
  hostCheck?: boolean;
  /** Where the node probe pod for hostCheck runs. */
  probeNamespace?: string;
  probeImage?: string;
  pollIntervalMs?: number;
}

export interface PodNetworkProbeRun {
  facts: PodNetworkFacts;
  findings: Finding[];
  notes: string[];
  nodeFacts?: NodeFacts;
}

const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?$/;

/** Validated targets as WINDBG_* env pairs; anything else is a usage error. */
export function podNetworkEnv(targets: PodNetworkTargets = {}): { name: string; value: string }[] {
  const env: { name: string; value: string }[] = [];
  const host = (name: string, value: string | undefined, fallback?: string) => {
    const v = value ?? fallback;
    if (v === undefined) return;
    if (!HOSTNAME.test(v) || v.length > 253) throw new UsageError(t('probes.error.badHost', { value: v }));
    env.push({ name, value: v });
  };
  host('WINDBG_DNS_FQDN', targets.dnsFqdn, CLUSTER_DNS_NAME);
  host('WINDBG_DNS_PARTIAL', targets.dnsPartial, 'kubernetes.default');
  if (targets.clusterIp !== undefined) {
    if (!parseIpPort(targets.clusterIp)) throw new UsageError(t('probes.error.badIpPort', { value: targets.clusterIp }));
    env.push({ name: 'WINDBG_CLUSTERIP', value: targets.clusterIp });
  }
  if (targets.apiServer !== undefined) {
    const m = /^(.+):(\d{1,5})$/.exec(targets.apiServer);
    if (!m || !HOSTNAME.test(m[1]!) || !isPort(Number(m[2]))) throw new UsageError(t('probes.error.badHostPort', { value: targets.apiServer }));
    env.push({ name: 'WINDBG_APISERVER', value: targets.apiServer });
  }
  if (targets.externalIp !== undefined) {
    if (!isIPv4(targets.externalIp)) throw new UsageError(t('probes.error.badIp', { value: targets.externalIp }));
    env.push({ name: 'WINDBG_EXTERNAL_IP', value: targets.externalIp });
  }
  if (targets.externalPort !== undefined) {
    if (!isPort(targets.externalPort)) throw new UsageError(t('probes.error.badPort', { value: String(targets.externalPort) }));
    env.push({ name: 'WINDBG_EXTERNAL_PORT', value: String(targets.externalPort) });
  }
  return env;
}

/**
 * For an exec into an existing pod the env cannot be set, so a fixed prelude assigns it. Only
 * values that passed validation reach here, and this check refuses anything but plain
 * host/IP/port characters, so no value can break out of its single quotes.
 */
export function envPrelude(env: { name: string; value: string }[]): string {
  return env
    .map(({ name, value }) => {
      if (!/^WINDBG_[A-Z_]+$/.test(name) || !/^[A-Za-z0-9.:-]+$/.test(value)) {
        throw new InternalError(t('probes.error.unsafeValue', { name }));
      }
      return `$env:${name} = '${value}'\n`;
    })
    .join('');
}

/** servercore image for the node's build (PowerShell is needed for the script). */
export function servercoreImageForNode(node: KNode | undefined): string | undefined {
  const info = node ? buildInfoFromNode(node) : undefined;
  const ltsc: Record<number, string> = { 17763: 'ltsc2019', 20348: 'ltsc2022', 26100: 'ltsc2025' };
  const tag = info ? (ltsc[info.build] ?? info.imageTag) : undefined;
  return tag ? `mcr.microsoft.com/windows/servercore:${tag}` : undefined;
}

function notFound(result: { stderr: string; exitCode: number }): boolean {
  return result.exitCode !== 0 && /not recognized|executable file not found|cannot find the file|no such file|system cannot find/i.test(result.stderr);
}

/** curl.exe exit codes that still prove a TCP connection was made (TLS or HTTP trouble after it). */
const CONNECTED_CURL_CODES = new Set([0, 1, 8, 18, 22, 35, 51, 52, 53, 56, 58, 60, 92]);

const nslookupCommand = (name: string) => ['cmd.exe', '/c', 'nslookup', name];
const tcpCommand = (target: string) => curlCommand(`http://${target}/`);
const pingCommand = (ip: string) => ['cmd.exe', '/c', 'ping', '-n', '2', ip];

/** The commands of the cmd.exe fallback, in the order it runs them. */
export function cmdFallbackCommands(env: { name: string; value: string }[]): string[][] {
  const value = (name: string) => env.find((e) => e.name === name)?.value;
  const commands: string[][] = [];
  for (const name of [value('WINDBG_DNS_FQDN'), value('WINDBG_DNS_PARTIAL')]) if (name) commands.push(nslookupCommand(name));
  for (const target of [value('WINDBG_CLUSTERIP'), value('WINDBG_APISERVER')]) if (target) commands.push(tcpCommand(target));
  const external = value('WINDBG_EXTERNAL_IP');
  if (external) commands.push(tcpCommand(`${external}:${value('WINDBG_EXTERNAL_PORT') ?? '443'}`), pingCommand(external));
  return commands;
}

async function cmdProbe(client: KubeClient, pod: KPod, container: string, env: { name: string; value: string }[]): Promise<PodNetworkFacts> {
  const namespace = pod.metadata.namespace ?? 'default';
  const facts: PodNetworkFacts = { schemaVersion: 1, pod: { namespace, name: pod.metadata.name }, vantage: 'pod', errors: [] };
  const value = (name: string) => env.find((e) => e.name === name)?.value;
  const exec = async (command: string[]) => {
    try {
      return await client.exec(namespace, pod.metadata.name, container, command, { timeoutMs: 30_000 });
    } catch (e) {
      return { stdout: '', stderr: (e as Error).message, exitCode: -1 };
    }
  };
  const dns = async (name: string | undefined): Promise<ReachabilityFact | undefined> => {
    if (!name) return undefined;
    const r = await exec(nslookupCommand(name));
    // A search suffix may have completed the name: "kubernetes.default" answers as "kubernetes.default.svc.cluster.local".
    const answered = /^Name:\s+(\S+)\s*\n\s*Address(?:es)?:\s+\S+/im.exec(r.stdout.replace(/\r/g, ''))?.[1]?.toLowerCase();
    const ok = answered !== undefined && (answered === name.toLowerCase() || answered.startsWith(`${name.toLowerCase()}.`));
    return { target: name, ok, detail: r.stdout.replace(/\s+/g, ' ').trim().slice(0, 200) };
  };
  const tcp = async (target: string | undefined): Promise<ReachabilityFact | undefined> => {
    if (!target) return undefined;
    const r = await exec(tcpCommand(target));
    return { target, ok: CONNECTED_CURL_CODES.has(r.exitCode), detail: `curl exit ${r.exitCode}` };
  };
  const set = <K extends 'dnsFqdn' | 'dnsPartial' | 'tcpClusterIp' | 'tcpApiServer' | 'tcpExternal' | 'icmpExternal'>(key: K, fact: ReachabilityFact | undefined) => {
    if (fact) facts[key] = fact;
  };
  set('dnsFqdn', await dns(value('WINDBG_DNS_FQDN')));
  set('dnsPartial', await dns(value('WINDBG_DNS_PARTIAL')));
  set('tcpClusterIp', await tcp(value('WINDBG_CLUSTERIP')));
  set('tcpApiServer', await tcp(value('WINDBG_APISERVER')));
  const external = value('WINDBG_EXTERNAL_IP');
  if (external) {
    set('tcpExternal', await tcp(`${external}:${value('WINDBG_EXTERNAL_PORT') ?? '443'}`));
    const ping = await exec(pingCommand(external));
    set('icmpExternal', { target: external, ok: ping.exitCode === 0 && /TTL=/i.test(ping.stdout), detail: `ping exit ${ping.exitCode}` });
  }
  return facts;
}

/** The container the probe execs into: the first with a Windows image, else the first. */
function targetContainer(pod: KPod) {
  return (pod.spec?.containers ?? []).find((c) => c.image && looksLikeWindowsImage(c.image)) ?? pod.spec?.containers[0];
}

function podRuns(pod: KPod): boolean {
  return pod.status?.phase === 'Running' && (pod.status.containerStatuses ?? []).some((s) => s.state?.running);
}

export async function runPodNetworkProbe(client: KubeClient, pod: KPod, node: KNode | undefined, opts: PodNetworkProbeOptions = {}): Promise<PodNetworkProbeRun> {
  const namespace = pod.metadata.namespace ?? 'default';
  const key = { namespace, name: pod.metadata.name };
  const env = podNetworkEnv(opts.targets);
  const notes: string[] = [];
  const findings: Finding[] = [];
  let facts: PodNetworkFacts | undefined;

  const container = targetContainer(pod);
  if (container && podRuns(pod)) {
    const ps = await client
      .exec(namespace, pod.metadata.name, container.name, powershellStdinCommand(), { stdin: scriptStdin(podNetworkScript, envPrelude(env)), timeoutMs: opts.timeoutMs ?? 60_000 })
      .catch((e: Error) => ({ stdout: '', stderr: e.message, exitCode: -1 }));
    if (ps.exitCode === 0 || ps.stdout.includes('"schemaVersion"')) {
      facts = parsePodNetworkOutput(ps.stdout, key, 'pod');
    } else if (notFound(ps)) {
      notes.push(t('probes.podNetwork.noPowershell', { pod: `${namespace}/${pod.metadata.name}` }));
      const cmdCheck = await client.exec(namespace, pod.metadata.name, container.name, ['cmd.exe', '/c', 'echo', 'windbg'], { timeoutMs: 15_000 }).catch(() => undefined);
      if (cmdCheck && cmdCheck.exitCode === 0) facts = await cmdProbe(client, pod, container.name, env);
    } else {
      notes.push(t('probes.podNetwork.execFailed', { pod: `${namespace}/${pod.metadata.name}`, error: ps.stderr.trim().split('\n')[0] ?? '' }));
    }
  }

  if (!facts) {
    const sidecar = await sidecarProbe(client, pod, node, env, opts, notes, findings);
    facts = sidecar ?? { schemaVersion: 1, pod: key, vantage: 'sidecar-pod', errors: [{ probe: 'sidecar', message: t('probes.podNetwork.noVantage') }] };
  }

  let nodeFacts: NodeFacts | undefined;
  if (opts.hostCheck && opts.targets?.clusterIp && node) {
    const run = await runNodeProbes(client, [node], {
      namespace: opts.probeNamespace,
      image: opts.probeImage,
      timeoutMs: opts.timeoutMs,
      env: { serviceVip: opts.targets.clusterIp, skipPortReservation: true },
      pollIntervalMs: opts.pollIntervalMs,
    });
    findings.push(...run.findings);
    notes.push(...run.notes);
    nodeFacts = run.facts.get(node.metadata.name);
    const fromHost = nodeFacts?.serviceVipFromHost;
    if (fromHost) facts.tcpClusterIpFromHost = { target: fromHost.target, ok: fromHost.ok };
  }
  return { facts, findings, notes, nodeFacts };
}

/** The fallback probe pod: not HostProcess, same node and namespace as the pod, targets in env. */
export function podNetworkProbePodManifest(pod: KPod, nodeName: string, image: string, env: { name: string; value: string }[]): KPod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${POD_PROBE_NAME}-`,
      namespace: pod.metadata.namespace ?? 'default',
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [NAME_LABEL]: POD_PROBE_NAME },
      annotations: { 'windbg.io/pod': pod.metadata.name },
    },
    spec: {
      nodeName,
      os: { name: 'windows' },
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      tolerations: [{ operator: 'Exists' }],
      activeDeadlineSeconds: 300,
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 0,
      automountServiceAccountToken: false,
      containers: [{ name: 'probe', image, imagePullPolicy: 'IfNotPresent', command: ['cmd.exe', '/c', 'ping -n 300 127.0.0.1 > NUL'], env }],
    },
  };
}

export interface PodNetworkDryRun {
  /** The exec into the pod tried first (only for a running pod): the script, with the targets prelude, on stdin. */
  exec?: {
    namespace: string;
    pod: string;
    container: string;
    command: string[];
    stdin: string;
    /** What runs instead when the container has no powershell.exe but has cmd.exe. */
    cmdFallback: string[][];
  };
  /** The helper pod created when the pod cannot be exec'd into; absent when no node or image is known. */
  helperPod?: KPod;
  /** The pod-network script. */
  script: string;
  /** All of the above as YAML with comments, for printing. */
  text: string;
}

/** What `pod --probe --dry-run` shows: the exec it would try, the helper pod it may create, and the script. Creates nothing. */
export function podNetworkDryRun(pod: KPod, node: KNode | undefined, opts: { image?: string; targets?: PodNetworkTargets } = {}): PodNetworkDryRun {
  const env = podNetworkEnv(opts.targets);
  const namespace = pod.metadata.namespace ?? 'default';
  const podName = `${namespace}/${pod.metadata.name}`;
  const image = opts.image ?? servercoreImageForNode(node);
  const script = podNetworkScript.replace(/\r\n/g, '\n');
  const container = targetContainer(pod);
  const exec =
    container && podRuns(pod)
      ? {
          namespace,
          pod: pod.metadata.name,
          container: container.name,
          command: powershellStdinCommand(),
          stdin: scriptStdin(podNetworkScript, envPrelude(env)),
          cmdFallback: cmdFallbackCommands(env),
        }
      : undefined;
  const helperPod = pod.spec?.nodeName && image ? forCreate(podNetworkProbePodManifest(pod, pod.spec.nodeName, image, env)) : undefined;

  const lines: string[] = [];
  if (exec) {
    lines.push(`# ${t('probes.dryRun.podExec', { pod: podName, command: exec.command.slice(0, 6).join(' ') })}`);
    lines.push(`# ${t('probes.dryRun.podCmdFallback', { commands: exec.cmdFallback.map((c) => c.join(' ')).join('; ') })}`);
  } else {
    lines.push(`# ${t('probes.dryRun.podNotRunning', { pod: podName })}`);
  }
  if (helperPod) lines.push(`# ${t('probes.dryRun.podFallback')}`, stringify(helperPod, { lineWidth: 0 }).trimEnd());
  else lines.push(`# ${t('probes.dryRun.noHelperPod', { pod: podName })}`);
  lines.push('---', ...script.split('\n').map((l) => (l === '' ? '#' : `# ${l}`)));
  return { exec, helperPod, script, text: `${lines.join('\n')}\n` };
}

/** The text of {@link podNetworkDryRun}. */
export function dryRunPodNetworkProbe(pod: KPod, node: KNode | undefined, opts: { image?: string; targets?: PodNetworkTargets } = {}): string {
  return podNetworkDryRun(pod, node, opts).text;
}

async function sidecarProbe(
  client: KubeClient,
  pod: KPod,
  node: KNode | undefined,
  env: { name: string; value: string }[],
  opts: PodNetworkProbeOptions,
  notes: string[],
  findings: Finding[],
): Promise<PodNetworkFacts | undefined> {
  const namespace = pod.metadata.namespace ?? 'default';
  const nodeName = pod.spec?.nodeName;
  const image = opts.image ?? servercoreImageForNode(node);
  if (!nodeName || !image) {
    notes.push(t('probes.podNetwork.noSidecar', { pod: `${namespace}/${pod.metadata.name}` }));
    return undefined;
  }
  const manifest = podNetworkProbePodManifest(pod, nodeName, image, env);
  const created = await createTrackedPod(client, namespace, manifest);
  if (created.failure) {
    findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, created.failure), created.failure));
    return undefined;
  }
  const { tracked } = created;
  try {
    const waited = await waitForPod(client, namespace, tracked.name, { deadline: Date.now() + (opts.timeoutMs ?? 180_000), pollIntervalMs: opts.pollIntervalMs });
    if (waited.failure) {
      findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, waited.failure), waited.failure));
      return undefined;
    }
    const result = await client.exec(namespace, tracked.name, 'probe', powershellStdinCommand(), { stdin: scriptStdin(podNetworkScript), timeoutMs: opts.timeoutMs ?? 60_000, timeoutFlag: '--probe-timeout' });
    return parsePodNetworkOutput(result.stdout, { namespace, name: pod.metadata.name }, 'sidecar-pod');
  } finally {
    const note = await tracked.remove();
    if (note) notes.push(note);
  }
}
