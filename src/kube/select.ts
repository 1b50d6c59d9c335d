/**
 * Which objects belong in a Snapshot. Pure functions shared by the live collector and the offline
 * loader, so both keep exactly the same nodes, pods and events for the same input.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { isWindowsNode } from '../windows/builds.js';
import { targetsWindows } from '../windows/pods.js';
import type { CollectScope, KEvent, KNamespace, KNode, KPod, ObjectMeta, Snapshot } from './types.js';

export const windowsOsLabel = 'kubernetes.io/os';

// ---------------------------------------------------------------------------------------------
// Label selectors (the `-l` syntax of kubectl: equality and set based)

type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'gt' | 'lt'; bound: number }
  | { key: string; op: 'exists' | 'notexists' };

const labelKey = /^([a-z0-9A-Z]([-a-z0-9A-Z.]*[a-z0-9A-Z])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
const labelValue = /^([a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?$/;

/** Splits on commas that are not inside parentheses. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Parses a label selector (=, ==, !=, in, notin, exists, !key, >, <); throws UsageError naming the selector when it is malformed. */
export function parseLabelSelector(selector: string): Requirement[] {
  const bad = (): UsageError => new UsageError(t('kube.error.badSelector', { selector }), { hint: t('kube.hint.badSelector') });
  const requirements: Requirement[] = [];
  for (const part of splitRequirements(selector)) {
    let match: RegExpMatchArray | null;
    let requirement: Requirement;
    if ((match = part.match(/^!\s*(\S+)$/))) {
      requirement = { key: match[1]!, op: 'notexists' };
    } else if ((match = part.match(/^([^\s<>]+?)\s*([<>])\s*(-?\d+)$/))) {
      requirement = { key: match[1]!, op: match[2] === '>' ? 'gt' : 'lt', bound: Number(match[3]) };
    } else if ((match = part.match(/^(\S+?)\s*(==|!=|=)\s*(\S*)$/))) {
      requirement = { key: match[1]!, op: match[2] === '!=' ? 'notin' : 'in', values: [match[3]!] };
    } else if ((match = part.match(/^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/))) {
      const values = match[3]!.split(',').map((value) => value.trim());
      requirement = { key: match[1]!, op: match[2] as 'in' | 'notin', values };
    } else if ((match = part.match(/^(\S+)$/))) {
      requirement = { key: match[1]!, op: 'exists' };
    } else {
      throw bad();
    }
    if (!labelKey.test(requirement.key)) throw bad();
    if ('values' in requirement && !requirement.values.every((value) => labelValue.test(value))) throw bad();
    requirements.push(requirement);
  }
  return requirements;
}

export function matchesLabelSelector(labels: Readonly<Record<string, string>> | undefined, selector: string | undefined): boolean {
  if (selector === undefined || selector.trim() === '') return true;
  const own = labels ?? {};
  return parseLabelSelector(selector).every((requirement) => {
    const has = Object.prototype.hasOwnProperty.call(own, requirement.key);
    switch (requirement.op) {
      case 'exists':
        return has;
      case 'notexists':
        return !has;
      case 'in':
        return has && requirement.values.includes(own[requirement.key]!);
      case 'notin':
        return !has || !requirement.values.includes(own[requirement.key]!);
      case 'gt':
      case 'lt': {
        const value = own[requirement.key];
        if (!has || value === undefined || !/^-?\d+$/.test(value)) return false;
        return requirement.op === 'gt' ? Number(value) > requirement.bound : Number(value) < requirement.bound;
      }
    }
  });
}

/** The selector sent to the API server for Windows nodes: the OS label plus the user's `-l`. */
export function windowsNodeSelector(userSelector: string | undefined): string {
  const user = userSelector?.trim();
  return user ? `${windowsOsLabel}=windows,${user}` : `${windowsOsLabel}=windows`;
}

export function hasWindowsOsLabel(node: KNode): boolean {
  return node.metadata.labels?.[windowsOsLabel] === 'windows';
}

export function reportsWindowsOs(node: KNode): boolean {
  return node.status?.nodeInfo?.operatingSystem?.toLowerCase() === 'windows';
}

/**
 * Windows nodes among all nodes, as the live collector finds them: by the OS label, or, when no
 * node carries it, by the OS the kubelet reports. The user's label selector narrows either way.
 */
export function pickWindowsNodes(nodes: readonly KNode[], userSelector: string | undefined): KNode[] {
  const selected = nodes.filter((node) => matchesLabelSelector(node.metadata.labels, userSelector));
  const byLabel = selected.filter(hasWindowsOsLabel);
  return byLabel.length > 0 ? byLabel : selected.filter(reportsWindowsOs);
}

// ---------------------------------------------------------------------------------------------
// Scope validation

/** The node asked for by name must exist and be a Windows node. */
export function checkRequestedNode(name: string, node: KNode | undefined): KNode {
  if (!node) throw new UsageError(t('kube.error.nodeNotFound', { node: name }), { hint: t('kube.hint.listNodes') });
  if (!isWindowsNode(node)) throw new UsageError(t('kube.error.linuxNode', { node: name }), { hint: t('kube.hint.listNodes') });
  return node;
}

/**
 * The pod asked for must exist and belong to Windows: bound to a Windows node, or, when it is
 * unscheduled (or its node is gone), aimed at Windows by its spec.
 */
export function checkRequestedPod(ref: { namespace: string; name: string }, pod: KPod | undefined, node: KNode | undefined): KPod {
  const name = `${ref.namespace}/${ref.name}`;
  if (!pod) throw new UsageError(t('kube.error.podNotFound', { pod: name }), { hint: t('kube.hint.podNotFound') });
  const nodeName = pod.spec?.nodeName;
  if (nodeName) {
    if (node) {
      if (!isWindowsNode(node)) {
        throw new UsageError(t('kube.error.podOnLinuxNode', { pod: name, node: nodeName }), { hint: t('kube.hint.listNodes') });
      }
      return pod;
    }
    if (targetsWindows(pod)) return pod;
    throw new UsageError(t('kube.error.podNodeMissing', { pod: name, node: nodeName }), { hint: t('kube.hint.listNodes') });
  }
  if (targetsWindows(pod)) return pod;
  throw new UsageError(t('kube.error.podNotWindows', { pod: name }), { hint: t('kube.hint.podNotWindows') });
}

// ---------------------------------------------------------------------------------------------
// Keeping pods and events

export interface PodFilter {
  /** Names of the selected Windows nodes. */
  nodeNames: ReadonlySet<string>;
  /** Keep unscheduled pods aimed at Windows (not when the user picked nodes by name). */
  includeUnscheduled: boolean;
  namespace?: string;
}

export function podFilterFor(scope: CollectScope, nodes: readonly KNode[]): PodFilter {
  return {
    nodeNames: new Set(nodes.map((node) => node.metadata.name)),
    includeUnscheduled: scope.nodeNames === undefined || scope.nodeNames.length === 0,
    namespace: scope.namespace,
  };
}

export function keepPod(pod: KPod, filter: PodFilter): boolean {
  if (filter.namespace !== undefined && pod.metadata.namespace !== filter.namespace) return false;
  const nodeName = pod.spec?.nodeName;
  if (nodeName) return filter.nodeNames.has(nodeName);
  return filter.includeUnscheduled && targetsWindows(pod);
}

export function podRef(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? ''}/${name ?? ''}`;
}

export interface EventFilter {
  nodeNames: ReadonlySet<string>;
  /** "namespace/name" of kept pods. */
  podRefs: ReadonlySet<string>;
  /** "namespace/name" of kept pods that run, are ready and never restarted: their Normal events tell nothing. */
  settledPodRefs?: ReadonlySet<string>;
}

/** Running, Ready, every container ready and never restarted, not being deleted. */
export function isSettledPod(pod: KPod): boolean {
  const status = pod.status;
  if (status?.phase !== 'Running' || pod.metadata.deletionTimestamp) return false;
  if (!status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) return false;
  const containers = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
  return containers.every((c) => (c.restartCount ?? 0) === 0 && (c.ready === true || c.state?.terminated?.exitCode === 0));
}

export function eventFilterFor(nodes: readonly KNode[], pods: readonly KPod[]): EventFilter {
  const podRefs = new Set<string>();
  const settledPodRefs = new Set<string>();
  for (const pod of pods) {
    const ref = podRef(pod.metadata.namespace, pod.metadata.name);
    podRefs.add(ref);
    if (isSettledPod(pod)) settledPodRefs.add(ref);
  }
  return { nodeNames: new Set(nodes.map((node) => node.metadata.name)), podRefs, settledPodRefs };
}

/** Events kept for a single pod: its own, and its node's. */
export function podEventFilter(pod: KPod, node: KNode | undefined): EventFilter {
  return {
    nodeNames: new Set(node ? [node.metadata.name] : []),
    podRefs: new Set([podRef(pod.metadata.namespace, pod.metadata.name)]),
  };
}

/** An event about a kept node or pod (matched by kind, namespace and name). */
export function keepEvent(event: KEvent, filter: EventFilter): boolean {
  const involved = event.involvedObject;
  if (!involved?.name) return false;
  if (involved.kind === 'Node') return filter.nodeNames.has(involved.name);
  if (involved.kind === 'Pod') {
    const ref = podRef(involved.namespace ?? event.metadata.namespace, involved.name);
    if (event.type === 'Normal' && filter.settledPodRefs?.has(ref)) return false;
    return filter.podRefs.has(ref);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Shaping kept objects

interface Typed {
  apiVersion?: string;
  kind?: string;
  metadata?: { managedFields?: unknown; annotations?: Record<string, string>; [extra: string]: unknown };
}

/** kubectl apply's copy of the whole manifest: often the largest field of an object, and never read. */
export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Fields dropped from kept objects because nothing in windbg reads them and, at scale, they cost
 * memory: tens of thousands of pods are kept on a large cluster. A rule that starts reading one
 * of them must take it off this list.
 */
export const droppedFields = {
  /** Every kind: server-side apply bookkeeping. */
  metadata: ['managedFields'],
  /** Node: the images cached on the node, often dozens of entries with several names each. */
  nodeStatus: ['images'],
  /** Pod container statuses: runtime identifiers (image digest, container id). */
  containerStatus: ['imageID', 'containerID'],
} as const;

/** A copy without the named members (a fresh object keeps V8's fast layout, unlike `delete`). */
function without<T extends object>(object: T, names: readonly string[]): T {
  const copy: Record<string, unknown> = {};
  for (const key in object) if (!names.includes(key)) copy[key] = object[key as keyof T];
  return copy as T;
}

function hasAny(object: object, names: readonly string[]): boolean {
  return names.some((name) => name in object);
}

function slimMetadata<M extends NonNullable<Typed['metadata']>>(metadata: M): M {
  let slim = hasAny(metadata, droppedFields.metadata) ? without(metadata, droppedFields.metadata) : metadata;
  if (slim.annotations && lastAppliedAnnotation in slim.annotations) {
    slim = { ...slim, annotations: without(slim.annotations, [lastAppliedAnnotation]) };
  }
  return slim;
}

type Statuses = Record<string, unknown>[] | undefined;

function slimContainerStatuses(statuses: Statuses): Statuses {
  if (!Array.isArray(statuses) || !statuses.some((s) => hasAny(s, droppedFields.containerStatus))) return statuses;
  return statuses.map((s) => without(s, droppedFields.containerStatus));
}

/** The kind-specific part of tidying: what `droppedFields` lists for nodes and pods. */
function slimStatus(status: Record<string, unknown>, kind: string): Record<string, unknown> {
  if (kind === 'Node') return hasAny(status, droppedFields.nodeStatus) ? without(status, droppedFields.nodeStatus) : status;
  if (kind !== 'Pod') return status;
  let slim = status;
  for (const field of ['initContainerStatuses', 'containerStatuses', 'ephemeralContainerStatuses']) {
    const statuses = slim[field] as Statuses;
    const slimmed = slimContainerStatuses(statuses);
    if (slimmed !== statuses) slim = { ...slim, [field]: slimmed };
  }
  return slim;
}

/**
 * Drops what is large and never read (see `droppedFields`, and the last-applied-configuration
 * annotation) and fills in kind/apiVersion, which items of typed lists from the API server lack,
 * so live and offline objects look the same.
 */
export function tidyObject<T extends Typed>(object: T, kind: string, apiVersion: string): T {
  if (object.metadata) {
    const metadata = slimMetadata(object.metadata);
    if (metadata !== object.metadata) object.metadata = metadata;
  }
  const status = (object as { status?: unknown }).status;
  if (status !== null && typeof status === 'object' && !Array.isArray(status)) {
    const slim = slimStatus(status as Record<string, unknown>, kind);
    if (slim !== status) (object as { status?: unknown }).status = slim;
  }
  if (object.kind === undefined) object.kind = kind;
  if (object.apiVersion === undefined) object.apiVersion = apiVersion;
  return object;
}

/**
 * An events.k8s.io/v1 Event (regarding/note) in the core v1 shape the rules read.
 * Core events pass through untouched.
 */
export function asCoreEvent(raw: KEvent & Record<string, unknown>): KEvent {
  if (raw.involvedObject || raw.regarding === undefined) return raw;
  const regarding = raw.regarding as KEvent['involvedObject'];
  const series = raw.series as KEvent['series'] | undefined;
  return {
    ...raw,
    apiVersion: 'v1',
    kind: 'Event',
    involvedObject: regarding,
    message: (raw.note as string | undefined) ?? raw.message,
    count: series?.count ?? (raw.deprecatedCount as number | undefined) ?? 1,
    firstTimestamp: (raw.deprecatedFirstTimestamp as string | undefined) ?? null,
    lastTimestamp: (raw.deprecatedLastTimestamp as string | undefined) ?? series?.lastObservedTime ?? null,
    source: (raw.deprecatedSource as KEvent['source'] | undefined) ?? raw.source,
  };
}

function eventTime(event: KEvent): string {
  return event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '';
}

/** Stable order for every consumer: nodes and pods by name, events by time then name. */
export function sortSnapshotObjects(snapshot: Pick<Snapshot, 'nodes' | 'pods' | 'events' | 'leases' | 'services' | 'networkPolicies'> & { namespaces?: KNamespace[] }): void {
  snapshot.nodes.sort((a, b) => compare(a.metadata.name, b.metadata.name));
  snapshot.pods.sort((a, b) => compare(podRef(a.metadata.namespace, a.metadata.name), podRef(b.metadata.namespace, b.metadata.name)));
  snapshot.events.sort(
    (a, b) =>
      compare(eventTime(a), eventTime(b)) ||
      compare(podRef(a.metadata.namespace, a.metadata.name), podRef(b.metadata.namespace, b.metadata.name)),
  );
  snapshot.namespaces?.sort((a, b) => compare(a.metadata.name, b.metadata.name));
  snapshot.leases?.sort((a, b) => compare(a.metadata.name, b.metadata.name));
  // A Service or NetworkPolicy read from a file without a namespace is in "default", as the API would put it.
  const namespacedRef = (meta: ObjectMeta): string => podRef(meta.namespace ?? 'default', meta.name);
  snapshot.services?.sort((a, b) => compare(namespacedRef(a.metadata), namespacedRef(b.metadata)));
  snapshot.networkPolicies?.sort((a, b) => compare(namespacedRef(a.metadata), namespacedRef(b.metadata)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Namespaces whose Pod Security labels matter: those holding kept pods, plus kube-system. */
export function namespacesOfInterest(pods: readonly KPod[]): string[] {
  const names = new Set<string>(['kube-system']);
  for (const pod of pods) if (pod.metadata.namespace) names.add(pod.metadata.namespace);
  return [...names].sort();
}
