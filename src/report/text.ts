import { t } from '../i18n/index.js';
import type { Severity } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import { severities } from '../rules/types.js';
import type { RenderedResult } from './localize.js';
import { colors, type Colors } from './ansi.js';
import type { NodeHeader, PodHeader, RenderOptions, RenderedCheckReport, RenderedReport, ReportHeader } from './model.js';
import { targetLabel } from './model.js';
import { displayWidth, padDisplayEnd } from './format.js';

/** The readable report of `node`, `pod` and `check` (table output). */

function severityStyle(c: Colors, severity: Severity): (text: string) => string {
  if (severity === 'error') return (s) => c.bold(c.red(s));
  if (severity === 'warning') return (s) => c.bold(c.yellow(s));
  return (s) => c.bold(c.cyan(s));
}

function headerRows(header: ReportHeader): [string, string][] {
  if (header.kind === 'Node') return nodeHeaderRows(header);
  return podHeaderRows(header);
}

function nodeHeaderRows(h: NodeHeader): [string, string][] {
  const ready = h.readyDetail ? `${h.ready} (${h.readyDetail})` : h.ready;
  return [
    [t('report.header.windows'), h.windows],
    [t('report.header.build'), h.build],
    [t('report.header.kubelet'), h.kubelet],
    [t('report.header.runtime'), h.runtime],
    [t('report.header.ready'), ready],
    [t('report.header.age'), h.age],
  ];
}

function podHeaderRows(h: PodHeader): [string, string][] {
  const phase = h.reasons.length > 0 ? `${h.phase} (${h.reasons.join(', ')})` : h.phase;
  const node = h.node ? (h.nodeWindows ? `${h.node} (${h.nodeWindows})` : h.node) : t('report.header.notScheduled');
  return [
    [t('report.header.phase'), phase],
    [t('report.header.node'), node],
    [t('report.header.images'), h.images.join(', ')],
    [t('report.header.restarts'), String(h.restarts)],
    [t('report.header.age'), h.age],
  ];
}

function renderHeader(report: RenderedReport, c: Colors): string[] {
  const lines = [c.bold(targetLabel(report.target))];
  if (report.header) {
    const rows = headerRows(report.header);
    const width = Math.max(...rows.map(([label]) => displayWidth(label)));
    for (const [label, value] of rows) lines.push(`  ${c.dim(padDisplayEnd(label, width))}  ${value}`);
  }
  return lines;
}

function severityHeading(severity: Severity, count: number): string {
  return t(`report.heading.${severity}`, { count });
}

/** One finding: title, target, message, evidence lines, numbered fix steps, docs path. */
export function renderFinding(finding: RenderedFinding, c: Colors, showTarget: boolean): string[] {
  const style = severityStyle(c, finding.severity);
  const lines: string[] = [];
  const target = showTarget ? `  ${c.dim(targetLabel(finding.target))}` : '';
  lines.push(`  ${style(finding.ruleId)}  ${finding.title}${target}`);
  for (const line of finding.message.split('\n')) lines.push(`    ${line}`);
  if (finding.evidence.length > 0) {
    lines.push(`    ${c.dim(t('report.evidence'))}`);
    for (const e of finding.evidence) {
      const [first = '', ...rest] = e.text.split('\n');
      lines.push(`      [${e.source}] ${first}`);
      for (const more of rest) lines.push(`        ${more}`);
    }
  }
  if (finding.remediation.length > 0) {
    lines.push(`    ${c.dim(t('report.fix'))}`);
    finding.remediation.forEach((step, i) => lines.push(`      ${i + 1}. ${step}`));
  }
  lines.push(`    ${c.dim(t('report.docs'))} ${finding.docs}`);
  return lines;
}

function renderFindings(result: RenderedResult, c: Colors, showTarget: boolean): string[] {
  const lines: string[] = [];
  for (const severity of severities) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', severityStyle(c, severity)(severityHeading(severity, group.length)));
    group.forEach((finding, i) => {
      if (i > 0) lines.push('');
      lines.push(...renderFinding(finding, c, showTarget));
    });
  }
  return lines;
}

function renderTail(result: RenderedResult, c: Colors): string[] {
  const lines: string[] = [];
  if (result.needsProbe.length > 0) {
    lines.push('', c.dim(t('report.needsProbe', { ids: result.needsProbe.join(', ') })));
  }
  if (result.notes.length > 0) {
    lines.push('', t('report.notes'));
    for (const note of result.notes) lines.push(`  - ${note}`);
  }
  return lines;
}

export function summaryCounts(summary: Record<Severity, number>): string {
  return t('report.summary.counts', { error: summary.error, warning: summary.warning, info: summary.info });
}

/** `node` / `pod` report. */
export function renderTextReport(report: RenderedReport, opts: RenderOptions): string {
  const c = colors(opts.color);
  const { result } = report;
  const lines = renderHeader(report, c);
  if (result.findings.length === 0) {
    lines.push('', c.green(t('report.noFindings')));
  } else {
    // A node report also lists findings on its pods, so say which target each one is about.
    const showTarget = result.findings.some((f) => f.target.kind !== report.target.kind || f.target.name !== report.target.name);
    lines.push(...renderFindings(result, c, showTarget));
  }
  lines.push(...renderTail(result, c));
  lines.push('', summaryCounts(result.summary));
  return lines.join('\n') + '\n';
}

/** The one-line summary of a check run. */
export function checkSummaryLine(result: RenderedResult): string {
  return t('report.check.summary', {
    nodes: result.checked.nodes,
    pods: result.checked.pods,
    error: result.summary.error,
    warning: result.summary.warning,
    info: result.summary.info,
    probe: result.needsProbe.length,
  });
}

/** `check` in table form: the summary line, then every finding grouped by severity. */
export function renderCheckText(report: RenderedCheckReport, opts: RenderOptions): string {
  const c = colors(opts.color);
  const { result } = report;
  const lines = [c.bold(checkSummaryLine(result))];
  if (result.findings.length === 0) lines.push('', c.green(t('report.noFindings')));
  else lines.push(...renderFindings(result, c, true));
  lines.push(...renderTail(result, c));
  return lines.join('\n') + '\n';
}
