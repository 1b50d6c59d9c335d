/**
 * Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`), which is what
 * `kubectl get` asks for: the columns and cell formats of the real API server's printers for
 * nodes, pods, events, namespaces and daemonsets. The server always prints the wide columns;
 * kubectl hides those with priority 1 unless `-o wide`.
 */
import type { ResourceInfo } from './resources.js';
import type { SimObject } from './types.js';

interface Column {
  name: string;
  type: 'string' | 'integer' | 'date';
  format: string;
  description: string;
  priority: number;
}

type Cell = string | number;
type Loose = Record<string, any>;

function col(name: string, type: Column['type'], priority: number, description: string, format = ''): Column {
  return { name, type, format, description, priority };
}

const NAME_COL = col('Name', 'string', 0, 'Name must be unique within a namespace.', 'name');
const AGE_COL = col('Age', 'string', 0, 'CreationTimestamp is a timestamp representing the server time when this object was created.');

/** Port of k8s.io/apimachinery/pkg/util/duration.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    const y = Math.floor(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

function since(ts: unknown, now: number): string {
  if (typeof ts !== 'string' || ts === '') return '<unknown>';
  const t = Date.parse(ts);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

function nodeRows(node: Loose, now: number): Cell[] {
  const conditions: Loose[] = node.status?.conditions ?? [];
  const ready = conditions.find((c) => c.type === 'Ready');
  let status = ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown';
  if (node.spec?.unschedulable) status += ',SchedulingDisabled';
  const roles = Object.keys(node.metadata.labels ?? {})
    .map((l) => (l.startsWith('node-role.kubernetes.io/') ? l.slice('node-role.kubernetes.io/'.length) : l === 'kubernetes.io/role' ? node.metadata.labels[l] : ''))
    .filter((r: string) => r !== '');
  const addresses: Loose[] = node.status?.addresses ?? [];
  const address = (type: string): string => addresses.find((a) => a.type === type)?.address ?? '<none>';
  const info = node.status?.nodeInfo ?? {};
  return [
    node.metadata.name,
    status,
    roles.length ? [...new Set(roles)].sort().join(',') : '<none>',
    since(node.metadata.creationTimestamp, now),
    info.kubeletVersion ?? '',
    address('InternalIP'),
    address('ExternalIP'),
    info.osImage || '<unknown>',
    info.kernelVersion || '<unknown>',
    info.containerRuntimeVersion || '<unknown>',
  ];
}

function hasCondition(pod: Loose, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c: Loose) => c.type === type && c.status === 'True');
}

/** Port of the server's printPod (STATUS/READY/RESTARTS logic). */
function podRows(pod: Loose, now: number): Cell[] {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const containers: Loose[] = spec.containers ?? [];
  let restarts = 0;
  let readyContainers = 0;
  let lastRestart = 0;
  let reason: string = status.reason || status.phase || '';
  if (pod.status?.conditions?.some((c: Loose) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  let initializing = false;
  const initStatuses: Loose[] = status.initContainerStatuses ?? [];
  initStatuses.forEach((c, i) => {
    restarts += c.restartCount ?? 0;
    const lastFinished = Date.parse(c.lastState?.terminated?.finishedAt ?? '');
    if (!Number.isNaN(lastFinished) && lastFinished > lastRestart) lastRestart = lastFinished;
    if (initializing) return;
    const term = c.state?.terminated;
    if (term && term.exitCode === 0) return;
    initializing = true;
    if (term) reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
  });

  if (!initializing) {
    restarts = 0;
    let hasRunning = false;
    const statuses: Loose[] = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!;
      restarts += c.restartCount ?? 0;
      const lastFinished = Date.parse(c.lastState?.terminated?.finishedAt ?? '');
      if (!Number.isNaN(lastFinished) && lastFinished > lastRestart) lastRestart = lastFinished;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
      else if (c.state?.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
      else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp) reason = status.reason === 'NodeLost' ? 'Unknown' : 'Terminating';

  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestart > 0) restartsText = `${restarts} (${humanDuration(now - lastRestart)} ago)`;

  const nodeName = spec.nodeName || '<none>';
  const podIP = status.podIPs?.[0]?.ip ?? status.podIP ?? '<none>';
  const nominated = status.nominatedNodeName || '<none>';
  const gates: Loose[] = spec.readinessGates ?? [];
  const readinessGates = gates.length
    ? `${gates.filter((g) => hasCondition(pod, g.conditionType)).length}/${gates.length}`
    : '<none>';
  return [
    pod.metadata.name,
    `${readyContainers}/${containers.length}`,
    reason,
    restartsText,
    since(pod.metadata.creationTimestamp, now),
    podIP,
    nodeName,
    nominated,
    readinessGates,
  ];
}

function eventRows(ev: Loose, now: number): Cell[] {
  let first = since(ev.firstTimestamp, now);
  if (!ev.firstTimestamp) first = since(ev.eventTime, now);
  let last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first;
  let count: number = ev.count ?? 0;
  if (ev.series) {
    last = since(ev.series.lastObservedTime, now);
    count = ev.series.count ?? count;
  } else if (count === 0) count = 1;
  const inv = ev.involvedObject ?? {};
  const target = inv.name ? `${String(inv.kind ?? '').toLowerCase()}/${inv.name}` : String(inv.kind ?? '').toLowerCase();
  const source = ev.source?.component
    ? ev.source.host
      ? `${ev.source.component}, ${ev.source.host}`
      : ev.source.component
    : ev.reportingComponent
      ? ev.reportingInstance
        ? `${ev.reportingComponent}, ${ev.reportingInstance}`
        : ev.reportingComponent
      : '';
  return [last, ev.type ?? '', ev.reason ?? '', target, inv.fieldPath ?? '', source, String(ev.message ?? '').trim(), first, count, ev.metadata.name];
}

function namespaceRows(ns: Loose, now: number): Cell[] {
  return [ns.metadata.name, ns.status?.phase ?? '', since(ns.metadata.creationTimestamp, now)];
}

function daemonSetRows(ds: Loose, now: number): Cell[] {
  const s = ds.status ?? {};
  const tmpl = ds.spec?.template?.spec ?? {};
  const selector = ds.spec?.template?.spec?.nodeSelector ?? {};
  const selectorText = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(',') || '<none>';
  const match = ds.spec?.selector?.matchLabels ?? {};
  return [
    ds.metadata.name,
    s.desiredNumberScheduled ?? 0,
    s.currentNumberScheduled ?? 0,
    s.numberReady ?? 0,
    s.updatedNumberScheduled ?? 0,
    s.numberAvailable ?? 0,
    selectorText,
    since(ds.metadata.creationTimestamp, now),
    (tmpl.containers ?? []).map((c: Loose) => c.name).join(','),
    (tmpl.containers ?? []).map((c: Loose) => c.image).join(','),
    Object.entries(match).map(([k, v]) => `${k}=${String(v)}`).join(',') || '<none>',
  ];
}

function leaseRows(lease: Loose, now: number): Cell[] {
  return [lease.metadata.name, lease.spec?.holderIdentity ?? '', since(lease.metadata.creationTimestamp, now)];
}

function selectorText(selector: Loose | undefined): string {
  return Object.entries(selector ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(',') || '<none>';
}

/** kubectl's Service columns: ports as "80/TCP" or "80:30080/TCP". */
function serviceRows(svc: Loose, now: number): Cell[] {
  const spec = svc.spec ?? {};
  const ports = (spec.ports ?? []).map((p: Loose) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',') || '<none>';
  const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i: Loose) => i.ip ?? i.hostname).join(',');
  const external = spec.type === 'LoadBalancer' ? ingress || '<pending>' : (spec.externalIPs ?? []).join(',') || '<none>';
  return [
    svc.metadata.name,
    spec.type ?? 'ClusterIP',
    spec.clusterIP ?? '<none>',
    external,
    ports,
    since(svc.metadata.creationTimestamp, now),
    spec.selector ? selectorText(spec.selector) : '<none>',
  ];
}

/** kubectl's NetworkPolicy columns: the pod selector as a label query. */
function networkPolicyRows(policy: Loose, now: number): Cell[] {
  const selector = policy.spec?.podSelector ?? {};
  const labels = selectorText(selector.matchLabels);
  const expressions = (selector.matchExpressions ?? []).map((e: Loose) => `${e.key} ${String(e.operator).toLowerCase()} (${(e.values ?? []).join(',')})`);
  const text = [...(labels === '<none>' ? [] : [labels]), ...expressions].join(',') || '<none>';
  return [policy.metadata.name, text, since(policy.metadata.creationTimestamp, now)];
}

const PRINTERS: Record<string, { columns: Column[]; rows: (obj: Loose, now: number) => Cell[] }> = {
  Node: {
    columns: [
      NAME_COL,
      col('Status', 'string', 0, 'The status of the node'),
      col('Roles', 'string', 0, 'The roles of the node'),
      AGE_COL,
      col('Version', 'string', 0, 'Kubelet Version reported by the node.'),
      col('Internal-IP', 'string', 1, 'List of addresses reachable to the node. Queried from cloud provider, if available.'),
      col('External-IP', 'string', 1, 'List of addresses reachable to the node. Queried from cloud provider, if available.'),
      col('OS-Image', 'string', 1, 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).'),
      col('Kernel-Version', 'string', 1, "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."),
      col('Container-Runtime', 'string', 1, 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).'),
    ],
    rows: nodeRows,
  },
  Pod: {
    columns: [
      NAME_COL,
      col('Ready', 'string', 0, 'The aggregate readiness state of this pod for accepting traffic.'),
      col('Status', 'string', 0, 'The aggregate status of the containers in this pod.'),
      col('Restarts', 'string', 0, 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
      AGE_COL,
      col('IP', 'string', 1, 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.'),
      col('Node', 'string', 1, 'NodeName is a request to schedule this pod onto a specific node.'),
      col('Nominated Node', 'string', 1, 'nominatedNodeName is set only when this pod preempts other pods on the node.'),
      col('Readiness Gates', 'string', 1, 'If specified, all readiness gates will be evaluated for pod readiness.'),
    ],
    rows: podRows,
  },
  Event: {
    columns: [
      col('Last Seen', 'string', 0, 'The time at which the most recent occurrence of this event was recorded.'),
      col('Type', 'string', 0, 'Type of this event (Normal, Warning), new types could be added in the future.'),
      col('Reason', 'string', 0, 'This should be a short, machine understandable string that gives the reason for the transition into the object\'s current status.'),
      col('Object', 'string', 0, 'The object that this event is about.'),
      col('Subobject', 'string', 1, 'The field of the object that this event is about.'),
      col('Source', 'string', 1, 'The component reporting this event. Should be a short machine understandable string.'),
      col('Message', 'string', 0, 'A human-readable description of the status of this operation.'),
      col('First Seen', 'string', 1, 'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)'),
      col('Count', 'integer', 1, 'The number of times this event has occurred.'),
      col('Name', 'string', 1, 'Name must be unique within a namespace.', 'name'),
    ],
    rows: eventRows,
  },
  Namespace: {
    columns: [NAME_COL, col('Status', 'string', 0, 'The status of the namespace'), AGE_COL],
    rows: namespaceRows,
  },
  DaemonSet: {
    columns: [
      NAME_COL,
      col('Desired', 'integer', 0, 'The total number of nodes that should be running the daemon pod.'),
      col('Current', 'integer', 0, 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.'),
      col('Ready', 'integer', 0, 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.'),
      col('Up-to-date', 'integer', 0, 'The total number of nodes that are running updated daemon pod'),
      col('Available', 'integer', 0, 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available.'),
      col('Node Selector', 'string', 0, 'NodeSelector is a selector which must be true for the pod to fit on a node.'),
      AGE_COL,
      col('Containers', 'string', 1, 'Names of each container in the template.'),
      col('Images', 'string', 1, 'Images referenced by each container in the template.'),
      col('Selector', 'string', 1, 'A label query over pods that are managed by the daemon set.'),
    ],
    rows: daemonSetRows,
  },
  Lease: {
    columns: [NAME_COL, col('Holder', 'string', 0, 'holderIdentity contains the identity of the holder of a current lease.'), AGE_COL],
    rows: leaseRows,
  },
  Service: {
    columns: [
      NAME_COL,
      col('Type', 'string', 0, 'The type of the service.'),
      col('Cluster-IP', 'string', 0, 'The cluster IP of the service.'),
      col('External-IP', 'string', 0, 'The external IP of the service.'),
      col('Port(s)', 'string', 0, 'The ports of the service.'),
      AGE_COL,
      col('Selector', 'string', 1, 'Route service traffic to pods with label keys and values matching this selector.'),
    ],
    rows: serviceRows,
  },
  NetworkPolicy: {
    columns: [NAME_COL, col('Pod-Selector', 'string', 0, 'Selects the pods to which this NetworkPolicy object applies.'), AGE_COL],
    rows: networkPolicyRows,
  },
};

export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** True when the Accept header asks for server-side printing. */
export function wantsTable(accept: string | undefined): boolean {
  return accept !== undefined && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

function rowObject(obj: SimObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

export function toTable(
  resource: ResourceInfo,
  objects: SimObject[],
  listMeta: Record<string, string | number>,
  include: IncludeObject,
  now = Date.now(),
): Record<string, unknown> {
  const printer = PRINTERS[resource.kind];
  const columns = printer?.columns ?? [NAME_COL, AGE_COL];
  const rows = objects.map((o) => ({
    cells: printer ? printer.rows(o as Loose, now) : [o.metadata.name ?? '', since(o.metadata.creationTimestamp, now)],
    object: rowObject(o, include),
  }));
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: listMeta, columnDefinitions: columns, rows };
}
