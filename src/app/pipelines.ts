/**
 * The pipelines behind `nodes`, `node`, `pod` and `check`, one direction each:
 * collect (or read --from) → probe → canary → diagnose → config and command-line filters → result.
 * Command modules only parse flags into these requests and render what comes back.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { NodeFacts, PodNetworkFacts } from '../probes/facts.js';
import type { DiagnosisResult } from '../engine/result.js';
import type { CheckReport, Report } from '../report/model.js';
import type { NodeGroupSummary, NodeSummary } from '../report/nodes.js';
import type { Finding, Target } from '../rules/types.js';
import type { Snapshot } from '../kube/types.js';
import type { ProbeOptions, ProbeOutcome } from './probing.js';
import { commandLineNarrowing, gather, loadRunConfig, runDiagnosis, type DiagnoseRequest, type NarrowingOptions, type SourceOptions } from './session.js';
import type { AppUi } from './ui.js';

interface BaseRequest {
  source: SourceOptions;
  narrowing?: NarrowingOptions;
  /** Add where pods run and which builds their images need (the html report draws it). */
  placement?: boolean;
}

/** A pipeline either produced a report or, with --dry-run, the text of what it would create. */
export type PipelineOutcome<R> = { kind: 'report'; report: R } | { kind: 'dry-run'; text: string };

// ---------------------------------------------------------------------------------------------
// nodes

export interface NodesRequest extends BaseRequest {
  selector?: string;
  namespace?: string;
}

export interface NodesOutcome {
  rows: NodeSummary[];
  /** The pools (else Windows builds) with the findings of check that touch their nodes. */
  groups: NodeGroupSummary[];
  notes: DiagnosisResult['notes'];
}

export async function runNodes(req: NodesRequest, ui: AppUi): Promise<NodesOutcome> {
  const config = await loadRunConfig(req.source, ui);
  const { snapshot: collected } = await gather(req.source, ui, { nodeLabelSelector: req.selector, namespace: req.namespace });
  const [{ filterSnapshot }, { buildView }, { defaultThresholds, defaultMaxAffected }, shape] = await Promise.all([
    import('../config/config.js'),
    import('../engine/build-view.js'),
    import('../engine/result.js'),
    import('./shape.js'),
  ]);
  const snapshot = filterSnapshot(collected, config);
  // The same findings as check: one per cause per root target.
  const result = await runDiagnosis({ snapshot, config, maxAffected: defaultMaxAffected });
  const now = new Date(snapshot.collectedAt);
  const view = buildView(snapshot, { ...defaultThresholds, ...config?.thresholds }, now);
  const touched = shape.findingNodes(view, result);
  const rows = shape.nodeSummaries(view, touched, now);
  return { rows, groups: shape.nodeGroupSummaries(rows, touched), notes: result.notes };
}

// ---------------------------------------------------------------------------------------------
// node

export interface NodeRequest extends BaseRequest {
  name: string;
  namespace?: string;
  probe: ProbeOptions;
}

export async function runNode(req: NodeRequest, ui: AppUi): Promise<PipelineOutcome<Report>> {
  const probing = await import('./probing.js');
  const { name } = req;
  if (req.probe.dryRun) return { kind: 'dry-run', text: await probing.nodeProbeDryRun([name], req.probe) };
  const [config, narrowing] = await Promise.all([loadRunConfig(req.source, ui), commandLineNarrowing(req.narrowing ?? {})]);
  const { snapshot: collected, client } = await gather(req.source, ui, { nodeNames: [name], namespace: req.namespace });
  const node = collected.nodes.find((n) => n.metadata.name === name);
  if (!node) throw new UsageError(t('cli.error.nodeNotFound', { name }), { hint: t('cli.hint.listNodes') });

  const [{ filterSnapshot }, shape] = await Promise.all([import('../config/config.js'), import('./shape.js')]);
  const snapshot = filterSnapshot(collected, config, { node: name });
  const outcome = req.probe.probe && client ? await probing.probeNodes(client, snapshot, [name], req.probe, ui) : undefined;
  return targetReport({ kind: 'Node', name }, { ...diagnosis(snapshot, outcome), config, ...narrowing }, req.placement, (now) => shape.nodeHeader(node, now));
}

// ---------------------------------------------------------------------------------------------
// pod

export interface PodRequest extends BaseRequest {
  name: string;
  /** Already resolved: -n, the context's namespace, or "default". */
  namespace: string;
  probe: ProbeOptions;
}

export async function runPod(req: PodRequest, ui: AppUi): Promise<PipelineOutcome<Report>> {
  const probing = await import('./probing.js');
  const { name, namespace } = req;
  const [config, narrowing] = await Promise.all([loadRunConfig(req.source, ui), commandLineNarrowing(req.narrowing ?? {})]);
  const { snapshot: collected, client } = await gather(req.source, ui, { pod: { namespace, name }, namespace });
  const pod = collected.pods.find((p) => p.metadata.name === name && (p.metadata.namespace ?? 'default') === namespace);
  if (!pod) throw new UsageError(t('cli.error.podNotFound', { namespace, name }), { hint: t('cli.hint.podNamespace') });
  if (req.probe.dryRun) return { kind: 'dry-run', text: await probing.podProbeDryRun(pod, collected.nodes) };

  const [{ filterSnapshot }, shape] = await Promise.all([import('../config/config.js'), import('./shape.js')]);
  const snapshot = filterSnapshot(collected, config, { pod: { namespace, name } });
  const outcome = req.probe.probe && client ? await probing.probePod(client, snapshot, pod, req.probe, ui) : undefined;
  const request = { ...diagnosis(snapshot, outcome), config, ...narrowing };
  return targetReport({ kind: 'Pod', namespace, name }, request, req.placement, (now) => shape.podHeader(pod, request.snapshot.nodes, now));
}

// ---------------------------------------------------------------------------------------------
// node and pod: one target

/** What the diagnosis of one target reads: the snapshot (as the probes left it) and what they found. */
function diagnosis(snapshot: Snapshot, outcome: ProbeOutcome | undefined): DiagnoseRequest & { snapshot: Snapshot } {
  if (!outcome) return { snapshot, probed: false };
  return { snapshot: outcome.snapshot, nodeFacts: outcome.nodeFacts, podFacts: outcome.podFacts, probeFindings: outcome.findings, notes: outcome.notes, probed: true };
}

/** Diagnoses one node or pod and shapes its report: header, clock and (when asked) placement. */
async function targetReport(target: Target, request: DiagnoseRequest, placement: boolean | undefined, header: (now: Date) => Report['header']): Promise<PipelineOutcome<Report>> {
  const shape = await import('./shape.js');
  const result = await runDiagnosis({ ...request, focus: target });
  const clock = shape.reportClock(request.snapshot);
  const drawn = placement ? shape.placement(request.snapshot) : undefined;
  return { kind: 'report', report: { target, header: header(new Date(clock.now)), result, clock, placement: drawn } };
}

// ---------------------------------------------------------------------------------------------
// check

export interface CheckRequest extends BaseRequest {
  selector?: string;
  namespace?: string;
  probe: ProbeOptions;
  /** The report's target name when it cannot come from the kubeconfig context. */
  clusterName?: string;
}

export interface CheckResult {
  report: CheckReport;
  /**
   * Set when nothing was checked (no Windows node in scope), saying why in one phrase: CI must
   * not read an empty run as green.
   */
  checkedNothing?: string;
}

export async function runCheck(req: CheckRequest, ui: AppUi): Promise<PipelineOutcome<CheckResult>> {
  const probing = await import('./probing.js');
  const [config, narrowing] = await Promise.all([loadRunConfig(req.source, ui), commandLineNarrowing(req.narrowing ?? {})]);
  const { snapshot: collected, client } = await gather(req.source, ui, { nodeLabelSelector: req.selector, namespace: req.namespace });
  const [{ filterSnapshot }, shape, { allRules }] = await Promise.all([import('../config/config.js'), import('./shape.js'), import('../rules/index.js')]);
  if (req.probe.dryRun) return { kind: 'dry-run', text: await probing.nodeProbeDryRun(collected.nodes.map((n) => n.metadata.name), req.probe) };

  // collect → probe → canary
  let snapshot = filterSnapshot(collected, config);
  const notes: string[] = [];
  const probeFindings: Finding[] = [];
  let nodeFacts: ReadonlyMap<string, NodeFacts> | undefined;
  let podFacts: ReadonlyMap<string, PodNetworkFacts> | undefined;
  const probed = client !== undefined && req.probe.probe === true && snapshot.nodes.length > 0;
  if (probed) {
    const outcome = await probing.probeNodes(client, snapshot, snapshot.nodes.map((n) => n.metadata.name), req.probe, ui);
    snapshot = outcome.snapshot;
    nodeFacts = outcome.nodeFacts;
    for (const finding of outcome.findings) probeFindings.push(finding);
    for (const note of outcome.notes) notes.push(note);
  }
  if (client && req.probe.canary && snapshot.nodes.length > 0) {
    const outcome = await probing.canary(client, snapshot, req.probe, ui);
    snapshot = outcome.snapshot;
    podFacts = outcome.podFacts;
    for (const finding of outcome.findings) probeFindings.push(finding);
    for (const note of outcome.notes) notes.push(note);
  }

  // diagnose → filters → result
  const result = await runDiagnosis({ snapshot, config, nodeFacts, podFacts, probeFindings, notes, probed, ...narrowing });
  const disabled = new Set(config?.ignore.rules ?? []);
  const target: Target = { kind: 'Cluster', name: req.source.from ?? client?.contextName ?? req.clusterName ?? 'cluster' };
  const report: CheckReport = {
    target,
    result,
    clock: shape.reportClock(snapshot),
    inventory: shape.checkInventory(snapshot, shape.ruleSummaries(allRules, disabled)),
    placement: req.placement ? shape.placement(snapshot) : undefined,
  };
  const checkedNothing = result.checked.nodes === 0 ? whyNothing(req, collected.nodes.length, config?.path) : undefined;
  return { kind: 'report', report: checkedNothing === undefined ? { report } : { report, checkedNothing } };
}

function whyNothing(req: CheckRequest, collectedNodes: number, configPath: string | undefined): string {
  if (collectedNodes > 0 && configPath !== undefined) return t('cli.error.allNodesIgnored', { path: configPath });
  if (req.selector) return t('cli.error.noWindowsNodeSelector', { selector: req.selector });
  if (req.source.from !== undefined) return t('cli.error.noWindowsNodeInput', { path: req.source.from });
  return t('cli.error.noWindowsNodeCluster');
}
