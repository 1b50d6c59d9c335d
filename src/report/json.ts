import type { RenderedReport } from './model.js';
import { reportDocument } from './model.js';
import { jsonDocumentChunks } from './json-data.js';
import { joinChunks, type Chunks } from './stream.js';

export { jsonDocumentChunks, renderJson } from './json-data.js';

export function reportJsonChunks(report: RenderedReport): Chunks {
  return jsonDocumentChunks(reportDocument(report));
}

export function renderReportJson(report: RenderedReport): string {
  return joinChunks(reportJsonChunks(report));
}
