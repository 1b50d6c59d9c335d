import { stringify } from 'yaml';
import type { RenderedReport } from './model.js';
import { reportDocument } from './model.js';

export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

export function renderReportYaml(report: RenderedReport): string {
  return renderYaml(reportDocument(report));
}
