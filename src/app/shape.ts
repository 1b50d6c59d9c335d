import { allAffected, type DiagnosisResult } from '../engine/result.js';
import type { ClusterView } from '../engine/view.js';
import type { KNode, KPod, Snapshot } from '../kube/types.js';
import type { Finding, Rule } from '../rules/types.js';
import { formatAge, secondsSince } from '../report/format.js';
import { nodeGroupOfView, workloadLabel, workloadOf } from '../engine/owners.js';
import type { CheckInventory, InventoryPod, NodeHeader, Placement, PodHeader, ReportClock, RuleSummary } from '../report/model.js';
import type { NodeGroupSummary, NodeSummary } from '../report/nodes.js';
import { buildInfoFromNode, formatBuild } from '../windows/builds.js';
import { formatExitCode } from '../windows/error-codes.js';
import { cniFromNode } from '../windows/node-network.js';
import { t } from '../i18n/index.js';
import { ruleTitle } from '../i18n/rules.js';

/** Turns snapshot objects into the plain rows and headers the renderers print. */

function readyCondition(node: KNode) {
  return node.status?.conditions?.find((c) => c.type === 'Ready');
}

function readyStatus(node: KNode): string {
  const status = readyCondition(node)?.status;
  return status === 'True' || status === 'False' ? status : 'Unknown';
}

function windowsOf(node: KNode): { short: string; product: string; build: string } {
  const info = buildInfoFromNode(node);
  if (!info) return { short: '<unknown>', product: node.status?.nodeInfo?.osImage ?? '<unknown>', build: '<unknown>' };
  return { short: info.short, product: info.product, build: formatBuild(info) };
}

function internalIP(node: KNode): string {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '<none>';
}

function taints(node: KNode): string[] {
  return (node.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
}

/** The nodes a finding touches: its node, the nodes of its pool, the nodes its pods run on (every one, past a capped list too). */
function nodesTouched(finding: Finding, result: DiagnosisResult, podNode: ReadonlyMap<string, string>): Set<string> {
  const nodes = new Set<string>();
  const { target } = finding;
  if (target.kind === 'Node') nodes.add(target.name);
  if (target.kind === 'Pod') {
    const node = podNode.get(`${target.namespace ?? 'default'}/${target.name}`);
    if (node) nodes.add(node);
  }
  for (const o of allAffected(finding, result)) {
    const node = o.kind === 'Node' ? o.name : podNode.get(`${o.namespace ?? 'default'}/${o.name}`);
    if (node) nodes.add(node);
  }
  return nodes;
}

/** Each finding of the result with the nodes it touches: worked out once for the rows and the groups of `nodes`. */
export function findingNodes(view: ClusterView, result: DiagnosisResult): Map<Finding, ReadonlySet<string>> {
  const podNode = new Map<string, string>();
  for (const p of view.pods) if (p.pod.spec?.nodeName) podNode.set(p.key, p.pod.spec.nodeName);
  return new Map(result.findings.map((f) => [f, nodesTouched(f, result, podNode)]));
}

/**
 * One row per Windows node, in the order of their pools (else Windows builds): what `nodes`
 * prints. A node's findings are the findings of `check` that touch it: at the node, at its pool,
 * or at a root (a workload, an image on a build) whose affected pods run on it.
 */
export function nodeSummaries(view: ClusterView, touched: ReadonlyMap<Finding, ReadonlySet<string>>, now: Date): NodeSummary[] {
  const byNode = new Map<string, Finding[]>();
  for (const [f, nodes] of touched) {
    for (const node of nodes) {
      const list = byNode.get(node);
      if (list) list.push(f);
      else byNode.set(node, [f]);
    }
  }
  const rows = view.nodes.map((nv): NodeSummary => {
    const node = nv.node;
    const windows = windowsOf(node);
    const onNode = byNode.get(nv.name) ?? [];
    const group = nodeGroupOfView(nv) ?? { kind: 'WindowsBuild', name: '<unknown>' };
    return {
      name: nv.name,
      pool: group.name,
      poolKind: group.kind,
      // A Ready condition the kubelet no longer renews (its Lease expired) is not believed.
      ready: nv.ready === 'True' && !nv.stale,
      readyStatus: nv.stale && nv.ready === 'True' ? 'Unknown' : readyStatus(node),
      windowsVersion: windows.short,
      build: windows.build,
      kubeletVersion: node.status?.nodeInfo?.kubeletVersion ?? '<unknown>',
      containerRuntime: node.status?.nodeInfo?.containerRuntimeVersion ?? '<unknown>',
      pods: { total: nv.pods.length, unhealthy: nv.pods.filter((p) => p.unhealthy).length },
      findings: {
        error: onNode.filter((f) => f.severity === 'error').length,
        warning: onNode.filter((f) => f.severity === 'warning').length,
      },
      age: formatAge(secondsSince(node.metadata.creationTimestamp, now)),
      internalIP: internalIP(node),
      taints: taints(node),
      kubeProxyVersion: node.status?.nodeInfo?.kubeProxyVersion ?? '',
      cni: cniFromNode(node),
    };
  });
  return rows.sort((a, b) => (a.pool ?? '').localeCompare(b.pool ?? '') || a.name.localeCompare(b.name));
}

/**
 * The node groups (pools, else Windows builds) of the rows with the findings of `check` that touch
 * their nodes, each with how many of the group's nodes it touches: the root causes per group.
 */
export function nodeGroupSummaries(rows: readonly NodeSummary[], touched: ReadonlyMap<Finding, ReadonlySet<string>>): NodeGroupSummary[] {
  const groups = new Map<string, NodeGroupSummary>();
  const groupOf = new Map<string, NodeGroupSummary>();
  for (const row of rows) {
    const key = `${row.poolKind ?? ''}/${row.pool ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: row.poolKind ?? 'WindowsBuild', name: row.pool ?? '<unknown>', nodes: 0, ready: 0, findings: [] };
      groups.set(key, group);
    }
    group.nodes += 1;
    if (row.ready) group.ready += 1;
    groupOf.set(row.name, group);
  }
  for (const [f, nodes] of touched) {
    const count = new Map<NodeGroupSummary, number>();
    for (const node of nodes) {
      const group = groupOf.get(node);
      if (group) count.set(group, (count.get(group) ?? 0) + 1);
    }
    for (const [group, n] of count) group.findings.push({ ruleId: f.ruleId, severity: f.severity, target: f.target, nodes: n });
  }
  return [...groups.values()];
}

export function nodeHeader(node: KNode, now: Date): NodeHeader {
  const windows = windowsOf(node);
  const ready = readyCondition(node);
  const heartbeat = secondsSince(ready?.lastHeartbeatTime, now);
  const detail: string[] = [];
  if (ready?.status !== 'True' && ready?.reason) detail.push(ready.reason);
  if (ready?.status !== 'True' && heartbeat !== undefined) detail.push(t('cli.header.lastHeartbeat', { age: formatAge(heartbeat) }));
  return {
    kind: 'Node',
    name: node.metadata.name,
    windows: windows.product,
    build: windows.build,
    kubelet: node.status?.nodeInfo?.kubeletVersion ?? '<unknown>',
    runtime: node.status?.nodeInfo?.containerRuntimeVersion ?? '<unknown>',
    ready: readyStatus(node),
    readyDetail: detail.length > 0 ? detail.join(', ') : undefined,
    age: formatAge(secondsSince(node.metadata.creationTimestamp, now)),
  };
}

function containerReasons(pod: KPod): string[] {
  const reasons = new Set<string>();
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const reason = s.state?.waiting?.reason ?? s.state?.terminated?.reason;
    if (reason) reasons.add(reason);
  }
  if (reasons.size === 0 && pod.status?.reason) reasons.add(pod.status.reason);
  return [...reasons];
}

/** Non-zero exit codes, current state before the last one, Windows status codes in hex. */
function containerExits(pod: KPod): string[] {
  const exits: string[] = [];
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    for (const [terminated, when] of [
      [s.state?.terminated, ''],
      [s.lastState?.terminated, t('report.header.lastState')],
    ] as const) {
      if (!terminated || terminated.exitCode === 0) continue;
      const details = [terminated.reason, when].filter((part) => part).join(', ');
      exits.push(`${s.name}: ${formatExitCode(terminated.exitCode)}${details ? `, ${details}` : ''}`);
    }
  }
  return exits;
}

export function podHeader(pod: KPod, nodes: readonly KNode[], now: Date): PodHeader {
  const nodeName = pod.spec?.nodeName;
  const node = nodeName ? nodes.find((n) => n.metadata.name === nodeName) : undefined;
  // Each image once, in the order the containers name them (sidecars often share the app's image).
  const images = [
    ...new Set(
      [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.image).filter((i): i is string => typeof i === 'string'),
    ),
  ];
  // Init containers restart too: a crash-looping init container is the pod's restarts.
  const restarts = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].reduce((n, s) => n + (s.restartCount ?? 0), 0);
  return {
    kind: 'Pod',
    namespace: pod.metadata.namespace ?? 'default',
    name: pod.metadata.name,
    phase: pod.status?.phase ?? 'Unknown',
    reasons: containerReasons(pod),
    node: nodeName,
    nodeWindows: node ? windowsOf(node).short : undefined,
    images,
    restarts,
    exits: containerExits(pod),
    age: formatAge(secondsSince(pod.metadata.creationTimestamp, now)),
  };
}

export function ruleSummaries(rules: readonly Rule[], disabled: ReadonlySet<string> = new Set()): RuleSummary[] {
  return rules.filter((r) => !disabled.has(r.id)).map((r) => ({ id: r.id, title: ruleTitle(r), area: r.area, severity: r.severity }));
}

export function checkInventory(snapshot: Snapshot, rules: RuleSummary[]): CheckInventory {
  const nodeNames = new Set(snapshot.nodes.map((n) => n.metadata.name));
  const byNode = new Map<string, InventoryPod[]>();
  const unscheduled: InventoryPod[] = [];
  for (const pod of snapshot.pods) {
    const ref = { namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name, workload: workloadLabel(workloadOf(pod)) };
    const nodeName = pod.spec?.nodeName;
    if (nodeName && nodeNames.has(nodeName)) {
      const list = byNode.get(nodeName) ?? [];
      list.push(ref);
      byNode.set(nodeName, list);
    } else {
      unscheduled.push(ref);
    }
  }
  return {
    nodes: snapshot.nodes.map((n) => ({ name: n.metadata.name, pods: byNode.get(n.metadata.name) ?? [] })),
    unscheduledPods: unscheduled,
    rules,
    generatedAt: snapshot.collectedAt,
  };
}

/** The moment the report measures from: when the live snapshot was taken, or the newest time in --from input. */
export function reportClock(snapshot: Pick<Snapshot, 'collectedAt' | 'source'>): ReportClock {
  return { now: snapshot.collectedAt, source: snapshot.source.kind === 'files' ? 'input' : 'collected' };
}

/** The Windows build of every node and the node of every pod, for the HTML matrix. */
export function placement(snapshot: Pick<Snapshot, 'nodes' | 'pods'>): Placement {
  const nodeBuild: Record<string, string> = {};
  for (const node of snapshot.nodes) {
    const info = buildInfoFromNode(node);
    nodeBuild[node.metadata.name] = info ? `${info.short} (10.0.${info.build})` : windowsOf(node).product;
  }
  const podNode: Record<string, string> = {};
  for (const pod of snapshot.pods) {
    if (pod.spec?.nodeName) podNode[`${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`] = pod.spec.nodeName;
  }
  return { nodeBuild, podNode };
}
