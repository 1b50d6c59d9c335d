import type { Evidence, MessageSignature, Phase } from '../rules/types.js';
import type { TimelineEntry } from './view.js';

export interface SignatureHit {
  entry: TimelineEntry;
  signature: MessageSignature;
}

function phaseAllows(signature: MessageSignature, phase: Phase | undefined): boolean {
  if (!signature.phases || phase === undefined || phase === 'any') return true;
  return signature.phases.includes(phase);
}

/** The strongest signature whose pattern matches the normalised text (in that phase, when given). */
export function bestSignature(
  normalized: string,
  signatures: readonly MessageSignature[],
  phase?: Phase,
): MessageSignature | undefined {
  let best: MessageSignature | undefined;
  for (const signature of signatures) {
    if (!phaseAllows(signature, phase)) continue;
    if (!signature.pattern.test(normalized)) continue;
    if (!best || signature.weight > best.weight) best = signature;
  }
  return best;
}

/** Timeline entries matched by any of the signatures, each with its strongest signature. */
export function findInTimeline(
  timeline: readonly TimelineEntry[],
  signatures: readonly MessageSignature[],
): SignatureHit[] {
  const hits: SignatureHit[] = [];
  for (const entry of timeline) {
    const signature = bestSignature(entry.normalized, signatures, entry.phase);
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
