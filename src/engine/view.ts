import type { KEvent, KNetworkPolicy, KNode, KPod, KService } from '../kube/types.js';
import type { Phase } from '../rules/types.js';
import type { WindowsBuildInfo } from '../windows/types.js';

/**
 * Indexed, correlated view of a Snapshot that rules read instead of raw lists.
 * Built once per run by buildView(); pure.
 */

/** One thing that happened to a pod or node: a status reason or an event, deduplicated. */
export interface TimelineEntry {
  source: 'status' | 'event';
  /** Event reason ("FailedCreatePodSandBox") or waiting/terminated reason ("ImagePullBackOff"). */
  reason: string;
  /** Raw message as the cluster wrote it (for evidence). */
  message: string;
  /** Normalised message (for matching); see normalizeMessage(). */
  normalized: string;
  /** Where in the pod's life this happened (sandbox creation, image pull, container creation...). */
  phase: Phase;
  /** Occurrences folded into this entry (event count / series count, summed over duplicates). */
  count: number;
  firstTime?: string;
  lastTime?: string;
  /** Container name for container statuses / events with fieldPath spec.containers{name}. */
  container?: string;
  type?: 'Normal' | 'Warning' | string;
}

export interface PodView {
  pod: KPod;
  /** "namespace/name" */
  key: string;
  namespace: string;
  name: string;
  /** The node it is bound to, when that node is a Windows node in the snapshot. */
  node?: NodeView;
  /** Status reasons and events in time order, deduplicated by (reason, normalised message). */
  timeline: TimelineEntry[];
  /** Waiting/terminated reasons of its containers, e.g. ["ImagePullBackOff"]; "Pending" when unscheduled. */
  problemReasons: string[];
  /** Seconds since the pod was created (from snapshot.collectedAt / ctx.now). */
  ageSeconds?: number;
  /** True when the pod is not Running+Ready and not Succeeded, or restarts in a loop. */
  unhealthy: boolean;
  /** Waiting in a state that should not last (ContainerCreating, ImagePullBackOff...) since this long. */
  waiting?: { reason: string; seconds: number };
  restarts: number;
}

export interface NodeView {
  node: KNode;
  name: string;
  build?: WindowsBuildInfo;
  ready: 'True' | 'False' | 'Unknown';
  /**
   * Seconds since the Ready condition's last heartbeat, when known. The kubelet posts its status
   * only every 5 minutes when nothing changes, so this alone says little about health.
   */
  heartbeatAgeSeconds?: number;
  /** Seconds since the kubelet last renewed the node's Lease (every 10 s when alive); absent when unknown. */
  leaseAgeSeconds?: number;
  /**
   * The control plane no longer hears from the kubelet: the Lease is older than the grace period,
   * or the node lifecycle controller has set Ready=Unknown.
   */
  stale: boolean;
  pods: PodView[];
  /** Events about the node itself, in time order, deduplicated. */
  timeline: TimelineEntry[];
  unhealthy: boolean;
}

/** A Service and the Snapshot's pods it selects (pods of its namespace matching its selector). */
export interface ServiceView {
  service: KService;
  /** "namespace/name" */
  key: string;
  namespace: string;
  name: string;
  /** Selected pods, in the Snapshot's order; only the pods of the Snapshot (on or aimed at Windows nodes). */
  pods: PodView[];
}

/** A NetworkPolicy and the Snapshot's pods its podSelector selects in its namespace. */
export interface NetworkPolicyView {
  policy: KNetworkPolicy;
  /** "namespace/name" */
  key: string;
  namespace: string;
  name: string;
  pods: PodView[];
}

export interface ClusterView {
  nodes: NodeView[];
  pods: PodView[];
  nodeByName: ReadonlyMap<string, NodeView>;
  podByKey: ReadonlyMap<string, PodView>;
  /** Events not attached to any node or pod above (kept for completeness). */
  otherEvents: KEvent[];
  /** Services selecting the pods above; undefined when Services were not read. */
  services?: ServiceView[];
  /** NetworkPolicies selecting the pods above; undefined when NetworkPolicies were not read. */
  networkPolicies?: NetworkPolicyView[];
}
