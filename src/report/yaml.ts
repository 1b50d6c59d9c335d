import { Document, Scalar, visit } from 'yaml';
import type { RenderedReport } from './model.js';
import { reportDocument } from './model.js';
import { escapeJsonControls, hasRawControls } from './sanitize.js';
import { joinChunks, type Chunks } from './stream.js';

/**
 * Block YAML without line folding. Strings holding control characters the yaml library would
 * write raw (DEL, C1 controls, bidi overrides, Unicode line separators) are double-quoted and
 * those characters written as \u escapes of four hex digits, so the output is inert on a terminal and parses
 * back to the same strings. Objects that appear twice are written twice, never as aliases.
 */
function yamlText(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  let escaped = false;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasRawControls(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
        escaped = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: 0 });
  return escaped ? escapeJsonControls(text) : text;
}

function indented(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The YAML of `value` as chunks: a top-level object is written member by member, and the items
 * of a member that is a list one by one, so a report with tens of thousands of findings is never
 * one document tree in memory.
 */
export function* yamlChunks(value: unknown): Generator<string> {
  if (!isPlainObject(value)) {
    yield yamlText(value);
    return;
  }
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === undefined) continue;
    if (!Array.isArray(member) || member.length === 0) {
      yield yamlText({ [key]: member });
      continue;
    }
    yield yamlText({ [key]: [] }).replace(/ \[\]\n$/, '\n');
    for (const item of member) yield indented(yamlText([item === undefined ? null : item]));
  }
}

export function renderYaml(value: unknown): string {
  return joinChunks(yamlChunks(value));
}

export function reportYamlChunks(report: RenderedReport): Chunks {
  return yamlChunks(reportDocument(report));
}

export function renderReportYaml(report: RenderedReport): string {
  return joinChunks(reportYamlChunks(report));
}
