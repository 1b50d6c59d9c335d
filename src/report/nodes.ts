import { t } from '../i18n/index.js';
import { renderTable } from './table.js';
import { terminalSafeDeep } from './sanitize.js';

/** One row of `kubectl windbg nodes`; also the json/yaml shape (schemaVersion 1). */
export interface NodeSummary {
  name: string;
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

export function nodesDocument(nodes: readonly NodeSummary[]): Record<string, unknown> {
  return {
    schemaVersion: 1,
    nodes: nodes.map((n) => ({
      name: n.name,
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
  };
}

export function renderNodesTable(unsafeNodes: readonly NodeSummary[], wide: boolean): string {
  const nodes = terminalSafeDeep(unsafeNodes);
  if (nodes.length === 0) return t('report.nodes.none') + '\n';
  const columns = ['name', 'ready', 'windows', 'build', 'kubelet', 'runtime', 'pods', 'findings', 'age'];
  if (wide) columns.push('internalIp', 'kubeProxy', 'cni', 'taints');
  const head = columns.map((column) => t(`report.column.${column}`));
  const rows = nodes.map((n) => {
    const row = [
      n.name,
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
  return renderTable(head, rows) + t('report.nodes.legend', { pods: t('report.column.pods'), findings: t('report.column.findings') }) + '\n';
}
