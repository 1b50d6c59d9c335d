import { Document, Scalar, visit } from 'yaml';
import type { Report } from './model.js';
import { reportDocument } from './model.js';
import { escapeJsonControls, hasRawControls } from './sanitize.js';

/**
 * Block YAML without line folding. Strings holding control characters the yaml library would
 * write raw (DEL, C1 controls, bidi overrides, Unicode line separators) are double-quoted and
 * those characters written as \uXXXX escapes, so the output is inert on a terminal and parses
 * back to the same strings.
 */
export function renderYaml(value: unknown): string {
  const doc = new Document(value);
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

export function renderReportYaml(report: Report): string {
  return renderYaml(reportDocument(report));
}
