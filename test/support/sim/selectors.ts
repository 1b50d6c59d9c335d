/**
 * Label and field selectors with the syntax and error messages of the real API server.
 * Label: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a`, `!a`, `a>1`, `a<1`.
 * Field: `f=v`, `f==v`, `f!=v`, comma separated, `\,` `\=` `\\` escapes.
 */
import type { ResourceInfo } from './resources.js';

export class SelectorError extends Error {}

type LabelOp = 'eq' | 'neq' | 'in' | 'notin' | 'exists' | 'notexists' | 'gt' | 'lt';
export interface LabelRequirement {
  key: string;
  op: LabelOp;
  values: string[];
}

export interface FieldRequirement {
  field: string;
  equal: boolean;
  value: string;
}

export type Labels = Record<string, string> | undefined;

/** Splits on top-level commas (commas inside `( )` belong to a set). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const KEY = /^([a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
const VALUE = /^(([a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?)$/;

function checkKey(key: string, raw: string): string {
  if (!KEY.test(key)) throw new SelectorError(`unable to parse requirement: invalid label key "${key}" in "${raw}"`);
  return key;
}

function checkValue(value: string, raw: string): string {
  if (!VALUE.test(value)) throw new SelectorError(`unable to parse requirement: invalid label value: "${value}" in "${raw}"`);
  return value;
}

function parseLabelRequirement(raw: string): LabelRequirement {
  const setMatch = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(raw);
  if (setMatch) {
    const values = setMatch[3]!
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => checkValue(v, raw));
    return { key: checkKey(setMatch[1]!, raw), op: setMatch[2] as 'in' | 'notin', values };
  }
  const opMatch = /^([^=!<>\s]+)\s*(==|!=|=|>|<)\s*(.*)$/.exec(raw);
  if (opMatch) {
    const op = opMatch[2]!;
    const value = opMatch[3]!.trim();
    const key = checkKey(opMatch[1]!, raw);
    if (op === '>' || op === '<') {
      if (!/^-?\d+$/.test(value)) throw new SelectorError(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
      return { key, op: op === '>' ? 'gt' : 'lt', values: [value] };
    }
    return { key, op: op === '!=' ? 'neq' : 'eq', values: [checkValue(value, raw)] };
  }
  if (raw.startsWith('!')) return { key: checkKey(raw.slice(1).trim(), raw), op: 'notexists', values: [] };
  return { key: checkKey(raw, raw), op: 'exists', values: [] };
}

export function parseLabelSelector(text: string | null | undefined): LabelRequirement[] {
  if (!text || text.trim() === '') return [];
  return splitTopLevel(text.trim()).map((part) => {
    if (part === '') throw new SelectorError(`found '', expected: identifier after ','`);
    return parseLabelRequirement(part);
  });
}

function labelMatches(req: LabelRequirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = has ? labels![req.key]! : undefined;
  switch (req.op) {
    case 'eq':
      return has && value === req.values[0];
    case 'neq':
      return !has || value !== req.values[0];
    case 'in':
      return has && req.values.includes(value!);
    case 'notin':
      return !has || !req.values.includes(value!);
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    case 'gt':
      return has && /^-?\d+$/.test(value!) && Number(value) > Number(req.values[0]);
    case 'lt':
      return has && /^-?\d+$/.test(value!) && Number(value) < Number(req.values[0]);
  }
}

export function labelsMatch(reqs: LabelRequirement[], labels: Labels): boolean {
  for (const r of reqs) if (!labelMatches(r, labels)) return false;
  return true;
}

/** Splits `text` on unescaped `sep` characters. */
function splitUnescaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      cur += c + text[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

function unescapeFieldValue(v: string): string {
  return v.replace(/\\(.)/g, '$1');
}

export function parseFieldSelector(text: string | null | undefined, resource: ResourceInfo): FieldRequirement[] {
  if (!text || text.trim() === '') return [];
  return splitUnescaped(text, ',').map((part) => {
    const m = /^([^=!]+?)\s*(==|!=|=)(.*)$/s.exec(part.trim());
    if (!m) throw new SelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
    const fieldName = m[1]!.trim();
    if (!resource.fields[fieldName]) throw new SelectorError(`field label not supported: ${fieldName}`);
    return { field: fieldName, equal: m[2] !== '!=', value: unescapeFieldValue(m[3]!) };
  });
}

export function fieldsMatch(reqs: FieldRequirement[], fields: Record<string, string>): boolean {
  for (const r of reqs) {
    const v = fields[r.field] ?? '';
    if ((v === r.value) !== r.equal) return false;
  }
  return true;
}
