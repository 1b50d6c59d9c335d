import type { KPod } from '../../../src/kube/types.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from './exec.js';
import type { SimCluster } from './types.js';

/** The pods the product created in the simulated cluster: those with its managed-by label. */
export function managedPods(sim: Pick<SimCluster, 'store'>): KPod[] {
  return (sim.store.list('Pod') as KPod[]).filter((pod) => pod.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE);
}
