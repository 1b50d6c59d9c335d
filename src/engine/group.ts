/**
 * Findings v2: one finding per cause per root target. Detectors report on the pod or node they
 * looked at; this step rolls pod findings up to their root (the node, the workload owner, an
 * image on a Windows build), folds symptoms into the cause that explains them, and counts the
 * objects each finding affects. What decides the root and the causal chains is each cause's own
 * metadata (rootTarget, explains, explainsPhases in its folder); this module only applies it.
 * Pure.
 */
import { catalogMessage } from '../causes/define.js';
import { causeById, unexplainedCauseId } from '../causes/index.js';
import { severityRank, type AffectedObject, type Evidence, type Finding, type Severity, type Target } from '../rules/types.js';
import { candidatesUndecided, defaultMaxAffected, findingKey } from './result.js';
import { timelineEvidence } from './match.js';
import { nodeBuildName, nodeGroupOfView, workloadOf, type NodeGroupRef } from './owners.js';
import type { ClusterView, PodView, TimelineEntry } from './view.js';

export interface GroupOptions {
  /** How many affected objects a finding lists (the count is always exact). */
  maxAffected: number;
  /** Filled with every object of each finding whose list is capped, by findingKey (see DiagnosisResult.uncappedAffected). */
  uncapped?: Record<string, AffectedObject[]>;
}

/** Caps a finding's list of affected objects, keeping the whole list in opts.uncapped when it is cut. */
function setAffected(finding: Finding, objects: AffectedObject[], opts: GroupOptions): void {
  finding.affected = { count: objects.length, objects: objects.slice(0, opts.maxAffected) };
  if (opts.uncapped && objects.length > opts.maxAffected) opts.uncapped[findingKey(finding)] = objects;
}

/** Evidence lines a grouped finding keeps: its first pod's, then other distinct lines. */
const maxGroupEvidence = 8;
/** Candidates a grouped finding keeps. */
const maxCandidates = 5;


interface Group {
  ruleId: string;
  severity: Severity;
  target: Target;
  first: Finding;
  evidence: Evidence[];
  seenEvidence: Set<string>;
  affected: Map<string, AffectedObject>;
  candidates: Map<string, number>;
}

function objectKey(o: AffectedObject): string {
  return `${o.kind}/${o.namespace ?? ''}/${o.name}`;
}

function targetKey(t: Target): string {
  return `${t.kind}/${t.namespace ?? ''}/${t.name}/${t.build ?? ''}`;
}

function podObject(pod: PodView): AffectedObject {
  return { kind: 'Pod', namespace: pod.namespace, name: pod.name };
}

/** The pod image a finding is about: the one its message names, else the first. */
function imageOf(finding: Finding, pod: PodView): string | undefined {
  const images = [...(pod.pod.spec?.initContainers ?? []), ...(pod.pod.spec?.containers ?? [])]
    .map((c) => c.image)
    .filter((i): i is string => typeof i === 'string');
  const text = JSON.stringify([finding.message, finding.evidence]);
  return images.find((image) => text.includes(image)) ?? images[0];
}

function workloadTarget(pod: PodView): Target {
  const owner = workloadOf(pod.pod);
  return owner.kind === 'Pod' ? { kind: 'Pod', namespace: pod.namespace, name: pod.name } : { kind: owner.kind as Target['kind'], namespace: owner.namespace, name: owner.name };
}

type RootKind = 'node' | 'workload' | 'image';

function rootKindOf(ruleId: string): RootKind {
  const cause = causeById(ruleId);
  const declared = cause?.definition.rootTarget;
  if (declared) return declared;
  return cause && (cause.area === 'node' || cause.area === 'network') ? 'node' : 'workload';
}

/** Where a pod finding belongs. */
export function rootTargetOf(finding: Finding, pod: PodView): Target {
  const kind = rootKindOf(finding.ruleId);
  if (kind === 'node' && pod.node) return { kind: 'Node', name: pod.node.name };
  if (kind === 'image') {
    const image = imageOf(finding, pod);
    const build = nodeBuildName(pod.node);
    if (image) return build ? { kind: 'Image', name: image, build } : { kind: 'Image', name: image };
  }
  return workloadTarget(pod);
}

/** The failing entry seen most often: the message an operator should read first. */
export function mostFrequentFailure(timeline: readonly TimelineEntry[]): TimelineEntry | undefined {
  let best: TimelineEntry | undefined;
  for (const entry of timeline) {
    if (entry.type === 'Normal') continue;
    if (!entry.message) continue;
    if (!best || entry.count > best.count) best = entry;
  }
  return best;
}

class Groups {
  private readonly byKey = new Map<string, Group>();

  add(ruleId: string, target: Target, finding: Finding): Group {
    const key = `${ruleId}\u0000${targetKey(target)}`;
    let group = this.byKey.get(key);
    if (!group) {
      group = { ruleId, severity: finding.severity, target, first: finding, evidence: [], seenEvidence: new Set(), affected: new Map(), candidates: new Map() };
      this.byKey.set(key, group);
    }
    if (severityRank[finding.severity] > severityRank[group.severity]) group.severity = finding.severity;
    for (const e of finding.evidence) addEvidence(group, e);
    // The matcher's candidates of every folded failure, each at its best confidence.
    for (const c of finding.candidates ?? []) group.candidates.set(c.id, Math.max(group.candidates.get(c.id) ?? 0, c.confidence));
    return group;
  }

  get(ruleId: string, target: Target): Group | undefined {
    return this.byKey.get(`${ruleId}\u0000${targetKey(target)}`);
  }

  all(): Group[] {
    return [...this.byKey.values()];
  }
}

function addEvidence(group: Group, evidence: Evidence): void {
  const key = JSON.stringify(evidence);
  if (group.seenEvidence.has(key) || group.evidence.length >= maxGroupEvidence) return;
  group.seenEvidence.add(key);
  group.evidence.push(evidence);
}

function affect(group: Group, object: AffectedObject): void {
  group.affected.set(objectKey(object), object);
}

/** A folded symptom says what it was, once per cause, in its explainer's evidence. */
function addConsequence(group: Group, finding: Finding, consequences: Map<Group, Map<string, number>>): void {
  const counts = consequences.get(group) ?? new Map<string, number>();
  counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  consequences.set(group, counts);
  // Folding never hides severity: the cause is at least as grave as what it explains.
  if (severityRank[finding.severity] > severityRank[group.severity]) group.severity = finding.severity;
  const first = finding.evidence[0];
  if (first) addEvidence(group, first);
}

function toFinding(group: Group, consequences: Map<string, number> | undefined, opts: GroupOptions): Finding {
  const objects = [...group.affected.values()].sort((a, b) => objectKey(a).localeCompare(objectKey(b)));
  const evidence = [...group.evidence];
  for (const [id, count] of consequences ?? []) {
    evidence.unshift({ source: 'status', text: catalogMessage('engine.evidence.consequence', { id, count }) });
  }
  const finding: Finding = { ...group.first, severity: group.severity, target: group.target, evidence };
  if (objects.length > 0) setAffected(finding, objects, opts);
  if (group.candidates.size > 0) {
    finding.candidates = [...group.candidates]
      .map(([id, confidence]) => ({ id, confidence }))
      .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
      .slice(0, maxCandidates);
    if (candidatesUndecided(finding.candidates)) finding.undecided = true;
    else delete finding.undecided;
  }
  return finding;
}

function failsInPhases(pod: PodView, phases: readonly string[]): boolean {
  return pod.timeline.some((e) => e.type !== 'Normal' && phases.includes(e.phase));
}

/**
 * Rolls findings up to one per cause per root target. Node findings keep their node and count
 * the unhealthy pods they explain; pod findings go to their root; symptoms fold into the cause
 * that explains them.
 */
export function groupFindings(
  findings: readonly Finding[],
  view: ClusterView,
  opts: GroupOptions = { maxAffected: defaultMaxAffected },
  /** Findings made outside the rules (the probes' own, about a node): they explain nothing, but roll up to pools like the others. */
  outside: readonly Finding[] = [],
): Finding[] {
  const groups = new Groups();
  const consequences = new Map<Group, Map<string, number>>();
  const passThrough: Finding[] = [];
  const podFindings: { finding: Finding; pod: PodView }[] = [];

  // Node findings first: they are the roots node-level chains fold into.
  const nodeGroups = new Map<string, Group[]>();
  for (const finding of findings) {
    if (finding.target.kind === 'Node') {
      const group = groups.add(finding.ruleId, finding.target, finding);
      nodeGroups.set(finding.target.name, [...(nodeGroups.get(finding.target.name) ?? []), group]);
      continue;
    }
    if (finding.target.kind === 'Pod') {
      const pod = view.podByKey.get(`${finding.target.namespace ?? 'default'}/${finding.target.name}`);
      if (pod) {
        podFindings.push({ finding, pod });
        continue;
      }
    }
    passThrough.push(finding);
  }

  // A node cause that explains its pods: its error explains their failures (they are counted),
  // and a cause with explainsPhases takes the pod findings in those phases.
  for (const node of view.nodes) {
    for (const group of nodeGroups.get(node.name) ?? []) {
      const cause = causeById(group.ruleId);
      if (group.severity === 'error' && !cause?.advisory) {
        for (const pod of node.pods) if (pod.unhealthy) affect(group, podObject(pod));
      }
    }
  }

  // Workloads whose cause explains other causes on the same workload (a missing OS selector).
  const explainers = new Map<string, Finding>();
  for (const { finding, pod } of podFindings) {
    if (!causeById(finding.ruleId)?.definition.explains) continue;
    explainers.set(`${targetKey(workloadTarget(pod))}\u0000${finding.ruleId}`, finding);
  }

  for (const { finding, pod } of podFindings) {
    const workload = workloadTarget(pod);
    // A consequence of its workload's cause?
    let folded = false;
    for (const [key, explainer] of explainers) {
      if (!key.startsWith(`${targetKey(workload)}\u0000`) || explainer === finding) continue;
      const explains = causeById(explainer.ruleId)?.definition.explains ?? [];
      if (!explains.includes(finding.ruleId)) continue;
      const group = groups.add(explainer.ruleId, rootTargetOf(explainer, pod), explainer);
      affect(group, podObject(pod));
      addConsequence(group, finding, consequences);
      folded = true;
      break;
    }
    if (folded) continue;
    // A consequence of its node's cause?
    const nodeCause = pod.node
      ? (nodeGroups.get(pod.node.name) ?? []).find((g) => {
          const phases = causeById(g.ruleId)?.definition.explainsPhases;
          return phases !== undefined && failsInPhases(pod, phases);
        })
      : undefined;
    if (nodeCause) {
      affect(nodeCause, podObject(pod));
      addConsequence(nodeCause, finding, consequences);
      continue;
    }
    const group = groups.add(finding.ruleId, rootTargetOf(finding, pod), finding);
    affect(group, podObject(pod));
    if (finding.ruleId === unexplainedCauseId) {
      // The raw evidence always holds the failure seen most often, whatever else was kept.
      const decisive = mostFrequentFailure(pod.timeline);
      if (decisive) addEvidence(group, timelineEvidence(decisive));
    }
  }

  // A node finding that took no pods affects the node itself.
  for (const groupList of nodeGroups.values()) {
    for (const group of groupList) if (group.affected.size === 0) affect(group, { kind: 'Node', name: group.target.name });
  }
  const grouped = groups.all().map((group) => toFinding(group, consequences.get(group), opts));
  const aboutNodes = outside.filter((f) => f.target.kind === 'Node');
  const rest = outside.filter((f) => f.target.kind !== 'Node');
  const nodeOnly = aboutNodes.map((f): Finding => (f.affected ? f : { ...f, affected: { count: 1, objects: [{ kind: 'Node', name: f.target.name }] } }));
  return [...passThrough, ...rest, ...rollUpNodeConclusions([...grouped, ...nodeOnly], view, opts)];
}

/** A finding about its node alone: it fails no pod (an advisory, a node state). */
function aboutItsNodeAlone(finding: Finding): boolean {
  const objects = finding.affected?.objects ?? [];
  return finding.target.kind === 'Node' && finding.affected?.count === 1 && objects.length === 1 && objects[0]!.kind === 'Node' && objects[0]!.name === finding.target.name;
}

/**
 * What a node finding concludes, without the node's identity: its message, evidence and
 * candidates with the node's name and every number (ages such as "2h13m", patch levels, counts) masked.
 */
function conclusionOf(finding: Finding): string {
  const text = JSON.stringify([finding.severity, finding.message, finding.evidence, finding.candidates ?? []]);
  return text.split(JSON.stringify(finding.target.name).slice(1, -1)).join('\u0000node').replace(/(?:\d+(?:\.\d+)*[a-z]{0,2})+/gi, '#');
}

/**
 * The same conclusion on many nodes of one pool (a retired Windows version, a kubelet that
 * stopped on several nodes) is one finding at the pool, else at the Windows build, listing the
 * nodes it affects. Only findings about their node alone roll up, and only when every node of
 * the pool with that cause concludes the same: a finding that fails pods stays at its node, since
 * its pods are what it counts.
 */
export function rollUpNodeConclusions(findings: readonly Finding[], view: ClusterView, opts: GroupOptions): Finding[] {
  const buckets = new Map<string, { group: NodeGroupRef; findings: Finding[]; conclusions: Set<string> }>();
  for (const finding of findings) {
    if (!aboutItsNodeAlone(finding)) continue;
    const node = view.nodeByName.get(finding.target.name);
    const group = node ? nodeGroupOfView(node) : undefined;
    if (!group) continue;
    const key = `${finding.ruleId}\u0000${group.kind}\u0000${group.name}`;
    const bucket = buckets.get(key) ?? { group, findings: [], conclusions: new Set<string>() };
    bucket.findings.push(finding);
    bucket.conclusions.add(conclusionOf(finding));
    buckets.set(key, bucket);
  }
  const rolledUp = new Map<Finding, Finding | undefined>();
  for (const { group, findings: members, conclusions } of buckets.values()) {
    if (members.length < 2 || conclusions.size !== 1) continue;
    const first = members[0]!;
    const nodes = members.map((f) => f.target.name).sort();
    let severity = first.severity;
    for (const f of members) if (severityRank[f.severity] > severityRank[severity]) severity = f.severity;
    const messageKey = group.kind === 'NodePool' ? 'engine.message.poolNodes' : 'engine.message.buildNodes';
    const finding: Finding = {
      ...first,
      severity,
      target: { kind: group.kind, name: group.name },
      message: catalogMessage(messageKey, { count: nodes.length, group: group.name, message: first.message }),
    };
    setAffected(finding, nodes.map((name): AffectedObject => ({ kind: 'Node', name })), opts);
    rolledUp.set(first, finding);
    for (const other of members.slice(1)) rolledUp.set(other, undefined);
  }
  const out: Finding[] = [];
  for (const finding of findings) {
    if (!rolledUp.has(finding)) out.push(finding);
    else {
      const replacement = rolledUp.get(finding);
      if (replacement) out.push(replacement);
    }
  }
  return out;
}
