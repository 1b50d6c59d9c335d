import type { AffectedObject, Candidate, Finding, Severity, Target, Thresholds } from '../rules/types.js';
import type { Snapshot } from '../kube/types.js';
import type { Message } from '../causes/define.js';
import type { NodeFacts, PodNetworkFacts } from '../probes/facts.js';

/** Inputs of one diagnosis run. */
export interface DiagnosisInput {
  snapshot: Snapshot;
  nodeFacts?: ReadonlyMap<string, NodeFacts>;
  podFacts?: ReadonlyMap<string, PodNetworkFacts>;
  thresholds?: Partial<Thresholds>;
  /** Restrict findings to these targets (node/pod commands); all targets when omitted. */
  focus?: Target;
  /** Findings v2: roll findings up to one per cause per root target (src/engine/group.ts). */
  group?: { maxAffected: number };
  /**
   * Findings made outside the rules (the probes' and canaries' own): reported with the others,
   * explaining nothing; with `group`, the same conclusion on many nodes of a pool rolls up.
   */
  outsideFindings?: readonly Finding[];
  /** Rule ids to skip entirely (their outside findings too). */
  disabledRules?: ReadonlySet<string>;
  now?: Date;
}

/** Output of one diagnosis run; renderers print it, they decide nothing. */
export interface DiagnosisResult {
  /** Sorted by severity (error, warning, info), then target, then rule id. */
  findings: Finding[];
  /** Ids of rules that could only be checked with --probe and were not (after --probe: those still unchecked). */
  needsProbe: string[];
  /** --probe ran: needsProbe lists what stayed unchecked, and the notes say what the probes returned. */
  probed?: true;
  /** Notes of the snapshot (text) and of the engine (messages, rendered in the output language by src/report). */
  notes: (string | Message)[];
  summary: Record<Severity, number>;
  checked: { nodes: number; pods: number };
  /**
   * Every object of the findings whose `affected.objects` list was capped, by findingKey: what the
   * report leaves out is still known, so that no renderer shows an affected object as passing
   * (JUnit). Not part of the json document.
   */
  uncappedAffected?: Readonly<Record<string, readonly AffectedObject[]>>;
}

/** One finding's identity, stable across runs and output languages: cause and root target. */
export function findingKey(finding: { ruleId: string; target: Target }): string {
  const t = finding.target;
  return `${finding.ruleId}\u0000${t.kind}\u0000${t.namespace ?? ''}\u0000${t.name}\u0000${t.build ?? ''}`;
}

/** All the objects a finding affects, also those its capped list leaves out. */
export function allAffected(finding: Pick<Finding, 'ruleId' | 'target' | 'affected'>, result: Pick<DiagnosisResult, 'uncappedAffected'>): readonly AffectedObject[] {
  return result.uncappedAffected?.[findingKey(finding)] ?? finding.affected?.objects ?? [];
}

export const defaultThresholds: Thresholds = {
  containerCreatingSeconds: 300,
  nodeGraceSeconds: 40,
  stuckPodSeconds: 600,
};

/** How many affected objects a finding lists by default (the count is always exact). */
export const defaultMaxAffected = 20;

/**
 * Two candidates this close in calibrated confidence are a tie for the reader: the corpus cannot
 * tell them apart at this distance (docs/accuracy.md), so the report shows both rather than pick one.
 */
export const closeCandidateMargin = 0.1;

/** True when the first two candidates (best first) are within closeCandidateMargin of each other. */
export function candidatesUndecided(candidates: readonly Candidate[] | undefined): boolean {
  const [first, second] = candidates ?? [];
  return first !== undefined && second !== undefined && first.confidence - second.confidence <= closeCandidateMargin + 1e-9;
}
