/** Remote probes: node probes, pod-network probes, canaries, state bundles and cleanup. */
export type * from './facts.js';
export { podKey } from './facts.js';
export { parseNodeProbeOutput, NODE_PROBE_SCHEMA_VERSION } from './parse-node.js';
export { parsePodNetworkOutput, POD_NETWORK_SCHEMA_VERSION } from './parse-pod-network.js';
export { checkPodSecurity, hostProcessUnsupportedReason, type PodSecurityVerdict } from './admission.js';
export {
  DEFAULT_DEADLINE_SECONDS,
  DEFAULT_PROBE_IMAGE,
  DEFAULT_PROBE_NAMESPACE,
  dryRunManifests,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  MANAGED_SELECTOR,
  probeDaemonSetManifest,
  probePodManifest,
  type NodeProbeInputs,
  type ProbePodOptions,
} from './manifests.js';
export { diagnoseProbePod, type ProbePodFailure } from './probe-pod-failure.js';
export { runNodeProbes, DAEMONSET_THRESHOLD, type NodeProbeRun, type RunNodeProbesOptions } from './run.js';
export { installCleanupOnSignals, liveProbeObjects, deleteLiveProbeObjects, type LiveProbeObject } from './registry.js';
export { cleanupLeftovers, cleanupProbeObjects, type CleanupKindOutcome, type CleanupReport, type LeftoverObject } from './cleanup.js';
export { runCanary, canaryImageForBuild, type CanaryRun, type CanaryCheck, type CanaryOptions, type CanaryResult } from './canary.js';
export {
  runPodNetworkProbe,
  podNetworkDryRun,
  dryRunPodNetworkProbe,
  type PodNetworkDryRun,
  type PodNetworkProbeOptions,
  type PodNetworkProbeRun,
  type PodNetworkTargets,
} from './pod-network.js';
export { collectBundle, type CollectBundleOptions, type CollectBundleResult } from './bundle.js';
export { redactSecrets } from './redact.js';
