import type { Severity } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import type { RenderedReport } from './model.js';
import { targetLabel } from './model.js';
import { t } from '../i18n/index.js';
import { checkSummaryLine } from './text.js';
import { terminalSafeDeep } from './sanitize.js';
import { joinChunks, type Chunks } from './stream.js';

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error title=<ruleId> <target>::<message>`. Escaping follows the runner's rules:
 * data escapes %, CR and LF; properties additionally escape ':' and ','.
 */

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: RenderedFinding): string {
  const body = [f.message];
  for (const e of f.evidence) body.push(`[${e.source}] ${e.text}`);
  f.remediation.forEach((step, i) => body.push(`${i + 1}. ${step}`));
  body.push(`${t('report.docs')} ${f.docs}`);
  const title = `${f.ruleId} ${targetLabel(f.target)}`;
  return `::${command[f.severity]} title=${escapeProperty(title)}::${escapeData(body.join('\n'))}`;
}

/** One annotation per finding (each made terminal-safe as it is written), then the summary line. */
export function* githubChunks(report: RenderedReport): Chunks {
  for (const finding of report.result.findings) yield `${annotation(terminalSafeDeep(finding))}\n`;
  yield `${checkSummaryLine(report.result)}\n`;
}

export function renderGithub(report: RenderedReport): string {
  return joinChunks(githubChunks(report));
}
