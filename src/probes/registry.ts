/**
 * Every probe object windbg has created and not yet deleted, process-wide, so an interrupted run
 * (Ctrl-C, SIGTERM from CI) deletes them before it ends. `activeDeadlineSeconds` bounds what a
 * hard kill (SIGKILL) leaves behind.
 */
import type { KubeClient } from '../kube/types.js';

export interface LiveProbeObject {
  kind: 'Pod' | 'DaemonSet';
  namespace: string;
  name: string;
}

interface Entry extends LiveProbeObject {
  client: KubeClient;
  /** Why the last attempt to delete it failed. */
  lastError?: string;
}

/** A registered object with the reason its deletion failed, if it did. */
export interface LeftoverProbeObject extends LiveProbeObject {
  lastError?: string;
}

const live = new Map<string, Entry>();

function key(obj: LiveProbeObject): string {
  return `${obj.kind}/${obj.namespace}/${obj.name}`;
}

/** Records a created object; the returned function forgets it (call it after deleting). */
export function trackLiveObject(client: KubeClient, obj: LiveProbeObject): () => void {
  const k = key(obj);
  live.set(k, { ...obj, client });
  return () => {
    live.delete(k);
  };
}

export function liveProbeObjects(): LeftoverProbeObject[] {
  return [...live.values()].map(({ kind, namespace, name, lastError }) => ({ kind, namespace, name, ...(lastError ? { lastError } : {}) }));
}

/** Records why deleting a registered object failed; it stays registered. */
export function noteDeleteFailure(obj: LiveProbeObject, reason: string): void {
  const entry = live.get(key(obj));
  if (entry) entry.lastError = reason;
}

/** Forgets objects without deleting them (after the user was told they may remain). */
export function forgetLiveProbeObjects(objects: readonly LiveProbeObject[]): void {
  for (const obj of objects) live.delete(key(obj));
}

/** Deletes everything still registered; failures are returned, never thrown. */
export async function deleteLiveProbeObjects(): Promise<{ deleted: LiveProbeObject[]; failed: { object: LiveProbeObject; error: string }[] }> {
  const entries = [...live.values()];
  const deleted: LiveProbeObject[] = [];
  const failed: { object: LiveProbeObject; error: string }[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      const object = { kind: entry.kind, namespace: entry.namespace, name: entry.name };
      try {
        if (entry.kind === 'Pod') await entry.client.deletePod(entry.namespace, entry.name, { gracePeriodSeconds: 0 });
        else await entry.client.deleteDaemonSet(entry.namespace, entry.name);
        live.delete(key(entry));
        deleted.push(object);
      } catch (e) {
        failed.push({ object, error: (e as Error).message });
      }
    }),
  );
  return { deleted, failed };
}

let installed: (() => void) | undefined;

/**
 * On SIGINT/SIGTERM: delete the live probe objects (bounded by `graceMs`), then let the signal
 * end the process the way it would have without this handler. Returns an uninstall function.
 */
export function installCleanupOnSignals(opts: { graceMs?: number; onCleanup?: (text: string) => void } = {}): () => void {
  if (installed) return installed;
  const graceMs = opts.graceMs ?? 15_000;
  let running = false;
  const handler = (signal: NodeJS.Signals) => {
    if (running) return;
    running = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    void Promise.race([deleteLiveProbeObjects(), timeout]).then((outcome) => {
      if (outcome && opts.onCleanup) {
        for (const obj of outcome.deleted) opts.onCleanup(`${obj.kind.toLowerCase()} ${obj.namespace}/${obj.name}`);
      }
      uninstall();
      process.kill(process.pid, signal);
    });
  };
  const uninstall = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    installed = undefined;
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  installed = uninstall;
  return uninstall;
}
