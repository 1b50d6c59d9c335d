import type { MessageSignature, Phase } from '../rules/types.js';
import { matchesEither } from './match.js';

/**
 * How much a phase-bound signature still counts when the place a message came from is not known
 * (a pasted log line without its event reason). Signatures that list 'any' among their phases are
 * the default reading of such text and keep their full weight.
 */
export const unknownPhaseFactor = 0.6;

/** The weight a signature contributes for a message seen in `phase` (0 when it does not apply). */
export function weightInPhase(signature: MessageSignature, phase: Phase | undefined): number {
  if (!signature.phases) return signature.weight;
  if (phase === undefined || phase === 'any') {
    return signature.phases.includes('any') ? signature.weight : signature.weight * unknownPhaseFactor;
  }
  return signature.phases.includes(phase) ? signature.weight : 0;
}

export interface MessageScore {
  /** 1 - ∏(1 - w) over the matching signatures: independent fragments reinforce each other. */
  score: number;
  /** The matching signature with the largest weight in this phase. */
  strongest?: MessageSignature;
}

export function scoreMessage(
  normalized: string,
  literal: string | undefined,
  signatures: readonly MessageSignature[],
  phase: Phase | undefined,
): MessageScore {
  let miss = 1;
  let strongest: MessageSignature | undefined;
  let strongestWeight = 0;
  // Signatures of one group are one fragment (e.g. a localised wording and its English original): the best of a group counts once.
  const bestByGroup = new Map<string, { weight: number; signature: MessageSignature }>();
  for (const signature of signatures) {
    const weight = weightInPhase(signature, phase);
    if (weight <= 0 || !matchesEither(signature.pattern, normalized, literal)) continue;
    const group = signature.group ?? signature.name;
    const best = bestByGroup.get(group);
    if (!best || weight > best.weight) bestByGroup.set(group, { weight, signature });
  }
  for (const { weight, signature } of bestByGroup.values()) {
    miss *= 1 - weight;
    if (weight > strongestWeight) {
      strongestWeight = weight;
      strongest = signature;
    }
  }
  const result: MessageScore = { score: 1 - miss };
  if (strongest) result.strongest = strongest;
  return result;
}
