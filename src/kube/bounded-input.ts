/**
 * Limits for what --from reads, so no file can exhaust memory or the stack:
 *
 *   --from-max-size    bytes of one file                  default 256Mi
 *   --from-max-depth   nesting of objects and lists        default 100
 *   --from-max-string  bytes of one string (a message)     default 1Mi
 *   --from-max-items   objects in all files together       default 1,000,000
 *   --from-max-object  bytes of one document or list item (YAML costs some 40 bytes of memory
 *                      per byte to parse, JSON up to 15; real objects stay under 2 MiB)  default 16Mi
 *
 * Only regular files are read: a device (/dev/zero, /dev/urandom), a FIFO or a socket given as
 * --from is refused, and skipped inside a directory. A file past a limit is refused with a
 * message naming the flag that raises the limit (exit 2).
 */
import { open, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface FromLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxStringBytes: number;
  maxItems: number;
  maxObjectBytes: number;
}

/**
 * The deepest nesting --from-max-depth may allow: parsing and reading objects recurse once per
 * level, and far below the stack's end (no real object comes near it).
 */
export const maxFromDepth = 1000;

export const defaultFromLimits: FromLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxDepth: 100,
  maxStringBytes: 1024 * 1024,
  maxItems: 1_000_000,
  maxObjectBytes: 16 * 1024 * 1024,
};

const units: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, ki: 1024, mi: 1024 ** 2, gi: 1024 ** 3 };

/** "256Mi", "1G", "1048576" (Kubernetes quantity suffixes), for the size flags. Undefined when malformed. */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?)?b?\s*$/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * units[(m[2] ?? '').toLowerCase()]!;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

/** The limits from the --from-max-* flags (sizes take Kubernetes suffixes: 512Mi, 2Gi); defaults for those not given. */
export function fromLimits(flags: { size?: string; depth?: string; string?: string; items?: string; object?: string }): FromLimits {
  const size = (flag: string, value: string | undefined, fallback: number): number => {
    if (value === undefined || value === '') return fallback;
    const parsed = parseByteSize(value);
    if (parsed === undefined) throw new UsageError(t('kube.error.badFromLimit', { flag, value }));
    return parsed;
  };
  const count = (flag: string, value: string | undefined, fallback: number, most = Number.MAX_SAFE_INTEGER): number => {
    if (value === undefined || value === '') return fallback;
    if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw new UsageError(t('kube.error.badFromLimit', { flag, value }));
    if (Number(value) > most) throw new UsageError(t('kube.error.fromLimitTooHigh', { flag, value, most }));
    return Number(value);
  };
  return {
    maxFileBytes: size('--from-max-size', flags.size, defaultFromLimits.maxFileBytes),
    maxDepth: count('--from-max-depth', flags.depth, defaultFromLimits.maxDepth, maxFromDepth),
    maxStringBytes: size('--from-max-string', flags.string, defaultFromLimits.maxStringBytes),
    maxItems: count('--from-max-items', flags.items, defaultFromLimits.maxItems),
    maxObjectBytes: size('--from-max-object', flags.object, defaultFromLimits.maxObjectBytes),
  };
}

/** The error for a YAML document or list item past --from-max-object; `line` is 1-based. */
export function largeObjectError(path: string, size: number, line: number, limits: FromLimits): UsageError {
  return limitError('kube.error.fromLargeObject', { path, size, line, limit: limits.maxObjectBytes }, '--from-max-object');
}

/** The error for a file nested deeper than the limit. */
export function tooDeepError(path: string, limits: FromLimits, cause?: unknown): UsageError {
  return limitError('kube.error.fromTooDeep', { path, limit: limits.maxDepth }, '--from-max-depth', cause);
}

function limitError(key: string, params: Record<string, string | number>, flag: string, cause?: unknown): UsageError {
  return new UsageError(t(key, params), { hint: t('kube.hint.fromLimit', { flag }), cause });
}

/** What kind of file system object a path is, in words, when it is not a regular file. */
function notRegular(info: Awaited<ReturnType<typeof stat>>): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  return 'special file';
}

/** Refuses what is not a regular file (or a directory, when allowed) before anything is read from it. */
export async function checkReadablePath(path: string, info: Awaited<ReturnType<typeof stat>>): Promise<void> {
  if (info.isDirectory()) return;
  const kind = notRegular(info);
  if (kind) throw new UsageError(t('kube.error.fromNotFile', { path, kind }), { hint: t('kube.hint.fromNotFile') });
}

/** Reads a regular file, never more than the size limit (even if it grows while being read). */
export async function readBoundedFile(path: string, limits: FromLimits): Promise<Buffer> {
  const info = await stat(path);
  await checkReadablePath(path, info);
  if (info.size > limits.maxFileBytes) {
    throw limitError('kube.error.fromTooLarge', { path, size: info.size, limit: limits.maxFileBytes }, '--from-max-size');
  }
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxFileBytes) {
        throw limitError('kube.error.fromTooLarge', { path, size: total, limit: limits.maxFileBytes }, '--from-max-size');
      }
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * The file's bytes as UTF-8. Windows PowerShell 5.1 writes `kubectl get -o yaml > file` as
 * UTF-16LE with a byte order mark; such files (and UTF-16BE ones) are converted, everything else
 * is taken as UTF-8.
 */
export function asUtf8(bytes: Buffer): Buffer {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2).toString('utf16le'), 'utf8');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    swapped.swap16();
    return Buffer.from(swapped.toString('utf16le'), 'utf8');
  }
  return bytes;
}

function isObjectWithMetadata(value: object): boolean {
  const metadata = (value as { metadata?: unknown }).metadata;
  return metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * One pass over JSON bytes, before any parser sees them: nesting deeper than the limit or a
 * string longer than the limit refuses the file. Returns where each top-level object lies, for
 * the size check of objects parsed whole. (Malformed JSON is left to the parser to report.)
 */
export function checkJsonBytes(body: Buffer, path: string, limits: FromLimits): JsonObjectRange[] {
  const objects: JsonObjectRange[] = [];
  let depth = 0;
  let objectStart = -1;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte === QUOTE) {
      const start = i;
      for (i++; i < body.length; i++) {
        const b = body[i];
        if (b === BACKSLASH) i++;
        else if (b === QUOTE) break;
      }
      if (i - start - 1 > limits.maxStringBytes) {
        throw limitError('kube.error.fromLongString', { path, length: i - start - 1, limit: limits.maxStringBytes }, '--from-max-string');
      }
    } else if (byte === 0x7b || byte === 0x5b) {
      if (depth === 0 && byte === 0x7b) objectStart = i;
      depth++;
      if (depth > limits.maxDepth) throw tooDeepError(path, limits);
    } else if (byte === 0x7d || byte === 0x5d) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && objectStart >= 0) {
        objects.push({ start: objectStart, end: i + 1 });
        objectStart = -1;
      }
    }
  }
  return objects;
}

/** Where a top-level JSON object lies in a file (end exclusive). */
export interface JsonObjectRange {
  start: number;
  end: number;
}

/**
 * Walks a parsed value without recursion: nesting, string lengths (in UTF-16 units, a close
 * stand-in for bytes) and the number of Kubernetes objects (anything with `metadata`). `counted`
 * carries the count across files.
 */
export function checkParsedValue(value: unknown, path: string, limits: FromLimits, counted: { items: number }): void {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.length > limits.maxStringBytes) {
        throw limitError('kube.error.fromLongString', { path, length: current.length, limit: limits.maxStringBytes }, '--from-max-string');
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limits.maxDepth) throw tooDeepError(path, limits);
    if (!Array.isArray(current) && isObjectWithMetadata(current)) {
      counted.items++;
      if (counted.items > limits.maxItems) throw limitError('kube.error.fromTooMany', { path, limit: limits.maxItems }, '--from-max-items');
    }
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    for (const child of children) {
      if (child !== null && (typeof child === 'object' || typeof child === 'string')) stack.push({ value: child, depth: depth + 1 });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

/** Indentation (spaces) of a line. */
function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 0x20) n++;
  return n;
}

// `key: |`, `- >-`, `key: |2 # comment`: a line that opens a block scalar.
const blockScalarStart = /(?::|^[ \t]*-|^)[ \t]+[|>][+-]?\d*[+-]?[ \t]*(?:#.*)?\r?$|^[|>][+-]?\d*[+-]?[ \t]*\r?$/;

/**
 * One pass over YAML text, before the parser sees it (the parser needs some 40 bytes of memory
 * per byte of text): a line longer than the string limit, or a block scalar (`message: |`) whose
 * lines add up to more than it, refuses the file. Lines are measured in UTF-16 units.
 */
export function checkYamlText(text: string, path: string, limits: FromLimits): void {
  let blockIndent = -1; // indentation of the key that opened a block scalar, -1 when outside one
  let blockLength = 0;
  const depth = yamlDepthMeter(path, limits);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const length = end - start;
    if (length > limits.maxStringBytes) {
      throw limitError('kube.error.fromLongString', { path, length, limit: limits.maxStringBytes }, '--from-max-string');
    }
    const line = text.slice(start, end);
    let inBlockScalar = false;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indentOf(line) > blockIndent) {
        inBlockScalar = true;
        blockLength += length + 1;
        if (blockLength > limits.maxStringBytes) {
          throw limitError('kube.error.fromLongString', { path, length: blockLength, limit: limits.maxStringBytes }, '--from-max-string');
        }
      } else {
        blockIndent = -1;
      }
    }
    if (!inBlockScalar) depth.line(line);
    if (blockIndent < 0 && blockScalarStart.test(line) && !/^\s*#/.test(line)) {
      blockIndent = indentOf(line);
      blockLength = 0;
    }
    start = end + 1;
  }
}

/**
 * Nesting of YAML, measured on the text: block nesting by the indentation of content lines, flow
 * nesting by the brackets that open a collection (after `:`, `-`, `,`, another bracket or at the
 * start of a line; a bracket inside a plain sentence does not count). The parser recurses per
 * level, and far enough down the process can die outright rather than throw, so a file nested
 * past --from-max-depth never reaches it.
 */
function yamlDepthMeter(path: string, limits: FromLimits): { line(line: string): void } {
  const indents: number[] = [];
  let flow = 0;
  const tooDeep = (): UsageError => tooDeepError(path, limits);
  return {
    line(line: string): void {
      const trimmed = line.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      if (documentMarker.test(line)) {
        indents.length = 0;
        flow = 0;
        return;
      }
      if (flow === 0) {
        const indent = line.length - trimmed.length;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limits.maxDepth) throw tooDeep();
      }
      let quote = '';
      let previous = ':';
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quote !== '') {
          if (c === quote) quote = '';
          continue;
        }
        if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
        if ((c === '"' || c === "'") && ':-,[{'.includes(previous)) quote = c;
        else if ((c === '[' || c === '{') && ':-,[{'.includes(previous)) {
          flow++;
          if (flow + indents.length > limits.maxDepth) throw tooDeep();
        } else if ((c === ']' || c === '}') && flow > 0) flow--;
        if (c !== ' ' && c !== '\t') previous = c;
      }
    },
  };
}

/** A YAML document split for parsing piece by piece: the document without its items, and each item. */
export interface YamlDocumentPieces {
  /** The whole document's text (parsed as one when the pieces cannot be). */
  text: string;
  /** Line of the file (0-based) where the document starts. */
  line: number;
  /** The document with `items:` emptied, when the document is a list written in block style. */
  shell?: string;
  /** Each item of the list as a one-entry block sequence, with the file line it starts on (0-based). */
  items?: { text: string; line: number }[];
}

const documentMarker = /^(?:---|\.\.\.)(?:[ \t].*)?\r?$/;

/** The lines of text[from, to) as offsets: each line's start, its end (before \n) and where the next starts. */
function* linesOf(text: string, from: number, to: number): Generator<{ start: number; end: number; next: number }> {
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end >= to) end = to;
    yield { start, end, next: end + 1 };
    start = end + 1;
  }
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/**
 * The documents of a YAML text, and for a list (`items:` at the top level followed by a block
 * sequence, as kubectl writes `kubectl get -o yaml`) its items one by one, so a large list is never
 * parsed as one text. Document markers start a new document wherever they are at the start of a
 * line (YAML allows them nowhere else). Pieces are slices of the text, located by offsets.
 */
export function splitYamlDocuments(text: string): YamlDocumentPieces[] {
  const documents: { start: number; end: number; line: number; content: boolean }[] = [{ start: 0, end: text.length, line: 0, content: false }];
  let lineNumber = 0;
  for (const { start, end, next } of linesOf(text, 0, text.length)) {
    const line = text.slice(start, end);
    const current = documents[documents.length - 1]!;
    if (documentMarker.test(line)) {
      current.end = start;
      // "--- |" or "--- {a: 1}": what follows the marker belongs to the new document.
      const body = line.startsWith('---') ? start + 3 : next;
      documents.push({ start: Math.min(body, text.length), end: text.length, line: lineNumber, content: line.startsWith('---') && !isBlankOrComment(line.slice(3)) });
    } else if (!current.content && !isBlankOrComment(line)) {
      current.content = true;
    }
    lineNumber++;
  }
  return documents.filter((doc) => doc.content).map((doc) => listPieces(text, doc.start, doc.end, doc.line));
}

function listPieces(text: string, from: number, to: number, startLine: number): YamlDocumentPieces {
  const whole = { text: text.slice(from, to), line: startLine };
  let lineNumber = startLine;
  let itemsLine: { start: number; next: number } | undefined;
  let sequenceIndent = -1;
  const items: { text: string; line: number }[] = [];
  let itemStart = -1;
  let itemLine = 0;
  let sequenceEnd = to;
  for (const { start, end, next } of linesOf(text, from, to)) {
    const line = text.slice(start, end);
    if (itemsLine === undefined) {
      if (/^items:[ \t]*\r?$/.test(line)) itemsLine = { start, next };
    } else if (sequenceIndent < 0) {
      if (!isBlankOrComment(line)) {
        sequenceIndent = indentOf(line);
        if (!/^-(?:[ \t]|\r?$)/.test(line.slice(sequenceIndent))) return whole;
        itemStart = start;
        itemLine = lineNumber;
      }
    } else if (indentOf(line) === sequenceIndent && /^-(?:[ \t]|\r?$)/.test(line.slice(sequenceIndent))) {
      items.push({ text: text.slice(itemStart, start), line: itemLine });
      itemStart = start;
      itemLine = lineNumber;
    } else if (!isBlankOrComment(line) && indentOf(line) <= sequenceIndent) {
      sequenceEnd = start;
      break;
    }
    lineNumber++;
  }
  if (itemsLine === undefined || itemStart < 0) return whole;
  items.push({ text: text.slice(itemStart, sequenceEnd), line: itemLine });
  const shell = `${text.slice(from, itemsLine.start)}items: []\n${text.slice(sequenceEnd, to)}`;
  return { ...whole, shell, items };
}
