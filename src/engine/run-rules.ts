import type { NodeFacts, PodNetworkFacts } from '../probes/facts.js';
import { nodeTarget, podTarget } from '../rules/finding.js';
import { unexplainedCauseId } from '../causes/index.js';
import { severityRank, type AffectedObject, type Candidate, type Evidence, type Finding, type FindingDraft, type Rule, type RuleContext, type Severity, type Target } from '../rules/types.js';
import { catalogMessage, causeMessage, isMessage, messageList, type Message, type MessageList, type MessageParam } from '../causes/define.js';
import { formatAge } from '../report/format.js';
import { buildView } from './build-view.js';
import { groupFindings } from './group.js';
import { timelineEvidence } from './match.js';
import { candidatesUndecided, defaultThresholds, type DiagnosisInput, type DiagnosisResult } from './result.js';
import type { ClusterView, NodeView, PodView, TimelineEntry } from './view.js';

/** A rule as the engine runs it; `advisory` rules give advice about a spec or a version (see CauseDefinition). */
type EngineRule = Rule & { advisory?: boolean };

/** The cause's own message ids ("msg.<name>") become "rules.<id>.msg.<name>"; catalogue keys stay. */
export function qualifyMessage(message: Message, causeId: string): Message {
  const id = message.id.startsWith('msg.') ? `rules.${causeId}.${message.id}` : message.id;
  if (!message.params) return { id };
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = qualifyParam(value, causeId);
  return { id, params };
}

function qualifyText(text: Message | MessageList, causeId: string): Message | MessageList {
  return isMessage(text) ? qualifyMessage(text, causeId) : { items: text.items.map((item) => qualifyParam(item, causeId)), separator: qualifyParam(text.separator, causeId) };
}

function qualifyParam(param: MessageParam, causeId: string): MessageParam {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if (isMessage(param)) return qualifyMessage(param, causeId);
  return { items: param.items.map((item) => qualifyParam(item, causeId)), separator: qualifyParam(param.separator, causeId) };
}

/** A detector's finding with the id of its cause, its messages qualified by that id. */
export function stampFinding(draft: FindingDraft, causeId: string): Finding {
  return {
    ruleId: causeId,
    severity: draft.severity,
    target: draft.target,
    message: typeof draft.message === 'string' ? draft.message : qualifyText(draft.message, causeId),
    evidence: draft.evidence.map((e) => (typeof e.text === 'string' ? e : { source: e.source, text: qualifyText(e.text, causeId) })),
    // A detector that reports on another object than a pod or node names the pods it affects.
    ...(draft.affected ? { affected: draft.affected } : {}),
  };
}

function noKnownCause(target: Target, name: 'pod' | 'node', params: Record<string, MessageParam>, evidence: Evidence[], severity: Severity = 'warning'): Finding {
  return { ruleId: unexplainedCauseId, severity, target, message: causeMessage(unexplainedCauseId, name, params), evidence };
}

/** Most evidence lines a finding of an unexplained failure shows (the latest ones). */
const maxRawEvidence = 8;

const kindRank: Readonly<Record<Target['kind'], number>> = {
  Cluster: 0,
  Namespace: 1,
  Service: 1,
  NetworkPolicy: 1,
  NodePool: 2,
  WindowsBuild: 2,
  Node: 3,
  Image: 4,
  Deployment: 5,
  StatefulSet: 5,
  DaemonSet: 5,
  CronJob: 5,
  ReplicaSet: 5,
  Job: 5,
  Pod: 6,
};

function targetKey(target: Target): string {
  return `${target.namespace ?? ''}/${target.name}`;
}

/** Findings in report order (see compareFindings) with their count per severity. */
export function sortAndCount(findings: readonly Finding[]): { findings: Finding[]; summary: Record<Severity, number> } {
  const sorted = [...findings].sort(compareFindings);
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of sorted) summary[finding.severity] += 1;
  return { findings: sorted, summary };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[b.severity] - severityRank[a.severity] ||
    kindRank[a.target.kind] - kindRank[b.target.kind] ||
    targetKey(a.target).localeCompare(targetKey(b.target)) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

function sameTarget(a: Target, b: Target): boolean {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? 'default') === (b.namespace ?? 'default');
}

/** Nodes and pods the run is about: everything, one node and its pods, or one pod. */
interface Scope {
  nodes: NodeView[];
  pods: PodView[];
  includes(finding: Pick<Finding, 'target' | 'affected'>): boolean;
}

/** A finding about a Service or NetworkPolicy belongs to the reports of the pods it affects (and of their nodes). */
function affectsPod(finding: Pick<Finding, 'target' | 'affected'>, podKeys: ReadonlySet<string>): boolean {
  if (finding.target.kind !== 'Service' && finding.target.kind !== 'NetworkPolicy') return false;
  return (finding.affected?.objects ?? []).some((o) => o.kind === 'Pod' && podKeys.has(`${o.namespace ?? 'default'}/${o.name}`));
}

function scopeOf(view: ClusterView, focus: Target | undefined): Scope {
  if (!focus || focus.kind === 'Cluster') {
    return { nodes: view.nodes, pods: view.pods, includes: () => true };
  }
  if (focus.kind === 'Node') {
    const nodes = view.nodes.filter((n) => n.name === focus.name);
    const pods = view.pods.filter((p) => p.pod.spec?.nodeName === focus.name);
    const podKeys = new Set(pods.map((p) => p.key));
    return {
      nodes,
      pods,
      includes: ({ target, affected }) =>
        target.kind === 'Cluster' ||
        (target.kind === 'Node' && target.name === focus.name) ||
        (target.kind === 'Pod' && podKeys.has(`${target.namespace ?? 'default'}/${target.name}`)) ||
        affectsPod({ target, affected }, podKeys),
    };
  }
  const pods = view.pods.filter((p) => sameTarget(podTarget(p.pod), focus));
  const podKeys = new Set(pods.map((p) => p.key));
  return {
    nodes: [],
    pods,
    includes: ({ target, affected }) => target.kind === 'Cluster' || sameTarget(target, focus) || affectsPod({ target, affected }, podKeys),
  };
}

function runRule(rule: Rule, ctx: RuleContext, notes: (string | Message)[]): Finding[] {
  try {
    return rule.detect(ctx).map((draft) => stampFinding(draft, rule.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notes.push(catalogMessage('engine.note.ruleFailed', { rule: rule.id, message }));
    return [];
  }
}

function needsProbe(rule: Rule, nodeFacts: ReadonlyMap<string, NodeFacts>, podFacts: ReadonlyMap<string, PodNetworkFacts>, scope: Scope): boolean {
  if (rule.probe === 'node') return !scope.nodes.some((n) => nodeFacts.has(n.name)) && !(scope.nodes.length === 0 && nodeFacts.size > 0);
  if (rule.probe === 'pod') return !scope.pods.some((p) => podFacts.has(p.key)) && !(scope.pods.length === 0 && podFacts.size > 0);
  return false;
}

function rawEvidence(timeline: readonly TimelineEntry[]): Evidence[] {
  const telling = timeline.filter((e) => e.type !== 'Normal' || e.source === 'status');
  return (telling.length > 0 ? telling : timeline).slice(-maxRawEvidence).map(timelineEvidence);
}

/** A pod waiting past the stuck threshold: an error even when no cause explains it. */
function stuckEvidence(pod: PodView, stuckPodSeconds: number): Evidence | undefined {
  if (!pod.waiting || pod.waiting.seconds < stuckPodSeconds) return undefined;
  return {
    source: 'status',
    text: catalogMessage('engine.evidence.stuck', { reason: pod.waiting.reason, age: formatAge(pod.waiting.seconds), threshold: formatAge(stuckPodSeconds) }),
  };
}

function unexplainedPodFinding(pod: PodView, stuckPodSeconds: number): Finding {
  const reasons = pod.problemReasons.length > 0 ? pod.problemReasons.join(', ') : pod.pod.status?.phase ?? catalogMessage('engine.reason.unknown');
  const stuck = stuckEvidence(pod, stuckPodSeconds);
  return noKnownCause(podTarget(pod.pod), 'pod', { pod: pod.key, reasons }, [...(stuck ? [stuck] : []), ...rawEvidence(pod.timeline)], stuck ? 'error' : 'warning');
}

function nodeStateEvidence(node: NodeView, graceSeconds: number): { state: Message[]; evidence: Evidence[] } {
  const state: Message[] = [];
  const evidence: Evidence[] = [];
  const ready = node.node.status?.conditions?.find((c) => c.type === 'Ready');
  if (node.ready !== 'True') state.push(catalogMessage('engine.state.notReady', { status: node.ready }));
  if (ready) {
    evidence.push({
      source: 'node',
      text: catalogMessage('engine.evidence.readyCondition', { status: ready.status, reason: ready.reason ?? '-', message: ready.message ?? '' }),
    });
  }
  if (node.heartbeatAgeSeconds !== undefined) {
    evidence.push({ source: 'node', text: catalogMessage('engine.evidence.heartbeat', { seconds: node.heartbeatAgeSeconds }) });
  }
  if (node.leaseAgeSeconds !== undefined) {
    evidence.push({ source: 'node', text: catalogMessage('engine.evidence.lease', { seconds: node.leaseAgeSeconds, grace: graceSeconds }) });
  }
  for (const condition of node.node.status?.conditions ?? []) {
    if (condition.type !== 'Ready' && condition.status === 'True' && /Pressure|Unavailable/.test(condition.type)) {
      state.push(catalogMessage('engine.state.pressure', { type: condition.type }));
      evidence.push({ source: 'node', text: catalogMessage('engine.evidence.condition', { type: condition.type, message: condition.message ?? '' }) });
    }
  }
  return { state, evidence };
}

function unexplainedNodeFinding(node: NodeView, graceSeconds: number): Finding {
  const { state, evidence } = nodeStateEvidence(node, graceSeconds);
  if (node.leaseAgeSeconds !== undefined && node.leaseAgeSeconds > graceSeconds) {
    state.push(catalogMessage('engine.state.staleLease', { seconds: node.leaseAgeSeconds }));
  }
  return noKnownCause(nodeTarget(node.node), 'node', { node: node.name, state: messageList(state, ', ') }, [...evidence, ...rawEvidence(node.timeline)]);
}

function withCandidates(finding: Finding, timeline: readonly TimelineEntry[], rank: CandidateRanker | undefined): Finding {
  const candidates = rank?.(timeline) ?? [];
  if (candidates.length === 0) return finding;
  return candidatesUndecided(candidates) ? { ...finding, candidates, undecided: true } : { ...finding, candidates };
}

function explains(finding: Finding, advisory: ReadonlySet<string>): boolean {
  return finding.severity !== 'info' && !advisory.has(finding.ruleId);
}

/**
 * Runs the given rules over the input. A rule that throws becomes a note naming it; the other
 * rules still run. Exposed with an explicit rule list so the engine can be tested on its own.
 */
/** Ranks the causes a timeline's messages point at (the matcher); the engine runs without it in unit tests. */
export type CandidateRanker = (timeline: readonly TimelineEntry[]) => Candidate[];

export function diagnoseWith(input: DiagnosisInput, rules: readonly EngineRule[], rankCandidates?: CandidateRanker): DiagnosisResult {
  const advisory = new Set(rules.filter((rule) => rule.advisory === true).map((rule) => rule.id));
  const thresholds = { ...defaultThresholds, ...input.thresholds };
  const now = input.now ?? new Date(input.snapshot.collectedAt || Date.now());
  const view = buildView(input.snapshot, thresholds, now);
  const nodeFacts = input.nodeFacts ?? new Map<string, NodeFacts>();
  const podFacts = input.podFacts ?? new Map<string, PodNetworkFacts>();
  const ctx: RuleContext = { snapshot: input.snapshot, view, nodeFacts, podFacts, thresholds, now };
  const scope = scopeOf(view, input.focus);
  const notes: (string | Message)[] = [...input.snapshot.notes];
  const findings: Finding[] = [];
  const probeNeeded: string[] = [];

  for (const rule of rules) {
    if (input.disabledRules?.has(rule.id)) continue;
    if (needsProbe(rule, nodeFacts, podFacts, scope)) probeNeeded.push(rule.id);
    // A loop, not push(...): a rule may fire on tens of thousands of pods, more than a call can take as arguments.
    for (const finding of runRule(rule, ctx, notes)) if (scope.includes(finding)) findings.push(finding);
  }

  const explainedPods = new Set<string>();
  const explainedNodes = new Set<string>();
  for (const finding of findings) {
    if (finding.target.kind === 'Pod' && explains(finding, advisory)) explainedPods.add(targetKey({ ...finding.target, namespace: finding.target.namespace ?? 'default' }));
    if (finding.target.kind === 'Node' && explains(finding, advisory)) explainedNodes.add(finding.target.name);
  }
  const nodeErrorExplainsPods = new Set(
    findings.filter((f) => f.target.kind === 'Node' && f.severity === 'error' && explains(f, advisory)).map((f) => f.target.name),
  );
  if (!input.disabledRules?.has(unexplainedCauseId)) {
    for (const pod of scope.pods) {
      if (!pod.unhealthy) continue;
      if (explainedPods.has(`${pod.namespace}/${pod.name}`)) continue;
      if (pod.node && nodeErrorExplainsPods.has(pod.node.name)) continue;
      findings.push(withCandidates(unexplainedPodFinding(pod, thresholds.stuckPodSeconds), pod.timeline, rankCandidates));
    }
    for (const node of scope.nodes) {
      if (node.unhealthy && !explainedNodes.has(node.name)) findings.push(withCandidates(unexplainedNodeFinding(node, thresholds.nodeGraceSeconds), node.timeline, rankCandidates));
    }
  }

  const uncapped: Record<string, AffectedObject[]> = {};
  const outside = (input.outsideFindings ?? []).filter((f) => !input.disabledRules?.has(f.ruleId));
  const counted = sortAndCount(input.group ? groupFindings(findings, view, { ...input.group, uncapped }, outside) : [...findings, ...outside]);
  return {
    findings: counted.findings,
    needsProbe: [...new Set(probeNeeded)].sort(),
    notes,
    summary: counted.summary,
    checked: { nodes: scope.nodes.length, pods: scope.pods.length },
    ...(Object.keys(uncapped).length > 0 ? { uncappedAffected: uncapped } : {}),
  };
}
