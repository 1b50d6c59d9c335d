/**
 * What `kubectl get nodes,pods,events,namespaces,leases,services,networkpolicies -A -o json` would save from a simulated
 * cluster: every served object as one `kind: List` file, so that `--from` reads exactly the
 * objects the live path reads.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SimCluster } from './sim/index.js';

export const dumpedKinds = ['Namespace', 'Node', 'Lease', 'Pod', 'Event', 'Service', 'NetworkPolicy'] as const;

export function simObjectsList(sim: SimCluster): { apiVersion: 'v1'; kind: 'List'; items: object[] } {
  return { apiVersion: 'v1', kind: 'List', items: dumpedKinds.flatMap((kind) => sim.store.list(kind)) };
}

/** Writes the dump into a fresh temporary folder and returns the file's path. */
export function dumpSim(sim: SimCluster, fileName = 'cluster.json'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'windbg-dump-'));
  const file = path.join(dir, fileName);
  writeFileSync(file, JSON.stringify(simObjectsList(sim), null, 1));
  return file;
}
