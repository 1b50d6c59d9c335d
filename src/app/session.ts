import type { WindbgConfig } from '../config/config.js';
import type { DiagnosisResult } from '../engine/result.js';
import type { NodeFacts, PodNetworkFacts } from '../probes/facts.js';
import type { CollectScope, KubeClient, Snapshot } from '../kube/types.js';
import type { Finding, Target } from '../rules/types.js';
import type { KubeOverrides } from '../kube/kubeconfig.js';
import type { Severity } from '../rules/types.js';
import type { FindingFilter } from './filters.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { AppUi } from './ui.js';

/**
 * The shared steps of the diagnosing pipelines: open the cluster (or read --from), collect the
 * snapshot, load .windbg.yaml, diagnose. Heavy modules are imported here, on first use only.
 */

/** Where the objects come from: a cluster through a kubeconfig, or files (--from). */
export interface SourceOptions {
  from?: string;
  kubeconfig?: string;
  context?: string;
  requestTimeout?: string;
  overrides?: KubeOverrides;
  /** --from-max-size, --from-max-depth, --from-max-string, --from-max-items, --from-max-object as given. */
  fromLimits?: { size?: string; depth?: string; string?: string; items?: string; object?: string };
  /** .windbg.yaml given with --config (else ./.windbg.yaml when present). */
  config?: string;
}

export async function openCluster(source: SourceOptions): Promise<KubeClient> {
  const { createKubeClient } = await import('../kube/client.js');
  return createKubeClient({ kubeconfig: source.kubeconfig, context: source.context, requestTimeout: source.requestTimeout, overrides: source.overrides });
}

/** The namespace a namespaced command uses: -n, else the kubeconfig context's, else "default". */
export async function defaultNamespace(source: SourceOptions, namespace: string | undefined): Promise<string> {
  if (namespace) return namespace;
  if (source.from !== undefined) return 'default';
  const { loadKubeConfig } = await import('../kube/kubeconfig.js');
  const resolved = await loadKubeConfig({ kubeconfig: source.kubeconfig, context: source.context, overrides: source.overrides });
  return resolved.namespace ?? 'default';
}

export interface Gathered {
  snapshot: Snapshot;
  /** Present on the live path; probes need it. */
  client?: KubeClient;
}

export async function gather(source: SourceOptions, ui: AppUi, scope: CollectScope): Promise<Gathered> {
  if (source.from !== undefined) {
    const from = source.from;
    const [{ loadSnapshotFromPath }, { fromLimits }] = await Promise.all([import('../kube/offline.js'), import('../kube/bounded-input.js')]);
    const limits = fromLimits(source.fromLimits ?? {});
    const snapshot = await ui.step(t('cli.progress.reading', { path: from }), () => loadSnapshotFromPath(from, scope, limits));
    return { snapshot };
  }
  return ui.step(t('cli.progress.connecting'), async (update) => {
    const client = await openCluster(source);
    const { collectSnapshot } = await import('../kube/collect.js');
    const snapshot = await collectSnapshot(client, scope, update);
    return { snapshot, client };
  });
}

/** Every id a finding can carry: the catalogue's rules plus the probe-only and meta ones. */
export async function knownRuleIds(): Promise<Set<string>> {
  const { allRules, extraFindingRules } = await import('../rules/index.js');
  return new Set([...allRules, ...extraFindingRules].map((r) => r.id));
}

export async function loadRunConfig(source: Pick<SourceOptions, 'config'>, ui: Pick<AppUi, 'cwd'>): Promise<WindbgConfig | undefined> {
  const [{ loadConfig }, known] = await Promise.all([import('../config/config.js'), knownRuleIds()]);
  return loadConfig({ path: source.config, cwd: ui.cwd, knownRuleIds: known });
}

/** --stuck-after in seconds: a plain number is seconds, otherwise a Go duration ("10m", "90s"). */
export async function stuckAfterSeconds(value: string | undefined): Promise<number | undefined> {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  const { parseGoDuration } = await import('../kube/duration.js');
  const ms = parseGoDuration(text);
  if (ms === undefined || ms <= 0) throw new UsageError(t('cli.error.badStuckAfter', { value: text }));
  return Math.round(ms / 1000);
}

/** The filter and thresholds the command line adds on top of .windbg.yaml. */
export interface NarrowingOptions {
  maxAffected?: number;
  rule?: string[];
  skipRule?: string[];
  severity?: Severity;
  stuckAfter?: string;
}

export async function commandLineNarrowing(args: NarrowingOptions): Promise<{ filter: FindingFilter; stuckPodSeconds?: number; maxAffected: number }> {
  const [{ findingFilter }, known, stuckPodSeconds] = await Promise.all([import('./filters.js'), knownRuleIds(), stuckAfterSeconds(args.stuckAfter)]);
  const filter = findingFilter({ rule: args.rule, skipRule: args.skipRule, severity: args.severity }, known);
  const { defaultMaxAffected } = await import('../engine/result.js');
  const maxAffected = args.maxAffected ?? defaultMaxAffected;
  if (!Number.isInteger(maxAffected) || maxAffected < 1) throw new UsageError(t('cli.error.badMaxAffected', { value: String(args.maxAffected) }));
  return stuckPodSeconds === undefined ? { filter, maxAffected } : { filter, stuckPodSeconds, maxAffected };
}

export interface DiagnoseRequest {
  snapshot: Snapshot;
  config?: WindbgConfig;
  focus?: Target;
  nodeFacts?: ReadonlyMap<string, NodeFacts>;
  podFacts?: ReadonlyMap<string, PodNetworkFacts>;
  /** Findings and notes the probes produced about themselves (a probe pod that could not start). */
  probeFindings?: Finding[];
  notes?: string[];
  /** --rule / --skip-rule / --severity. */
  filter?: FindingFilter;
  /** --stuck-after, over thresholds.stuckPodSeconds of .windbg.yaml. */
  stuckPodSeconds?: number;
  /** Findings v2: group by cause and root target, listing this many affected objects. */
  maxAffected?: number;
  /** --probe ran (whatever it returned). */
  probed?: boolean;
}

export async function runDiagnosis(req: DiagnoseRequest): Promise<DiagnosisResult> {
  const [{ diagnose }, { applySeverityOverrides }, { applyFindingFilter }] = await Promise.all([
    import('../engine/diagnose.js'),
    import('../config/config.js'),
    import('./filters.js'),
  ]);
  const result = diagnose({
    outsideFindings: req.probeFindings,
    snapshot: req.snapshot,
    nodeFacts: req.nodeFacts,
    podFacts: req.podFacts,
    thresholds: { ...req.config?.thresholds, ...(req.stuckPodSeconds !== undefined ? { stuckPodSeconds: req.stuckPodSeconds } : {}) },
    focus: req.focus,
    disabledRules: req.config ? new Set(req.config.ignore.rules) : undefined,
    ...(req.maxAffected !== undefined ? { group: { maxAffected: req.maxAffected } } : {}),
  });
  const merged: DiagnosisResult = {
    ...result,
    notes: [...result.notes, ...(req.notes ?? [])],
    ...(req.probed ? { probed: true as const } : {}),
  };
  const overridden = applySeverityOverrides(merged, req.config);
  return req.filter ? applyFindingFilter(overridden, req.filter) : overridden;
}
