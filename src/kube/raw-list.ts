/**
 * Decoding list pages straight from the bytes the API server sent.
 *
 * A cluster-wide pod list is mostly pods on Linux nodes, which windbg drops. Parsing all of them
 * and throwing most away is the largest cost of a check on a big cluster, so a page can be
 * decoded selectively: one pass over the bytes finds where each item starts and ends and where
 * each `"nodeName":"…"` member of its spec is (for events, the name of its involvedObject), and
 * only the items that may be kept are handed to JSON.parse.
 * The same pass finds the list's continue token, so the next page can be requested before this
 * one is worked on.
 *
 * Anything unexpected in the layout falls back to parsing the whole body: the selective path is
 * an optimisation, never a second parser with its own idea of JSON.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Index of the quote that closes the string opening at `start`, or -1 when it never closes. */
function stringEnd(body: Uint8Array, start: number): number {
  const length = body.length;
  for (let i = start + 1; i < length; i++) {
    const byte = body[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i;
  }
  return -1;
}

/** Where the members of a list body are: byte ranges, end exclusive. */
export interface ListLayout {
  /** The top-level `metadata` object. */
  metadata?: { start: number; end: number };
  /** Flat start/end pairs, one pair per element of the top-level `items` array. */
  items: number[];
  /**
   * With a `nestedMember` name: per item, where the string value of that member of one of the
   * item's objects (`spec.nodeName` for "nodeName") lies, inside its quotes, as a start/end
   * pair; -1/-1 when the item has no such member, -2/-2 when the bytes do not say for sure
   * (the member appears twice, is not a string, or holds escapes).
   */
  memberValues: number[];
  /**
   * With a `skippedMember` name: per item, the byte range to leave out so that the item parses
   * without that member of its objects (`metadata.managedFields`), its separating comma included,
   * as a start/end pair; -1/-1 when there is nothing to leave out.
   */
  skips: number[];
}

const NONE = -1;
const UNSURE = -2;

function bytesEqual(body: Buffer, start: number, name: Buffer): boolean {
  for (let k = 0; k < name.length; k++) if (body[start + k] !== name[k]) return false;
  return true;
}

/**
 * Finds the top-level `metadata` object and every element of the top-level `items` array, and,
 * when `nestedMember` is given, that member of the objects directly inside each item.
 * With `stopAfterMetadata`, returns as soon as the metadata is found, provided it comes before
 * the items (as the API server writes it). Undefined when the body is not an object whose items
 * are objects, or is cut short.
 */
export function scanListBody(
  body: Buffer,
  opts: { stopAfterMetadata?: boolean; nestedMember?: Buffer; nestedParent?: Buffer; skippedMember?: Buffer } = {},
): ListLayout | undefined {
  const length = body.length;
  const member = opts.nestedMember;
  const parent = opts.nestedParent;
  // Where the key of the item's member being read lies (depth 3), so a nested member can be matched under one parent only.
  let itemKeyStart = NONE;
  let itemKeyEnd = NONE;
  const skipped = opts.skippedMember;
  const skips: number[] = [];
  let skipKey = NONE;
  let skipFrom = NONE;
  let skipTo = NONE;
  let i = 0;
  while (i < length && isSpace(body[i]!)) i++;
  if (body[i] !== OPEN_BRACE) return undefined;
  const items: number[] = [];
  const memberValues: number[] = [];
  let metadata: ListLayout['metadata'];
  let depth = 1;
  let expectKey = true;
  let key = '';
  let valueStart = -1;
  let inItems = false;
  let itemStart = -1;
  let valueFrom = NONE;
  let valueTo = NONE;
  for (i++; i < length; i++) {
    const byte = body[i]!;
    if (byte === QUOTE) {
      const end = stringEnd(body, i);
      if (end < 0) return undefined;
      if (depth === 1) {
        if (expectKey) {
          key = body.toString('latin1', i + 1, end);
          expectKey = false;
        }
      } else if (inItems) {
        if (depth === 2) return undefined;
        if (depth === 3 && valueAfterColon(body, end + 1) >= 0) {
          itemKeyStart = i + 1;
          itemKeyEnd = end;
        }
        // Objects of the item are at depth 4 (list, items, item, object); a key there is followed by a colon.
        if (depth === 4 && skipped !== undefined && skipKey === NONE && skipFrom === NONE && end - i - 1 === skipped.length && bytesEqual(body, i + 1, skipped)) {
          const valueStart = valueAfterColon(body, end + 1);
          if (valueStart >= 0 && (body[valueStart] === OPEN_BRACKET || body[valueStart] === OPEN_BRACE)) skipKey = i;
        }
        const underParent = parent === undefined || (itemKeyEnd - itemKeyStart === parent.length && bytesEqual(body, itemKeyStart, parent));
        if (depth === 4 && member !== undefined && underParent && end - i - 1 === member.length && bytesEqual(body, i + 1, member)) {
          let next = end + 1;
          while (next < length && isSpace(body[next]!)) next++;
          if (body[next] === COLON) {
            next++;
            while (next < length && isSpace(body[next]!)) next++;
            const valueEnd = body[next] === QUOTE ? stringEnd(body, next) : -1;
            if (valueFrom !== NONE || valueEnd < 0 || body.subarray(next + 1, valueEnd).includes(BACKSLASH)) {
              valueFrom = valueTo = UNSURE;
            } else {
              valueFrom = next + 1;
              valueTo = valueEnd;
            }
          }
        }
      }
      i = end;
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (depth === 1) {
        valueStart = i;
        inItems = key === 'items' && byte === OPEN_BRACKET;
      } else if (depth === 2 && inItems) {
        if (byte !== OPEN_BRACE) return undefined;
        itemStart = i;
        valueFrom = valueTo = NONE;
        itemKeyStart = itemKeyEnd = NONE;
        skipKey = skipFrom = skipTo = NONE;
      }
      depth++;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) {
        for (i++; i < length; i++) if (!isSpace(body[i]!)) return undefined;
        return { metadata, items, memberValues, skips };
      }
      if (depth === 4 && skipKey !== NONE) {
        [skipFrom, skipTo] = memberRange(body, skipKey, i + 1);
        skipKey = NONE;
      } else if (depth === 2 && inItems) {
        items.push(itemStart, i + 1);
        memberValues.push(valueFrom, valueTo);
        skips.push(skipFrom, skipTo);
      } else if (depth === 1) {
        if (key === 'metadata' && byte === CLOSE_BRACE) {
          metadata = { start: valueStart, end: i + 1 };
          if (opts.stopAfterMetadata && items.length === 0 && !inItems) return { metadata, items, memberValues, skips };
        }
        inItems = false;
      }
    } else if (byte === COMMA) {
      if (depth === 1) expectKey = true;
    } else if (depth === 2 && inItems && !isSpace(byte)) {
      // A bare number, true, false or null among the items: not a list of objects.
      return undefined;
    }
  }
  return undefined;
}

/** Index of the first byte of the value after the colon that follows `from`, or -1. */
function valueAfterColon(body: Buffer, from: number): number {
  let next = from;
  while (next < body.length && isSpace(body[next]!)) next++;
  if (body[next] !== COLON) return -1;
  next++;
  while (next < body.length && isSpace(body[next]!)) next++;
  return next < body.length ? next : -1;
}

/**
 * The bytes to cut for a member whose key starts at `keyStart` and whose value ends before
 * `valueEnd`: with the comma before it, or, when it is the first member, the comma after it.
 */
function memberRange(body: Buffer, keyStart: number, valueEnd: number): [number, number] {
  let before = keyStart - 1;
  while (before > 0 && isSpace(body[before]!)) before--;
  if (body[before] === COMMA) return [before, valueEnd];
  let after = valueEnd;
  while (after < body.length && isSpace(body[after]!)) after++;
  return body[after] === COMMA ? [keyStart, after + 1] : [keyStart, valueEnd];
}

function utf8(body: Buffer, start: number, end: number): string {
  return body.toString('utf8', start, end);
}

function continueOf(metadata: unknown): string | undefined {
  const token = (metadata as { continue?: unknown } | null)?.continue;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

/**
 * The continue token of a list page, read from the metadata at the head of the body without
 * parsing the items. Undefined when there is none or it cannot be found that way.
 */
export function peekContinueToken(body: Buffer): string | undefined {
  const layout = scanListBody(body, { stopAfterMetadata: true });
  if (!layout?.metadata) return undefined;
  try {
    return continueOf(JSON.parse(utf8(body, layout.metadata.start, layout.metadata.end)));
  } catch {
    return undefined;
  }
}

/** Which pods a list needs: those bound to one of `nodeNames`, and unbound ones when `unscheduled`. */
export interface NodeNameFilter {
  nodeNames: ReadonlySet<string>;
  unscheduled: boolean;
}

/** Which events a list needs: those whose involvedObject.name is one of `names` (or that have none). */
export interface InvolvedNameFilter {
  involvedNames: ReadonlySet<string>;
}

/** Items whose `parent.member` string is one of `values`; items without it are kept when `keepWithout`. */
interface MemberFilter {
  parent: Buffer;
  member: Buffer;
  values: ReadonlySet<string>;
  keepWithout: boolean;
}

const specKey = Buffer.from('spec');
const involvedObjectKey = Buffer.from('involvedObject');

function memberFilter(filter: NodeNameFilter | InvolvedNameFilter): MemberFilter {
  if ('involvedNames' in filter) return { parent: involvedObjectKey, member: nameKey, values: filter.involvedNames, keepWithout: true };
  return { parent: specKey, member: nodeNameKey, values: filter.nodeNames, keepWithout: filter.unscheduled };
}

export interface DecodedPage<T> {
  items: T[];
  /** How many items the page held, skipped ones included. */
  listed: number;
  continueToken?: string;
}

const nodeNameKey = Buffer.from('nodeName');
const nameKey = Buffer.from('name');
// Written by the API server for server-side apply; often the largest part of an object, read by nothing here.
const managedFieldsKey = Buffer.from('managedFields');

/** The item's JSON text, without the member the scan marked to leave out. */
function itemText(body: Buffer, start: number, end: number, skipFrom: number, skipTo: number): string {
  if (skipFrom < 0) return utf8(body, start, end);
  return utf8(body, start, skipFrom) + utf8(body, skipTo, end);
}

function wanted(body: Buffer, from: number, to: number, filter: MemberFilter): boolean {
  if (from === UNSURE) return true;
  if (from === NONE || from === to) return filter.keepWithout;
  return filter.values.has(utf8(body, from, to));
}

/**
 * Decodes a list page. With a filter, items it rejects are skipped unparsed: pods whose
 * spec.nodeName is not one of the nodes, events whose involvedObject.name is not one of the
 * names (the caller still applies its own filter to what comes back). Items are parsed without
 * their metadata.managedFields. Throws SyntaxError on bad JSON.
 */
export function decodeListPage<T>(body: Buffer, filter?: NodeNameFilter | InvolvedNameFilter): DecodedPage<T> {
  const byMember = filter ? memberFilter(filter) : undefined;
  const layout = byMember ? scanListBody(body, { nestedMember: byMember.member, nestedParent: byMember.parent, skippedMember: managedFieldsKey }) : undefined;
  if (!byMember || !layout) {
    const page = JSON.parse(utf8(body, 0, body.length)) as { items?: T[] | null; metadata?: unknown };
    const items = page.items ?? [];
    return { items, listed: items.length, continueToken: continueOf(page.metadata) };
  }
  const continueToken = layout.metadata ? continueOf(JSON.parse(utf8(body, layout.metadata.start, layout.metadata.end))) : undefined;
  const items: T[] = [];
  const { items: ranges, memberValues, skips } = layout;
  for (let k = 0; k < ranges.length; k += 2) {
    if (wanted(body, memberValues[k]!, memberValues[k + 1]!, byMember)) {
      items.push(JSON.parse(itemText(body, ranges[k]!, ranges[k + 1]!, skips[k]!, skips[k + 1]!)) as T);
    }
  }
  return { items, listed: ranges.length / 2, continueToken };
}
