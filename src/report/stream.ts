/**
 * Output as a sequence of chunks instead of one string. A check at the scale limits has tens of
 * thousands of findings; its report is written piece by piece as it is produced, so the whole
 * text never sits in memory and no single string or argument list grows with the cluster.
 */

/** Pieces of output, in order; joined they are the whole output. */
export type Chunks = Iterable<string>;

/** The whole output as one string (tests, small documents). */
export function joinChunks(chunks: Chunks): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}

/** The lines of a block, each followed by a newline. */
export function* linesOf(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** Appends every item to `target` without spreading them as arguments (spreading overflows the stack on large arrays). */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `fallback` when there are none; unlike Math.max(...values), any number of them. */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
  let max = fallback;
  for (const value of values) if (value > max) max = value;
  return max;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The same text as `JSON.stringify(value, null, 2)`, as chunks: objects and arrays down to
 * `streamDepth` levels are written member by member, anything deeper as one stringified piece.
 * Recursion follows the nesting of the value, never the length of an array.
 */
export function* jsonChunks(value: unknown, streamDepth = 2, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (streamDepth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '\n' : ',\n'}${inner}`;
      const item: unknown = value[i];
      yield* jsonChunks(omitted(item) ? null : item, streamDepth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (streamDepth > 0 && isPlainObject(value)) {
    let first = true;
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (omitted(member)) continue;
      yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(member, streamDepth - 1, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}
