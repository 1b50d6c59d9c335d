/**
 * `check --canary`: one small nanoserver pod per distinct Windows build among the nodes, pinned to
 * one node of that build. From inside it: cluster DNS (nslookup), the kubernetes ClusterIP
 * service and the API server over TCP+TLS (curl.exe, which nanoserver ships since 1803;
 * nanoserver has no PowerShell). The pod is deleted on every exit path.
 */
import type { KNode, KPod, KubeClient } from '../kube/types.js';
import type { Evidence, Finding } from '../rules/types.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { buildInfoFromNode } from '../windows/builds.js';
import { canaryFailedFinding } from './findings.js';
import { assertReachable, createTrackedPod, isConnectionError, isNodeReady as isReady, requestFailure, waitForPod } from './lifecycle.js';
import { DEFAULT_DEADLINE_SECONDS, MANAGED_BY_LABEL, MANAGED_BY_VALUE, NAME_LABEL } from './manifests.js';

export const CANARY_NAME = 'windbg-canary';
export const CANARY_CONTAINER = 'canary';
export const CLUSTER_DNS_NAME = 'kubernetes.default.svc.cluster.local';

export interface CanaryOptions {
  /** One image for every build instead of nanoserver:<ltsc tag of the build>. */
  image?: string;
  /** Per canary: start and checks. Default 180 s. */
  timeoutMs?: number;
  /** Default "default". */
  namespace?: string;
  onProgress?: (text: string) => void;
  /** API server URL to test from inside the pod; default the client's server. */
  apiServerUrl?: string;
  activeDeadlineSeconds?: number;
  pollIntervalMs?: number;
}

export interface CanaryCheck {
  name: 'start' | 'dns' | 'service' | 'apiserver';
  ok: boolean;
  detail: string;
}

/** One build's canary; usable as a junit testcase ("canary <build>"). */
export interface CanaryResult {
  build: number;
  product: string;
  node: string;
  image?: string;
  pod?: string;
  ok: boolean;
  checks: CanaryCheck[];
  durationMs: number;
  findings: Finding[];
}

/** nanoserver image for a build: ltsc2019 / ltsc2022 / ltsc2025, else the build's own tag. */
export function canaryImageForBuild(build: number, imageTag: string | undefined): string | undefined {
  const ltsc: Record<number, string> = { 17763: 'ltsc2019', 20348: 'ltsc2022', 26100: 'ltsc2025' };
  const tag = ltsc[build] ?? imageTag;
  return tag ? `mcr.microsoft.com/windows/nanoserver:${tag}` : undefined;
}

/** One node per build, Ready nodes first, then by name. */
export function pickCanaryNodes(nodes: KNode[]): { build: number; product: string; imageTag?: string; node: KNode }[] {
  const byBuild = new Map<number, { build: number; product: string; imageTag?: string; node: KNode }>();
  const sorted = [...nodes].sort((a, b) => Number(isReady(b)) - Number(isReady(a)) || a.metadata.name.localeCompare(b.metadata.name));
  for (const node of sorted) {
    const info = buildInfoFromNode(node);
    if (!info || byBuild.has(info.build)) continue;
    byBuild.set(info.build, { build: info.build, product: info.product, imageTag: info.imageTag, node });
  }
  return [...byBuild.values()].sort((a, b) => a.build - b.build);
}

export function canaryPodManifest(nodeName: string, image: string, namespace: string, deadlineSeconds = DEFAULT_DEADLINE_SECONDS): KPod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${CANARY_NAME}-`,
      namespace,
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [NAME_LABEL]: CANARY_NAME },
      annotations: { 'windbg.io/node': nodeName },
    },
    spec: {
      nodeName,
      os: { name: 'windows' },
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      tolerations: [{ operator: 'Exists' }],
      activeDeadlineSeconds: deadlineSeconds,
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 0,
      automountServiceAccountToken: false,
      securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } },
      containers: [
        {
          name: CANARY_CONTAINER,
          image,
          imagePullPolicy: 'IfNotPresent',
          command: ['cmd.exe', '/c', `ping -n ${deadlineSeconds} 127.0.0.1 > NUL`],
          resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        },
      ],
    },
  };
}

/** The API server URL as curl.exe gets it: validated, https only, never passed through a shell. */
export function validatedApiServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(t('probes.canary.badServer', { url }));
  }
  if (parsed.protocol !== 'https:' || !/^[A-Za-z0-9.[\]:-]+$/.test(parsed.host)) throw new UsageError(t('probes.canary.badServer', { url }));
  return `https://${parsed.host}/version`;
}

/** nslookup prints "Name: <fqdn>" followed by "Address:" or "Addresses:" when the name resolved. */
export function nslookupResolved(stdout: string, name: string): boolean {
  const m = /^Name:\s+(\S+)\s*\n\s*Address(?:es)?:\s+\S+/im.exec(stdout.replace(/\r/g, ''));
  return m !== null && m[1]!.toLowerCase().replace(/\.$/, '') === name.toLowerCase();
}

export function curlCommand(url: string): string[] {
  return ['curl.exe', '-k', '-sS', '-o', 'NUL', '--connect-timeout', '5', '-m', '10', url];
}

/** The longest one check (one exec) may take; less when the canary's --probe-timeout is nearer. */
const CHECK_TIMEOUT_MS = 30_000;

async function runChecks(client: KubeClient, namespace: string, pod: string, apiUrl: string, deadline: number): Promise<CanaryCheck[]> {
  const exec = async (command: string[]) => {
    try {
      const timeoutMs = Math.max(5_000, Math.min(CHECK_TIMEOUT_MS, deadline - Date.now()));
      return await client.exec(namespace, pod, CANARY_CONTAINER, command, { timeoutMs, timeoutFlag: '--probe-timeout' });
    } catch (e) {
      return { stdout: '', stderr: requestFailure(e).message, exitCode: -1 };
    }
  };
  const checks: CanaryCheck[] = [];
  const dns = await exec(['cmd.exe', '/c', 'nslookup', CLUSTER_DNS_NAME]);
  const resolved = nslookupResolved(dns.stdout, CLUSTER_DNS_NAME);
  checks.push({ name: 'dns', ok: resolved, detail: oneLine(resolved ? dns.stdout : `${dns.stdout} ${dns.stderr}`) });
  for (const [name, url] of [
    ['service', `https://${CLUSTER_DNS_NAME}/version`],
    ['apiserver', apiUrl],
  ] as const) {
    const r = await exec(curlCommand(url));
    checks.push({ name, ok: r.exitCode === 0, detail: r.exitCode === 0 ? `${url}: connected` : `${url}: curl exit ${r.exitCode} ${oneLine(r.stderr)}`.trim() });
  }
  return checks;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export interface CanaryRun {
  results: CanaryResult[];
  /** The findings of every result, flattened. */
  findings: Finding[];
  notes: string[];
}

export async function runCanary(client: KubeClient, nodes: KNode[], opts: CanaryOptions = {}): Promise<CanaryRun> {
  const apiUrl = validatedApiServerUrl(opts.apiServerUrl ?? client.server);
  const namespace = opts.namespace ?? 'default';
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const notes: string[] = [];
  const results: CanaryResult[] = [];
  const connectionErrors: unknown[] = [];
  for (const pick of pickCanaryNodes(nodes)) {
    const image = opts.image ?? canaryImageForBuild(pick.build, pick.imageTag);
    const node = pick.node.metadata.name;
    const started = Date.now();
    const base = { build: pick.build, product: pick.product, node, image };
    if (!isReady(pick.node)) {
      // Ready nodes are picked first, so no node of this build is Ready: its canary could only time out.
      notes.push(t('probes.canary.notReady', { build: pick.build, product: pick.product, node }));
      continue;
    }
    if (!image) {
      notes.push(t('probes.canary.noImage', { build: pick.build, node }));
      continue;
    }
    const finish = (checks: CanaryCheck[], pod?: string, evidence: Evidence[] = []): CanaryResult => {
      const failed = checks.filter((c) => !c.ok);
      const findings = failed.length
        ? [
            canaryFailedFinding(
              { product: pick.product, node, checks: failed.map((c) => c.name).join(', ') },
              [...failed.map((c) => ({ source: 'probe' as const, text: `${c.name}: ${c.detail}` })), ...evidence],
            ),
          ]
        : [];
      return { ...base, pod, ok: failed.length === 0, checks, durationMs: Date.now() - started, findings };
    };
    opts.onProgress?.(t('probes.progress.canary', { product: pick.product, node }));
    const manifest = canaryPodManifest(node, image, namespace, opts.activeDeadlineSeconds);
    const created = await createTrackedPod(client, namespace, manifest);
    if (created.failure) {
      results.push(finish([{ name: 'start', ok: false, detail: `${created.failure.reason}: ${created.failure.message}` }], undefined, created.failure.evidence));
      continue;
    }
    const { tracked } = created;
    try {
      const waited = await waitForPod(client, namespace, tracked.name, {
        deadline: started + timeoutMs,
        pollIntervalMs: opts.pollIntervalMs,
        requireReady: true,
      });
      if (waited.failure) {
        results.push(finish([{ name: 'start', ok: false, detail: `${waited.failure.reason}: ${waited.failure.message}` }], tracked.name, waited.failure.evidence));
        continue;
      }
      const checks = await runChecks(client, namespace, tracked.name, apiUrl, started + timeoutMs);
      results.push(finish([{ name: 'start', ok: true, detail: `${tracked.name} running on ${node}` }, ...checks], tracked.name));
    } catch (error) {
      // An API error or a stalled request on this canary fails this build's canary; the other builds go on.
      if (isConnectionError(error)) connectionErrors.push(error);
      const failure = requestFailure(error);
      results.push(finish([{ name: 'start', ok: false, detail: `${failure.reason}: ${failure.message}` }], tracked.name, failure.evidence));
    } finally {
      const note = await tracked.remove();
      if (note) notes.push(note);
    }
  }
  if (connectionErrors.length > 0) await assertReachable(client);
  return { results, findings: results.flatMap((r) => r.findings), notes };
}
