import type { KNode, KPod, Snapshot } from '../kube/types.js';
import type { NodeFacts, PodNetworkFacts } from '../probes/facts.js';
import type { ClusterView } from '../engine/view.js';
import type { Message, Text } from '../causes/define.js';

export type Severity = 'error' | 'warning' | 'info';
export const severities: readonly Severity[] = ['error', 'warning', 'info'];
/** How grave a severity is: the higher, the graver (error 3, warning 2, info 1). */
export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export type Area = 'node' | 'pod' | 'network' | 'cluster';

/** Workload owners a pod's finding is rolled up to (resolved through owner references). */
export type WorkloadKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';

/**
 * What a finding is about. Detectors report on Node, Pod and Cluster; findings v2 roll pod
 * findings up to their root: the node, the workload owner, an image on a Windows build
 * (`build` set), or a namespace.
 */
export interface Target {
  kind: 'Node' | 'Pod' | 'Cluster' | 'Namespace' | 'Image' | 'NodePool' | 'WindowsBuild' | 'Service' | 'NetworkPolicy' | WorkloadKind;
  name: string;
  namespace?: string;
  /** For kind Image: the Windows build the image fails on ("10.0.20348"). */
  build?: string;
}

/** One object a finding affects. */
export interface AffectedObject {
  kind: 'Pod' | 'Node';
  name: string;
  namespace?: string;
}

/** Findings v2: the objects behind one cause at one root target. */
export interface Affected {
  /** Exact number of affected objects. */
  count: number;
  /** The first of them, sorted; capped (see --max-affected). */
  objects: AffectedObject[];
}



export type EvidenceSource = 'event' | 'status' | 'spec' | 'node' | 'probe' | 'log';

/**
 * One line of evidence: text the cluster or a probe wrote (verbatim) or a sentence windbg composes
 * (a Message, rendered in the output language by src/report).
 */
export interface Evidence {
  source: EvidenceSource;
  text: Text;
}

/**
 * One named cause found on one target, as the engine produces it: the message is a messageId with
 * params, rendered at the edge (src/report/localize.ts) together with the cause's title, fix steps
 * and page into the json schema's finding (RenderedFinding).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  target: Target;
  /** A Message (messageId + params); verbatim text only where a probe reports its own failure. */
  message: Text;
  evidence: Evidence[];
  /** Findings v2: the objects this cause affects at its root target (absent: only the target itself). */
  affected?: Affected;
  /** On a failure no cause explains: the causes its messages point at, below the claim threshold, best first. */
  candidates?: Candidate[];
  /**
   * The context (event reason, component, phase, probe facts) cannot decide between the first two
   * candidates: their calibrated confidences are within closeCandidateMargin (src/engine/result.ts).
   * Both are shown; confirming one needs more evidence (--probe).
   */
  undecided?: true;
}

export interface Candidate {
  id: string;
  /** 0..1, calibrated (docs/accuracy.md). */
  confidence: number;
}

/** What a detector returns: the engine adds the id of the cause whose detector it was. */
export type FindingDraft = Omit<Finding, 'ruleId'>;

/** What a rule reads. `node-probe` / `pod-probe` rules report nothing without those facts. */
export type RuleInput =
  | 'pod-status'
  | 'pod-events'
  | 'pod-spec'
  | 'node-status'
  | 'node-events'
  | 'server-version'
  | 'node-probe'
  | 'pod-probe'
  | 'services'
  | 'network-policies';

/** Where in a pod's life a message was seen; the same text can mean different causes. */
export type Phase = 'schedule' | 'sandbox' | 'pull' | 'create' | 'run' | 'mount' | 'node' | 'any';

/**
 * A stable fragment of a real-world message that points at this rule's cause. Patterns match the
 * normalised text (see src/engine/normalize.ts: lower case, GUIDs/hashes/paths/versions/hex codes
 * replaced by placeholders, whitespace collapsed, quotes stripped).
 */
export interface MessageSignature {
  pattern: RegExp;
  /** 0..1: how strongly this fragment alone points at the cause. */
  weight: number;
  /** One line: why this fragment means this cause. */
  why: string;
  /** Only counts when the message was seen in this phase (for `explain`, inferred from the text). */
  phases?: Phase[];
  /** Unique within its cause; translations key the `why` by it. */
  name: string;
  /** Signatures of one group are one fragment: only the best match of a group counts. */
  group?: string;
  /** The translated `why` is that of this signature (localised twins of an English signature). */
  whyOf?: string;
}

export interface Thresholds {
  /** A pod in ContainerCreating longer than this is unhealthy. Default 300. */
  containerCreatingSeconds: number;
  /**
   * A node whose Lease was not renewed for this long is stale, like the node lifecycle
   * controller's node-monitor-grace-period. Default 40.
   */
  nodeGraceSeconds: number;
  /**
   * A pod waiting this long in ContainerCreating, ImagePullBackOff, ErrImagePull, CrashLoopBackOff,
   * CreateContainerError or RunContainerError is stuck: an error even when its cause is unknown. Default 600.
   */
  stuckPodSeconds: number;
}

export interface RuleContext {
  snapshot: Snapshot;
  view: ClusterView;
  /** Node probe facts by node name (only nodes that were probed). */
  nodeFacts: ReadonlyMap<string, NodeFacts>;
  /** Pod-network facts by "namespace/name". */
  podFacts: ReadonlyMap<string, PodNetworkFacts>;
  thresholds: Thresholds;
  now: Date;
}

export interface RuleMeta {
  id: string;
  title: string;
  area: Area;
  severity: Severity;
  inputs: RuleInput[];
  /** What is going on, two or three sentences. */
  explanation: string;
  /** Numbered fix steps, in order. */
  remediation: string[];
  references: string[];
  /**
   * 'node' / 'pod': the cause can only be confirmed with probe facts of that kind; without them
   * the rule reports nothing and the report lists it under "needs --probe".
   * 'partial': the rule detects some cases from the snapshot and more with probes.
   */
  probe?: 'node' | 'pod' | 'partial';
  /** Message fragments, used by `explain` and by detect() through the engine's matcher. */
  signatures?: MessageSignature[];
}

export interface Rule extends RuleMeta {
  detect(ctx: RuleContext): FindingDraft[];
}

export type { KNode, KPod };
