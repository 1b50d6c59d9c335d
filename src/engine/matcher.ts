/**
 * The one matcher for text: a pasted message (`explain`), an event or status in a detector, and the
 * candidates of a failure no detector explains. For every cause it computes a few features and
 * combines them with weights fitted on the labelled corpus (scripts/accuracy.ts):
 *
 * - signatures: best match within each signature group, independent groups combined (score.ts),
 *   only in the phase the message was seen in;
 * - retrieval: BM25 (MiniSearch) over each cause's title, symptoms and whys and over real reports
 *   whose cause is known; the best document of the cause, relative to the best document overall and
 *   in absolute strength; documents of reports whose cause is not in the catalogue compete too;
 *   English function words are left out and inflections folded (terms.ts), so that an operator's
 *   wording meets the cause's;
 * - Windows error codes found in the text (HCS 0xC037…, HNS 0x803B…, Win32, NTSTATUS), decoded by
 *   src/windows/error-codes.ts, as words of their own and as hints of the causes that name them;
 * - context: the phase from the event reason, and whether the event reason or reporting component
 *   were seen with the cause in labelled reports.
 *
 * Retrieval uses MiniSearch rather than wink-bm25-text-search: it is maintained, typed, has no
 * dependencies, and takes a custom tokenizer (normalised words plus decoded code names) without an
 * NLP pipeline of its own.
 *
 * The top score becomes a probability through an isotonic map fitted out of fold; a cause is claimed
 * only at or above the claim threshold. Pure: no I/O, no translation.
 */
import MiniSearch from 'minisearch';
import type { MessageSignature, Phase } from '../rules/types.js';
import { findWindowsCodes } from '../windows/error-codes.js';
import { normalizeKeepingPaths, normalizeMessage } from './normalize.js';
import { inferPhase, phaseFromText } from './phase.js';
import { indexTerm } from './terms.js';
import { scoreMessage } from './score.js';

/** What the matcher knows about a cause. */
export interface MatchableCause {
  id: string;
  title: string;
  symptoms: readonly string[];
  signatures: readonly MessageSignature[];
  /** Names of the Windows status codes that point at the cause (its folder's windowsCodes). */
  windowsCodes: readonly string[];
}

/** A labelled report the retrieval index holds (from the corpus). */
export interface MatchExample {
  source: string;
  /** A cause id, or any other label for reports whose cause the catalogue does not have. */
  label: string;
  text: string;
  context?: Readonly<Record<string, string>>;
}

/** Where the text was seen. Everything optional: a pasted message has no context. */
export interface MatchContext {
  eventReason?: string;
  component?: string;
  phase?: Phase;
}

export const featureNames = ['signature', 'retrievalShare', 'retrievalStrength', 'code', 'context'] as const;
export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

export interface MatcherModel {
  weights: Features;
  /** Isotonic map: ascending [score, probability] steps; a score gets the probability of the last step at or below it. */
  calibration: readonly (readonly [number, number])[];
  /** A cause is claimed when its calibrated confidence is at least this. */
  claimThreshold: number;
}

export interface CauseScore {
  id: string;
  score: number;
  features: Features;
  /** The strongest signature that matched, if any. */
  strongest?: MessageSignature;
  /** The closest labelled report, when retrieval found one. */
  nearest?: MatchExample;
}

/** BM25 strength at which the retrieval feature is half way to 1. */
const strengthScale = 12;
/** Label of the index documents written from a cause's own texts. */
const causeDocument = 'cause';

interface IndexedDocument {
  id: number;
  label: string;
  text: string;
  example?: MatchExample;
}

/** Lower-case words of a message plus the names of the Windows codes it mentions. */
export function matchTerms(text: string): string {
  const codes = findWindowsCodes(text)
    .map((found) => found.code?.name.toLowerCase())
    .filter((name): name is string => name !== undefined);
  return `${normalizeMessage(text)} ${codes.join(' ')}`;
}

function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}_]+/u).filter((word) => word.length > 1 && !/^\d+$/.test(word));
}

/** Names of the known Windows codes in the text (the causes that list one in windowsCodes are hinted). */
function codeHints(text: string): Set<string> {
  const hints = new Set<string>();
  for (const found of findWindowsCodes(text)) if (found.code) hints.add(found.code.name);
  return hints;
}

function phaseOf(context: MatchContext | undefined, normalized: string): Phase | undefined {
  if (context?.phase) return context.phase;
  if (context?.eventReason) return inferPhase(context.eventReason, normalized);
  return phaseFromText(normalized);
}

export class Matcher {
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly documents: IndexedDocument[] = [];
  /** Event reasons and components seen with each cause in labelled reports. */
  private readonly contextSeen = new Map<string, Set<string>>();

  constructor(
    private readonly causes: readonly MatchableCause[],
    examples: readonly MatchExample[],
    private readonly model: MatcherModel,
  ) {
    this.index = new MiniSearch<IndexedDocument>({ fields: ['text'], idField: 'id', tokenize, processTerm: indexTerm });
    for (const cause of causes) {
      const text = [cause.title, ...cause.symptoms, ...cause.signatures.map((s) => s.why)].join('\n');
      this.documents.push({ id: this.documents.length, label: cause.id, text: matchTerms(text) });
    }
    for (const example of examples) {
      this.documents.push({ id: this.documents.length, label: example.label, text: matchTerms(example.text), example });
      for (const key of [example.context?.['eventReason'], example.context?.['component']]) {
        if (!key) continue;
        const seen = this.contextSeen.get(example.label) ?? new Set<string>();
        seen.add(key.toLowerCase());
        this.contextSeen.set(example.label, seen);
      }
    }
    this.index.addAll(this.documents);
  }

  /**
   * Features of every cause for a text. `excludeSource` leaves out the reports of one thread (the
   * thread under test in leave-thread-out folds).
   */
  features(text: string, context?: MatchContext, excludeSource?: string): CauseScore[] {
    const normalized = normalizeMessage(text);
    const literal = normalizeKeepingPaths(text);
    const phase = phaseOf(context, normalized);
    const results = normalized === '' ? [] : this.index.search(matchTerms(text), { combineWith: 'OR' });
    const bestByLabel = new Map<string, { score: number; example?: MatchExample }>();
    let bestOverall = 0;
    for (const result of results) {
      const document = this.documents[result['id'] as number]!;
      if (excludeSource !== undefined && document.example?.source === excludeSource) continue;
      bestOverall = Math.max(bestOverall, result.score);
      const current = bestByLabel.get(document.label);
      if (!current || result.score > current.score) bestByLabel.set(document.label, document.example ? { score: result.score, example: document.example } : { score: result.score });
    }
    const hints = codeHints(text);
    const contextKeys = [context?.eventReason, context?.component].filter((key): key is string => key !== undefined).map((key) => key.toLowerCase());
    return this.causes.map((cause) => {
      const { score: signature, strongest } = scoreMessage(normalized, literal, cause.signatures, phase);
      const retrieved = bestByLabel.get(cause.id);
      const strength = retrieved?.score ?? 0;
      const seen = this.contextSeen.get(cause.id);
      const features: Features = {
        signature,
        retrievalShare: bestOverall > 0 ? strength / bestOverall : 0,
        retrievalStrength: strength / (strength + strengthScale),
        code: cause.windowsCodes.some((name) => hints.has(name)) ? 1 : 0,
        context: seen && contextKeys.some((key) => seen.has(key)) ? 1 : 0,
      };
      const scored: CauseScore = { id: cause.id, score: combine(features, this.model.weights), features };
      if (strongest) scored.strongest = strongest;
      if (retrieved?.example) scored.nearest = retrieved.example;
      return scored;
    });
  }

  /** Causes ranked best first, each with its calibrated confidence. */
  rank(text: string, context?: MatchContext, excludeSource?: string): (CauseScore & { confidence: number })[] {
    return this.features(text, context, excludeSource)
      .filter((scored) => scored.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .map((scored) => ({ ...scored, confidence: calibrated(scored.score, this.model.calibration) }));
  }

  get claimThreshold(): number {
    return this.model.claimThreshold;
  }
}

export function combine(features: Features, weights: Features): number {
  let total = 0;
  for (const name of featureNames) total += features[name] * weights[name];
  return total;
}

/** The probability of the isotonic step at or below the score (0 below the first step). */
export function calibrated(score: number, steps: readonly (readonly [number, number])[]): number {
  let probability = 0;
  for (const [at, value] of steps) {
    if (score + 1e-12 < at) break;
    probability = value;
  }
  return Math.round(probability * 100) / 100;
}

/**
 * Isotonic regression (pool adjacent violators) of correctness on score: the non-decreasing step
 * function that fits the observed hit rate best. Returns the steps as [lowest score, probability].
 */
export function fitIsotonic(points: readonly { score: number; correct: boolean }[]): [number, number][] {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  const blocks: { low: number; sum: number; count: number }[] = [];
  for (const point of sorted) {
    blocks.push({ low: point.score, sum: point.correct ? 1 : 0, count: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.sum / blocks.at(-2)!.count >= blocks.at(-1)!.sum / blocks.at(-1)!.count) {
      const last = blocks.pop()!;
      const previous = blocks.at(-1)!;
      previous.sum += last.sum;
      previous.count += last.count;
    }
  }
  return blocks.map((block) => [Math.round(block.low * 1e4) / 1e4, Math.round((block.sum / block.count) * 1e4) / 1e4]);
}
