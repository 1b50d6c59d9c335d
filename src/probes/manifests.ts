/**
 * What the probes create: the HostProcess probe pod of one node and the DaemonSet of many
 * (DESIGN.md "Remote probes"), their labels and validated env, and the dry-run listing of both.
 */
import { stringify } from 'yaml';
import type { KDaemonSet, KPod } from '../kube/types.js';
import { t } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { compactScript, DAEMONSET_BOOTSTRAP, powershellStdinCommand } from './bootstrap.js';
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
