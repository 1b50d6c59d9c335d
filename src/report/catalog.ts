import { t } from '../i18n/index.js';
import type { RuleSummary } from './model.js';
import { renderTable } from './table.js';
import { terminalSafeDeep } from './sanitize.js';

/** `kubectl windbg rules` and `kubectl windbg explain "<text>"`. */

export function renderRulesTable(rules: readonly RuleSummary[]): string {
  return renderTable(
    ['id', 'area', 'severity', 'foundBy', 'title'].map((column) => t(`report.column.${column}`)),
    terminalSafeDeep(rules).map((r) => [r.id, r.area, r.severity, r.foundBy ?? 'check', r.title]),
  );
}

export function rulesDocument(rules: readonly RuleSummary[]): RuleSummary[] {
  return rules.map((r) => ({ id: r.id, title: r.title, area: r.area, severity: r.severity, foundBy: r.foundBy ?? 'check' }));
}

export interface ExplainMatch {
  id: string;
  /** 0..1 */
  confidence: number;
  why: string;
  /** Rule title, when the id is a catalogue rule. */
  title?: string;
  docs?: string;
}

export function confidencePercent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

export function explainDocument(matches: readonly ExplainMatch[]): { matches: { id: string; confidence: number; why: string }[] } {
  return { matches: matches.map((m) => ({ id: m.id, confidence: m.confidence, why: m.why })) };
}

export function renderExplainText(unsafeMatches: readonly ExplainMatch[]): string {
  const matches = terminalSafeDeep(unsafeMatches);
  if (matches.length === 0) return t('report.explain.none') + '\n';
  const lines = [t('report.explain.heading')];
  matches.forEach((m, i) => {
    const title = m.title ? `  ${m.title}` : '';
    lines.push(`  ${i + 1}. ${m.id}  ${confidencePercent(m.confidence)}${title}`);
    lines.push(`     ${t('report.explain.why')} ${m.why}`);
    if (m.docs) lines.push(`     ${t('report.docs')} ${m.docs}`);
  });
  lines.push('', t('report.explain.more'));
  return lines.join('\n') + '\n';
}
