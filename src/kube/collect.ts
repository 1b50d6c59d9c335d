/**
 * Live collection of a Snapshot: Windows nodes, the pods on them, the events about both, the
 * server version and the namespaces whose Pod Security labels matter. Lists are streamed page
 * by page and only the objects that belong in the Snapshot are kept, so memory stays flat on
 * clusters with hundreds of thousands of pods.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ForbiddenError, KubeApiError } from './errors.js';
import { releaseReadingGarbage } from './heap.js';
import { keepNetworkPolicy, keepService, podsByNamespace, slimNetworkPolicy, slimService } from './services.js';
import { StringPool } from './string-pool.js';
import {
  asCoreEvent,
  checkRequestedNode,
  checkRequestedPod,
  eventFilterFor,
  keepEvent,
  keepPod,
  namespacesOfInterest,
  parseLabelSelector,
  podEventFilter,
  podFilterFor,
  podRef,
  reportsWindowsOs,
  sortSnapshotObjects,
  tidyObject,
  windowsNodeSelector,
  type EventFilter,
  type PodFilter,
} from './select.js';
import type { CollectScope, KEvent, KLease, KNamespace, KNetworkPolicy, KNode, KPod, KService, KubeClient, ListOptions, ServerVersion, Snapshot } from './types.js';

export type ProgressReporter = (text: string) => void;

/** With this many selected nodes or fewer, pods are listed per node with a field selector. */
export const perNodePodListLimit = 10;
/** With this many namespaces of interest or fewer, each is read with a get instead of a list. */
const namespaceGetLimit = 20;

export async function collectSnapshot(client: KubeClient, scope: CollectScope, onProgress: ProgressReporter = () => {}): Promise<Snapshot> {
  if (scope.nodeLabelSelector) parseLabelSelector(scope.nodeLabelSelector);
  if (scope.namespace !== undefined && !scope.pod) await checkNamespaceExists(client, scope.namespace);
  const notes: string[] = [];
  const versionPromise = readServerVersion(client, notes);

  let nodes: KNode[];
  let pods: KPod[];
  let events: KEvent[];
  if (scope.pod) {
    ({ nodes, pods, events } = await collectForPod(client, scope, scope.pod, notes, onProgress));
  } else {
    // Kept objects share one copy of each repeated string: tens of thousands of pods repeat the same values.
    const pool = new StringPool();
    nodes = (await collectNodes(client, scope, onProgress)).map((node) => pool.share(node));
    pods = await collectPods(client, podFilterFor(scope, nodes), notes, onProgress, pool);
    events = await collectEvents(client, scope.namespace, eventFilterFor(nodes, pods), notes, onProgress, pool);
  }
  const leases = await collectNodeLeases(client, nodes, notes, onProgress);
  const namespaces = await collectNamespaces(client, pods, notes, onProgress);
  const { services, networkPolicies } = await collectServicesAndPolicies(client, scope, pods, notes, onProgress);
  const serverVersion = await versionPromise;

  const snapshot: Snapshot = {
    source: { kind: 'cluster', context: client.contextName, server: client.server },
    collectedAt: new Date().toISOString(),
    serverVersion,
    nodes,
    pods,
    events,
    namespaces,
    notes,
  };
  if (leases) snapshot.leases = leases;
  if (services) snapshot.services = services;
  if (networkPolicies) snapshot.networkPolicies = networkPolicies;
  sortSnapshotObjects(snapshot);
  releaseReadingGarbage();
  return snapshot;
}

/** -n with a namespace that does not exist is a mistake to say, not an empty (green) run. */
async function checkNamespaceExists(client: KubeClient, namespace: string): Promise<void> {
  let found;
  try {
    found = await client.getNamespace(namespace);
  } catch (error) {
    // Not allowed to read namespaces: the pod list will tell.
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  if (!found) throw new UsageError(t('cli.error.namespaceNotFound', { namespace }), { hint: t('cli.hint.listNamespaces') });
}

async function readServerVersion(client: KubeClient, notes: string[]): Promise<ServerVersion | undefined> {
  try {
    return await client.version();
  } catch (error) {
    notes.push(t('kube.note.versionUnreadable', { reason: reasonOf(error) }));
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ForbiddenError) return `forbidden (${error.apiMessage ?? error.message})`;
  return error instanceof Error ? error.message : String(error);
}

/** Kept items are shaped (tidied, strings shared) as soon as they are kept, so a page's leftovers can go at once. */
async function collectAll<T, U = T>(
  pages: AsyncIterable<T[]>,
  keep: (item: T) => boolean,
  onPage?: (page: number) => void,
  shape?: (item: T) => U,
): Promise<U[]> {
  const kept: U[] = [];
  let page = 0;
  for await (const items of pages) {
    onPage?.(++page);
    for (const item of items) if (keep(item)) kept.push(shape ? shape(item) : (item as unknown as U));
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Nodes

async function collectNodes(client: KubeClient, scope: CollectScope, onProgress: ProgressReporter): Promise<KNode[]> {
  if (scope.nodeNames && scope.nodeNames.length > 0) {
    const names = [...new Set(scope.nodeNames)];
    onProgress(t('kube.progress.nodesByName', { count: names.length }));
    const found = await Promise.all(names.map((name) => client.getNode(name)));
    return names.map((name, index) => tidyObject(checkRequestedNode(name, found[index]), 'Node', 'v1'));
  }
  return listWindowsNodes(client, scope.nodeLabelSelector, onProgress);
}

/** Windows nodes by the OS label; when none carries it, every node whose kubelet reports Windows. */
async function listWindowsNodes(client: KubeClient, userSelector: string | undefined, onProgress: ProgressReporter): Promise<KNode[]> {
  onProgress(t('kube.progress.nodes'));
  const byLabel = await collectAll(client.listNodes({ labelSelector: windowsNodeSelector(userSelector) }), () => true);
  if (byLabel.length > 0) return byLabel.map((node) => tidyObject(node, 'Node', 'v1'));
  const byOs = await collectAll(client.listNodes({ labelSelector: userSelector || undefined }), reportsWindowsOs);
  return byOs.map((node) => tidyObject(node, 'Node', 'v1'));
}

// ---------------------------------------------------------------------------------------------
// Pods

async function collectPods(
  client: KubeClient,
  filter: PodFilter,
  notes: string[],
  onProgress: ProgressReporter,
  pool: StringPool,
): Promise<KPod[]> {
  if (filter.nodeNames.size === 0 && !filter.includeUnscheduled) return [];
  try {
    return await podsInScope(client, filter, filter.namespace, onProgress, pool);
  } catch (error) {
    if (!(error instanceof ForbiddenError) || filter.namespace !== undefined || !client.listNamespaces) throw error;
    return podsNamespaceByNamespace(client, filter, error, notes, onProgress, pool);
  }
}

async function podsInScope(
  client: KubeClient,
  filter: PodFilter,
  namespace: string | undefined,
  onProgress: ProgressReporter,
  pool: StringPool,
): Promise<KPod[]> {
  const keep = (pod: KPod): boolean => keepPod(pod, filter);
  const shape = (pod: KPod): KPod => pool.share(tidyPod(pod));
  if (filter.nodeNames.size <= perNodePodListLimit) {
    const queries: { fieldSelector: string; progress: string }[] = [...filter.nodeNames].map((name) => ({
      fieldSelector: `spec.nodeName=${name}`,
      progress: t('kube.progress.podsOnNode', { node: name }),
    }));
    // An empty spec.nodeName selects the pods the scheduler has not placed yet.
    if (filter.includeUnscheduled) queries.push({ fieldSelector: 'spec.nodeName=', progress: t('kube.progress.podsUnscheduled') });
    const results = await Promise.all(
      queries.map((query) => {
        onProgress(query.progress);
        return collectAll(client.listPods({ namespace, fieldSelector: query.fieldSelector }), keep, undefined, shape);
      }),
    );
    return dedupePods(results.flat());
  }
  return collectAll(
    client.listPods({ namespace, onlyOnNodes: onlyOnNodes(filter) }),
    keep,
    (page) => onProgress(t('kube.progress.pods', { page })),
    shape,
  );
}

function onlyOnNodes(filter: PodFilter): ListOptions['onlyOnNodes'] {
  return { nodeNames: filter.nodeNames, unscheduled: filter.includeUnscheduled };
}

function tidyPod(pod: KPod): KPod {
  return tidyObject(pod, 'Pod', 'v1');
}

function dedupePods(pods: KPod[]): KPod[] {
  const seen = new Map<string, KPod>();
  for (const pod of pods) {
    const key = podRef(pod.metadata.namespace, pod.metadata.name);
    if (!seen.has(key)) seen.set(key, pod);
  }
  return [...seen.values()];
}

/** A cluster-wide pod list was refused: try each namespace, and note the ones that are refused too. */
async function podsNamespaceByNamespace(
  client: KubeClient,
  filter: PodFilter,
  clusterWideError: ForbiddenError,
  notes: string[],
  onProgress: ProgressReporter,
  pool: StringPool,
): Promise<KPod[]> {
  let namespaceNames: string[];
  try {
    const namespaces = await collectAll(client.listNamespaces!(), () => true);
    namespaceNames = namespaces.map((ns) => ns.metadata.name).sort();
  } catch (error) {
    if (error instanceof ForbiddenError) throw clusterWideError;
    throw error;
  }
  const kept: KPod[] = [];
  let readable = 0;
  for (const namespace of namespaceNames) {
    onProgress(t('kube.progress.podsInNamespace', { namespace }));
    try {
      const pods = await collectAll(
        client.listPods({ namespace, onlyOnNodes: onlyOnNodes(filter) }),
        (pod) => keepPod(pod, filter),
        undefined,
        (pod) => pool.share(tidyPod(pod)),
      );
      for (const pod of pods) kept.push(pod);
      readable++;
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      notes.push(t('kube.note.podsForbidden', { namespace, reason: reasonOf(error) }));
    }
  }
  // Not one namespace could be read: nothing about pods was checked, which is an access failure (exit 3).
  if (readable === 0) throw clusterWideError;
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Events

async function collectEvents(
  client: KubeClient,
  namespace: string | undefined,
  filter: EventFilter,
  notes: string[],
  onProgress: ProgressReporter,
  pool?: StringPool,
): Promise<KEvent[]> {
  if (filter.nodeNames.size === 0 && filter.podRefs.size === 0) return [];
  // Events about other objects are skipped before they are parsed (keepEvent still decides).
  const onlyInvolving = new Set(filter.nodeNames);
  for (const ref of filter.podRefs) onlyInvolving.add(ref.slice(ref.indexOf('/') + 1));
  const lists: ListOptions[] = [];
  if (namespace === undefined) {
    lists.push({ onlyInvolving });
  } else {
    if (filter.podRefs.size > 0) lists.push({ namespace, onlyInvolving });
    // Node events are recorded in the default namespace.
    if (filter.nodeNames.size > 0 && namespace !== 'default') lists.push({ namespace: 'default', fieldSelector: 'involvedObject.kind=Node', onlyInvolving });
  }
  return readEvents(client, lists, filter, notes, onProgress, pool);
}

async function readEvents(
  client: KubeClient,
  lists: ListOptions[],
  filter: EventFilter,
  notes: string[],
  onProgress: ProgressReporter,
  pool?: StringPool,
): Promise<KEvent[]> {
  const kept: KEvent[] = [];
  let page = 0;
  for (const options of lists) {
    try {
      const events = await collectAll(
        client.listEvents(options),
        (event) => keepEvent(asCoreEvent(event as KEvent & Record<string, unknown>), filter),
        () => onProgress(t('kube.progress.events', { page: ++page })),
        (event) => {
          const tidy = tidyObject(asCoreEvent(event as KEvent & Record<string, unknown>), 'Event', 'v1');
          return pool ? pool.share(tidy) : tidy;
        },
      );
      for (const event of events) kept.push(event);
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      notes.push(t('kube.note.eventsForbidden', { reason: reasonOf(error) }));
    }
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// One pod

async function collectForPod(
  client: KubeClient,
  scope: CollectScope,
  ref: { namespace: string; name: string },
  notes: string[],
  onProgress: ProgressReporter,
): Promise<{ nodes: KNode[]; pods: KPod[]; events: KEvent[] }> {
  onProgress(t('kube.progress.pod', { pod: `${ref.namespace}/${ref.name}` }));
  const found = await client.getPod(ref.namespace, ref.name);
  const nodeName = found?.spec?.nodeName;
  const node = nodeName ? await client.getNode(nodeName) : undefined;
  const pod = tidyPod(checkRequestedPod(ref, found, node));
  // An unscheduled pod is compared against every Windows node it could go to.
  const nodes = node ? [tidyObject(node, 'Node', 'v1')] : nodeName ? [] : await listWindowsNodes(client, scope.nodeLabelSelector, onProgress);
  const filter = podEventFilter(pod, node);
  const lists: ListOptions[] = [
    {
      namespace: ref.namespace,
      fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${ref.name},involvedObject.namespace=${ref.namespace}`,
    },
  ];
  if (node) lists.push({ namespace: 'default', fieldSelector: `involvedObject.kind=Node,involvedObject.name=${node.metadata.name}` });
  const events = await readEvents(client, lists, filter, notes, onProgress);
  return { nodes, pods: [pod], events };
}

// ---------------------------------------------------------------------------------------------
// Node Leases

/**
 * The Leases of the collected nodes, read with the nodes: one get per node for a few nodes, one
 * list of kube-node-lease otherwise. Refused or unavailable: undefined and a note, and node
 * health rests on the Ready condition.
 */
async function collectNodeLeases(client: KubeClient, nodes: readonly KNode[], notes: string[], onProgress: ProgressReporter): Promise<KLease[] | undefined> {
  if (nodes.length === 0 || !client.getNodeLease || !client.listNodeLeases) return undefined;
  const names = new Set(nodes.map((node) => node.metadata.name));
  onProgress(t('kube.progress.leases'));
  try {
    if (names.size <= perNodePodListLimit) {
      const getLease = client.getNodeLease.bind(client);
      const found = await Promise.all([...names].map((name) => getLease(name)));
      return found.filter((lease): lease is KLease => lease !== undefined).map((lease) => tidyObject(lease, 'Lease', 'coordination.k8s.io/v1'));
    }
    const listed = await collectAll(client.listNodeLeases(), (lease) => names.has(lease.metadata.name));
    return listed.map((lease) => tidyObject(lease, 'Lease', 'coordination.k8s.io/v1'));
  } catch (error) {
    if (!(error instanceof KubeApiError) || ![403, 404].includes(error.status)) throw error;
    notes.push(t('kube.note.leasesUnreadable', { reason: reasonOf(error) }));
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Namespaces

async function collectNamespaces(client: KubeClient, pods: KPod[], notes: string[], onProgress: ProgressReporter): Promise<KNamespace[]> {
  const wanted = namespacesOfInterest(pods);
  onProgress(t('kube.progress.namespaces'));
  try {
    if (wanted.length <= namespaceGetLimit || !client.listNamespaces) {
      const found = await Promise.all(wanted.map((name) => client.getNamespace(name)));
      return found.filter((ns): ns is KNamespace => ns !== undefined).map((ns) => tidyObject(ns, 'Namespace', 'v1'));
    }
    const names = new Set(wanted);
    const listed = await collectAll(client.listNamespaces(), (ns) => names.has(ns.metadata.name));
    return listed.map((ns) => tidyObject(ns, 'Namespace', 'v1'));
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    notes.push(t('kube.note.namespacesForbidden', { reason: reasonOf(error) }));
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Services and NetworkPolicies

/**
 * The Services and NetworkPolicies that select the collected pods, listed in the pods' scope
 * (the pod's namespace, `-n`, or all namespaces), page by page, each kept item slimmed to the
 * fields the causes read. A refused cluster-wide list falls back to the namespaces of the kept
 * pods, as the pod list does. A list refused or not served: undefined and a note.
 */
async function collectServicesAndPolicies(
  client: KubeClient,
  scope: CollectScope,
  pods: readonly KPod[],
  notes: string[],
  onProgress: ProgressReporter,
): Promise<{ services?: KService[]; networkPolicies?: KNetworkPolicy[] }> {
  if (pods.length === 0 || !client.listServices || !client.listNetworkPolicies) return {};
  const namespace = scope.pod?.namespace ?? scope.namespace;
  const byNamespace = podsByNamespace(pods);
  const podNamespaces = byNamespace.namespaces();
  onProgress(t('kube.progress.services'));
  const listServices = client.listServices.bind(client);
  const listPolicies = client.listNetworkPolicies.bind(client);
  const [services, networkPolicies] = await Promise.all([
    readOptionalList(
      (ns) => collectAll(listServices({ namespace: ns }), (service) => keepService(service, byNamespace), undefined, slimService),
      namespace,
      podNamespaces,
      { all: 'kube.note.servicesUnreadable', some: 'kube.note.servicesForbiddenIn' },
    ),
    readOptionalList(
      (ns) => collectAll(listPolicies({ namespace: ns }), (policy) => keepNetworkPolicy(policy, byNamespace), undefined, slimNetworkPolicy),
      namespace,
      podNamespaces,
      { all: 'kube.note.networkPoliciesUnreadable', some: 'kube.note.networkPoliciesForbiddenIn' },
    ),
  ]);
  // Notes in a fixed order, whichever list finished first.
  for (const result of [services, networkPolicies]) if (result.note) notes.push(result.note);
  return {
    ...(services.items ? { services: services.items } : {}),
    ...(networkPolicies.items ? { networkPolicies: networkPolicies.items } : {}),
  };
}

type OptionalListNotes =
  | { all: 'kube.note.servicesUnreadable'; some: 'kube.note.servicesForbiddenIn' }
  | { all: 'kube.note.networkPoliciesUnreadable'; some: 'kube.note.networkPoliciesForbiddenIn' };

/** Refused (403) or not served (404). */
function isUnavailable(error: unknown): error is KubeApiError {
  return error instanceof KubeApiError && [403, 404].includes(error.status);
}

/**
 * A list the run can do without: refused or not served gives a note instead of items. Refused
 * across all namespaces, it is read namespace by namespace over the pods' namespaces; the ones
 * still refused are named in a note.
 */
async function readOptionalList<T>(
  read: (namespace: string | undefined) => Promise<T[]>,
  namespace: string | undefined,
  podNamespaces: readonly string[],
  noteKeys: OptionalListNotes,
): Promise<{ items?: T[]; note?: string }> {
  try {
    return { items: await read(namespace) };
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    if (namespace !== undefined || !(error instanceof ForbiddenError)) return { note: t(noteKeys.all, { reason: reasonOf(error) }) };
    const items: T[] = [];
    const refused: string[] = [];
    let lastRefusal: KubeApiError = error;
    for (const podNamespace of podNamespaces) {
      try {
        for (const item of await read(podNamespace)) items.push(item);
      } catch (inNamespace) {
        if (!isUnavailable(inNamespace)) throw inNamespace;
        refused.push(podNamespace);
        lastRefusal = inNamespace;
      }
    }
    if (refused.length === podNamespaces.length) return { note: t(noteKeys.all, { reason: reasonOf(error) }) };
    if (refused.length === 0) return { items };
    return { items, note: t(noteKeys.some, { namespaces: refused.join(', '), reason: reasonOf(lastRefusal) }) };
  }
}
