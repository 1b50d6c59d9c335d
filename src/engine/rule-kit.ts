/**
 * Building blocks for rule detect() functions: message evidence scored the same way `explain`
 * scores pasted text, and short evidence lines about nodes and builds.
 */
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext, Severity } from '../rules/types.js';
import { catalogMessage, message, messageList, type Message, type Text } from '../causes/define.js';
import { makeFinding, nodeTarget, podTarget } from '../rules/finding.js';
import type { KEvent } from '../kube/types.js';
import type { NodeFacts } from '../probes/facts.js';
import type { WindowsBuildInfo } from '../windows/types.js';
import { formatBuild } from '../windows/builds.js';
import { timelineEvidence } from './match.js';
import { normalizeKeepingPaths } from './normalize.js';
import { scoreMessage } from './score.js';
import type { NodeView, PodView, TimelineEntry } from './view.js';

/** A timeline entry must score at least this for a rule to report it (same scale as explain). */
export const detectMinScore = 0.5;

export interface ScoredEntry {
  entry: TimelineEntry;
  score: number;
  signature: MessageSignature;
}

/** Timeline entries whose message scores at least `min` against the signatures in its phase. */
export function scoredEntries(
  timeline: readonly TimelineEntry[],
  signatures: readonly MessageSignature[],
  min: number = detectMinScore,
): ScoredEntry[] {
  const out: ScoredEntry[] = [];
  for (const entry of timeline) {
    const text = `${entry.normalized}`;
    const { score, strongest } = scoreMessage(text, normalizeKeepingPaths(entry.message), signatures, entry.phase);
    if (strongest && score >= min) out.push({ entry, score, signature: strongest });
  }
  return out;
}

/** "node akswin22-0 runs Windows Server 2022 (10.0.20348.2966)". */
export function nodeBuildEvidence(node: NodeView): Evidence | undefined {
  if (!node.build) return undefined;
  return { source: 'node', text: catalogMessage('engine.evidence.nodeRuns', { node: node.name, build: describeBuild(node.build) }) };
}

export function describeBuild(build: WindowsBuildInfo): string {
  return `${build.product} (${formatBuild(build)})`;
}

/** "text: detail" when a detail (quoted as the node or pod reported it) is known, else the text alone. */
export function withDetail(text: Text, detail: string | undefined, separator = ': '): Text {
  return detail ? messageList([text, detail], separator) : text;
}

export function compact<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** All containers of a pod with their kind, for spec checks. */
export function podContainers(pod: PodView['pod']): { kind: 'container' | 'initContainer' | 'ephemeralContainer'; container: NonNullable<PodView['pod']['spec']>['containers'][number] }[] {
  const spec = pod.spec;
  if (!spec) return [];
  return [
    ...(spec.initContainers ?? []).map((container) => ({ kind: 'initContainer' as const, container })),
    ...spec.containers.map((container) => ({ kind: 'container' as const, container })),
    ...(spec.ephemeralContainers ?? []).map((container) => ({ kind: 'ephemeralContainer' as const, container })),
  ];
}

export interface MessageRuleOptions {
  /** Message of the finding for a pod / node; the evidence lines carry the details. */
  podMessage: (pod: PodView, hits: ScoredEntry[]) => Message;
  nodeMessage?: (node: NodeView, hits: ScoredEntry[]) => Message;
  /** Extra evidence after the message lines (e.g. the node's build). */
  extraEvidence?: (pod: PodView | undefined, node: NodeView | undefined) => Evidence[];
  /** Keep only hits this accepts (e.g. only pods on Windows nodes). */
  accept?: (hit: ScoredEntry, pod: PodView | undefined, node: NodeView | undefined) => boolean;
  severity?: Severity;
}

/** Most message lines quoted per finding; repeated messages are already folded with counts. */
const maxMessageEvidence = 5;

/**
 * One finding per pod (and per node, when nodeMessage is given) whose timeline carries messages
 * matching the rule's signatures.
 */
export function findingsFromMessages(rule: Pick<Rule, 'severity' | 'signatures'>, ctx: RuleContext, options: MessageRuleOptions): FindingDraft[] {
  const signatures = rule.signatures ?? [];
  const findings: FindingDraft[] = [];
  const overrides = options.severity ? { severity: options.severity } : {};
  for (const pod of ctx.view.pods) {
    const hits = scoredEntries(pod.timeline, signatures).filter((hit) => options.accept?.(hit, pod, pod.node) ?? true);
    if (hits.length === 0) continue;
    const evidence = [
      ...hits.slice(-maxMessageEvidence).map((hit) => timelineEvidence(hit.entry)),
      ...(options.extraEvidence?.(pod, pod.node) ?? []),
    ];
    findings.push(makeFinding(rule, podTarget(pod.pod), options.podMessage(pod, hits), evidence, overrides));
  }
  if (options.nodeMessage) {
    for (const node of ctx.view.nodes) {
      const hits = scoredEntries(node.timeline, signatures).filter((hit) => options.accept?.(hit, undefined, node) ?? true);
      if (hits.length === 0) continue;
      const evidence = [
        ...hits.slice(-maxMessageEvidence).map((hit) => timelineEvidence(hit.entry)),
        ...(options.extraEvidence?.(undefined, node) ?? []),
      ];
      findings.push(makeFinding(rule, nodeTarget(node.node), options.nodeMessage(node, hits), evidence, overrides));
    }
  }
  return findings;
}

export interface MessageDetectorOptions extends Partial<MessageRuleOptions> {
  /** Report nodes whose own events match too, with the cause's message `node` ({node}) unless nodeMessage says otherwise. */
  nodes?: boolean;
  /** Only pods placed on a node of the view: a pod that was never scheduled has not met the node's problem. */
  scheduledOnly?: boolean;
  /** Quote the Windows build of the node the pod runs on (or of the node itself). */
  nodeBuild?: boolean;
}

/** A detector as a cause folder declares it; the registry calls it with the cause's definition as `this`. */
export type CauseDetector = (this: Pick<Rule, 'severity' | 'signatures'>, ctx: RuleContext) => FindingDraft[];

/**
 * The detector of a cause that is recognised by its signatures alone: one finding per pod (and per
 * node with `nodes`) whose events or statuses match, written with the cause's `pod` message ({pod})
 * and `node` message ({node}). `detect: messageDetector({ nodes: true })` in the folder.
 */
export function messageDetector(options: MessageDetectorOptions = {}): CauseDetector {
  const { nodes = false, scheduledOnly = false, nodeBuild = false, podMessage, nodeMessage, accept, extraEvidence, severity } = options;
  const composed: MessageRuleOptions = {
    podMessage: podMessage ?? ((pod) => message('pod', { pod: pod.key })),
    accept: (hit, pod, node) => (!scheduledOnly || pod === undefined || pod.node !== undefined) && (accept?.(hit, pod, node) ?? true),
    extraEvidence: (pod, node) => {
      const host = pod?.node ?? node;
      return [...(nodeBuild && host ? compact([nodeBuildEvidence(host)]) : []), ...(extraEvidence?.(pod, node) ?? [])];
    },
  };
  if (nodes || nodeMessage) composed.nodeMessage = nodeMessage ?? ((node) => message('node', { node: node.name }));
  if (severity) composed.severity = severity;
  return function detect(ctx) {
    return findingsFromMessages(this, ctx, composed);
  };
}

/** At most one finding per probed node: `detectOnNode` with that node's probe facts (nodes without facts are skipped). */
export function findingsOnProbedNodes(ctx: RuleContext, detectOnNode: (view: NodeView, facts: NodeFacts) => FindingDraft | undefined): FindingDraft[] {
  return ctx.view.nodes.flatMap((view) => {
    const facts = ctx.nodeFacts.get(view.name);
    const finding = facts ? detectOnNode(view, facts) : undefined;
    return finding ? [finding] : [];
  });
}

/** The kubelet's latest "Rebooted" event for the node, read from the snapshot with its timestamps. */
export function lastRebootEvent(events: readonly KEvent[], nodeName: string): { time: string; message: string } | undefined {
  let latest: { time: string; message: string } | undefined;
  for (const event of events) {
    if (event.reason !== 'Rebooted' || event.involvedObject.kind !== 'Node' || event.involvedObject.name !== nodeName) continue;
    const time = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? undefined;
    if (time && (!latest || Date.parse(time) > Date.parse(latest.time))) latest = { time, message: event.message ?? '' };
  }
  return latest;
}

/** Bytes of a Kubernetes memory quantity ("8130740Ki", "16Gi", "2G", "512M", "1e9"). */
export function parseMemoryQuantity(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = /^\s*([0-9.]+(?:e[0-9]+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E|m)?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  if (Number.isNaN(value)) return undefined;
  const units: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    m: 1e-3,
  };
  return value * (match[2] ? units[match[2]]! : 1);
}

/** "v1.30.4", "v1.29.8-eks-a737599", "1.28" -> {major, minor}. */
export function parseMinorVersion(text: string | undefined): { major: number; minor: number } | undefined {
  if (!text) return undefined;
  const match = /v?(\d+)\.(\d+)/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Official pages the snapshot rules cite. */
export const officialPages = {
  windowsIntro: 'https://kubernetes.io/docs/concepts/windows/intro/',
  windowsPauseContainer: 'https://kubernetes.io/docs/concepts/windows/intro/#pause-container',
  windowsUserGuide: 'https://kubernetes.io/docs/concepts/windows/user-guide/',
  windowsDebugging: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/',
  windowsSecurity: 'https://kubernetes.io/docs/concepts/security/windows-security/',
  windowsNetworking: 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/',
  dnsForWindows: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#dns-windows',
  runtimeClass: 'https://kubernetes.io/docs/concepts/containers/runtime-class/',
  versionSkew: 'https://kubernetes.io/releases/version-skew-policy/',
  reserveCompute: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/',
  msCommonProblems: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/common-problems',
  msVersionCompatibility:
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility',
  msHyperVIsolation: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container',
  msReleaseHealth: 'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info',
} as const;
