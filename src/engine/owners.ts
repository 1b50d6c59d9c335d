/**
 * The workload a pod belongs to, from its owner references alone (the tool does not read
 * ReplicaSets or Jobs): a ReplicaSet named `<deployment>-<pod-template-hash>` belongs to that
 * Deployment; a Job named `<cronjob>-<scheduled time in minutes>` to that CronJob; StatefulSets,
 * DaemonSets, bare ReplicaSets and Jobs stand for themselves; a pod without a controller is its own root.
 * Pure; the same answer live and offline.
 */
import type { KPod } from '../kube/types.js';

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
