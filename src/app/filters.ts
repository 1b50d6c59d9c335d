/**
 * The command-line filters on findings (--rule, --skip-rule, --severity): applied after the
 * diagnosis, so a hidden finding still explains its pods (they do not turn into "no known cause").
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { DiagnosisResult } from '../engine/result.js';
import { sortAndCount } from '../engine/run-rules.js';
import { severityRank, type Severity } from '../rules/types.js';

export interface FindingFilter {
  /** Only these rule ids (empty: every rule). */
  rules: ReadonlySet<string>;
  /** Never these rule ids. */
  skipRules: ReadonlySet<string>;
  /** Only findings at or above this severity. */
  minSeverity: Severity;
}


/** Ids as given: repeated flags and comma-separated lists both work. */
export function splitIds(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** Builds the filter; an id no rule has is a usage error naming it. */
export function findingFilter(
  opts: { rule?: readonly string[]; skipRule?: readonly string[]; severity?: Severity },
  knownRuleIds: ReadonlySet<string>,
): FindingFilter {
  const rules = splitIds(opts.rule);
  const skipRules = splitIds(opts.skipRule);
  const unknown = [...new Set([...rules, ...skipRules].filter((id) => !knownRuleIds.has(id)))];
  if (unknown.length > 0) throw new UsageError(t('cli.error.unknownRuleFilter', { ids: unknown.join(', ') }), { hint: t('cli.hint.listRules') });
  return { rules: new Set(rules), skipRules: new Set(skipRules), minSeverity: opts.severity ?? 'info' };
}

export function isFilterActive(filter: FindingFilter): boolean {
  return filter.rules.size > 0 || filter.skipRules.size > 0 || filter.minSeverity !== 'info';
}

/** The result with only the findings the filter keeps; counts follow. */
export function applyFindingFilter(result: DiagnosisResult, filter: FindingFilter): DiagnosisResult {
  if (!isFilterActive(filter)) return result;
  const kept = result.findings.filter(
    (f) => (filter.rules.size === 0 || filter.rules.has(f.ruleId)) && !filter.skipRules.has(f.ruleId) && severityRank[f.severity] >= severityRank[filter.minSeverity],
  );
  const needsProbe = result.needsProbe.filter((id) => (filter.rules.size === 0 || filter.rules.has(id)) && !filter.skipRules.has(id));
  return { ...result, ...sortAndCount(kept), needsProbe };
}
