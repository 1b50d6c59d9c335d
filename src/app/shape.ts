import type { DiagnosisResult } from '../engine/result.js';
import type { ClusterView } from '../engine/view.js';
import type { KNode, KPod, Snapshot } from '../kube/types.js';
import type { Rule, Target } from '../rules/types.js';
import { formatAge, secondsSince } from '../report/format.js';
import { workloadLabel, workloadOf } from '../engine/owners.js';
import type { CheckInventory, InventoryPod, NodeHeader, Placement, PodHeader, ReportClock, RuleSummary } from '../report/model.js';
import type { NodeSummary } from '../report/nodes.js';
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

function isOnNode(target: Target, nodeName: string, podNode: ReadonlyMap<string, string>): boolean {
  if (target.kind === 'Node') return target.name === nodeName;
  if (target.kind === 'Pod') return podNode.get(`${target.namespace ?? 'default'}/${target.name}`) === nodeName;
  return false;
}

export function nodeSummaries(view: ClusterView, result: DiagnosisResult, now: Date): NodeSummary[] {
  const podNode = new Map<string, string>();
  for (const p of view.pods) if (p.pod.spec?.nodeName) podNode.set(p.key, p.pod.spec.nodeName);
  return view.nodes.map((nv) => {
    const node = nv.node;
    const windows = windowsOf(node);
    const onNode = result.findings.filter((f) => isOnNode(f.target, nv.name, podNode));
    return {
      name: nv.name,
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
  const images = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]
    .map((c) => c.image)
    .filter((i): i is string => typeof i === 'string');
  const restarts = (pod.status?.containerStatuses ?? []).reduce((n, s) => n + (s.restartCount ?? 0), 0);
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
