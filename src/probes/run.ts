/**
 * Node probes over many nodes: one HostProcess pod per node with bounded concurrency, or past a
 * threshold one DaemonSet whose pods print the probe JSON to their logs.
 */
import type { KNode, KPod, KubeClient, ServerVersion } from '../kube/types.js';
import type { Finding } from '../rules/types.js';
import { t } from '../i18n/index.js';
import type { NodeFacts } from './facts.js';
import { probeFailedMessage, probePodFailedFinding, probePodFailureMessage } from './findings.js';
import {
  admissionFailure,
  assertReachable,
  checkProbeNamespace,
  createTrackedPod,
  isConnectionError,
  isNodeReady,
  mapWithConcurrency,
  podEvents,
  requestFailure,
  settleUncertainCreate,
  waitForPod,
  withUniqueName,
} from './lifecycle.js';
import { parseNodeProbeOutput } from './parse-node.js';
import { hostProcessBlocker } from './admission.js';
import { DAEMONSET_DONE_MARKER, powershellStdinCommand, scriptStdin } from './bootstrap.js';
import { DEFAULT_PROBE_NAMESPACE, forCreate, MANAGED_BY_LABEL, MANAGED_BY_VALUE, NAME_LABEL, PROBE_CONTAINER, PROBE_NAME, probeDaemonSetManifest, probePodManifest, type NodeProbeInputs } from './manifests.js';
import { diagnoseProbePod, type ProbePodFailure } from './probe-pod-failure.js';
import { noteDeleteFailure, trackLiveObject } from './registry.js';
import nodeProbeScript from './scripts/node-probe.ps1';

export const DAEMONSET_THRESHOLD = 50;

export interface RunNodeProbesOptions {
  image?: string;
  namespace?: string;
  /** Per node: pod start plus the probe itself. Default 180 s. */
  timeoutMs?: number;
  /** Probe pods in flight at once (pods mode), log reads at once (DaemonSet mode). Default 10. */
  concurrency?: number;
  /** 'auto' switches to a DaemonSet past 50 nodes. */
  mode?: 'pods' | 'daemonset' | 'auto';
  env?: NodeProbeInputs;
  activeDeadlineSeconds?: number;
  /** Server version when already known (skips a /version call). */
  serverVersion?: ServerVersion;
  pollIntervalMs?: number;
  onProgress?: (text: string) => void;
}

export interface NodeProbeRun {
  facts: Map<string, NodeFacts>;
  findings: Finding[];
  notes: string[];
}

function internalIp(node: KNode): string | undefined {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP' && /^\d+\.\d+\.\d+\.\d+$/.test(a.address))?.address;
}

async function versionOrUndefined(client: KubeClient, known?: ServerVersion): Promise<ServerVersion | undefined> {
  if (known) return known;
  try {
    return await client.version();
  } catch {
    return undefined;
  }
}

/**
 * Probes each node. Never throws for a probe that could not run on a node (that is a
 * probe-runner finding); throws only when the cluster itself cannot be reached. Nodes that
 * are not Ready are skipped with a note: without a kubelet the pod would only wait out the timeout.
 */
export async function runNodeProbes(client: KubeClient, requested: KNode[], opts: RunNodeProbesOptions = {}): Promise<NodeProbeRun> {
  const namespace = opts.namespace ?? DEFAULT_PROBE_NAMESPACE;
  const run: NodeProbeRun = { facts: new Map(), findings: [], notes: [] };
  const nodes = requested.filter(isNodeReady);
  for (const node of requested) {
    if (!isNodeReady(node)) run.notes.push(t('probes.note.notReady', { node: node.metadata.name }));
  }
  if (nodes.length === 0) return run;

  const admission = await checkProbeNamespace(client, namespace);
  if (!admission.admitted) {
    for (const node of nodes) {
      const finding = probePodFailedFinding(node.metadata.name, admission.message);
      finding.evidence.push(...admission.evidence);
      run.findings.push(finding);
    }
    run.notes.push(admission.note);
    return run;
  }
  run.notes.push(...admission.notes);

  const serverVersion = await versionOrUndefined(client, opts.serverVersion);
  const runnable: KNode[] = [];
  for (const node of nodes) {
    const blocker = hostProcessBlocker(serverVersion, node);
    if (blocker) {
      const finding = probePodFailedFinding(node.metadata.name, probeFailedMessage(blocker.name, blocker.params));
      finding.evidence.push({ source: 'node', text: `kubelet ${node.status?.nodeInfo?.kubeletVersion ?? '?'}, runtime ${node.status?.nodeInfo?.containerRuntimeVersion ?? '?'}, server ${serverVersion?.gitVersion ?? '?'}` });
      run.findings.push(finding);
    } else runnable.push(node);
  }

  const mode = opts.mode === 'auto' || opts.mode === undefined ? (runnable.length > DAEMONSET_THRESHOLD ? 'daemonset' : 'pods') : opts.mode;
  const connectionErrors: unknown[] = [];
  if (mode === 'daemonset' && runnable.length > 0) await probeWithDaemonSet(client, runnable, namespace, opts, run);
  else {
    await mapWithConcurrency(runnable, opts.concurrency ?? 10, async (node) => {
      // One node's failure (a hung exec, an API error on its pod) is that node's finding; the others go on.
      try {
        await probeOneNode(client, node, namespace, opts, run);
      } catch (error) {
        if (isConnectionError(error)) connectionErrors.push(error);
        const failure = requestFailure(error);
        run.findings.push(probePodFailedFinding(node.metadata.name, probePodFailureMessage(node.metadata.name, failure), failure));
      }
    });
  }
  if (connectionErrors.length > 0) await assertReachable(client);
  return run;
}

async function probeOneNode(client: KubeClient, node: KNode, namespace: string, opts: RunNodeProbesOptions, run: NodeProbeRun): Promise<void> {
  const nodeName = node.metadata.name;
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  const manifest = probePodManifest(nodeName, {
    image: opts.image,
    namespace,
    activeDeadlineSeconds: opts.activeDeadlineSeconds,
    inputs: opts.env,
    nodeIp: internalIp(node),
  });
  opts.onProgress?.(t('probes.progress.creating', { node: nodeName }));
  const created = await createTrackedPod(client, namespace, manifest);
  if (created.failure) {
    run.findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, created.failure), created.failure));
    return;
  }
  const { tracked } = created;
  try {
    const started = await waitForPod(client, namespace, tracked.name, { deadline, pollIntervalMs: opts.pollIntervalMs });
    if (started.failure) {
      run.findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, started.failure), started.failure));
      return;
    }
    opts.onProgress?.(t('probes.progress.running', { node: nodeName }));
    const result = await client.exec(namespace, tracked.name, PROBE_CONTAINER, powershellStdinCommand(), {
      stdin: scriptStdin(nodeProbeScript),
      timeoutMs: Math.max(5_000, deadline - Date.now()),
      timeoutFlag: '--probe-timeout',
    });
    const facts = parseNodeProbeOutput(result.stdout, nodeName);
    if (result.exitCode !== 0) {
      facts.errors.push({ probe: 'exec', message: t('probes.exec.exitCode', { code: result.exitCode, stderr: firstLine(result.stderr) }) });
    }
    run.facts.set(nodeName, facts);
  } finally {
    const note = await tracked.remove();
    if (note) run.notes.push(note);
  }
}

function firstLine(text: string): string {
  return text.replace(/\r/g, '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

async function probeWithDaemonSet(client: KubeClient, nodes: KNode[], namespace: string, opts: RunNodeProbesOptions, run: NodeProbeRun): Promise<void> {
  const names = nodes.map((n) => n.metadata.name);
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000) + nodes.length * 200;
  const manifest = withUniqueName(forCreate(probeDaemonSetManifest(names, { image: opts.image, namespace, activeDeadlineSeconds: opts.activeDeadlineSeconds, inputs: opts.env })));
  opts.onProgress?.(t('probes.progress.daemonset', { count: names.length }));
  const dsName = manifest.metadata.name;
  const object = { kind: 'DaemonSet' as const, namespace, name: dsName };
  // Registered before the create: a create answered by a reset may still have made it.
  const untrack = trackLiveObject(client, object);
  let created;
  try {
    created = await client.createDaemonSet(namespace, manifest);
  } catch (e) {
    const refused = admissionFailure(e);
    let failure = refused;
    if (refused) untrack();
    else {
      if (isConnectionError(e)) await assertReachable(client);
      const settled = await settleUncertainCreate(
        () => client.getDaemonSet(namespace, dsName),
        () => client.deleteDaemonSet(namespace, dsName),
      );
      if (settled.gone) untrack();
      else noteDeleteFailure(object, settled.outcome);
      failure = requestFailure(e, t('probes.create.uncertain', { object: `daemonset ${namespace}/${dsName}`, outcome: settled.outcome }));
    }
    for (const name of names) run.findings.push(probePodFailedFinding(name, probePodFailureMessage(name, failure!), failure));
    return;
  }
  const dsUid = created.metadata.uid;
  const pending = new Set(names);
  const lastPod = new Map<string, KPod>();
  const lastError = new Map<string, string>();
  // The error of the latest DaemonSet pod list, undefined once a list succeeds again.
  let listFailure: unknown;
  try {
    while (pending.size > 0 && Date.now() < deadline) {
      let pods: KPod[];
      try {
        pods = await listDaemonPods(client, namespace, dsName, dsUid);
        listFailure = undefined;
      } catch (error) {
        // A failed or stalled list is retried until the deadline; the nodes still pending then carry the reason.
        listFailure = error;
        pods = [];
      }
      const current = pods.filter((pod) => pod.spec?.nodeName !== undefined && pending.has(pod.spec.nodeName));
      // Logs come through each node's kubelet: one slow kubelet must not hold up the reading of the others.
      await mapWithConcurrency(current, opts.concurrency ?? 10, async (pod) => {
        const nodeName = pod.spec!.nodeName!;
        lastPod.set(nodeName, pod);
        if (pod.status?.phase === 'Running') {
          const logs = await client.podLogs(namespace, pod.metadata.name, PROBE_CONTAINER).catch((error: unknown) => {
            lastError.set(nodeName, (error as Error).message);
            return '';
          });
          if (logs.includes(DAEMONSET_DONE_MARKER)) {
            run.facts.set(nodeName, parseNodeProbeOutput(logs.slice(0, logs.indexOf(DAEMONSET_DONE_MARKER)), nodeName));
            pending.delete(nodeName);
          }
          return;
        }
        const failure = diagnoseProbePod(pod, []);
        if (failure) {
          const events = await podEvents(client, namespace, pod.metadata.name).catch(() => []);
          const full = diagnoseProbePod(pod, events) ?? failure;
          run.findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, full), full));
          pending.delete(nodeName);
        }
      });
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, opts.pollIntervalMs ?? 500));
    }
    // Lists that failed below HTTP until the end: a cluster that no longer answers at all is exit 3, not a finding per node.
    if (pending.size > 0 && isConnectionError(listFailure)) await assertReachable(client);
    const listError = listFailure === undefined ? undefined : t('probes.daemonset.listFailed', { daemonset: `${namespace}/${dsName}`, error: (listFailure as Error).message });
    for (const nodeName of pending) {
      const pod = lastPod.get(nodeName);
      const why = lastError.get(nodeName) ?? listError;
      // A running pod started fine: its probe hung or its logs could not be read, which is not a start failure.
      const ran = pod?.status?.phase === 'Running';
      const failure: ProbePodFailure = {
        kind: ran ? 'api' : 'timeout',
        reason: 'Timeout',
        message: pod
          ? t(ran ? 'probes.daemonset.noResult' : 'probes.pod.timeout', { pod: `${namespace}/${pod.metadata.name}`, phase: pod.status?.phase ?? 'Pending' })
          : t('probes.daemonset.noPod', { daemonset: `${namespace}/${dsName}` }),
        evidence: [
          ...(pod ? [{ source: 'status' as const, text: `phase ${pod.status?.phase ?? 'Pending'}` }] : []),
          ...(why ? [{ source: 'status' as const, text: why }] : []),
        ],
      };
      run.findings.push(probePodFailedFinding(nodeName, probePodFailureMessage(nodeName, failure), failure));
    }
  } finally {
    try {
      await client.deleteDaemonSet(namespace, dsName);
      untrack();
    } catch (e) {
      noteDeleteFailure(object, (e as Error).message);
      run.notes.push(t('probes.note.deleteFailed', { object: `daemonset ${namespace}/${dsName}`, error: (e as Error).message }));
    }
  }
}

async function listDaemonPods(client: KubeClient, namespace: string, dsName: string, dsUid: string | undefined): Promise<KPod[]> {
  const pods: KPod[] = [];
  for await (const page of client.listPods({ namespace, labelSelector: `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE},${NAME_LABEL}=${PROBE_NAME}` })) {
    for (const pod of page) {
      const owners = pod.metadata.ownerReferences ?? [];
      if (owners.some((o) => o.kind === 'DaemonSet' && (dsUid ? o.uid === dsUid : o.name === dsName))) pods.push(pod);
    }
  }
  return pods;
}
