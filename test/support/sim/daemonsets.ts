/**
 * A small DaemonSet controller: on create, one pod per node that fits the template (nodeSelector,
 * required node affinity, taints), pinned like the real controller does it (affinity on
 * `metadata.name`), then started by the pod lifecycle; status counts follow the pods; deleting
 * the DaemonSet deletes its pods (unless propagationPolicy=Orphan).
 */
import { randomNameSuffix, rfc3339, type SimContext } from './context.js';
import { admitPod, preparePodForCreate } from './pods.js';
import { resourceFor } from './resources.js';
import { unfitReason } from './scheduling.js';
import { StoreError, toObject } from './store.js';
import type { SimObject } from './types.js';

type Loose = Record<string, any>; // plain JSON objects

const DS = resourceFor('DaemonSet')!;
const POD = resourceFor('Pod')!;
const NODE = resourceFor('Node')!;
const NAMESPACE = resourceFor('Namespace')!;

/** Tolerations the DaemonSet controller adds to every daemon pod. */
const DAEMON_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

function ownedBy(pod: Loose, uid: string): boolean {
  return (pod.metadata.ownerReferences ?? []).some((r: Loose) => r.uid === uid);
}

function controllerRevisionHash(ds: Loose): string {
  let h = 0;
  for (const c of JSON.stringify(ds.spec?.template ?? {})) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).slice(0, 10);
}

function pinToNode(spec: Loose, nodeName: string): Loose {
  const pinned = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  return {
    ...spec,
    affinity: {
      ...(spec.affinity ?? {}),
      nodeAffinity: { ...(spec.affinity?.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [pinned] } },
    },
    tolerations: [...(spec.tolerations ?? []), ...DAEMON_TOLERATIONS],
  };
}

export function createDaemonSet(ctx: SimContext, body: Loose, namespace: string): SimObject {
  const meta: Loose = { ...(body.metadata ?? {}) };
  if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomNameSuffix()}`;
  if (!meta.name) throw new StoreError(422, 'DaemonSet.apps "" is invalid: metadata.name: Required value: name or generateName is required');
  if (!ctx.store.getEntry(NAMESPACE, undefined, namespace)) throw new StoreError(404, `namespaces "${namespace}" not found`);
  if (ctx.store.getEntry(DS, namespace, meta.name)) throw new StoreError(409, `daemonsets.apps "${meta.name}" already exists`);
  const template: Loose = body.spec?.template ?? {};
  const selector: Loose | undefined = body.spec?.selector;
  const templateLabels: Record<string, string> = template.metadata?.labels ?? {};
  const matchLabels: Record<string, string> = selector?.matchLabels ?? {};
  if (!selector || Object.entries(matchLabels).some(([k, v]) => templateLabels[k] !== v)) {
    throw new StoreError(422, `DaemonSet.apps "${meta.name}" is invalid: spec.template.metadata.labels: Invalid value: ${JSON.stringify(templateLabels)}: \`selector\` does not match template \`labels\``);
  }
  delete meta.uid;
  delete meta.resourceVersion;
  delete meta.creationTimestamp;
  const ds: Loose = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { ...meta, namespace, generation: 1 },
    spec: {
      revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      ...body.spec,
    },
    status: { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0, observedGeneration: 1 },
  };
  const stored = toObject(ctx.store.put(ds)) as Loose;
  fanOut(ctx, stored);
  refreshStatus(ctx, namespace, stored.metadata.name);
  return ctx.store.read(DS, namespace, stored.metadata.name)!;
}

function fanOut(ctx: SimContext, ds: Loose): void {
  const template: Loose = ds.spec.template;
  const hash = controllerRevisionHash(ds);
  for (const entry of ctx.store.entries(NODE)) {
    const node = JSON.parse(entry.json) as Loose;
    const podSpec = { ...template.spec, tolerations: [...(template.spec?.tolerations ?? []), ...DAEMON_TOLERATIONS] };
    if (unfitReason(podSpec, node) !== undefined) continue;
    const body = {
      metadata: {
        ...(template.metadata ?? {}),
        generateName: `${ds.metadata.name}-`,
        labels: { ...(template.metadata?.labels ?? {}), 'controller-revision-hash': hash, 'pod-template-generation': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name, uid: ds.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: { ...pinToNode(template.spec ?? {}, node.metadata.name), nodeName: node.metadata.name },
    };
    const pod = preparePodForCreate(ctx, body, ds.metadata.namespace);
    admitPod(ctx, toObject(ctx.store.put(pod)));
  }
}

/** Readiness of each DaemonSet's pods, kept from pod changes so status updates stay cheap. */
const trackers = new WeakMap<SimContext, Map<string, Map<string, boolean>>>();

function podsOf(ctx: SimContext, dsUid: string): Map<string, boolean> {
  let byDs = trackers.get(ctx);
  if (!byDs) trackers.set(ctx, (byDs = new Map()));
  let pods = byDs.get(dsUid);
  if (!pods) byDs.set(dsUid, (pods = new Map()));
  return pods;
}

function isReady(pod: Loose): boolean {
  return (pod.status?.conditions ?? []).some((c: Loose) => c.type === 'Ready' && c.status === 'True');
}

function daemonOwner(pod: Loose): Loose | undefined {
  return (pod.metadata.ownerReferences as Loose[] | undefined)?.find((r) => r.kind === 'DaemonSet');
}

/** Recomputes the DaemonSet's status counters from its pods. */
function refreshStatus(ctx: SimContext, namespace: string, name: string): void {
  const ds = ctx.store.read(DS, namespace, name) as Loose | undefined;
  if (!ds) return;
  const pods = podsOf(ctx, ds.metadata.uid);
  let ready = 0;
  for (const r of pods.values()) if (r) ready++;
  const status = {
    currentNumberScheduled: pods.size,
    desiredNumberScheduled: pods.size,
    numberAvailable: ready,
    numberMisscheduled: 0,
    numberReady: ready,
    numberUnavailable: pods.size - ready,
    observedGeneration: 1,
    updatedNumberScheduled: pods.size,
  };
  if (JSON.stringify(status) === JSON.stringify(ds.status)) return;
  ctx.store.put({ ...ds, status });
}

/** Keeps each DaemonSet's status in step with its pods. */
export function watchDaemonPods(ctx: SimContext): void {
  ctx.podStatusListeners.push((pod) => {
    const owner = daemonOwner(pod);
    if (!owner || !pod.metadata.namespace) return;
    podsOf(ctx, owner.uid).set(pod.metadata.name!, isReady(pod));
    refreshStatus(ctx, pod.metadata.namespace, owner.name);
  });
  ctx.store.onChange((type, entry) => {
    if (type !== 'DELETED' || entry.resource !== POD) return;
    const pod = JSON.parse(entry.json) as Loose;
    const owner = daemonOwner(pod);
    if (!owner) return;
    podsOf(ctx, owner.uid).delete(entry.name);
    refreshStatus(ctx, entry.namespace!, owner.name);
  });
}

/** Deletes the DaemonSet and, unless orphaned, its pods. Returns the deleted object. */
export function deleteDaemonSet(ctx: SimContext, namespace: string, name: string, orphan: boolean): SimObject | undefined {
  const ds = ctx.store.read(DS, namespace, name);
  if (!ds) return undefined;
  ctx.store.remove(DS, namespace, name);
  if (!orphan) {
    for (const e of ctx.store.entries(POD, namespace)) {
      const pod = JSON.parse(e.json) as Loose;
      if (ownedBy(pod, ds.metadata.uid!)) ctx.store.remove(POD, namespace, e.name);
    }
  }
  return { ...ds, metadata: { ...ds.metadata, deletionTimestamp: rfc3339() } };
}
