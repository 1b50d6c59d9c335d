import { language, t } from '../i18n/index.js';
import type { Severity } from '../rules/types.js';
import { severities, severityRank } from '../rules/types.js';
import type { RenderedFinding as Finding, RenderedResult } from './localize.js';
import type { Placement, RenderedReport as Report } from './model.js';
import { pageFile, targetLabel } from './model.js';
import { terminalSafeDeep } from './sanitize.js';
import { affectedLine, candidateLines, checkSummaryLine, headerRows, needsProbeLine, summaryCounts } from './text.js';
import type { Chunks } from './stream.js';

/**
 * `-o html`: one self-contained page for a CI artifact or a ticket. Inline CSS and no network
 * resource at all (a Content-Security-Policy says so to the browser); severity filters are plain
 * checkboxes styled with CSS, so the page works with scripts disabled. Every string that came
 * from the cluster is made terminal-safe and then HTML-escaped.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]!);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --error: #ff7b72; --warning: #d29922; --info: #58a6ff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
:lang(ja) body { font-family: system-ui, -apple-system, "Segoe UI", "Yu Gothic UI", Meiryo, "Hiragino Sans", "Noto Sans CJK JP", sans-serif; }
:lang(ko) body { font-family: system-ui, -apple-system, "Segoe UI", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", sans-serif; word-break: keep-all; }
:lang(zh-CN) body { font-family: system-ui, -apple-system, "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.summary { color: var(--muted); margin: 0 0 14px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; gap: 10px; flex-wrap: wrap; margin: 0; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; background: var(--panel); min-width: 120px; }
.counts b { display: block; font-size: 22px; }
.sev-error .badge, .counts .error b { color: var(--error); }
.sev-warning .badge, .counts .warning b { color: var(--warning); }
.sev-info .badge, .counts .info b { color: var(--info); }
.filters { margin: 16px 0 0; display: flex; gap: 16px; flex-wrap: wrap; align-items: center; }
.filters label { cursor: pointer; user-select: none; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.count { text-align: center; font-weight: 600; }
td.count.error { color: var(--error); } td.count.warning { color: var(--warning); } td.count.info { color: var(--info); }
td.zero { color: var(--muted); text-align: center; }
.matrix { overflow-x: auto; }
.matrix th.build { text-align: center; font-size: 13px; min-width: 90px; }
.matrix tbody th { min-width: 300px; }
.matrix tbody th code { white-space: nowrap; }
.cause-title { color: var(--muted); font-weight: normal; font-size: 13px; }
article.finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; background: var(--bg); }
article.sev-error { border-left-color: var(--error); } article.sev-warning { border-left-color: var(--warning); } article.sev-info { border-left-color: var(--info); }
article h3 { font-size: 15px; margin: 0; display: flex; gap: 10px; flex-wrap: wrap; align-items: baseline; }
.badge { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.target { color: var(--muted); font-weight: normal; }
.message { white-space: pre-wrap; margin: 6px 0; }
.affected { margin: 6px 0; color: var(--muted); word-break: break-word; }
.candidates { margin: 4px 0; padding-left: 22px; }
.evidence { margin: 6px 0; padding: 8px 10px; background: var(--panel); border-radius: 6px; list-style: none; }
.evidence li { white-space: pre-wrap; word-break: break-word; }
.evidence .source { color: var(--muted); }
.label { font-weight: 600; margin: 8px 0 2px; }
ol { margin: 4px 0; padding-left: 22px; }
footer { color: var(--muted); padding-top: 20px; padding-bottom: 30px; font-size: 13px; }
#show-error:not(:checked) ~ main .sev-error, #show-warning:not(:checked) ~ main .sev-warning, #show-info:not(:checked) ~ main .sev-info { display: none; }
.toggle { position: absolute; opacity: 0; pointer-events: none; }
.toggle:focus-visible + header { outline: none; }
#show-error:checked ~ header label[for=show-error]::before, #show-warning:checked ~ header label[for=show-warning]::before, #show-info:checked ~ header label[for=show-info]::before { content: "☑ "; }
#show-error:not(:checked) ~ header label[for=show-error]::before, #show-warning:not(:checked) ~ header label[for=show-warning]::before, #show-info:not(:checked) ~ header label[for=show-info]::before { content: "☐ "; }
`;

/** Where each finding sits: the Windows build of its node, or the "not on a node" row. */
function buildOf(finding: Finding, placement: Placement | undefined): string {
  const none = t('report.html.noNode');
  if (!placement) return none;
  const target = finding.target;
  // A finding at a workload or an image root sits where its first affected pod runs; one at a
  // pool of nodes, on the build of its first node.
  const pod = target.kind === 'Pod' ? target : finding.affected?.objects.find((o) => o.kind === 'Pod');
  const firstNode = finding.affected?.objects.find((o) => o.kind === 'Node')?.name;
  const node = target.kind === 'Node' ? target.name : pod ? placement.podNode[`${pod.namespace ?? 'default'}/${pod.name}`] : firstNode;
  return (node !== undefined ? placement.nodeBuild[node] : undefined) ?? none;
}

interface MatrixCell {
  count: number;
  severity: Severity;
}


/** Windows builds (rows) × causes (columns): how many findings of each cause on each build. */
export function buildMatrix(findings: readonly Finding[], placement: Placement | undefined): { builds: string[]; causes: string[]; cells: Map<string, MatrixCell> } {
  const cells = new Map<string, MatrixCell>();
  const builds = new Set<string>();
  const causes = new Set<string>();
  for (const f of findings) {
    const build = buildOf(f, placement);
    builds.add(build);
    causes.add(f.ruleId);
    const key = `${build}\u0000${f.ruleId}`;
    const cell = cells.get(key) ?? { count: 0, severity: f.severity };
    cell.count += 1;
    if (severityRank[f.severity] > severityRank[cell.severity]) cell.severity = f.severity;
    cells.set(key, cell);
  }
  const none = t('report.html.noNode');
  const sortedBuilds = [...builds].sort((a, b) => (a === none ? 1 : b === none ? -1 : a.localeCompare(b)));
  return { builds: sortedBuilds, causes: [...causes].sort(), cells };
}

/** Causes down the side, builds across the top: there are always fewer builds than causes. */
function* matrixHtml(findings: readonly Finding[], placement: Placement | undefined): Generator<string> {
  const { builds, causes, cells } = buildMatrix(findings, placement);
  const titles = new Map(findings.map((f) => [f.ruleId, f.title]));
  yield `<section class="matrix" id="matrix"><h2>${escapeHtml(t('report.html.matrix'))}</h2><table><thead><tr><th>${escapeHtml(t('report.markdown.rule'))}</th>`;
  for (const build of builds) yield `<th scope="col" class="build">${escapeHtml(build)}</th>`;
  yield '</tr></thead><tbody>\n';
  for (const cause of causes) {
    yield `<tr><th scope="row"><code>${escapeHtml(cause)}</code><div class="cause-title">${escapeHtml(titles.get(cause) ?? '')}</div></th>`;
    for (const build of builds) {
      const cell = cells.get(`${build}\u0000${cause}`);
      yield cell ? `<td class="count ${cell.severity}" data-build="${escapeHtml(build)}" data-cause="${escapeHtml(cause)}">${cell.count}</td>` : '<td class="zero">·</td>';
    }
    yield '</tr>\n';
  }
  yield '</tbody></table></section>\n';
}

function findingHtml(f: Finding, index: number, pagesUrl: string | undefined): string {
  const parts = [
    `<article class="finding sev-${f.severity}" id="finding-${index + 1}" data-rule="${escapeHtml(f.ruleId)}" data-severity="${f.severity}">`,
    `<h3><span class="badge">${escapeHtml(f.severity)}</span><code class="rule">${escapeHtml(f.ruleId)}</code><span class="title">${escapeHtml(f.title)}</span><span class="target">${escapeHtml(targetLabel(f.target))}</span></h3>`,
    `<p class="message">${escapeHtml(f.message)}</p>`,
  ];
  const affected = affectedLine(f);
  if (affected) parts.push(`<p class="affected">${escapeHtml(affected)}</p>`);
  const candidates = candidateLines(f);
  if (candidates.length > 0) {
    parts.push(`<div class="label">${escapeHtml(t('report.candidates'))}</div><ul class="candidates${f.undecided ? ' undecided' : ''}">`);
    for (const line of candidates) parts.push(`<li>${escapeHtml(line)}</li>`);
    parts.push('</ul>');
  }
  if (f.evidence.length > 0) {
    parts.push(`<div class="label">${escapeHtml(t('report.evidence'))}</div><ul class="evidence">`);
    for (const e of f.evidence) parts.push(`<li><span class="source">[${escapeHtml(e.source)}]</span> <span class="mono">${escapeHtml(e.text)}</span></li>`);
    parts.push('</ul>');
  }
  if (f.remediation.length > 0) {
    parts.push(`<div class="label">${escapeHtml(t('report.fix'))}</div><ol class="fix">`);
    for (const step of f.remediation) parts.push(`<li>${escapeHtml(step)}</li>`);
    parts.push('</ol>');
  }
  // A shared document: the web page of this version can be opened wherever the page is read (as text: the page links nowhere).
  const page = pagesUrl ? ` · <code class="page">${escapeHtml(`${pagesUrl}/${pageFile(f.ruleId)}`)}</code>` : '';
  parts.push(`<div class="docs">${escapeHtml(t('report.docs'))} <code>${escapeHtml(f.docs)}</code>${page}</div></article>\n`);
  return parts.join('');
}

function summaryText(report: Report, result: Omit<RenderedResult, 'findings'>): string {
  return report.target.kind === 'Cluster' ? checkSummaryLine({ ...result, findings: [] }) : summaryCounts(result.summary);
}

/** The page, piece by piece; findings are made safe one at a time. `pagesUrl`: the cause pages of this version on the web. */
export function* htmlChunks(unsafeReport: Report, pagesUrl?: string): Chunks {
  const { findings: unsafeFindings, ...unsafeResult } = unsafeReport.result;
  const result = terminalSafeDeep(unsafeResult);
  const target = terminalSafeDeep(unsafeReport.target);
  const placement = unsafeReport.placement ? terminalSafeDeep(unsafeReport.placement) : undefined;
  const findings = unsafeFindings.map((f) => terminalSafeDeep(f));
  const title = t('report.markdown.title', { target: targetLabel(target) });

  yield '<!doctype html>\n';
  yield `<html lang="${escapeHtml(language())}">\n<head>\n<meta charset="utf-8">\n`;
  yield `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n`;
  yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<meta name="generator" content="kubectl-windbg ${escapeHtml(__WINDBG_VERSION__)}">\n`;
  yield `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
  for (const s of severities) yield `<input class="toggle" type="checkbox" id="show-${s}" checked>\n`;
  yield `<header>\n<h1>${escapeHtml(title)}</h1>\n`;
  if (unsafeReport.header) {
    yield '<dl class="facts" id="facts">';
    for (const [label, value] of headerRows(terminalSafeDeep(unsafeReport.header))) yield `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
    yield '</dl>\n';
  }
  yield `<p class="summary" id="summary">${escapeHtml(summaryText(unsafeReport, result))}</p>\n<ul class="counts">`;
  for (const s of severities) yield `<li class="${s}"><b id="count-${s}">${result.summary[s]}</b>${escapeHtml(t(`report.heading.${s}`, { count: result.summary[s] }))}</li>`;
  yield `</ul>\n<div class="filters"><span>${escapeHtml(t('report.html.show'))}</span>`;
  for (const s of severities) yield `<label for="show-${s}">${escapeHtml(t(`report.heading.${s}`, { count: result.summary[s] }))}</label>`;
  yield '</div>\n</header>\n<main>\n';

  if (findings.length === 0) {
    yield `<p class="none" id="no-findings">${escapeHtml(t('report.noFindings'))}</p>\n`;
  } else {
    yield* matrixHtml(findings, placement);
    yield `<section id="findings"><h2>${escapeHtml(t('report.html.findings'))}</h2>\n`;
    let index = 0;
    for (const s of severities) for (const f of findings) if (f.severity === s) yield findingHtml(f, index++, pagesUrl);
    yield '</section>\n';
  }
  if (result.needsProbe.length > 0) {
    yield `<section id="needs-probe"><p>${escapeHtml(needsProbeLine(result, result.needsProbe.join(', ')))}</p></section>\n`;
  }
  if (result.notes.length > 0) {
    yield `<section id="notes"><h2>${escapeHtml(t('report.notes'))}</h2><ul>`;
    for (const note of result.notes) yield `<li>${escapeHtml(note)}</li>`;
    yield '</ul></section>\n';
  }
  yield `</main>\n<footer>kubectl windbg ${escapeHtml(__WINDBG_VERSION__)}</footer>\n</body>\n</html>\n`;
}
