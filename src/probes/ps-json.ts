/**
 * Reading JSON as Windows PowerShell 5.1 writes it. ConvertTo-Json in 5.1 has habits a plain
 * JSON.parse reader does not expect: a one-element array piped or returned from a function
 * arrives as the bare element, values past -Depth become their .NET ToString()
 * ("System.Collections.Hashtable"), DateTime becomes "\/Date(ms)\/", enums become numbers, and
 * [string] casts make numbers strings. The exec stream adds a BOM, CRLF and sometimes warning
 * lines around the document. These helpers turn all of that into plain values or `undefined`.
 */

export type JsonObject = { [key: string]: unknown };

/** Values past ConvertTo-Json's -Depth are written as the object's type name or @{...} text. */
const TRUNCATED_VALUE = /^(System\.[\w.`[\]]+|@\{.*\})$/s;

export function isTruncatedValue(value: unknown): boolean {
  return typeof value === 'string' && TRUNCATED_VALUE.test(value.trim());
}

/**
 * Finds the one JSON document in a probe's stdout. Tolerates a BOM, CRLF line ends and lines
 * before or after it (PowerShell warnings, progress noise).
 */
export function extractJsonDocument(raw: string): { value?: unknown; error?: string } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { error: 'the probe printed nothing' };
  const lines = text.split('\n').map((line) => line.replace(/^\uFEFF/, ''));
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      return { value: JSON.parse(trimmed) };
    } catch {
      // Not a whole document on one line; try the span below.
    }
  }
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start) {
    try {
      return { value: JSON.parse(text.slice(start, end + 1)) };
    } catch (e) {
      return { error: `the probe output is not valid JSON (${(e as Error).message})` };
    }
  }
  return { error: `the probe output holds no JSON document: ${firstLine(text)}` };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object, or undefined for anything else (including depth-truncated strings). */
export function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** Arrays stay arrays, a flattened one-element array becomes [element], null/missing []. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isTruncatedValue(value)) return [];
  return [value];
}

/**
 * Strings as they are; numbers and booleans as text; null, "", objects and truncation undefined.
 * A string Get-Content returned carries PSPath/PSChildName notes that Windows PowerShell 5.1's
 * ConvertTo-Json writes as {"value": "...", "PSPath": ...}: its value is the string.
 */
export function asString(value: unknown): string | undefined {
  if (isObject(value) && typeof value['value'] === 'string' && 'PSPath' in value) return asString(value['value']);
  if (typeof value === 'string') {
    if (value === '' || isTruncatedValue(value)) return undefined;
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Numbers, and numeric strings ("20348", " 64 "); everything else undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function asInteger(value: unknown): number | undefined {
  const n = asNumber(value);
  return n === undefined ? undefined : Math.trunc(n);
}

/** true/false, "True"/"False" (PowerShell's [string] of a bool), 1/0. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
  }
  return undefined;
}

/** ISO strings as they are; "\/Date(1700000000000)\/" (5.1's DateTime) converted to ISO. */
export function asIsoTime(value: unknown): string | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text);
  if (msDate) return new Date(Number(msDate[1])).toISOString();
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

/** Parses JSON text read from a file on the node (BOM tolerated); undefined when it is not JSON. */
export function parseJsonText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Case-insensitive property read (PowerShell and HNS mix "Type"/"type", "ExceptionList"/"exceptionList"). */
export function prop(obj: JsonObject | undefined, name: string): unknown {
  if (!obj) return undefined;
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return obj[key];
  return undefined;
}
