/** `kubectl windbg cleanup`: delete probe pods and DaemonSets this tool left behind, by label. */
import type { KubeClient } from '../kube/types.js';
import { MANAGED_SELECTOR } from './manifests.js';
import type { LiveProbeObject } from './registry.js';

export interface LeftoverObject extends LiveProbeObject {
  /** False in a dry run, or when deletion failed (then `error` says why). */
  deleted: boolean;
  error?: string;
}

/**
 * Deletes every pod and DaemonSet labelled app.kubernetes.io/managed-by=kubectl-windbg, in one
 * namespace or across all, and returns what it found. DaemonSets go first so their controller
 * does not recreate pods. Pods owned by a deleted DaemonSet are left to the garbage collector.
 */
export async function cleanupLeftovers(
  client: KubeClient,
  scope?: string | { namespace?: string; dryRun?: boolean },
): Promise<LeftoverObject[]> {
  const namespace = typeof scope === 'string' ? scope : scope?.namespace;
  const dryRun = typeof scope === 'object' && scope.dryRun === true;
  const found: LeftoverObject[] = [];
  const remove = async (object: LiveProbeObject, del: () => Promise<void>) => {
    if (dryRun) {
      found.push({ ...object, deleted: false });
      return;
    }
    try {
      await del();
      found.push({ ...object, deleted: true });
    } catch (e) {
      found.push({ ...object, deleted: false, error: (e as Error).message });
    }
  };
  const daemonSetUids = new Set<string>();
  for await (const page of client.listDaemonSets({ namespace, labelSelector: MANAGED_SELECTOR })) {
    for (const ds of page) {
      const ns = ds.metadata.namespace ?? 'default';
      if (ds.metadata.uid) daemonSetUids.add(ds.metadata.uid);
      await remove({ kind: 'DaemonSet', namespace: ns, name: ds.metadata.name }, () => client.deleteDaemonSet(ns, ds.metadata.name));
    }
  }
  for await (const page of client.listPods({ namespace, labelSelector: MANAGED_SELECTOR })) {
    for (const pod of page) {
      const ownedByRemovedDaemonSet = (pod.metadata.ownerReferences ?? []).some((o) => o.uid !== undefined && daemonSetUids.has(o.uid));
      if (ownedByRemovedDaemonSet && !dryRun) continue;
      const ns = pod.metadata.namespace ?? 'default';
      await remove({ kind: 'Pod', namespace: ns, name: pod.metadata.name }, () => client.deletePod(ns, pod.metadata.name, { gracePeriodSeconds: 0 }));
    }
  }
  return found;
}
