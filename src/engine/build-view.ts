import type { ContainerStatus, KEvent, KLease, KNetworkPolicy, KNode, KPod, KService, Snapshot } from '../kube/types.js';
import type { Phase, Thresholds } from '../rules/types.js';
import { buildInfoFromNode } from '../windows/builds.js';
import { formatExitCode } from '../windows/error-codes.js';
import { normalizeMessage } from './normalize.js';
import { inferPhase } from './phase.js';
import { LabelIndex, policySelects, serviceSelects } from '../kube/services.js';
import type { ClusterView, NetworkPolicyView, NodeView, PodView, ServiceView, TimelineEntry } from './view.js';

/** Waiting reasons that mean the container cannot start, whatever the pod's age. */
export const failingWaitingReasons: ReadonlySet<string> = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'ImageInspectError',
  'RegistryUnavailable',
  'CrashLoopBackOff',
  'CreateContainerError',
  'CreateContainerConfigError',
  'RunContainerError',
  'PreCreateHookError',
  'PreStartHookError',
  'PostStartHookError',
]);

/** Waiting reasons that are normal for a while and become a problem past the threshold. */
const slowWaitingReasons: ReadonlySet<string> = new Set(['ContainerCreating', 'PodInitializing']);

/** Waiting reasons that make a pod stuck once they last past thresholds.stuckPodSeconds. */
export const stuckWaitingReasons: ReadonlySet<string> = new Set([
  'ContainerCreating',
  'ImagePullBackOff',
  'ErrImagePull',
  'CrashLoopBackOff',
  'CreateContainerError',
  'RunContainerError',
]);

/**
 * How long the pod has been waiting in one of the stuck reasons: since its Ready condition last
 * turned False (the crash of a crash-looping pod), else since it was created.
 */
export function waitingSince(pod: KPod, now: Date): { reason: string; seconds: number } | undefined {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const reason = statuses.map((s) => s.state?.waiting?.reason).find((r): r is string => r !== undefined && stuckWaitingReasons.has(r));
  if (!reason) return undefined;
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready' && c.status !== 'True');
  const seconds = secondsBetween(ready?.lastTransitionTime ?? pod.metadata.creationTimestamp, now);
  return seconds === undefined ? undefined : { reason, seconds };
}

/** A crash this recent, after several restarts, counts as restarting in a loop. */
const recentCrashSeconds = 15 * 60;

/** Node conditions other than Ready that mean trouble when True. */
const pressureConditions = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'];

function secondsBetween(from: string | undefined, now: Date): number | undefined {
  if (!from) return undefined;
  const at = Date.parse(from);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.round((now.getTime() - at) / 1000));
}

function eventTime(event: KEvent): { firstTime?: string; lastTime?: string } {
  const last = event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime ?? event.firstTimestamp ?? undefined;
  const first = event.firstTimestamp ?? event.eventTime ?? last ?? undefined;
  const out: { firstTime?: string; lastTime?: string } = {};
  if (first) out.firstTime = first;
  if (last) out.lastTime = last;
  return out;
}

function eventCount(event: KEvent): number {
  const count = event.series?.count ?? event.count ?? 1;
  return count > 0 ? count : 1;
}

/** "spec.containers{iis}" / "spec.initContainers{setup}" -> "iis" / "setup". */
function containerFromFieldPath(fieldPath: string | undefined): string | undefined {
  const match = fieldPath ? /\{([^}]+)\}/.exec(fieldPath) : null;
  return match?.[1];
}

function entry(
  source: TimelineEntry['source'],
  reason: string,
  message: string,
  extra: { count?: number; firstTime?: string; lastTime?: string; container?: string; type?: string; phase?: Phase },
): TimelineEntry {
  const normalized = normalizeMessage(message);
  const result: TimelineEntry = {
    source,
    reason,
    message,
    normalized,
    phase: extra.phase ?? inferPhase(reason, normalized),
    count: extra.count ?? 1,
  };
  if (extra.firstTime) result.firstTime = extra.firstTime;
  if (extra.lastTime) result.lastTime = extra.lastTime;
  if (extra.container) result.container = extra.container;
  if (extra.type) result.type = extra.type;
  return result;
}

function eventEntry(event: KEvent, nodeScoped: boolean): TimelineEntry {
  const times = eventTime(event);
  const container = containerFromFieldPath(event.involvedObject.fieldPath);
  const extra: Parameters<typeof entry>[3] = { count: eventCount(event), ...times };
  if (container) extra.container = container;
  if (event.type) extra.type = event.type;
  if (nodeScoped) extra.phase = 'node';
  return entry('event', event.reason ?? 'Unknown', event.message ?? '', extra);
}

function statusEntries(statuses: readonly ContainerStatus[] | undefined): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const status of statuses ?? []) {
    const waiting = status.state?.waiting;
    const terminated = status.state?.terminated;
    const lastTerminated = status.lastState?.terminated;
    if (lastTerminated?.reason && lastTerminated.exitCode !== 0) {
      const extra: Parameters<typeof entry>[3] = { container: status.name, type: 'Warning' };
      if (lastTerminated.finishedAt) {
        extra.lastTime = lastTerminated.finishedAt;
        extra.firstTime = lastTerminated.finishedAt;
      }
      const text = lastTerminated.message ?? `exit code ${formatExitCode(lastTerminated.exitCode)}`;
      out.push(entry('status', lastTerminated.reason, text, extra));
    }
    if (terminated?.reason && !(terminated.reason === 'Completed' && terminated.exitCode === 0)) {
      const extra: Parameters<typeof entry>[3] = { container: status.name, type: 'Warning' };
      if (terminated.finishedAt) {
        extra.lastTime = terminated.finishedAt;
        extra.firstTime = terminated.finishedAt;
      }
      out.push(entry('status', terminated.reason, terminated.message ?? `exit code ${formatExitCode(terminated.exitCode)}`, extra));
    }
    if (waiting?.reason) {
      const type = failingWaitingReasons.has(waiting.reason) ? 'Warning' : 'Normal';
      out.push(entry('status', waiting.reason, waiting.message ?? '', { container: status.name, type }));
    }
  }
  return out;
}

function podStatusEntries(pod: KPod): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled && scheduled.status === 'False' && scheduled.reason) {
    const extra: Parameters<typeof entry>[3] = { type: 'Warning' };
    if (scheduled.lastTransitionTime) {
      extra.firstTime = scheduled.lastTransitionTime;
      extra.lastTime = scheduled.lastTransitionTime;
    }
    out.push(entry('status', scheduled.reason, scheduled.message ?? '', extra));
  }
  if (pod.status?.reason) {
    out.push(entry('status', pod.status.reason, pod.status.message ?? '', { type: 'Warning' }));
  }
  out.push(...statusEntries(pod.status?.initContainerStatuses));
  out.push(...statusEntries(pod.status?.containerStatuses));
  return out;
}

/**
 * Folds entries with the same reason and normalised message into one (counts summed, time range
 * widened) and orders them by time; entries without a time (current waiting states) come last,
 * in their original order.
 */
export function foldTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry>();
  for (const item of entries) {
    const key = `${item.source}\u0000${item.reason}\u0000${item.normalized}\u0000${item.container ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...item });
      continue;
    }
    seen.count += item.count;
    if (item.firstTime && (!seen.firstTime || Date.parse(item.firstTime) < Date.parse(seen.firstTime))) {
      seen.firstTime = item.firstTime;
    }
    if (item.lastTime && (!seen.lastTime || Date.parse(item.lastTime) > Date.parse(seen.lastTime))) {
      seen.lastTime = item.lastTime;
      seen.message = item.message;
    }
  }
  const folded = [...byKey.values()];
  const timed = folded.filter((e) => e.lastTime || e.firstTime);
  const untimed = folded.filter((e) => !(e.lastTime || e.firstTime));
  const time = (e: TimelineEntry): number => Date.parse(e.firstTime ?? e.lastTime ?? '') || 0;
  // Array.prototype.sort is stable, so equal times keep their collection order.
  timed.sort((a, b) => time(a) - time(b));
  return [...timed, ...untimed];
}

function problemReasons(pod: KPod): string[] {
  const reasons: string[] = [];
  const add = (reason: string | undefined): void => {
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  };
  for (const status of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const waiting = status.state?.waiting?.reason;
    if (waiting && waiting !== 'PodInitializing') add(waiting);
    const terminated = status.state?.terminated;
    if (terminated?.reason && !(terminated.reason === 'Completed' && terminated.exitCode === 0)) add(terminated.reason);
  }
  if (pod.status?.reason) add(pod.status.reason);
  if (!pod.spec?.nodeName && (pod.status?.phase ?? 'Pending') === 'Pending') add('Pending');
  return reasons;
}

function restartCount(pod: KPod): number {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return statuses.reduce((sum, s) => sum + (s.restartCount ?? 0), 0);
}

function isPodUnhealthy(
  pod: KPod,
  timeline: readonly TimelineEntry[],
  ageSeconds: number | undefined,
  thresholds: Thresholds,
  now: Date,
): boolean {
  const phase = pod.status?.phase ?? 'Pending';
  if (phase === 'Succeeded') return false;
  if (phase === 'Failed' || phase === 'Unknown') return true;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  if (statuses.some((s) => s.state?.waiting?.reason && failingWaitingReasons.has(s.state.waiting.reason))) return true;
  const olderThanThreshold = ageSeconds === undefined ? timeline.some((e) => e.type === 'Warning') : ageSeconds > thresholds.containerCreatingSeconds;
  if (!pod.spec?.nodeName) {
    // Unscheduled: a scheduling failure says so at once; otherwise give the scheduler the threshold.
    return timeline.some((e) => e.phase === 'schedule' && e.type !== 'Normal') || olderThanThreshold;
  }
  if (phase === 'Pending') return olderThanThreshold;
  if (statuses.some((s) => s.state?.waiting?.reason && slowWaitingReasons.has(s.state.waiting.reason))) return olderThanThreshold;
  const containers = pod.status?.containerStatuses ?? [];
  if (phase === 'Running' && containers.some((s) => !s.ready)) return true;
  return containers.some((s) => restartsInALoop(s, now));
}

/** Restarted several times and the last crash was recent: a crash loop between back-offs. */
function restartsInALoop(status: ContainerStatus, now: Date): boolean {
  const last = status.lastState?.terminated;
  if (!last || last.exitCode === 0 || (status.restartCount ?? 0) < 3) return false;
  const age = secondsBetween(last.finishedAt, now);
  return age !== undefined && age < recentCrashSeconds;
}

function podKeyOf(namespace: string | undefined, name: string): string {
  return `${namespace ?? 'default'}/${name}`;
}

/**
 * Node health as the control plane sees it: the Ready condition plus the node's Lease. A Ready
 * heartbeat of a few minutes is normal (status is posted every 5 minutes when unchanged); the
 * Lease, renewed every 10 s, says whether the kubelet is still there.
 */
export function nodeHealth(
  node: KNode,
  lease: KLease | undefined,
  thresholds: Pick<Thresholds, 'nodeGraceSeconds'>,
  now: Date,
): Pick<NodeView, 'ready' | 'heartbeatAgeSeconds' | 'leaseAgeSeconds' | 'stale'> {
  const readyCondition = node.status?.conditions?.find((c) => c.type === 'Ready');
  const ready: NodeView['ready'] = readyCondition?.status === 'True' ? 'True' : readyCondition?.status === 'False' ? 'False' : 'Unknown';
  const heartbeatAgeSeconds = secondsBetween(readyCondition?.lastHeartbeatTime, now);
  const leaseAgeSeconds = secondsBetween(lease?.spec?.renewTime, now);
  const leaseExpired = leaseAgeSeconds !== undefined && leaseAgeSeconds > thresholds.nodeGraceSeconds;
  const health: ReturnType<typeof nodeHealth> = { ready, stale: leaseExpired || ready === 'Unknown' };
  if (heartbeatAgeSeconds !== undefined) health.heartbeatAgeSeconds = heartbeatAgeSeconds;
  if (leaseAgeSeconds !== undefined) health.leaseAgeSeconds = leaseAgeSeconds;
  return health;
}

function buildNodeView(node: KNode, lease: KLease | undefined, events: readonly KEvent[], thresholds: Thresholds, now: Date): NodeView {
  const health = nodeHealth(node, lease, thresholds, now);
  const pressure = pressureConditions.some((type) => node.status?.conditions?.some((c) => c.type === type && c.status === 'True'));
  const view: NodeView = {
    node,
    name: node.metadata.name,
    ...health,
    pods: [],
    timeline: foldTimeline(events.map((e) => eventEntry(e, true))),
    unhealthy: health.ready !== 'True' || health.stale || pressure,
  };
  const build = buildInfoFromNode(node);
  if (build) view.build = build;
  return view;
}

/** Indexes and correlates a Snapshot for the rules; pure. */
export function buildView(snapshot: Snapshot, thresholds: Thresholds, now: Date): ClusterView {
  const nodeEvents = new Map<string, KEvent[]>();
  const podEvents = new Map<string, KEvent[]>();
  const nodeNames = new Set(snapshot.nodes.map((n) => n.metadata.name));
  const podKeys = new Set(snapshot.pods.map((p) => podKeyOf(p.metadata.namespace, p.metadata.name)));
  const otherEvents: KEvent[] = [];
  for (const event of snapshot.events) {
    const involved = event.involvedObject;
    if (involved.kind === 'Node' && involved.name && nodeNames.has(involved.name)) {
      nodeEvents.set(involved.name, [...(nodeEvents.get(involved.name) ?? []), event]);
      continue;
    }
    if (involved.kind === 'Pod' && involved.name) {
      const key = podKeyOf(involved.namespace ?? event.metadata.namespace, involved.name);
      if (podKeys.has(key)) {
        podEvents.set(key, [...(podEvents.get(key) ?? []), event]);
        continue;
      }
    }
    otherEvents.push(event);
  }

  const leases = new Map((snapshot.leases ?? []).map((lease) => [lease.metadata.name, lease]));
  const nodes = snapshot.nodes.map((node) =>
    buildNodeView(node, leases.get(node.metadata.name), nodeEvents.get(node.metadata.name) ?? [], thresholds, now),
  );
  const nodeByName = new Map(nodes.map((n) => [n.name, n]));

  const pods: PodView[] = snapshot.pods.map((pod) => {
    const namespace = pod.metadata.namespace ?? 'default';
    const key = podKeyOf(namespace, pod.metadata.name);
    const timeline = foldTimeline([
      ...(podEvents.get(key) ?? []).map((e) => eventEntry(e, false)),
      ...podStatusEntries(pod),
    ]);
    const ageSeconds = secondsBetween(pod.metadata.creationTimestamp, now);
    const view: PodView = {
      pod,
      key,
      namespace,
      name: pod.metadata.name,
      timeline,
      problemReasons: problemReasons(pod),
      unhealthy: isPodUnhealthy(pod, timeline, ageSeconds, thresholds, now),
      restarts: restartCount(pod),
    };
    if (ageSeconds !== undefined) view.ageSeconds = ageSeconds;
    const waiting = waitingSince(pod, now);
    if (waiting) view.waiting = waiting;
    const node = pod.spec?.nodeName ? nodeByName.get(pod.spec.nodeName) : undefined;
    if (node) {
      view.node = node;
      node.pods.push(view);
    }
    return view;
  });
  const podByKey = new Map(pods.map((p) => [p.key, p]));
  const view: ClusterView = { nodes, pods, nodeByName, podByKey, otherEvents };
  if (snapshot.services || snapshot.networkPolicies) {
    // One index of the pods' labels serves the Services and the NetworkPolicies.
    const index = new LabelIndex(pods, (pod) => pod.namespace, (pod) => pod.pod.metadata.labels);
    if (snapshot.services) view.services = serviceViews(snapshot.services, index);
    if (snapshot.networkPolicies) view.networkPolicies = networkPolicyViews(snapshot.networkPolicies, index);
  }
  return view;
}

function serviceViews(services: readonly KService[], index: LabelIndex<PodView>): ServiceView[] {
  return services.map((service) => {
    const namespace = service.metadata.namespace ?? 'default';
    const selected = index.candidates(namespace, service.spec?.selector).filter((pod) => serviceSelects(service, pod.pod.metadata.labels));
    return { service, key: podKeyOf(namespace, service.metadata.name), namespace, name: service.metadata.name, pods: selected };
  });
}

function networkPolicyViews(policies: readonly KNetworkPolicy[], index: LabelIndex<PodView>): NetworkPolicyView[] {
  return policies.map((policy) => {
    const namespace = policy.metadata.namespace ?? 'default';
    const selected = index.candidates(namespace, policy.spec?.podSelector?.matchLabels).filter((pod) => policySelects(policy, pod.pod.metadata.labels));
    return { policy, key: podKeyOf(namespace, policy.metadata.name), namespace, name: policy.metadata.name, pods: selected };
  });
}
