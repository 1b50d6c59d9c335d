import type { Report } from './model.js';
import { reportDocument } from './model.js';
import { escapeJsonControls } from './sanitize.js';

/** Machine output: two-space indented JSON with a trailing newline. */
export function renderJson(value: unknown): string {
  return escapeJsonControls(JSON.stringify(value, null, 2)) + '\n';
}

export function renderReportJson(report: Report): string {
  return renderJson(reportDocument(report));
}
