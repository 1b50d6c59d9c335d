/**
 * The probe pod: its manifest (DESIGN.md "Remote probes"), the checks made before creating one
 * (Pod Security level of the namespace, HostProcess support of the cluster and node), and the
 * diagnosis of a probe pod that did not start.
 */
import { stringify } from 'yaml';
import type { KDaemonSet, KEvent, KNamespace, KNode, KPod, ServerVersion } from '../kube/types.js';
import { t } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import nodeProbeScript from './scripts/node-probe.ps1';

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'kubectl-windbg';
export const NAME_LABEL = 'app.kubernetes.io/name';
export const PROBE_NAME = 'windbg-probe';
export const NODE_LABEL = 'windbg.io/node';
export const MANAGED_SELECTOR = `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE}`;

export const DEFAULT_PROBE_IMAGE = 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0';
export const DEFAULT_PROBE_NAMESPACE = 'kube-system';
export const DEFAULT_DEADLINE_SECONDS = 300;
export const PROBE_CONTAINER = 'probe';

/** Inputs of the node probe script, passed as pod env (WINDBG_*), never pasted into the script. */
export interface NodeProbeInputs {
  /** NodePort to test from the node itself. */
  nodePort?: number;
  /** "ip:port" of a ClusterIP service to test from the host network. */
  serviceVip?: string;
  /** Skip the port reservation test. */
  skipPortReservation?: boolean;
}

export interface ProbePodOptions {
  image?: string;
  namespace?: string;
  /** Seconds after which the cluster ends the pod even if windbg was killed. */
  activeDeadlineSeconds?: number;
  inputs?: NodeProbeInputs;
  /** The node's InternalIP, for the NodePort self-test. */
  nodeIp?: string;
  /** A static script carried in the pod env (WINDBG_SCRIPT), for execs that cannot use stdin. */
  script?: string;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isDnsSubdomain(name: string): boolean {
  return name.length > 0 && name.length <= 253 && DNS_SUBDOMAIN.test(name);
}

export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

export function isPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** "10.0.0.10:443" -> parts, or undefined when it is not exactly an IPv4 address and a port. */
export function parseIpPort(text: string): { ip: string; port: number } | undefined {
  const m = /^([\d.]+):(\d{1,5})$/.exec(text);
  if (!m || !isIPv4(m[1]!) || !isPort(Number(m[2]))) return undefined;
  return { ip: m[1]!, port: Number(m[2]) };
}

function validateNodeName(nodeName: string): void {
  if (!isDnsSubdomain(nodeName)) throw new UsageError(t('probes.error.badNodeName', { node: nodeName }));
}

/** The env of the node probe, built only from validated values. */
export function nodeProbeEnv(nodeName: string, opts: ProbePodOptions = {}): { name: string; value: string }[] {
  validateNodeName(nodeName);
  const env = [{ name: 'WINDBG_NODE_NAME', value: nodeName }];
  const inputs = opts.inputs ?? {};
  if (opts.nodeIp !== undefined && isIPv4(opts.nodeIp)) env.push({ name: 'WINDBG_NODE_IP', value: opts.nodeIp });
  if (inputs.nodePort !== undefined) {
    if (!isPort(inputs.nodePort)) throw new UsageError(t('probes.error.badPort', { value: String(inputs.nodePort) }));
    env.push({ name: 'WINDBG_NODEPORT', value: String(inputs.nodePort) });
  }
  if (inputs.serviceVip !== undefined) {
    if (!parseIpPort(inputs.serviceVip)) throw new UsageError(t('probes.error.badIpPort', { value: inputs.serviceVip }));
    env.push({ name: 'WINDBG_SERVICE_VIP', value: inputs.serviceVip });
  }
  if (inputs.skipPortReservation) env.push({ name: 'WINDBG_SKIP_PORT_RESERVATION', value: '1' });
  if (opts.script !== undefined) env.push({ name: 'WINDBG_SCRIPT', value: compactScript(opts.script) });
  return env;
}

function probeLabels(nodeName?: string): Record<string, string> {
  const labels: Record<string, string> = { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [NAME_LABEL]: PROBE_NAME };
  if (nodeName !== undefined && nodeName.length <= 63 && LABEL_VALUE.test(nodeName)) labels[NODE_LABEL] = nodeName;
  return labels;
}

function deadline(opts: { activeDeadlineSeconds?: number }): number {
  const seconds = opts.activeDeadlineSeconds ?? DEFAULT_DEADLINE_SECONDS;
  if (!Number.isInteger(seconds) || seconds < 30) throw new UsageError(t('probes.error.badDeadline', { value: String(seconds) }));
  return seconds;
}

/** Keeps the HostProcess container alive until windbg execs into it (or the deadline ends it). */
function sleepCommand(seconds: number): string[] {
  return ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', `Start-Sleep -Seconds ${seconds}`];
}

const HOST_PROCESS_SECURITY = { windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } };

/** The HostProcess probe pod for one node, exactly as DESIGN.md describes it. */
export function probePodManifest(nodeName: string, opts: ProbePodOptions = {}): KPod {
  const seconds = deadline(opts);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${PROBE_NAME}-`,
      namespace: opts.namespace ?? DEFAULT_PROBE_NAMESPACE,
      labels: probeLabels(nodeName),
      annotations: { [NODE_LABEL]: nodeName },
    },
    spec: {
      nodeName,
      hostNetwork: true,
      os: { name: 'windows' },
      securityContext: HOST_PROCESS_SECURITY,
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      tolerations: [{ operator: 'Exists' }],
      activeDeadlineSeconds: seconds,
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 5,
      automountServiceAccountToken: false,
      containers: [
        {
          name: PROBE_CONTAINER,
          image: opts.image ?? DEFAULT_PROBE_IMAGE,
          imagePullPolicy: 'IfNotPresent',
          command: sleepCommand(seconds),
          env: nodeProbeEnv(nodeName, opts),
        },
      ],
    },
  };
}

/** Drops the empty `name` the manifests carry for typing, so the API server uses generateName. */
export function forCreate<T extends { metadata: { name: string } }>(obj: T): T {
  const copy = structuredClone(obj);
  if (copy.metadata.name === '') delete (copy.metadata as { name?: string }).name;
  return copy;
}

/**
 * powershell.exe reads the whole script from stdin up to the end marker, then runs it as one
 * script block. `-Command -` would run stdin line by line as if typed (multi-line blocks need
 * blank-line terminators there), and -EncodedCommand would exceed the 32,767-character command
 * line limit with these scripts. The marker means windbg never depends on closing stdin, which
 * the v4 exec protocol cannot do.
 */
export const SCRIPT_END_MARKER = '#windbg-end-of-script';
export const POWERSHELL_STDIN_BOOTSTRAP =
  `$lines = New-Object System.Collections.Generic.List[string]; ` +
  `while ($true) { $line = [Console]::In.ReadLine(); if ($null -eq $line -or $line -eq '${SCRIPT_END_MARKER}') { break }; $lines.Add($line) }; ` +
  `& ([ScriptBlock]::Create($lines -join [Environment]::NewLine))`;

export function powershellStdinCommand(): string[] {
  return ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', POWERSHELL_STDIN_BOOTSTRAP];
}

/** The stdin of a script exec: the script, then the end marker. */
export function scriptStdin(script: string, prelude = ''): string {
  const body = script.replace(/\r\n/g, '\n');
  return `${prelude}${body}${body.endsWith('\n') ? '' : '\n'}${SCRIPT_END_MARKER}\n`;
}

/**
 * Runs the script the pod carries in WINDBG_SCRIPT: for a streamed exec, which has no stdin, with
 * a command line that stays short (the script itself would pass the 32,767-character limit once
 * encoded for -EncodedCommand). An exec'd process gets the container's env.
 */
export function powershellEnvScriptCommand(): string[] {
  return ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', '& ([ScriptBlock]::Create($env:WINDBG_SCRIPT))'];
}

/**
 * The script as it travels in an environment variable (at most 32,767 characters on Windows):
 * without comment-only lines, blank lines and indentation, which PowerShell does not need (the
 * here-strings hold C#, where indentation means nothing either). The first line, which names the
 * script, stays.
 */
export function compactScript(script: string): string {
  const [first = '', ...rest] = script.replace(/\r\n/g, '\n').split('\n');
  const kept = rest.map((line) => line.trimStart()).filter((line) => line !== '' && !line.startsWith('#'));
  return [first, ...kept].join('\n');
}

export const DAEMONSET_DONE_MARKER = '#windbg-probe-done';

/** In DaemonSet mode the script travels in the pod env and its JSON goes to the container log. */
export const DAEMONSET_BOOTSTRAP =
  `& ([ScriptBlock]::Create($env:WINDBG_SCRIPT)); ` +
  `[Console]::Out.WriteLine('${DAEMONSET_DONE_MARKER}'); [Console]::Out.Flush(); ` +
  `Start-Sleep -Seconds $([int]$env:WINDBG_SLEEP_SECONDS)`;

/** One DaemonSet running the node probe on exactly the given nodes; results are read from logs. */
export function probeDaemonSetManifest(nodeNames: string[], opts: ProbePodOptions = {}): KDaemonSet {
  for (const name of nodeNames) validateNodeName(name);
  const seconds = deadline(opts);
  const env = nodeProbeEnv(nodeNames[0] ?? 'node', opts).filter((e) => e.name !== 'WINDBG_NODE_NAME' && e.name !== 'WINDBG_NODE_IP');
  const labels = probeLabels();
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: '', generateName: `${PROBE_NAME}-`, namespace: opts.namespace ?? DEFAULT_PROBE_NAMESPACE, labels },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          hostNetwork: true,
          os: { name: 'windows' },
          securityContext: HOST_PROCESS_SECURITY,
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [...nodeNames] }] }],
              },
            },
          },
          tolerations: [{ operator: 'Exists' }],
          terminationGracePeriodSeconds: 5,
          automountServiceAccountToken: false,
          containers: [
            {
              name: PROBE_CONTAINER,
              image: opts.image ?? DEFAULT_PROBE_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              command: ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', DAEMONSET_BOOTSTRAP],
              env: [
                { name: 'WINDBG_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
                ...env,
                { name: 'WINDBG_SLEEP_SECONDS', value: String(seconds) },
                { name: 'WINDBG_SCRIPT', value: compactScript(nodeProbeScript) },
              ],
            },
          ],
        },
      },
    },
  };
}

/** YAML of what a probe run would create, plus the script it would run. Creates nothing. */
export function dryRunManifests(nodes: string[], opts: ProbePodOptions & { mode?: 'pods' | 'daemonset' } = {}): string {
  const docs: unknown[] =
    opts.mode === 'daemonset'
      ? [forCreate(probeDaemonSetManifest(nodes, opts))]
      : nodes.map((node) => forCreate(probePodManifest(node, opts)));
  const yaml = docs.map((doc) => stringify(doc, { lineWidth: 0 })).join('---\n');
  const header = `# ${t('probes.dryRun.scriptHeader', { command: powershellStdinCommand().slice(0, 6).join(' ') })}\n`;
  const script = nodeProbeScript
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? '#' : `# ${line}`))
    .join('\n');
  return `${yaml}---\n${header}${opts.mode === 'daemonset' ? '' : script}\n`;
}

// ---------------------------------------------------------------------------------------------
// Checks made before creating anything.

export interface PodSecurityVerdict {
  allowed: boolean;
  /** The enforce level of the namespace ("privileged" when unlabelled). */
  level: string;
  /** Plain sentence, present when not allowed. */
  message?: string;
  /** What to run to fix it. */
  fix?: string;
}

/** HostProcess pods are only admitted where Pod Security enforces `privileged` (or nothing). */
export function checkPodSecurity(namespace: KNamespace): PodSecurityVerdict {
  const name = namespace.metadata.name;
  const level = namespace.metadata.labels?.['pod-security.kubernetes.io/enforce'] ?? 'privileged';
  if (level === 'privileged') return { allowed: true, level };
  return {
    allowed: false,
    level,
    message: t('probes.psa.rejected', { namespace: name, level }),
    fix: t('probes.psa.fix', { namespace: name }),
  };
}

function versionNumbers(text: string | undefined): [number, number, number] | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

function serverMinor(version: ServerVersion): [number, number] | undefined {
  const major = Number.parseInt(version.major, 10);
  const minor = Number.parseInt(version.minor, 10);
  if (Number.isFinite(major) && Number.isFinite(minor)) return [major, minor];
  const fromGit = versionNumbers(version.gitVersion);
  return fromGit ? [fromGit[0], fromGit[1]] : undefined;
}

/**
 * Why a HostProcess probe pod cannot run on this node, or undefined when it can: HostProcess is GA
 * in Kubernetes 1.26 and needs containerd 1.6+ (Docker never supported it).
 */
export function hostProcessUnsupportedReason(serverVersion: ServerVersion | undefined, node: KNode): string | undefined {
  if (serverVersion) {
    const v = serverMinor(serverVersion);
    if (v && (v[0] < 1 || (v[0] === 1 && v[1] < 26))) {
      return t('probes.hostProcess.oldServer', { version: serverVersion.gitVersion || `${serverVersion.major}.${serverVersion.minor}` });
    }
  }
  const runtime = node.status?.nodeInfo?.containerRuntimeVersion;
  if (runtime) {
    const [scheme, version] = runtime.split('://');
    if (scheme && scheme !== 'containerd') return t('probes.hostProcess.runtime', { runtime });
    const v = versionNumbers(version);
    if (v && (v[0] < 1 || (v[0] === 1 && v[1] < 6))) return t('probes.hostProcess.oldContainerd', { runtime });
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Why a probe pod did not start.

export type ProbePodFailureKind = 'image-pull' | 'admission' | 'hostprocess-unsupported' | 'sandbox' | 'container' | 'unschedulable' | 'deadline' | 'timeout' | 'api';

export interface ProbePodFailure {
  kind: ProbePodFailureKind;
  /** The reason the cluster gave ("ErrImagePull", "DeadlineExceeded", "FailedScheduling"). */
  reason: string;
  /** The cluster's own message, untouched. */
  message: string;
  evidence: { source: 'status' | 'event'; text: string }[];
}

const IMAGE_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'RegistryUnavailable']);
const CONTAINER_REASONS = new Set(['CreateContainerError', 'CreateContainerConfigError', 'RunContainerError', 'StartError', 'ContainerCannotRun', 'CrashLoopBackOff']);

function kindFromText(reason: string, message: string): ProbePodFailureKind {
  if (IMAGE_REASONS.has(reason)) return 'image-pull';
  if (/hostprocess|host process|host-process/i.test(message)) return 'hostprocess-unsupported';
  if (reason === 'FailedCreatePodSandBox') return 'sandbox';
  if (reason === 'FailedScheduling') return 'unschedulable';
  if (reason === 'DeadlineExceeded') return 'deadline';
  return 'container';
}

/**
 * Reads a probe pod's status and events for the reason it is not running. Undefined when nothing
 * says it failed (it may still be starting).
 */
export function diagnoseProbePod(pod: KPod | undefined, events: KEvent[]): ProbePodFailure | undefined {
  const evidence: ProbePodFailure['evidence'] = [];
  let failure: { reason: string; message: string } | undefined;
  for (const cs of [...(pod?.status?.initContainerStatuses ?? []), ...(pod?.status?.containerStatuses ?? [])]) {
    const waiting = cs.state?.waiting;
    const terminated = cs.state?.terminated;
    if (waiting?.reason && (IMAGE_REASONS.has(waiting.reason) || CONTAINER_REASONS.has(waiting.reason))) {
      failure ??= { reason: waiting.reason, message: waiting.message ?? '' };
      evidence.push({ source: 'status', text: `${cs.name}: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` });
    } else if (terminated && terminated.exitCode !== 0) {
      const reason = terminated.reason ?? 'Error';
      failure ??= { reason, message: terminated.message ?? `exit code ${terminated.exitCode}` };
      evidence.push({ source: 'status', text: `${cs.name}: terminated ${reason} (exit code ${terminated.exitCode})` });
    }
  }
  if (pod?.status?.phase === 'Failed') {
    const reason = pod.status.reason ?? 'Failed';
    failure ??= { reason, message: pod.status.message ?? '' };
    evidence.push({ source: 'status', text: `pod ${pod.status.phase}: ${reason}${pod.status.message ? `: ${pod.status.message}` : ''}` });
  }
  const warnings = events.filter((e) => e.type === 'Warning' && e.reason);
  for (const e of warnings) {
    evidence.push({ source: 'event', text: `${e.reason}: ${e.message ?? ''}`.trim() });
    if (!failure && ['FailedCreatePodSandBox', 'FailedScheduling', 'Failed', 'FailedMount'].includes(e.reason!)) {
      failure = { reason: e.reason!, message: e.message ?? '' };
    }
  }
  if (!failure) return undefined;
  return { kind: kindFromText(failure.reason, failure.message), reason: failure.reason, message: failure.message, evidence: dedupe(evidence) };
}

function dedupe<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.text) ? false : (seen.add(i.text), true)));
}
