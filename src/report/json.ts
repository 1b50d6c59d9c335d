import type { RenderedReport } from './model.js';
import { reportDocument } from './model.js';
import { escapeJsonControls } from './sanitize.js';
import { jsonChunks, joinChunks, type Chunks } from './stream.js';

/** Machine output: two-space indented JSON with a trailing newline, as chunks (findings one by one). */
export function* jsonDocumentChunks(value: unknown): Generator<string> {
  for (const chunk of jsonChunks(value)) yield escapeJsonControls(chunk);
  yield '\n';
}

export function renderJson(value: unknown): string {
  return joinChunks(jsonDocumentChunks(value));
}

export function reportJsonChunks(report: RenderedReport): Chunks {
  return jsonDocumentChunks(reportDocument(report));
}

export function renderReportJson(report: RenderedReport): string {
  return joinChunks(reportJsonChunks(report));
}
