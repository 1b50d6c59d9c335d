import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { KNode, KPod, KubeClient, Snapshot } from '../kube/types.js';
import { podKey, type NodeFacts, type PodNetworkFacts } from '../probes/facts.js';
import type { Finding } from '../rules/types.js';
import type { AppUi } from './ui.js';

/**
 * The probe stage of the pipelines: turns probe options into runs, under a progress indicator with
 * cleanup on SIGINT/SIGTERM, and hands back facts, findings and notes for the diagnosis. The probe
 * modules are loaded on first use only.
 */

export interface ProbeOutcome {
  snapshot: Snapshot;
  nodeFacts?: ReadonlyMap<string, NodeFacts>;
  podFacts?: ReadonlyMap<string, PodNetworkFacts>;
  /** Findings about the probes themselves (a probe pod that could not start, a failed canary). */
  findings: Finding[];
  notes: string[];
}

/** What the probe stage is asked to do (the probe flags of node, pod and check). */
export interface ProbeOptions {
  probe?: boolean;
  probeImage?: string;
  probeNamespace?: string;
  probeTimeout?: string;
  dryRun?: boolean;
  canary?: boolean;
  concurrency?: number;
  probeMode?: 'auto' | 'pods' | 'daemonset';
  canaryImage?: string;
}

/** --probe-timeout in milliseconds: a plain number is seconds, otherwise a Go duration ("90s", "2m"). */
export async function probeTimeoutMs(value: string | undefined): Promise<number | undefined> {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const { parseGoDuration } = await import('../kube/duration.js');
  const ms = parseGoDuration(text);
  if (ms === undefined || ms <= 0) throw new UsageError(t('cli.error.badProbeTimeout', { value: text }));
  return ms;
}

async function commonOptions(flags: ProbeOptions) {
  return {
    image: flags.probeImage,
    namespace: flags.probeNamespace,
    timeoutMs: await probeTimeoutMs(flags.probeTimeout),
  };
}

/** Runs work with the probe cleanup installed for SIGINT/SIGTERM and a progress indicator. */
async function guarded<T>(ui: AppUi, text: string, work: (onProgress: (text: string) => void) => Promise<T>): Promise<T> {
  const { installCleanupOnSignals } = await import('../probes/index.js');
  const uninstall = installCleanupOnSignals({ onCleanup: (what: string) => ui.say(t('cli.probe.cleanedUp', { what })) });
  try {
    return await ui.step(text, work);
  } finally {
    uninstall();
  }
}

export async function probeNodes(client: KubeClient, snapshot: Snapshot, nodeNames: string[], flags: ProbeOptions, ui: AppUi): Promise<ProbeOutcome> {
  const { runNodeProbes } = await import('../probes/index.js');
  const nodes = snapshot.nodes.filter((n) => nodeNames.includes(n.metadata.name));
  const options = await commonOptions(flags);
  const run = await guarded(ui, t('cli.progress.probing', { count: nodes.length }), (onProgress) =>
    runNodeProbes(client, nodes, {
      ...options,
      concurrency: flags.concurrency,
      mode: flags.probeMode,
      serverVersion: snapshot.serverVersion,
      onProgress,
    }),
  );
  const [{ renderText }, { probePodFailedCauseId }] = await Promise.all([import('../report/localize.js'), import('../causes/index.js')]);
  const failures = run.findings.filter((f) => f.ruleId === probePodFailedCauseId);
  const summary = nodeProbeSummary(nodes.map((n) => n.metadata.name), run.facts, failures, (text) => renderText(text));
  return { snapshot, nodeFacts: run.facts, findings: run.findings, notes: [...run.notes, ...summary] };
}

/** Parts of a probe's facts that are bookkeeping, not findings of the probe. */
const factBookkeeping = new Set(['schemaVersion', 'node', 'pod', 'vantage', 'computerName', 'collectedAt', 'errors']);

/** The sections a probe returned, by name ("services", "hns", ...), in the order of the document. */
export function factSections(facts: NodeFacts | PodNetworkFacts): string[] {
  return Object.entries(facts)
    .filter(([key, value]) => !factBookkeeping.has(key) && value !== undefined)
    .map(([key]) => key);
}

/** "hns (Get-HnsNetwork : Access is denied.)": the parts of a probe that failed, each with the first line of its error. */
function failedParts(errors: readonly { probe: string; message: string }[]): string {
  return errors.map((e) => `${e.probe} (${(e.message.split(/\r?\n/)[0] ?? '').trim().slice(0, 160)})`).join('; ');
}

/** "a, b, c and 12 more": the first few node names of a group. */
function nodeList(names: readonly string[]): string {
  const shown = names.slice(0, maxNodesNamed).join(', ');
  return names.length > maxNodesNamed ? `${shown} ${t('report.andMore', { count: names.length - maxNodesNamed })}` : shown;
}

const maxNodesNamed = 5;

/**
 * What the node probes returned, as notes: for each node, that the probe ran and which facts it
 * found (and which parts of it failed, with why), or that it failed and why (its checks stay
 * unchecked there). Nodes with the same outcome share one note. Nodes skipped before a probe
 * started (not Ready) already have their own note.
 */
export function nodeProbeSummary(
  nodeNames: readonly string[],
  facts: ReadonlyMap<string, NodeFacts>,
  /** The probe-pod failures of the run (one finding per node whose probe did not run). */
  failed: readonly Finding[],
  render: (text: Finding['message']) => string,
): string[] {
  const failures = new Map<string, Finding>();
  for (const f of failed) if (f.target.kind === 'Node' && !failures.has(f.target.name)) failures.set(f.target.name, f);
  const shared = new Map<string, { outcome: NodeProbeOutcome; nodes: string[] }>();
  for (const node of nodeNames) {
    const outcome = nodeProbeOutcome(node, facts.get(node), failures.get(node), render);
    if (!outcome) continue;
    const key = JSON.stringify(outcome);
    const same = shared.get(key);
    if (same) same.nodes.push(node);
    else shared.set(key, { outcome, nodes: [node] });
  }
  return [...shared.values()].map(({ outcome, nodes }) => outcomeNote(outcome, nodes));
}

/** What the probe of one node came to; a failure's reason has the node's own name masked, so that nodes failing alike share it. */
type NodeProbeOutcome =
  | { kind: 'ran'; sections: string }
  | { kind: 'ranPartly'; sections: string; failed: string }
  | { kind: 'failed'; reason: string };

const nodeMask = '{node}';

function nodeProbeOutcome(node: string, found: NodeFacts | undefined, failure: Finding | undefined, render: (text: Finding['message']) => string): NodeProbeOutcome | undefined {
  if (found) {
    const sections = factSections(found).join(', ') || '-';
    return found.errors.length > 0 ? { kind: 'ranPartly', sections, failed: failedParts(found.errors) } : { kind: 'ran', sections };
  }
  if (failure) return { kind: 'failed', reason: render(failure.message).split(node).join(nodeMask) };
  return undefined;
}

function outcomeNote(outcome: NodeProbeOutcome, nodes: readonly string[]): string {
  const names = nodeList(nodes);
  switch (outcome.kind) {
    case 'ran':
      return t('probes.summary.ran', { nodes: names, sections: outcome.sections });
    case 'ranPartly':
      return t('probes.summary.ranPartly', { nodes: names, sections: outcome.sections, failed: outcome.failed });
    case 'failed':
      return t('probes.summary.failed', { nodes: names, reason: nodes.length === 1 ? outcome.reason.split(nodeMask).join(nodes[0]!) : outcome.reason });
  }
}

/** What the pod-network probe returned, as a note. */
export function podProbeSummary(facts: PodNetworkFacts): string {
  const pod = `${facts.pod.namespace}/${facts.pod.name}`;
  const sections = factSections(facts).join(', ') || '-';
  return facts.errors.length > 0
    ? t('probes.summary.podRanPartly', { pod, vantage: facts.vantage, sections, failed: failedParts(facts.errors) })
    : t('probes.summary.podRan', { pod, vantage: facts.vantage, sections });
}

export async function probePod(client: KubeClient, snapshot: Snapshot, pod: KPod, flags: ProbeOptions, ui: AppUi): Promise<ProbeOutcome> {
  const { runPodNetworkProbe } = await import('../probes/index.js');
  const node: KNode | undefined = snapshot.nodes.find((n) => n.metadata.name === pod.spec?.nodeName);
  const options = await commonOptions(flags);
  const run = await guarded(ui, t('cli.progress.probingPod', { name: pod.metadata.name }), () =>
    runPodNetworkProbe(client, pod, node, { timeoutMs: options.timeoutMs, probeNamespace: options.namespace, probeImage: options.image }),
  );
  const podFacts = new Map<string, PodNetworkFacts>([[podKey(pod.metadata.namespace, pod.metadata.name), run.facts]]);
  const nodeFacts = run.nodeFacts && node ? new Map<string, NodeFacts>([[node.metadata.name, run.nodeFacts]]) : undefined;
  return { snapshot, podFacts, nodeFacts, findings: run.findings, notes: [...run.notes, podProbeSummary(run.facts)] };
}

export async function canary(client: KubeClient, snapshot: Snapshot, flags: ProbeOptions, ui: AppUi): Promise<ProbeOutcome> {
  const { runCanary } = await import('../probes/index.js');
  const options = await commonOptions(flags);
  const run = await guarded(ui, t('cli.progress.canary'), (onProgress) =>
    runCanary(client, snapshot.nodes, { timeoutMs: options.timeoutMs, namespace: options.namespace, image: flags.canaryImage, onProgress }),
  );
  return { snapshot, findings: run.findings, notes: run.notes };
}

/** What `--dry-run` prints: the manifests that would be created and the script, nothing created. */
export async function nodeProbeDryRun(nodeNames: string[], flags: ProbeOptions): Promise<string> {
  const { dryRunManifests } = await import('../probes/index.js');
  const mode = flags.probeMode === 'daemonset' || (flags.probeMode === 'auto' && nodeNames.length > 50) ? 'daemonset' : 'pods';
  return dryRunManifests(nodeNames, { image: flags.probeImage, namespace: flags.probeNamespace, mode });
}

export type CollectOutcome = { ok: true; path: string; notes: string[] } | { ok: false; finding: Finding; notes: string[] };

export async function collectNode(client: KubeClient, nodeName: string, outputDir: string, flags: ProbeOptions, ui: AppUi): Promise<CollectOutcome> {
  const [{ collectBundle }, { isWindowsNode }] = await Promise.all([import('../probes/index.js'), import('../windows/builds.js')]);
  const node = await client.getNode(nodeName);
  if (!node || !isWindowsNode(node)) throw new UsageError(t('cli.error.nodeNotFound', { name: nodeName }), { hint: t('cli.hint.listNodes') });
  const options = await commonOptions(flags);
  const result = await guarded(ui, t('cli.progress.collecting', { name: nodeName }), (onProgress) =>
    collectBundle(client, nodeName, outputDir, { ...options, node, onProgress }),
  );
  return result.ok ? { ok: true, path: result.path, notes: result.notes } : { ok: false, finding: result.finding, notes: result.notes };
}

export interface LeftoverObject {
  kind: string;
  namespace: string;
  name: string;
  /** Why deleting it failed, when it did. */
  error?: string;
}

export interface CleanupOutcome {
  objects: LeftoverObject[];
  /** Per kind: listed or why not, and how many were found, deleted and not deleted. */
  kinds: { kind: string; listed: boolean; error?: string; found: number; deleted: number; failed: number }[];
}

export async function cleanup(client: KubeClient, opts: { dryRun: boolean; namespace?: string }): Promise<CleanupOutcome> {
  const { cleanupProbeObjects } = await import('../probes/index.js');
  const report = await cleanupProbeObjects(client, opts);
  return {
    objects: report.objects.map((o) => ({ kind: o.kind, namespace: o.namespace, name: o.name, ...(o.error ? { error: o.error } : {}) })),
    kinds: report.kinds.map((k) => ({ ...k })),
  };
}

/** `pod --probe --dry-run`: the exec or the helper pod the pod-network probe would use, and its script. */
export async function podProbeDryRun(pod: KPod, nodes: readonly KNode[]): Promise<string> {
  const { podNetworkDryRun } = await import('../probes/index.js');
  const node = nodes.find((n) => n.metadata.name === pod.spec?.nodeName);
  return podNetworkDryRun(pod, node, {}).text;
}
