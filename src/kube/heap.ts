/**
 * Reading a big cluster leaves the JavaScript heap full of decoded pages nobody holds any more.
 * V8 collects them when it needs room, and until then sizes the heap for them: the diagnosis that
 * follows then runs in a heap grown for garbage, which is where a check's peak memory came from.
 * One full collection between reading and diagnosing lets the heap start the diagnosis at the
 * size of what was kept (and costs less time than the collections it saves).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much heap in use, a collection is not worth its pause. */
const collectAbove = 64 * 1024 * 1024;

/** Node.js offers a full collection only with --expose-gc; a context made after setting it has `gc`. */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Collects garbage once when the heap holds much; true when it did. */
export function releaseReadingGarbage(usedHeapBytes: number = getHeapStatistics().used_heap_size): boolean {
  if (usedHeapBytes < collectAbove) return false;
  const collect = fullCollection();
  if (!collect) return false;
  collect();
  return true;
}
