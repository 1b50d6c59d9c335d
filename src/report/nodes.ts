import { t } from '../i18n/index.js';
import { renderTable } from './table.js';
import { terminalSafeDeep } from './sanitize.js';
import { severityRank, type Severity, type Target } from '../rules/types.js';
import { findingKey } from '../engine/result.js';

/** One row of `kubectl windbg nodes`; also the json/yaml shape (schemaVersion 1). */
export interface NodeSummary {
  name: string;
  /** The node's pool (the pool label of AKS, EKS, GKE, Karpenter), else its Windows build ("10.0.17763"). */
  pool?: string;
  poolKind?: 'NodePool' | 'WindowsBuild';
  ready: boolean;
  /** Ready condition status as the kubelet reports it: "True" | "False" | "Unknown". */
  readyStatus: string;
  windowsVersion: string;
  build: string;
  kubeletVersion: string;
  containerRuntime: string;
  pods: { total: number; unhealthy: number };
  findings: { error: number; warning: number };
  age: string;
  internalIP: string;
  taints: string[];
  /** nodeInfo.kubeProxyVersion; empty when the kubelet no longer reports it. */
  kubeProxyVersion?: string;
  /** The pod network the node says it uses (annotations and labels of the CNI), when it says. */
  cni?: string;
}

/** A pool of nodes (else the nodes of one Windows build) and the findings of `check` that touch them. */
export interface NodeGroupSummary {
  kind: 'NodePool' | 'WindowsBuild';
  name: string;
  nodes: number;
  ready: number;
  /** Each finding touching the group, with how many of its nodes it touches (at the node, the pool or their pods). */
  findings: { ruleId: string; severity: Severity; target: Target; nodes: number }[];
}

export function nodesDocument(nodes: readonly NodeSummary[], groups: readonly NodeGroupSummary[] = []): Record<string, unknown> {
  return {
    schemaVersion: 1,
    nodes: nodes.map((n) => ({
      name: n.name,
      ...(n.pool !== undefined ? { pool: n.pool } : {}),
      ready: n.ready,
      windowsVersion: n.windowsVersion,
      build: n.build,
      kubeletVersion: n.kubeletVersion,
      containerRuntime: n.containerRuntime,
      pods: { total: n.pods.total, unhealthy: n.pods.unhealthy },
      findings: { error: n.findings.error, warning: n.findings.warning },
      ...(n.kubeProxyVersion ? { kubeProxyVersion: n.kubeProxyVersion } : {}),
      ...(n.cni ? { cni: n.cni } : {}),
      taints: n.taints,
    })),
    ...(groups.length > 0 ? { pools: groups.map((g) => ({ kind: g.kind, name: g.name, nodes: g.nodes, ready: g.ready, findings: g.findings })) } : {}),
  };
}

/** Most causes named in a pool's row; the rest are counted. */
const maxCausesShown = 4;

/** "<cause> (20 nodes), <cause> (600 nodes) and 2 more". */
function causesCell(group: NodeGroupSummary): string {
  const byRule = new Map<string, { severity: Severity; nodes: number }>();
  for (const f of group.findings) {
    const seen = byRule.get(f.ruleId);
    byRule.set(f.ruleId, { severity: seen && severityRank[seen.severity] > severityRank[f.severity] ? seen.severity : f.severity, nodes: (seen?.nodes ?? 0) + f.nodes });
  }
  const causes = [...byRule]
    .sort(([a, x], [b, y]) => severityRank[y.severity] - severityRank[x.severity] || y.nodes - x.nodes || a.localeCompare(b))
    .map(([id, c]) => t('report.nodes.cause', { id, severity: c.severity, count: Math.min(c.nodes, group.nodes) }));
  if (causes.length === 0) return '-';
  const shown = causes.slice(0, maxCausesShown).join(', ');
  return causes.length > maxCausesShown ? `${shown} ${t('report.andMore', { count: causes.length - maxCausesShown })}` : shown;
}

/** The pools (else Windows builds) under the node table: nodes, Ready nodes, and the causes found on them. */
export function renderNodeGroups(unsafeGroups: readonly NodeGroupSummary[]): string {
  const groups = terminalSafeDeep(unsafeGroups);
  if (groups.length === 0) return '';
  const head = ['pool', 'nodes', 'findings', 'causes'].map((column) => t(`report.column.${column}`));
  const rows = groups.map((g) => {
    const distinct = new Map(g.findings.map((f) => [findingKey(f), f.severity]));
    const count = (severity: Severity) => [...distinct.values()].filter((s) => s === severity).length;
    return [g.name, `${g.ready}/${g.nodes}`, `${count('error')}/${count('warning')}`, causesCell(g)];
  });
  return renderTable(head, rows) + t('report.nodes.groupLegend', { nodes: t('report.column.nodes'), findings: t('report.column.findings') }) + '\n';
}

export function renderNodesTable(unsafeNodes: readonly NodeSummary[], wide: boolean, groups: readonly NodeGroupSummary[] = []): string {
  const nodes = terminalSafeDeep(unsafeNodes);
  if (nodes.length === 0) return t('report.nodes.none') + '\n';
  const columns = ['name', 'pool', 'ready', 'windows', 'build', 'kubelet', 'runtime', 'pods', 'findings', 'age'];
  if (wide) columns.push('internalIp', 'kubeProxy', 'cni', 'taints');
  const head = columns.map((column) => t(`report.column.${column}`));
  const rows = nodes.map((n) => {
    const row = [
      n.name,
      n.pool ?? '<none>',
      n.readyStatus,
      n.windowsVersion,
      n.build,
      n.kubeletVersion,
      n.containerRuntime,
      `${n.pods.unhealthy}/${n.pods.total}`,
      `${n.findings.error}/${n.findings.warning}`,
      n.age,
    ];
    if (wide) row.push(n.internalIP, n.kubeProxyVersion || '<unknown>', n.cni ?? '<unknown>', n.taints.length > 0 ? n.taints.join(',') : '<none>');
    return row;
  });
  const table = renderTable(head, rows) + t('report.nodes.legend', { pods: t('report.column.pods'), findings: t('report.column.findings') }) + '\n';
  return groups.length > 0 ? `${table}\n${renderNodeGroups(groups)}` : table;
}
