import { t } from '../i18n/index.js';
import { causeById } from '../causes/index.js';
import type { Severity } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import { severities } from '../rules/types.js';
import type { RenderedResult } from './localize.js';
import { colors, type Colors } from './ansi.js';
import type { NodeHeader, PageRoots, PodHeader, RenderOptions, RenderedCheckReport, RenderedReport, ReportHeader } from './model.js';
import { pageFile, targetLabel } from './model.js';
import { displayWidth, padDisplayEnd } from './format.js';
import { join } from 'node:path';
import { terminalSafeDeep } from './sanitize.js';
import { joinChunks, linesOf, maxOf, type Chunks } from './stream.js';

/** The readable report of `node`, `pod` and `check` (table output). */

function severityStyle(c: Colors, severity: Severity): (text: string) => string {
  if (severity === 'error') return (s) => c.bold(c.red(s));
  if (severity === 'warning') return (s) => c.bold(c.yellow(s));
  return (s) => c.bold(c.cyan(s));
}

/** The facts about the node or pod above its findings, as label/value pairs in the output language (every human layout shows them). */
export function headerRows(header: ReportHeader): [string, string][] {
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
    ...h.exits.map((exit): [string, string] => [t('report.header.exitCode'), exit]),
    [t('report.header.age'), h.age],
  ];
}

/** Offline reports say which moment "now" is. */
function clockLines(report: RenderedReport, c: Colors): string[] {
  return report.clock?.source === 'input' ? [c.dim(t('report.asOfOffline', { time: report.clock.now }))] : [];
}

function renderHeader(report: RenderedReport, c: Colors): string[] {
  const lines = [c.bold(targetLabel(report.target)), ...clockLines(report, c)];
  if (report.header) {
    const rows = headerRows(report.header);
    const width = maxOf(rows.map(([label]) => displayWidth(label)), 0);
    for (const [label, value] of rows) lines.push(`  ${c.dim(padDisplayEnd(label, width))}  ${value}`);
  }
  return lines;
}

function severityHeading(severity: Severity, count: number): string {
  return t(`report.heading.${severity}`, { count });
}

/** Where the rule's page can be read besides `explain`: the file in the installed package, else its web page for this version. */
export function pageLocation(ruleId: string, pages: PageRoots): string | undefined {
  if (pages.pagesDir) return join(pages.pagesDir, pageFile(ruleId));
  if (pages.pagesUrl) return `${pages.pagesUrl}/${pageFile(ruleId)}`;
  return undefined;
}

/** One finding: title, target, message, evidence lines, numbered fix steps, docs path. */
export function renderFinding(finding: RenderedFinding, c: Colors, showTarget: boolean, pages: PageRoots = {}): string[] {
  const style = severityStyle(c, finding.severity);
  const lines: string[] = [];
  const target = showTarget ? `  ${c.dim(targetLabel(finding.target))}` : '';
  lines.push(`  ${style(finding.ruleId)}  ${finding.title}${target}`);
  for (const line of finding.message.split('\n')) lines.push(`    ${line}`);
  const affected = affectedLine(finding);
  if (affected) lines.push(`    ${affected}`);
  const candidates = candidateLines(finding);
  if (candidates.length > 0) {
    lines.push(`    ${c.dim(t('report.candidates'))}`);
    for (const line of candidates) lines.push(`      ${line}`);
  }
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
  const page = pageLocation(finding.ruleId, pages);
  if (page) lines.push(`          ${c.dim(page)}`);
  return lines;
}

/** "Affects 212 pod(s): web/iis-7d9-x2, web/iis-7d9-x3 and 210 more" (nothing for a finding about its target alone). */
export function affectedLine(finding: Pick<RenderedFinding, 'affected' | 'target'>): string | undefined {
  const affected = finding.affected;
  if (!affected || affected.objects.length === 0) return undefined;
  const only = affected.objects[0]!;
  if (affected.count === 1 && only.kind === finding.target.kind && only.name === finding.target.name) return undefined;
  const kind = t(`report.kind.${only.kind}`);
  const names = affected.objects.map((o) => (o.namespace ? `${o.namespace}/${o.name}` : o.name));
  const more = affected.count - affected.objects.length;
  const objects = more > 0 ? `${names.join(', ')} ${t('report.andMore', { count: more })}` : names.join(', ');
  return t('report.affected', { count: affected.count, kind, objects });
}

/** "possible: <cause> 62%: confirm with --probe". */
export function candidateLine(candidate: { id: string; confidence: number }): string {
  return t('report.candidate', { id: candidate.id, percent: Math.round(candidate.confidence * 100), how: confirmHow([candidate.id]) });
}

/** How a candidate is confirmed: --probe for a cause only probes can confirm, else its page. */
function confirmHow(ids: readonly string[]): string {
  if (ids.some((id) => causeById(id)?.probe)) return '--probe';
  return ids.map((id) => `kubectl windbg explain ${id}`).join(', ');
}

/**
 * The candidates of an unexplained finding, one line each, best first; when the context cannot
 * decide between the first two, they share one line ("possible: X 48% or Y 44% — confirm with --probe").
 */
export function candidateLines(finding: Pick<RenderedFinding, 'candidates' | 'undecided'>): string[] {
  const candidates = finding.candidates ?? [];
  const [first, second, ...rest] = candidates;
  if (finding.undecided && first && second) {
    const both = t('report.candidatesUndecided', {
      first: first.id,
      firstPercent: Math.round(first.confidence * 100),
      second: second.id,
      secondPercent: Math.round(second.confidence * 100),
      how: confirmHow([first.id, second.id]),
    });
    return [both, ...rest.map(candidateLine)];
  }
  return candidates.map(candidateLine);
}

/** The findings grouped by severity, one finding at a time (sanitised as it is rendered). */
function* findingsChunks(result: RenderedResult, c: Colors, showTarget: boolean, pages: PageRoots): Generator<string> {
  for (const severity of severities) {
    let count = 0;
    for (const finding of result.findings) if (finding.severity === severity) count++;
    if (count === 0) continue;
    yield `\n${severityStyle(c, severity)(severityHeading(severity, count))}\n`;
    let first = true;
    for (const finding of result.findings) {
      if (finding.severity !== severity) continue;
      if (!first) yield '\n';
      first = false;
      yield* linesOf(renderFinding(terminalSafeDeep(finding), c, showTarget, pages));
    }
  }
}

/** The rules left unchecked: "Could only be checked with --probe: ..." or, once --probe ran, "Still unchecked after --probe: ...". */
export function needsProbeLine(result: Pick<RenderedResult, 'probed'>, ids: string): string {
  return t(result.probed ? 'report.stillUnchecked' : 'report.needsProbe', { ids });
}

function renderTail(result: RenderedResult, c: Colors): string[] {
  const lines: string[] = [];
  if (result.needsProbe.length > 0) {
    lines.push('', c.dim(needsProbeLine(result, result.needsProbe.join(', '))));
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

/** Report-level texts made terminal-safe; findings are made safe one by one as they are rendered. */
function safeFrame<R extends RenderedReport>(report: R): R {
  const { findings, ...rest } = report.result;
  return { ...report, ...terminalSafeDeep({ target: report.target, header: report.header }), result: { ...terminalSafeDeep(rest), findings } };
}

/** `node` / `pod` report. */
export function* textReportChunks(unsafeReport: RenderedReport, opts: RenderOptions): Generator<string> {
  const report = safeFrame(unsafeReport);
  const c = colors(opts.color);
  const { result } = report;
  yield* linesOf(renderHeader(report, c));
  if (result.findings.length === 0) {
    yield `\n${c.green(t('report.noFindings'))}\n`;
  } else {
    // A node report also lists findings on its pods, so say which target each one is about.
    const showTarget = result.findings.some((f) => f.target.kind !== report.target.kind || f.target.name !== report.target.name);
    yield* findingsChunks(result, c, showTarget, opts);
  }
  yield* linesOf(renderTail(result, c));
  yield `\n${summaryCounts(result.summary)}\n`;
}

export function renderTextReport(report: RenderedReport, opts: RenderOptions): string {
  return joinChunks(textReportChunks(report, opts));
}

/** The one-line summary of a check run. */
export function checkSummaryLine(result: RenderedResult): string {
  return t(result.probed ? 'report.check.summaryProbed' : 'report.check.summary', {
    nodes: result.checked.nodes,
    pods: result.checked.pods,
    error: result.summary.error,
    warning: result.summary.warning,
    info: result.summary.info,
    probe: result.needsProbe.length,
  });
}

/** `check` in table form: the summary line, then every finding grouped by severity. */
export function* checkTextChunks(unsafeReport: RenderedCheckReport, opts: RenderOptions): Chunks {
  const report = safeFrame(unsafeReport);
  const c = colors(opts.color);
  const { result } = report;
  yield `${c.bold(checkSummaryLine(result))}\n`;
  yield* linesOf(clockLines(report, c));
  if (result.findings.length === 0) yield `\n${c.green(t('report.noFindings'))}\n`;
  else yield* findingsChunks(result, c, true, opts);
  yield* linesOf(renderTail(result, c));
}

export function renderCheckText(report: RenderedCheckReport, opts: RenderOptions): string {
  return joinChunks(checkTextChunks(report, opts));
}
