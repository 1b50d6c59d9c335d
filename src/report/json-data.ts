import { escapeJsonControls } from './sanitize.js';
import { jsonChunks, joinChunks } from './stream.js';

/**
 * Machine output of any plain value: two-space indented JSON with a trailing newline, as chunks.
 * Apart from json.ts (reports) so that `rules -o json` and other plain documents never load the
 * report model and, through it, every cause.
 */
export function* jsonDocumentChunks(value: unknown): Generator<string> {
  for (const chunk of jsonChunks(value)) yield escapeJsonControls(chunk);
  yield '\n';
}

export function renderJson(value: unknown): string {
  return joinChunks(jsonDocumentChunks(value));
}
