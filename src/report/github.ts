import type { Severity } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import type { RenderedReport } from './model.js';
import { targetLabel } from './model.js';
import { t } from '../i18n/index.js';
import { checkSummaryLine, affectedLine, candidateLines } from './text.js';
import { terminalSafeDeep } from './sanitize.js';
import { joinChunks, type Chunks } from './stream.js';

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error title=<ruleId> <target>::<message>`. Escaping follows the runner's rules:
 * data escapes %, CR and LF; properties additionally escape ':' and ','.
 *
 * GitHub shows at most 10 annotations of each type per step and drops the rest without a word,
 * so past that the last annotation of a type summarises what was left out (counts by rule), and
 * those findings are written to the log as plain lines.
 */

/** Annotations GitHub shows per type (error, warning, notice) and step. */
export const annotationsPerType = 10;

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: RenderedFinding): string {
  const body = [f.message];
  const affected = affectedLine(f);
  if (affected) body.push(affected);
  const candidates = candidateLines(f);
  if (candidates.length > 0) body.push(t('report.candidates'), ...candidates.map((line) => `  ${line}`));
  for (const e of f.evidence) body.push(`[${e.source}] ${e.text}`);
  f.remediation.forEach((step, i) => body.push(`${i + 1}. ${step}`));
  body.push(`${t('report.docs')} ${f.docs}`);
  const title = `${f.ruleId} ${targetLabel(f.target)}`;
  return `::${command[f.severity]} title=${escapeProperty(title)}::${escapeData(body.join('\n'))}`;
}

function plainLine(f: RenderedFinding): string {
  return `[${f.severity}] ${f.ruleId} ${targetLabel(f.target)}: ${f.message}`.replace(/\r?\n/g, ' ');
}

function overflowAnnotation(severity: Severity, left: readonly RenderedFinding[]): string {
  const byRule = new Map<string, number>();
  for (const f of left) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const rules = [...byRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `${id} ×${n}`)
    .join(', ');
  const title = t('report.github.moreTitle', { count: left.length, severity });
  const body = t('report.github.more', { count: left.length, severity, limit: annotationsPerType, rules });
  return `::${command[severity]} title=${escapeProperty(title)}::${escapeData(body)}`;
}

/**
 * Up to the per-type limit, one annotation per finding (each made terminal-safe as it is
 * written); past it, one summarising annotation and the rest as log lines; then the summary line.
 */
export function* githubChunks(report: RenderedReport): Chunks {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.result.findings) total[f.severity]++;
  const leftOut: Record<Severity, RenderedFinding[]> = { error: [], warning: [], info: [] };
  for (const finding of report.result.findings) {
    const f = terminalSafeDeep(finding);
    const overflowing = total[f.severity] > annotationsPerType && shown[f.severity] >= annotationsPerType - 1;
    if (overflowing) {
      leftOut[f.severity].push(f);
      continue;
    }
    shown[f.severity]++;
    yield `${annotation(f)}\n`;
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    if (leftOut[severity].length === 0) continue;
    yield `${overflowAnnotation(severity, leftOut[severity])}\n`;
    for (const f of leftOut[severity]) yield `${plainLine(f)}\n`;
  }
  yield `${checkSummaryLine(report.result)}\n`;
}

export function renderGithub(report: RenderedReport): string {
  return joinChunks(githubChunks(report));
}
