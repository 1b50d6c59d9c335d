import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Severity, Thresholds } from '../rules/types.js';
import { severities } from '../rules/types.js';
import type { DiagnosisResult } from '../engine/result.js';
import { sortAndCount } from '../engine/run-rules.js';
import type { KEvent, KPod, Snapshot } from '../kube/types.js';
import { looksLikeSelector, matchesSelector, parseSelector, type Requirement } from './selector.js';

/**
 * `.windbg.yaml`: what a team tells windbg once instead of on every command line.
 *
 *   ignore:
 *     rules: [<cause-id>]
 *     nodes: [win-legacy-0, "pool=experimental"]   # names or label selectors
 *     namespaces: [sandbox]
 *   severity:
 *     <cause-id>: error
 *   thresholds:
 *     containerCreatingSeconds: 600
 *     nodeGraceSeconds: 40       # a node Lease older than this is stale
 *     stuckPodSeconds: 600       # a pod stuck this long is an error even when its cause is unknown
 */
export interface WindbgConfig {
  path: string;
  ignore: { rules: string[]; nodes: string[]; namespaces: string[] };
  severity: Record<string, Severity>;
  thresholds: Partial<Thresholds>;
}

export const CONFIG_FILE_NAME = '.windbg.yaml';

const topKeys = ['ignore', 'severity', 'thresholds'];
const ignoreKeys = ['rules', 'nodes', 'namespaces'];
const thresholdKeys: (keyof Thresholds)[] = ['containerCreatingSeconds', 'nodeGraceSeconds', 'stuckPodSeconds'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    problems.push(t('cli.config.notStringList', { key }));
    return [];
  }
  return value.map((v: string) => v.trim());
}

/** Parses and validates config text; every problem found is reported in one UsageError. */
export function parseConfig(text: string, path: string, knownRuleIds: ReadonlySet<string>): WindbgConfig {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    const where = line === undefined ? path : `${path}:${line}`;
    throw new UsageError(t('cli.config.malformed', { where, detail: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  }
  const raw: unknown = doc.toJS() ?? {};
  if (!isPlainObject(raw)) throw new UsageError(t('cli.config.notMapping', { path }));

  const problems: string[] = [];
  const unknownKeys: string[] = Object.keys(raw).filter((k) => !topKeys.includes(k));
  const unknownRules: string[] = [];

  const ignore = { rules: [] as string[], nodes: [] as string[], namespaces: [] as string[] };
  if (raw['ignore'] !== undefined && raw['ignore'] !== null) {
    const section = raw['ignore'];
    if (!isPlainObject(section)) problems.push(t('cli.config.notMappingKey', { key: 'ignore' }));
    else {
      unknownKeys.push(...Object.keys(section).filter((k) => !ignoreKeys.includes(k)).map((k) => `ignore.${k}`));
      ignore.rules = stringList(section['rules'], 'ignore.rules', problems);
      ignore.nodes = stringList(section['nodes'], 'ignore.nodes', problems);
      ignore.namespaces = stringList(section['namespaces'], 'ignore.namespaces', problems);
      unknownRules.push(...ignore.rules.filter((id) => !knownRuleIds.has(id)));
      for (const entry of ignore.nodes) {
        if (looksLikeSelector(entry) && parseSelector(entry) === undefined) {
          problems.push(t('cli.config.badSelector', { selector: entry }));
        }
      }
    }
  }

  const severity: Record<string, Severity> = {};
  if (raw['severity'] !== undefined && raw['severity'] !== null) {
    const section = raw['severity'];
    if (!isPlainObject(section)) problems.push(t('cli.config.notMappingKey', { key: 'severity' }));
    else {
      for (const [id, value] of Object.entries(section)) {
        if (!knownRuleIds.has(id)) unknownRules.push(id);
        if (typeof value !== 'string' || !(severities as readonly string[]).includes(value)) {
          problems.push(t('cli.config.badSeverity', { key: `severity.${id}`, value: String(value) }));
        } else {
          severity[id] = value as Severity;
        }
      }
    }
  }

  const thresholds: Partial<Thresholds> = {};
  if (raw['thresholds'] !== undefined && raw['thresholds'] !== null) {
    const section = raw['thresholds'];
    if (!isPlainObject(section)) problems.push(t('cli.config.notMappingKey', { key: 'thresholds' }));
    else {
      for (const [key, value] of Object.entries(section)) {
        if (!(thresholdKeys as string[]).includes(key)) {
          unknownKeys.push(`thresholds.${key}`);
          continue;
        }
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
          problems.push(t('cli.config.badThreshold', { key: `thresholds.${key}`, value: String(value) }));
          continue;
        }
        thresholds[key as keyof Thresholds] = value;
      }
    }
  }

  if (unknownKeys.length > 0) problems.unshift(t('cli.config.unknownKeys', { keys: unknownKeys.join(', ') }));
  if (unknownRules.length > 0) problems.unshift(t('cli.config.unknownRules', { ids: [...new Set(unknownRules)].join(', ') }));
  if (problems.length > 0) {
    throw new UsageError(t('cli.config.invalid', { path, problems: problems.join('; ') }), {
      hint: t('cli.config.invalidHint'),
    });
  }
  return { path, ignore, severity, thresholds };
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(t('cli.config.unreadable', { path, detail: (e as Error).message }));
  }
}

/** `--config PATH` (which must exist), else `./.windbg.yaml` when present, else no config. */
export async function loadConfig(opts: { path?: string; cwd: string; knownRuleIds: ReadonlySet<string> }): Promise<WindbgConfig | undefined> {
  const path = opts.path ?? join(opts.cwd, CONFIG_FILE_NAME);
  const text = await readIfPresent(path);
  if (text === undefined) {
    if (opts.path !== undefined) throw new UsageError(t('cli.config.missing', { path }));
    return undefined;
  }
  return parseConfig(text, opts.path ?? CONFIG_FILE_NAME, opts.knownRuleIds);
}

interface NodeMatcher {
  names: Set<string>;
  selectors: Requirement[][];
}

function nodeMatcher(entries: readonly string[]): NodeMatcher {
  const names = new Set<string>();
  const selectors: Requirement[][] = [];
  for (const entry of entries) {
    const selector = looksLikeSelector(entry) ? parseSelector(entry) : undefined;
    if (selector) selectors.push(selector);
    else names.add(entry);
  }
  return { names, selectors };
}

/**
 * Drops ignored nodes (with their pods and events) and pods of ignored namespaces from a snapshot,
 * except the node or pod a command was explicitly asked about.
 */
export function filterSnapshot(snapshot: Snapshot, config: WindbgConfig | undefined, keep: { node?: string; pod?: { namespace: string; name: string } } = {}): Snapshot {
  if (!config) return snapshot;
  const matcher = nodeMatcher(config.ignore.nodes);
  const ignoredNodes = new Set(
    snapshot.nodes
      .filter((n) => n.metadata.name !== keep.node)
      .filter((n) => matcher.names.has(n.metadata.name) || matcher.selectors.some((s) => matchesSelector(s, n.metadata.labels)))
      .map((n) => n.metadata.name),
  );
  const ignoredNamespaces = new Set(config.ignore.namespaces);
  if (ignoredNodes.size === 0 && ignoredNamespaces.size === 0) return snapshot;

  const isKeptPod = (pod: KPod): boolean => keep.pod !== undefined && keep.pod.namespace === (pod.metadata.namespace ?? 'default') && keep.pod.name === pod.metadata.name;
  const keepPod = (pod: KPod): boolean =>
    isKeptPod(pod) || (!ignoredNamespaces.has(pod.metadata.namespace ?? 'default') && !ignoredNodes.has(pod.spec?.nodeName ?? ''));
  const pods = snapshot.pods.filter(keepPod);
  const removedPods = new Set(snapshot.pods.filter((p) => !keepPod(p)).map((p) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`));
  const keepEvent = (event: KEvent): boolean => {
    const o = event.involvedObject;
    if (o.kind === 'Node') return !ignoredNodes.has(o.name ?? '');
    if (o.kind === 'Pod') {
      const key = `${o.namespace ?? 'default'}/${o.name ?? ''}`;
      if (keep.pod && `${keep.pod.namespace}/${keep.pod.name}` === key) return true;
      return !removedPods.has(key) && !ignoredNamespaces.has(o.namespace ?? 'default');
    }
    return true;
  };
  return {
    ...snapshot,
    nodes: snapshot.nodes.filter((n) => !ignoredNodes.has(n.metadata.name)),
    pods,
    events: snapshot.events.filter(keepEvent),
  };
}

/** Applies severity overrides, then re-sorts and recounts as the engine does. */
export function applySeverityOverrides(result: DiagnosisResult, config: WindbgConfig | undefined): DiagnosisResult {
  if (!config || Object.keys(config.severity).length === 0) return result;
  return { ...result, ...sortAndCount(result.findings.map((f) => (config.severity[f.ruleId] ? { ...f, severity: config.severity[f.ruleId]! } : f))) };
}
