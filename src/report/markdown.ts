import { t } from '../i18n/index.js';
import type { Severity } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import { severities } from '../rules/types.js';
import type { RenderedReport } from './model.js';
import { pageFile, targetLabel } from './model.js';
import { affectedLine, candidateLines, checkSummaryLine, headerRows, needsProbeLine } from './text.js';
import { terminalSafeDeep } from './sanitize.js';
import { joinChunks, linesOf, type Chunks } from './stream.js';

/** Markdown for a CI step summary ($GITHUB_STEP_SUMMARY, merge request notes): a summary table, then details. */

const icon: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/** Prose outside code spans: angle brackets would be taken for HTML and vanish. */
function prose(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a table cell: pipes split cells and newlines end the row. */
function cell(text: string): string {
  return prose(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function inlineCode(text: string): string {
  let longestRun = 0;
  for (const run of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function details(f: RenderedFinding, pagesUrl: string | undefined): string[] {
  const lines = [`#### ${icon[f.severity]} ${inlineCode(f.ruleId)} · ${prose(targetLabel(f.target))}`, '', `**${prose(f.title)}**`, '', prose(f.message), ''];
  const affected = affectedLine(f);
  if (affected) lines.push(prose(affected), '');
  const candidates = candidateLines(f);
  if (candidates.length > 0) {
    lines.push(t('report.candidates'), '');
    for (const line of candidates) lines.push(`- ${prose(line)}`);
    lines.push('');
  }
  if (f.evidence.length > 0) {
    lines.push(`${t('report.evidence')}`, '', '```text');
    for (const e of f.evidence) lines.push(`[${e.source}] ${e.text.replace(/```/g, "'''")}`);
    lines.push('```', '');
  }
  if (f.remediation.length > 0) {
    lines.push(t('report.fix'), '');
    f.remediation.forEach((step, i) => lines.push(`${i + 1}. ${prose(step)}`));
    lines.push('');
  }
  // A shared document: the web page of this version, which opens wherever the summary is read.
  const page = pagesUrl ? ` · <${pagesUrl}/${pageFile(f.ruleId)}>` : '';
  lines.push(`${t('report.docs')} ${inlineCode(f.docs)}${page}`, '');
  return lines;
}

/** The summary, then the findings table and their details one finding at a time, as lines. */
function* markdownLines(unsafeReport: RenderedReport, pagesUrl: string | undefined): Chunks {
  const { findings: unsafeFindings, ...unsafeResult } = unsafeReport.result;
  const result = { ...terminalSafeDeep(unsafeResult), findings: unsafeFindings };
  const target = terminalSafeDeep(unsafeReport.target);
  const lines = [`## ${prose(t('report.markdown.title', { target: targetLabel(target) }))}`, ''];
  if (unsafeReport.header) {
    for (const [label, value] of headerRows(terminalSafeDeep(unsafeReport.header))) lines.push(`- ${prose(label)}: ${prose(value)}`);
    lines.push('');
  }
  lines.push(checkSummaryLine(result), '');
  lines.push(`| ${t('report.markdown.severity')} | ${t('report.markdown.count')} |`, '|---|---:|');
  for (const s of severities) lines.push(`| ${icon[s]} ${s} | ${result.summary[s]} |`);
  lines.push('');
  yield* linesOf(lines);
  if (result.findings.length === 0) {
    yield* linesOf([t('report.noFindings'), '']);
  } else {
    yield* linesOf([
      `| ${t('report.markdown.severity')} | ${t('report.markdown.rule')} | ${t('report.markdown.target')} | ${t('report.markdown.message')} |`,
      '|---|---|---|---|',
    ]);
    for (const unsafe of result.findings) {
      const f = terminalSafeDeep(unsafe);
      yield `| ${icon[f.severity]} ${f.severity} | ${inlineCode(f.ruleId)} | ${cell(targetLabel(f.target))} | ${cell(f.message)} |\n`;
    }
    yield* linesOf(['', `### ${t('report.markdown.details')}`, '']);
    for (const f of result.findings) yield* linesOf(details(terminalSafeDeep(f), pagesUrl));
  }
  const tail: string[] = [];
  if (result.needsProbe.length > 0) {
    tail.push(needsProbeLine(result, result.needsProbe.map(inlineCode).join(', ')), '');
  }
  if (result.notes.length > 0) {
    tail.push(`### ${t('report.notes')}`, '');
    for (const note of result.notes) tail.push(`- ${prose(note)}`);
    tail.push('');
  }
  yield* linesOf(tail);
}

/**
 * The markdown as chunks. Every part ends with an empty line; the very last one is left out.
 * `pagesUrl`: the cause pages of this version on the web, linked after each finding's explain command.
 */
export function* markdownChunks(report: RenderedReport, pagesUrl?: string): Chunks {
  let held: string | undefined;
  for (const chunk of markdownLines(report, pagesUrl)) {
    if (held !== undefined) yield held;
    held = chunk;
  }
  if (held !== undefined) yield held.slice(0, -1);
}

export function renderMarkdown(report: RenderedReport, pagesUrl?: string): string {
  return joinChunks(markdownChunks(report, pagesUrl));
}
