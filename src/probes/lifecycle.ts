/**
 * Creating, waiting for and deleting the short-lived pods windbg runs (probe pods, canaries,
 * pod-network probe pods). Every created pod is registered for signal cleanup and deleted in
 * `finally`; a pod that does not start is diagnosed, not thrown.
 */
import type { KEvent, KNamespace, KNode, KPod, KubeClient } from '../kube/types.js';
import { randomBytes } from 'node:crypto';
import { ClusterAccessError } from '../errors.js';
import { KubeApiError, RequestTimeoutError } from '../kube/errors.js';
import { t } from '../i18n/index.js';
import type { Message } from '../causes/define.js';
import type { Evidence } from '../rules/types.js';
import { checkPodSecurity } from './admission.js';
import { probeFailedMessage } from './findings.js';
import { forCreate } from './manifests.js';
import { diagnoseProbePod, type ProbePodFailure } from './probe-pod-failure.js';
import { noteDeleteFailure, trackLiveObject } from './registry.js';

export interface WaitOptions {
  /** Absolute time (ms since epoch) after which waiting gives up. */
  deadline: number;
  pollIntervalMs?: number;
  /** Wait for the Ready condition, not only the Running phase. */
  requireReady?: boolean;
}

/** A node whose kubelet does not report Ready starts no pod; waiting for one only runs out the timeout. */
export function isNodeReady(node: KNode): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function podEvents(client: KubeClient, namespace: string, name: string): Promise<KEvent[]> {
  const events: KEvent[] = [];
  try {
    for await (const page of client.listEvents({ namespace, fieldSelector: `involvedObject.name=${name}` })) {
      events.push(...page.filter((e) => e.involvedObject.name === name));
    }
  } catch {
    // Events are evidence, not essential: a 403 here leaves the diagnosis to the pod status.
  }
  return events;
}

function isRunning(pod: KPod, requireReady: boolean): boolean {
  if (pod.status?.phase !== 'Running') return false;
  const statuses = pod.status.containerStatuses ?? [];
  if (statuses.length === 0 || !statuses.every((s) => s.state?.running)) return false;
  if (!requireReady) return true;
  return pod.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Polls until the pod runs, fails, or the deadline passes. */
export async function waitForPod(
  client: KubeClient,
  namespace: string,
  name: string,
  opts: WaitOptions,
): Promise<{ pod: KPod; failure?: undefined } | { pod?: KPod; failure: ProbePodFailure }> {
  const poll = opts.pollIntervalMs ?? 500;
  let lastEventCheck = 0;
  let pod: KPod | undefined;
  for (;;) {
    pod = await client.getPod(namespace, name);
    if (!pod) {
      return { failure: { kind: 'container', reason: 'Deleted', message: t('probes.pod.vanished', { pod: `${namespace}/${name}` }), evidence: [] } };
    }
    if (isRunning(pod, opts.requireReady ?? false)) return { pod };
    const fromStatus = diagnoseProbePod(pod, []);
    const now = Date.now();
    if (fromStatus || now - lastEventCheck >= 2_000 || now >= opts.deadline) {
      lastEventCheck = now;
      const events = await podEvents(client, namespace, name);
      const failure = diagnoseProbePod(pod, events);
      // Image pulls are retried by the kubelet, but an ErrImagePull with a message is final enough.
      if (failure) return { pod, failure };
      if (now >= opts.deadline) {
        return {
          pod,
          failure: {
            kind: 'timeout',
            reason: 'Timeout',
            message: t('probes.pod.timeout', { pod: `${namespace}/${name}`, phase: pod.status?.phase ?? 'Pending' }),
            evidence: [
              { source: 'status', text: `phase ${pod.status?.phase ?? 'Pending'}${waitingText(pod)}` },
              ...events.map((e) => ({ source: 'event' as const, text: `${e.reason ?? ''}: ${e.message ?? ''}` })),
            ],
          },
        };
      }
    }
    await sleep(Math.min(poll, Math.max(0, opts.deadline - Date.now()) + 10));
  }
}

function waitingText(pod: KPod): string {
  const reasons = (pod.status?.containerStatuses ?? []).map((s) => s.state?.waiting?.reason).filter(Boolean);
  return reasons.length ? `, ${reasons.join(', ')}` : '';
}

/** A create the API server refused (admission, validation): reported as a failure, not thrown. */
export function admissionFailure(error: unknown): ProbePodFailure | undefined {
  if (!(error instanceof KubeApiError)) return undefined;
  if (![400, 403, 409, 422].includes(error.status)) return undefined;
  const message = error.apiMessage ?? error.message;
  return {
    kind: /hostprocess/i.test(message) ? 'hostprocess-unsupported' : 'admission',
    reason: error.reason ?? `HTTP ${error.status}`,
    message,
    evidence: [{ source: 'status', text: `create refused (${error.status} ${error.reason ?? ''}): ${message}`.replace(/\s+\)/, ')') }],
  };
}

export interface TrackedPod {
  namespace: string;
  name: string;
  pod: KPod;
  /** Deletes the pod and forgets it; resolves to an error text when deletion failed (the pod stays registered). */
  remove(): Promise<string | undefined>;
}

const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A unique object name chosen by the client ("windbg-probe-" + 10 random characters), so the object
 * can be looked up even when the answer to its create request never arrives.
 */
export function uniqueObjectName(prefix: string): string {
  const bytes = randomBytes(10);
  let suffix = '';
  for (const byte of bytes) suffix += nameAlphabet[byte % nameAlphabet.length];
  return `${prefix.endsWith('-') ? prefix : `${prefix}-`}${suffix}`.slice(0, 63);
}

/** The manifest with a client-chosen name in place of generateName. */
export function withUniqueName<T extends { metadata: { name: string; generateName?: string } }>(manifest: T): T {
  if (manifest.metadata.name) return manifest;
  const { generateName, ...metadata } = manifest.metadata;
  return { ...manifest, metadata: { ...metadata, name: uniqueObjectName(generateName ?? 'windbg-') } };
}

/**
 * After a create whose answer was lost (reset, timeout, 5xx): the server may have created the
 * object anyway. Looks it up by its name and deletes it. Returns what happened, in words.
 */
export async function settleUncertainCreate(
  lookup: () => Promise<unknown>,
  remove: () => Promise<void>,
): Promise<{ gone: boolean; outcome: string }> {
  try {
    const found = await lookup();
    if (found === undefined) return { gone: true, outcome: t('probes.create.notCreated') };
    await remove();
    return { gone: true, outcome: t('probes.create.foundAndDeleted') };
  } catch (error) {
    return { gone: false, outcome: t('probes.create.unknown', { error: (error as Error).message }) };
  }
}

/** A failure that is not the pod's own (an API request failed, an exec hung): "api" with the error as reason. */
export function requestFailure(error: unknown, context?: string): ProbePodFailure {
  const hint = error instanceof ClusterAccessError && error.hint ? `; ${error.hint}` : '';
  const message = `${error instanceof Error ? error.message : String(error)}${hint}`;
  const reason = error instanceof KubeApiError ? (error.reason ?? `HTTP ${error.status}`) : error instanceof RequestTimeoutError ? 'Timeout' : 'RequestFailed';
  const text = context ? `${context}: ${message}` : message;
  return { kind: 'api', reason, message: text, evidence: [{ source: 'status', text }] };
}

/**
 * Creates a pod under a client-chosen name, registered for cleanup before the request is sent.
 * Admission refusals come back as failures; a create without a clear answer is settled by looking
 * the pod up and deleting it, and comes back as a failure too. Never throws for the pod itself.
 */
export async function createTrackedPod(
  client: KubeClient,
  namespace: string,
  manifest: KPod,
): Promise<{ tracked: TrackedPod; failure?: undefined } | { tracked?: undefined; failure: ProbePodFailure }> {
  const named = withUniqueName(forCreate(manifest));
  const name = named.metadata.name;
  const object = { kind: 'Pod' as const, namespace, name };
  const untrack = trackLiveObject(client, object);
  let created: KPod;
  try {
    created = await client.createPod(namespace, named);
  } catch (e) {
    const refused = admissionFailure(e);
    if (refused) {
      untrack();
      return { failure: refused };
    }
    const settled = await settleUncertainCreate(
      () => client.getPod(namespace, name),
      () => client.deletePod(namespace, name, { gracePeriodSeconds: 0 }),
    );
    if (settled.gone) untrack();
    else noteDeleteFailure(object, settled.outcome);
    return { failure: requestFailure(e, t('probes.create.uncertain', { object: `pod ${namespace}/${name}`, outcome: settled.outcome })) };
  }
  let removed = false;
  return {
    tracked: {
      namespace,
      name,
      pod: created,
      async remove() {
        if (removed) return undefined;
        removed = true;
        try {
          await client.deletePod(namespace, name, { gracePeriodSeconds: 0 });
          untrack();
          return undefined;
        } catch (e) {
          noteDeleteFailure(object, (e as Error).message);
          return t('probes.note.deleteFailed', { object: `pod ${namespace}/${name}`, error: (e as Error).message });
        }
      },
    },
  };
}

type ProbeNamespace = { status: 'found'; namespace: KNamespace } | { status: 'missing' } | { status: 'unreadable'; note: string };

/**
 * The namespace the probe pods go to. An answer other than the namespace (a 403 for a user who may
 * create pods there but not read namespaces) leaves Pod Security unchecked: the create will say
 * whether the pods are admitted. A cluster that does not answer at all still throws.
 */
async function readProbeNamespace(client: KubeClient, namespace: string): Promise<ProbeNamespace> {
  try {
    const found = await client.getNamespace(namespace);
    return found ? { status: 'found', namespace: found } : { status: 'missing' };
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error;
    return { status: 'unreadable', note: t('probes.namespace.unreadable', { namespace, error: error.message }) };
  }
}

/** Whether probe pods may be created in their namespace; when not, the probe runner's message, its evidence and a note. */
export type ProbeNamespaceCheck = { admitted: true; notes: string[] } | { admitted: false; message: Message; evidence: Evidence[]; note: string };

/**
 * The namespace checks made before any probe pod is created: a missing namespace, or one whose Pod
 * Security level refuses HostProcess pods, stops the probe; a namespace that could not be read is
 * a note, and the create decides.
 */
export async function checkProbeNamespace(client: KubeClient, namespace: string): Promise<ProbeNamespaceCheck> {
  const ns = await readProbeNamespace(client, namespace);
  if (ns.status === 'missing') {
    return { admitted: false, message: probeFailedMessage('namespaceMissing', { namespace }), evidence: [], note: t('probes.namespace.missing', { namespace }) };
  }
  if (ns.status === 'unreadable') return { admitted: true, notes: [ns.note] };
  const psa = checkPodSecurity(ns.namespace);
  if (psa.allowed) return { admitted: true, notes: [] };
  return {
    admitted: false,
    message: probeFailedMessage('podSecurity', { namespace, level: psa.level }),
    evidence: [{ source: 'spec', text: `namespace ${namespace}: pod-security.kubernetes.io/enforce=${psa.level}` }],
    note: `${psa.message} ${psa.fix}`,
  };
}

/** A failure below HTTP (refused, reset, no answer) rather than an answer the server gave. */
export function isConnectionError(error: unknown): boolean {
  return error instanceof ClusterAccessError && !(error instanceof KubeApiError);
}

/** Exit 3 is for a cluster that cannot be reached at all: one request that must succeed decides. */
export async function assertReachable(client: KubeClient): Promise<void> {
  try {
    await client.version();
  } catch (error) {
    if (error instanceof ClusterAccessError && !(error instanceof KubeApiError)) {
      throw new ClusterAccessError(t('probes.unreachable', { error: error.message }), { cause: error, hint: error.hint });
    }
  }
}

/** Runs `fn` with at most `limit` calls in flight, preserving input order in the results. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  });
  await Promise.all(workers);
  return results;
}
