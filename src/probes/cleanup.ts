/** `kubectl windbg cleanup`: delete probe pods and DaemonSets this tool left behind, by label. */
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { KubeClient } from '../kube/types.js';
import { RequestTimeoutError } from '../kube/errors.js';
import { MANAGED_SELECTOR } from './manifests.js';
import type { LiveProbeObject } from './registry.js';

export interface LeftoverObject extends LiveProbeObject {
  /** False in a dry run, or when deletion failed (then `error` says why). */
  deleted: boolean;
  error?: string;
}

/** How one kind of object fared: listed or not (and why), and what was found. */
export interface CleanupKindOutcome {
  kind: 'DaemonSet' | 'Pod';
  listed: boolean;
  /** Why listing failed (403, timeout, ...). */
  error?: string;
  found: number;
  deleted: number;
  failed: number;
}

export interface CleanupReport {
  objects: LeftoverObject[];
  kinds: CleanupKindOutcome[];
}

/**
 * Deletes every pod and DaemonSet labelled app.kubernetes.io/managed-by=kubectl-windbg, in one
 * namespace or across all. DaemonSets go first so their controller does not recreate pods; pods
 * owned by a deleted DaemonSet are left to the garbage collector. A kind that cannot be listed
 * (a 403 on DaemonSets) is reported and the other kind is still cleaned up.
 */
export async function cleanupProbeObjects(client: KubeClient, scope: { namespace?: string; dryRun?: boolean } = {}): Promise<CleanupReport> {
  const { namespace } = scope;
  const dryRun = scope.dryRun === true;
  const objects: LeftoverObject[] = [];
  const remove = async (object: LiveProbeObject, del: () => Promise<void>): Promise<boolean> => {
    if (dryRun) {
      objects.push({ ...object, deleted: false });
      return true;
    }
    try {
      await del();
      objects.push({ ...object, deleted: true });
      return true;
    } catch (e) {
      objects.push({ ...object, deleted: false, error: (e as Error).message });
      return false;
    }
  };
  const outcome = (kind: CleanupKindOutcome['kind']): CleanupKindOutcome => ({ kind, listed: true, found: 0, deleted: 0, failed: 0 });
  const count = (o: CleanupKindOutcome, ok: boolean): void => {
    o.found++;
    if (dryRun) return;
    if (ok) o.deleted++;
    else o.failed++;
  };

  const daemonSets = outcome('DaemonSet');
  const daemonSetUids = new Set<string>();
  try {
    for await (const page of client.listDaemonSets({ namespace, labelSelector: MANAGED_SELECTOR })) {
      for (const ds of page) {
        const ns = ds.metadata.namespace ?? 'default';
        if (ds.metadata.uid) daemonSetUids.add(ds.metadata.uid);
        count(daemonSets, await remove({ kind: 'DaemonSet', namespace: ns, name: ds.metadata.name }, () => client.deleteDaemonSet(ns, ds.metadata.name)));
      }
    }
  } catch (error) {
    daemonSets.listed = false;
    daemonSets.error = listFailure(error);
  }

  const pods = outcome('Pod');
  try {
    for await (const page of client.listPods({ namespace, labelSelector: MANAGED_SELECTOR })) {
      for (const pod of page) {
        const ownedByRemovedDaemonSet = (pod.metadata.ownerReferences ?? []).some((o) => o.uid !== undefined && daemonSetUids.has(o.uid));
        if (ownedByRemovedDaemonSet && !dryRun) continue;
        const ns = pod.metadata.namespace ?? 'default';
        count(pods, await remove({ kind: 'Pod', namespace: ns, name: pod.metadata.name }, () => client.deletePod(ns, pod.metadata.name, { gracePeriodSeconds: 0 })));
      }
    }
  } catch (error) {
    pods.listed = false;
    pods.error = listFailure(error);
  }
  return { objects, kinds: [daemonSets, pods] };
}

/** Why a kind could not be listed; a timeout also says which flag sets its limit. */
function listFailure(error: unknown): string {
  const message = (error as Error).message;
  return error instanceof RequestTimeoutError && error.hint ? `${message} (${error.hint})` : message;
}

/** cleanupProbeObjects for callers that want the objects; a kind that could not be listed is an error, after the rest was done. */
export async function cleanupLeftovers(client: KubeClient, scope?: string | { namespace?: string; dryRun?: boolean }): Promise<LeftoverObject[]> {
  const report = await cleanupProbeObjects(client, typeof scope === 'string' ? { namespace: scope } : scope);
  const unlisted = report.kinds.find((k) => !k.listed);
  if (unlisted) throw new ClusterAccessError(t('probes.cleanup.listFailed', { kind: unlisted.kind, error: unlisted.error ?? '' }));
  return report.objects;
}
