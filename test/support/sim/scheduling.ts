/**
 * The scheduler's filters the simulated cluster needs: node unschedulable, taints and
 * tolerations, nodeSelector and required node affinity (labels and `metadata.name` fields),
 * and the FailedScheduling message in the real wording and order.
 */
type Loose = Record<string, any>; // plain JSON objects

interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export function tolerates(tolerations: Loose[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function expressionMatches(expr: Loose, value: string | undefined): boolean {
  const values: string[] = expr.values ?? [];
  switch (expr.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(values[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

function termMatches(term: Loose, node: Loose): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  const exprs: Loose[] = term.matchExpressions ?? [];
  const fields: Loose[] = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return (
    exprs.every((e) => expressionMatches(e, labels[e.key])) &&
    fields.every((f) => expressionMatches(f, f.key === 'metadata.name' ? node.metadata.name : undefined))
  );
}

/** nodeSelector and requiredDuringSchedulingIgnoredDuringExecution node affinity. */
export function nodeMatchesSelectorAndAffinity(podSpec: Loose, node: Loose): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries<string>(podSpec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const terms: Loose[] | undefined = podSpec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && terms.length > 0 && !terms.some((t) => termMatches(t, node))) return false;
  return true;
}

function taintText(t: Taint): string {
  return `{${t.key}: ${t.value ?? ''}}`;
}

/** Why the node cannot take the pod (in the scheduler's filter order), or undefined if it can. */
export function unfitReason(podSpec: Loose, node: Loose): string | undefined {
  if (node.spec?.unschedulable && !tolerates(podSpec.tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
    return 'node(s) were unschedulable';
  }
  for (const taint of (node.spec?.taints ?? []) as Taint[]) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerates(podSpec.tolerations, taint)) return `node(s) had untolerated taint ${taintText(taint)}`;
  }
  if (!nodeMatchesSelectorAndAffinity(podSpec, node)) return "node(s) didn't match Pod's node affinity/selector";
  return undefined;
}

/** `0/6 nodes are available: 1 node(s) ..., 2 node(s) .... preemption: ...` */
export function failedSchedulingMessage(reasons: string[], nodeCount: number): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, n]) => `${n} ${r}`).sort();
  const head = `0/${nodeCount} nodes are available`;
  const detail = parts.length ? `: ${parts.join(', ')}.` : '.';
  return `${head}${detail} preemption: ${head}: ${nodeCount} Preemption is not helpful for scheduling.`;
}
