/**
 * The simulated kubelets, on the cadence of real ones (kubelet defaults since Kubernetes 1.17):
 * - the node Lease in kube-node-lease is renewed every 10 s (nodeLeaseDurationSeconds 40);
 * - the node status (and with it the conditions' lastHeartbeatTime) is posted only every 5 min
 *   when nothing changed (nodeStatusReportFrequency).
 * So at any moment a healthy node's Ready heartbeat is anywhere between 0 s and 5 min old while
 * its Lease is at most 10 s old. Each node keeps its own phase, so nodes do not tick together.
 * They live on the cluster's clock (clock.ts): the real one, or a test's ManualClock.
 *
 * A kubelet runs on a node whose Ready condition is True or False (False is a kubelet saying its
 * node is not ready). Ready=Unknown means the node lifecycle controller stopped hearing from it:
 * that kubelet is stopped, its Lease stays at the last heartbeat. A Lease given by the scenario
 * is kept as written, and its kubelet runs only when that Lease is still within its duration.
 */
import { createHash } from 'node:crypto';
import { rfc3339, rfc3339Micro, type SimContext } from './context.js';
import { resourceFor } from './resources.js';
import { toObject, type StoredEntry } from './store.js';
import type { SimObject } from './types.js';

export const LEASE_RENEW_SECONDS = 10;
export const STATUS_REPORT_SECONDS = 300;
export const LEASE_DURATION_SECONDS = 40;
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

interface Condition {
  type: string;
  status: string;
  lastHeartbeatTime?: string;
  [extra: string]: unknown;
}

interface NodeObject extends SimObject {
  status?: { conditions?: Condition[]; [extra: string]: unknown };
}

interface Kubelet {
  node: string;
  running: boolean;
  /** The Ready status last seen, to notice a test changing it. */
  readyStatus: string | undefined;
  /** When the status was last posted (ms since epoch). */
  statusPostedAt: number;
}

const nodeResource = resourceFor('Node')!;
const leaseResource = resourceFor('Lease')!;

/** A stable offset in [0, periodSeconds) for this node, so every node has its own phase. */
export function phaseSeconds(nodeName: string, periodSeconds: number): number {
  const hash = createHash('sha256').update(nodeName).digest();
  return hash.readUInt32BE(0) % periodSeconds;
}

function readyOf(node: NodeObject): Condition | undefined {
  return node.status?.conditions?.find((c) => c.type === 'Ready');
}

/** True when the node's Ready condition shows a kubelet that is still reporting. */
export function kubeletReporting(node: NodeObject): boolean {
  const status = readyOf(node)?.status;
  return status === 'True' || status === 'False';
}

function managedFields(time: string): Record<string, unknown>[] {
  return [
    {
      manager: 'kubelet',
      operation: 'Update',
      apiVersion: 'coordination.k8s.io/v1',
      time,
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:metadata': { 'f:ownerReferences': { '.': {}, 'k:{"uid":"owner"}': {} } },
        'f:spec': { 'f:holderIdentity': {}, 'f:leaseDurationSeconds': {}, 'f:renewTime': {} },
      },
    },
  ];
}

/** The Lease a kubelet keeps for its node, as the API server stores it. */
export function nodeLease(node: SimObject, renewTime: Date): SimObject {
  const name = node.metadata.name!;
  const created = typeof node.metadata.creationTimestamp === 'string' ? node.metadata.creationTimestamp : rfc3339(renewTime);
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name,
      namespace: NODE_LEASE_NAMESPACE,
      creationTimestamp: created,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: String(node.metadata.uid ?? '') }],
      managedFields: managedFields(rfc3339(renewTime)),
    },
    spec: { holderIdentity: name, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: rfc3339Micro(renewTime) },
  };
}

function withHeartbeat(node: NodeObject, at: Date): NodeObject {
  const conditions = (node.status?.conditions ?? []).map((c) => ({ ...c, lastHeartbeatTime: rfc3339(at) }));
  return { ...node, status: { ...node.status, conditions } };
}

function storedLease(ctx: SimContext, nodeName: string): SimObject | undefined {
  return ctx.store.read(leaseResource, NODE_LEASE_NAMESPACE, nodeName);
}

function leaseFresh(lease: SimObject, now: Date): boolean {
  const renew = Date.parse(String((lease['spec'] as { renewTime?: string } | undefined)?.renewTime ?? ''));
  return !Number.isNaN(renew) && now.getTime() - renew <= LEASE_DURATION_SECONDS * 1000;
}

/** Brings one node's kubelet up at `now`: its status and Lease as they would be at this point of its cadence. */
function startKubelet(ctx: SimContext, node: NodeObject, now: Date): Kubelet {
  const name = node.metadata.name!;
  const given = storedLease(ctx, name);
  const running = given ? leaseFresh(given, now) : kubeletReporting(node);
  const statusPostedAt = now.getTime() - phaseSeconds(name, STATUS_REPORT_SECONDS) * 1000;
  if (running) ctx.store.put(withHeartbeat(node, new Date(statusPostedAt)));
  if (!given) {
    const lastHeard = readyOf(node)?.lastHeartbeatTime ?? node.metadata.creationTimestamp;
    const renew = running ? new Date(now.getTime() - phaseSeconds(name, LEASE_RENEW_SECONDS) * 1000) : new Date(Date.parse(String(lastHeard)) || now.getTime());
    ctx.store.put(nodeLease(node, renew));
  }
  return { node: name, running, statusPostedAt, readyStatus: readyOf(node)?.status };
}

/** One tick of every running kubelet: renew the Lease; post the status when 5 minutes have passed. */
function tick(ctx: SimContext, kubelets: Map<string, Kubelet>): void {
  const now = new Date(ctx.clock.now());
  for (const kubelet of kubelets.values()) {
    if (!kubelet.running) continue;
    const node = ctx.store.read(nodeResource, undefined, kubelet.node) as NodeObject | undefined;
    if (!node) continue;
    const lease = storedLease(ctx, kubelet.node) ?? nodeLease(node, now);
    ctx.store.put({ ...lease, spec: { ...(lease['spec'] as object), renewTime: rfc3339Micro(now) } });
    if (now.getTime() - kubelet.statusPostedAt >= STATUS_REPORT_SECONDS * 1000) {
      kubelet.statusPostedAt = now.getTime();
      ctx.store.put(withHeartbeat(node, now));
    }
  }
}

function scheduleTicks(ctx: SimContext, kubelets: Map<string, Kubelet>): void {
  ctx.clock.after(LEASE_RENEW_SECONDS * 1000, () => {
    if (ctx.closed) return;
    tick(ctx, kubelets);
    scheduleTicks(ctx, kubelets);
  });
}

/**
 * Starts a kubelet for every node in the store and for every node added later; a deleted node's
 * Lease goes with it (the garbage collector follows the owner reference).
 */
export interface KubeletControl {
  /** The kubelet dies: it renews nothing from now on (its node still says Ready until someone changes it). */
  stop(nodeName: string): void;
}

export function startKubelets(ctx: SimContext, now: Date = new Date(ctx.clock.now())): KubeletControl {
  const kubelets = new Map<string, Kubelet>();
  const nodes = ctx.store.entries(nodeResource).map((entry) => toObject(entry) as NodeObject);
  for (const node of nodes) kubelets.set(node.metadata.name!, startKubelet(ctx, node, now));
  ctx.store.onChange((type, entry: StoredEntry) => {
    if (entry.resource.kind !== 'Node') return;
    if (type === 'ADDED' && !kubelets.has(entry.name)) kubelets.set(entry.name, startKubelet(ctx, toObject(entry) as NodeObject, new Date(ctx.clock.now())));
    const kubelet = kubelets.get(entry.name);
    if (type === 'MODIFIED' && kubelet) {
      // Someone else changed the Ready status (a test stopping or reviving the node).
      const node = toObject(entry) as NodeObject;
      const status = readyOf(node)?.status;
      if (status !== kubelet.readyStatus) {
        kubelet.readyStatus = status;
        kubelet.running = kubeletReporting(node);
      }
    }
    if (type === 'DELETED') {
      kubelets.delete(entry.name);
      ctx.store.remove(leaseResource, NODE_LEASE_NAMESPACE, entry.name);
    }
  });
  scheduleTicks(ctx, kubelets);
  return {
    stop: (nodeName) => {
      const kubelet = kubelets.get(nodeName);
      if (kubelet) kubelet.running = false;
    },
  };
}
