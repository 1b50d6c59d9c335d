import type { RenderedReport } from './model.js';
import { reportDocument } from './model.js';

/** Machine output: two-space indented JSON with a trailing newline. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function renderReportJson(report: RenderedReport): string {
  return renderJson(reportDocument(report));
}
