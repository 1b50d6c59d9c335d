import type { Evidence, MessageSignature, Phase } from '../rules/types.js';
import { normalizeKeepingPaths } from './normalize.js';
import { scoreMessage } from './score.js';
import type { TimelineEntry } from './view.js';

export interface SignatureHit {
  entry: TimelineEntry;
  signature: MessageSignature;
}

/**
 * The strongest signature whose pattern matches the normalised text (in that phase, when given),
 * as the matcher scores it (score.ts: best match per signature group, phase-bound weights).
 * `literal` is the same message in the path-keeping form (normalizeKeepingPaths), for fragments
 * that live inside paths or addresses.
 */
export function bestSignature(
  normalized: string,
  signatures: readonly MessageSignature[],
  phase?: Phase,
  literal?: string,
): MessageSignature | undefined {
  return scoreMessage(normalized, literal, signatures, phase).strongest;
}

export function matchesEither(pattern: RegExp, normalized: string, literal: string | undefined): boolean {
  pattern.lastIndex = 0;
  if (pattern.test(normalized)) return true;
  if (literal === undefined) return false;
  pattern.lastIndex = 0;
  return pattern.test(literal);
}

/** Timeline entries matched by any of the signatures, each with its strongest signature. */
export function findInTimeline(
  timeline: readonly TimelineEntry[],
  signatures: readonly MessageSignature[],
): SignatureHit[] {
  const hits: SignatureHit[] = [];
  for (const entry of timeline) {
    const signature = bestSignature(entry.normalized, signatures, entry.phase, normalizeKeepingPaths(entry.message));
    if (signature) hits.push({ entry, signature });
  }
  return hits;
}

/** Evidence line for a timeline entry: "FailedCreatePodSandBox (x12): <message>". */
export function timelineEvidence(entry: TimelineEntry): Evidence {
  const times = entry.count > 1 ? ` (x${entry.count})` : '';
  const message = entry.message ? `: ${entry.message}` : '';
  return { source: entry.source === 'event' ? 'event' : 'status', text: `${entry.reason}${times}${message}` };
}
