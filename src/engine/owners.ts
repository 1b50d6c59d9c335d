/**
 * The workload a pod belongs to, from its owner references alone (the tool does not read
 * ReplicaSets or Jobs): a ReplicaSet named `<deployment>-<pod-template-hash>` belongs to that
 * Deployment; a Job named `<cronjob>-<scheduled time in minutes>` to that CronJob; StatefulSets,
 * DaemonSets, bare ReplicaSets and Jobs stand for themselves; a pod without a controller is its own root.
 * Pure; the same answer live and offline.
 */
import type { KPod } from '../kube/types.js';
import type { NodeView } from './view.js';

export type WorkloadKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob' | 'Pod' | (string & {});

export interface WorkloadRef {
  kind: WorkloadKind;
  namespace: string;
  name: string;
}

/** CronJob controllers name their Jobs `<cronjob>-<minutes since the epoch>` (8 digits and more). */
const cronJobSuffix = /^(.+)-(\d{8,})$/;

function controllerOf(pod: KPod): { kind: string; name: string } | undefined {
  const refs = pod.metadata.ownerReferences ?? [];
  return refs.find((r) => r.controller === true) ?? refs[0];
}

export function workloadOf(pod: KPod): WorkloadRef {
  const namespace = pod.metadata.namespace ?? 'default';
  const owner = controllerOf(pod);
  if (!owner) return { kind: 'Pod', namespace, name: pod.metadata.name };
  if (owner.kind === 'ReplicaSet') {
    const hash = pod.metadata.labels?.['pod-template-hash'];
    if (hash && owner.name.endsWith(`-${hash}`)) return { kind: 'Deployment', namespace, name: owner.name.slice(0, -hash.length - 1) };
    return { kind: 'ReplicaSet', namespace, name: owner.name };
  }
  if (owner.kind === 'Job') {
    const cron = cronJobSuffix.exec(owner.name);
    if (cron) return { kind: 'CronJob', namespace, name: cron[1]! };
    return { kind: 'Job', namespace, name: owner.name };
  }
  return { kind: owner.kind, namespace, name: owner.name };
}

/** "Deployment web/iis": stable across pod restarts and rollouts of the same workload. */
export function workloadLabel(ref: WorkloadRef): string {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}

/** Labels cloud providers and provisioners put on a node to name the pool it belongs to, most specific first. */
const nodePoolLabels = [
  'kubernetes.azure.com/agentpool',
  'agentpool',
  'eks.amazonaws.com/nodegroup',
  'alpha.eksctl.io/nodegroup-name',
  'cloud.google.com/gke-nodepool',
  'karpenter.sh/nodepool',
  'karpenter.sh/provisioner-name',
] as const;

/**
 * The group of nodes a node belongs to for roll-ups: its node pool when a pool label names one,
 * else its Windows build ("10.0.17763"), else nothing.
 */
export type NodeGroupRef = { kind: 'NodePool'; name: string } | { kind: 'WindowsBuild'; name: string };

export function nodeGroupOf(labels: Readonly<Record<string, string>> | undefined, build: string | undefined): NodeGroupRef | undefined {
  for (const label of nodePoolLabels) {
    const pool = labels?.[label];
    if (pool) return { kind: 'NodePool', name: pool };
  }
  return build ? { kind: 'WindowsBuild', name: build } : undefined;
}

/** The Windows build a node of the view runs, as roll-ups and image targets name it ("10.0.17763"). */
export function nodeBuildName(node: NodeView | undefined): string | undefined {
  return node?.build ? `10.0.${node.build.build}` : undefined;
}

/** The node group (pool, else Windows build) of a node of the view. */
export function nodeGroupOfView(node: NodeView): NodeGroupRef | undefined {
  return nodeGroupOf(node.node.metadata.labels, nodeBuildName(node));
}
