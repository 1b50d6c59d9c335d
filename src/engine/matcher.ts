/**
 * The one matcher for text: a pasted message (`explain`), an event or status in a detector, and the
 * candidates of a failure no detector explains. For every cause it computes a few features and
 * combines them with weights fitted on the labelled corpus (scripts/accuracy.ts):
 *
 * - signatures: best match within each signature group, independent groups combined (score.ts),
 *   only in the phase the message was seen in;
 * - retrieval: BM25 (MiniSearch) over each cause's own texts (title, symptoms, page symptoms,
 *   explanation, whys) and over real reports whose cause is known: the cause's own texts relative to
 *   the best document, its best report relative to the best document and in absolute strength, and
 *   its share of the votes of the ten best documents; documents of reports whose cause is not in the
 *   catalogue compete too. English function words are left out, inflections folded and compound
 *   names (CamelCase, paths, snake_case) split next to their whole form (terms.ts), so that an
 *   operator's wording meets the cause's;
 * - Windows error codes found in the text (HCS 0xC037…, HNS 0x803B…, Win32, NTSTATUS), decoded by
 *   src/windows/error-codes.ts, as words of their own and as hints of the causes that name them;
 * - context: the phase from the event reason (for signatures), and how often the event reason,
 *   reporting component and phase were seen with the cause in labelled reports.
 *
 * Retrieval uses MiniSearch rather than wink-bm25-text-search: it is maintained, typed, has no
 * dependencies, and takes a custom tokenizer (normalised words plus decoded code names) without an
 * NLP pipeline of its own.
 *
 * Feature weights are fitted as a conditional logit on training folds; a cause's share of the
 * softmax over all causes becomes a probability through a Platt map fitted out of fold, and a cause
 * is claimed only at or above the claim threshold. Pure: no I/O, no translation.
 */
import MiniSearch from 'minisearch';
import type { MessageSignature, Phase } from '../rules/types.js';
import { findWindowsCodes } from '../windows/error-codes.js';
import { normalizeKeepingPaths, normalizeMessage } from './normalize.js';
import { inferPhase, phaseFromText } from './phase.js';
import { compoundParts, indexTerm } from './terms.js';
import { matchesEither } from './match.js';
import { scoreMessage, weightInPhase } from './score.js';

/** What the matcher knows about a cause. */
export interface MatchableCause {
  id: string;
  title: string;
  symptoms: readonly string[];
  signatures: readonly MessageSignature[];
  /** Names of the Windows status codes that point at the cause (its folder's windowsCodes). */
  windowsCodes: readonly string[];
  /** Fragments of the normalised text that show the cause does not apply: such a text never ranks it. */
  ruledOutBy?: readonly RegExp[];
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

export const featureNames = ['signature', 'causeText', 'symptomLine', 'reportShare', 'reportStrength', 'reportVotes', 'code', 'context', 'signatureLead', 'signatureEvidence', 'coverage'] as const;
export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

/** Platt map of a cause's share of the ranking: confidence = σ(slope · logit(share) + intercept). */
export interface Calibration {
  slope: number;
  intercept: number;
}

export interface MatcherModel {
  /** Non-negative weight of each feature in a cause's score; the share of a cause is the softmax of the scores over all causes. */
  weights: Features;
  /** Score of "none of these causes" in the softmax, so that a share is also measured against no cause at all. */
  noneScore: number;
  /** Turns a cause's share into the probability that it is the right cause (fitted out of fold). */
  calibration: Calibration;
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

/** BM25 strength at which the report-strength feature is half way to 1. */
const strengthScale = 12;
/** BM25 score below which the best document's shares are scaled down: one or two rare words in common is no match. */
const weakestFullShare = 60;
/** Signature score from which a fragment's meaning joins the retrieval query. */
const strongFragment = 0.5;
/** How many of the best retrieved documents vote for their cause. */
const votingDocuments = 10;
/** Pseudo-count that keeps a context seen once or twice from deciding alone. */
const contextSmoothing = 2;

interface IndexedDocument {
  id: number;
  label: string;
  text: string;
  /** Set for documents that are labelled reports; absent for a cause's own texts. */
  example?: MatchExample;
  /** A single line of a cause's texts (its title or one symptom), indexed next to the whole. */
  line?: boolean;
  /** Where a labelled report was seen, from its event reason or its wording, when either tells. */
  phase?: Phase;
}

/** Lower-case words of a message plus the names of the Windows codes it mentions and the words inside its compound names. */
export function matchTerms(text: string): string {
  const codes = findWindowsCodes(text)
    .map((found) => found.code?.name.toLowerCase())
    .filter((name): name is string => name !== undefined);
  return [normalizeMessage(text), ...codes, ...compoundParts(text)].join(' ');
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

/**
 * Whether a labelled report was seen somewhere else than the text under question: both phases
 * known and different, or a sandbox report for a text that says nothing of a sandbox (the kubelet's
 * sandbox failures always say so, so their reports do not stand for other failures).
 */
function phasesConflict(query: Phase | undefined, report: Phase | undefined): boolean {
  if (report === undefined) return false;
  if (query === undefined || query === 'any') return report === 'sandbox';
  return query !== report;
}

/**
 * Whether one of the cause's fragments is in the text but bound to other phases than the known
 * place of the text (a sandbox-only fragment in a container-creation event): the text then speaks
 * of this cause's words in the wrong place.
 */
function matchesOutOfPhase(signatures: readonly MessageSignature[], normalized: string, literal: string, phase: Phase | undefined): boolean {
  if (phase === undefined || phase === 'any') return false;
  return signatures.some((signature) => signature.weight >= 0.5 && weightInPhase(signature, phase) === 0 && matchesEither(signature.pattern, normalized, literal));
}

/** The context keys a place gives: its event reason, reporting component and the phase its event reason implies. */
function contextKeys(context: Readonly<Record<string, string | undefined>> | undefined): string[] {
  if (!context) return [];
  const keys: string[] = [];
  const reason = context['eventReason'];
  if (reason) keys.push(`reason:${reason.toLowerCase()}`);
  if (context['component']) keys.push(`component:${context['component'].toLowerCase()}`);
  const phase = context['phase'] ?? (reason ? inferPhase(reason, '') : undefined);
  if (phase && phase !== 'any') keys.push(`phase:${phase}`);
  return keys;
}

export class Matcher {
  private readonly index: MiniSearch<IndexedDocument>;
  private readonly documents: IndexedDocument[] = [];
  /** For each context key (event reason, component, phase), the labelled reports seen with it. */
  private readonly contextSeen = new Map<string, { label: string; source: string }[]>();
  /** In how many documents each index term occurs. */
  private readonly documentFrequency = new Map<string, number>();
  /** The sources of the labelled reports of each label. */
  private readonly reportsByLabel = new Map<string, string[]>();

  constructor(
    private readonly causes: readonly MatchableCause[],
    examples: readonly MatchExample[],
    private readonly model: MatcherModel,
  ) {
    this.index = new MiniSearch<IndexedDocument>({ fields: ['text'], idField: 'id', tokenize, processTerm: indexTerm });
    for (const cause of causes) {
      const text = [cause.title, ...cause.symptoms, ...cause.signatures.map((s) => s.why)].join('\n');
      this.documents.push({ id: this.documents.length, label: cause.id, text: matchTerms(text) });
      for (const line of [cause.title, ...cause.symptoms]) this.documents.push({ id: this.documents.length, label: cause.id, text: matchTerms(line), line: true });
    }
    for (const example of examples) {
      const document: IndexedDocument = { id: this.documents.length, label: example.label, text: matchTerms(example.text), example };
      const phase = phaseOf(example.context as MatchContext | undefined, normalizeMessage(example.text));
      if (phase !== undefined && phase !== 'any') document.phase = phase;
      this.documents.push(document);
      for (const key of contextKeys(example.context)) {
        const seen = this.contextSeen.get(key) ?? [];
        seen.push({ label: example.label, source: example.source });
        this.contextSeen.set(key, seen);
      }
    }
    for (const example of examples) {
      const sources = this.reportsByLabel.get(example.label);
      if (sources) sources.push(example.source);
      else this.reportsByLabel.set(example.label, [example.source]);
    }
    for (const document of this.documents) {
      for (const term of new Set(tokenize(document.text).map(indexTerm))) if (term !== null) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.index.addAll(this.documents);
  }

  /** Inverse document frequency of an index term over all documents (BM25's form); a term no document has gets the largest. */
  private idf(term: string): number {
    const count = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.documents.length - count + 0.5) / (count + 0.5));
  }

  private hasReports(label: string, excludeSource: string | undefined): boolean {
    return (this.reportsByLabel.get(label) ?? []).some((source) => source !== excludeSource);
  }

  /** For each label, the smoothed share of the reports seen in this context that carry it (best over the context keys). */
  private contextShares(context: MatchContext | undefined, excludeSource: string | undefined): Map<string, number> {
    const shares = new Map<string, number>();
    for (const key of contextKeys(context as Readonly<Record<string, string | undefined>> | undefined)) {
      const seen = (this.contextSeen.get(key) ?? []).filter((report) => report.source !== excludeSource);
      const counts = new Map<string, number>();
      for (const report of seen) counts.set(report.label, (counts.get(report.label) ?? 0) + 1);
      for (const [label, count] of counts) shares.set(label, Math.max(shares.get(label) ?? 0, count / (seen.length + contextSmoothing)));
    }
    return shares;
  }

  /**
   * Features of every cause for a text. `excludeSource` leaves out the reports of one thread (the
   * thread under test in leave-thread-out folds).
   */
  features(text: string, context?: MatchContext, excludeSource?: string): CauseScore[] {
    const normalized = normalizeMessage(text);
    const literal = normalizeKeepingPaths(text);
    const phase = phaseOf(context, normalized);
    const signatures = this.causes.map((cause) => scoreMessage(normalized, literal, cause.signatures, phase));
    // What the text's strong fragments mean, in the catalogue's words: a localised Windows message then retrieves like its English original.
    const meanings = signatures.filter((matched) => matched.score >= strongFragment && matched.strongest).map((matched) => matched.strongest!.why);
    const query = [matchTerms(text), ...meanings.map(matchTerms)].join('\n');
    const results = (normalized === '' ? [] : this.index.search(query, { combineWith: 'OR' })).filter(
      (result) => {
        const document = this.documents[result['id'] as number]!;
        return (excludeSource === undefined || document.example?.source !== excludeSource) && !phasesConflict(phase, document.phase);
      },
    );
    const bestOverall = results[0]?.score ?? 0;
    // Retrieval evidence is relative to the best document, and weak as a whole when even the best is weak (a text that shares a word or two with the catalogue).
    const retrievalWeight = Math.min(1, bestOverall / weakestFullShare);
    const causeText = new Map<string, number>();
    const symptomLine = new Map<string, number>();
    const bestReport = new Map<string, { score: number; example: MatchExample }>();
    // The query terms each cause's texts and reports contain (for the coverage below).
    const covered = new Map<string, Set<string>>();
    for (const result of results) {
      const document = this.documents[result['id'] as number]!;
      const terms = covered.get(document.label);
      if (terms) for (const term of result.queryTerms) terms.add(term);
      else covered.set(document.label, new Set(result.queryTerms));
      if (document.line) symptomLine.set(document.label, Math.max(symptomLine.get(document.label) ?? 0, result.score));
      else if (!document.example) causeText.set(document.label, Math.max(causeText.get(document.label) ?? 0, result.score));
      else if ((bestReport.get(document.label)?.score ?? 0) < result.score) bestReport.set(document.label, { score: result.score, example: document.example });
    }
    // How much of the text (its words weighted by rarity, words no document has weighing most) the cause's texts and reports contain: absolute, unlike the shares above.
    const queryTerms = new Set(tokenize(query).map(indexTerm).filter((term): term is string => term !== null));
    const queryWeight = [...queryTerms].reduce((sum, term) => sum + this.idf(term), 0);
    const voters = results.slice(0, votingDocuments);
    const voteTotal = voters.reduce((sum, result) => sum + result.score, 0);
    const votes = new Map<string, number>();
    for (const result of voters) {
      const label = this.documents[result['id'] as number]!.label;
      votes.set(label, (votes.get(label) ?? 0) + result.score / voteTotal);
    }
    const hints = codeHints(text);
    const contextShares = this.contextShares(context, excludeSource);
    const bestSignature = Math.max(0, ...signatures.map((matched) => matched.score));
    return this.causes.map((cause, index) => {
      const { score: signature, strongest } = signatures[index]!;
      const report = bestReport.get(cause.id);
      // A cause without labelled reports (a new cause, or one whose only thread is left out) stands in with its own symptom lines.
      const strength = this.hasReports(cause.id, excludeSource) ? (report?.score ?? 0) : (symptomLine.get(cause.id) ?? 0);
      // Words of a cause met in the wrong place (its fragment is in the text but bound to other phases) are no evidence for it, as for reports seen elsewhere.
      const retrieval = matchesOutOfPhase(cause.signatures, normalized, literal, phase) ? 0 : retrievalWeight;
      const features: Features = {
        signature,
        causeText: bestOverall > 0 ? (retrieval * (causeText.get(cause.id) ?? 0)) / bestOverall : 0,
        symptomLine: bestOverall > 0 ? (retrieval * (symptomLine.get(cause.id) ?? 0)) / bestOverall : 0,
        reportShare: bestOverall > 0 ? (retrieval * strength) / bestOverall : 0,
        reportStrength: (retrieval * strength) / (strength + strengthScale),
        reportVotes: retrieval * (votes.get(cause.id) ?? 0),
        code: cause.windowsCodes.some((name) => hints.has(name)) ? 1 : 0,
        context: contextShares.get(cause.id) ?? 0,
        signatureLead: signature > 0 && signature === bestSignature ? 1 : 0,
        signatureEvidence: Math.log(1 - Math.min(signature, 0.99)) / Math.log(0.01),
        coverage: queryWeight > 0 ? (retrieval * [...(covered.get(cause.id) ?? [])].reduce((sum, term) => sum + this.idf(term), 0)) / queryWeight : 0,
      };
      // A text that rules the cause out leaves it no evidence at all, in the fit as in the ranking.
      if ((cause.ruledOutBy ?? []).some((pattern) => pattern.test(normalized) || pattern.test(literal))) {
        for (const name of featureNames) features[name] = 0;
      }
      const scored: CauseScore = { id: cause.id, score: combine(features, this.model.weights), features };
      if (strongest) scored.strongest = strongest;
      if (report) scored.nearest = report.example;
      return scored;
    });
  }

  /** Causes ranked best first, each with its calibrated confidence. */
  rank(text: string, context?: MatchContext, excludeSource?: string): (CauseScore & { confidence: number })[] {
    const scored = this.features(text, context, excludeSource);
    const shares = softmaxShares(scored.map((cause) => cause.score), this.model.noneScore);
    return scored
      .map((cause, index) => ({ ...cause, confidence: confidenceOf(shares[index]!, this.model.calibration) }))
      .filter((cause) => cause.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
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

/** Softmax of the causes' scores, with "none of them" scoring `noneScore` when given: each cause's share. */
export function softmaxShares(scores: readonly number[], noneScore?: number): number[] {
  const top = Math.max(0, noneScore ?? 0, ...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0) + (noneScore === undefined ? 0 : Math.exp(noneScore - top));
  return exps.map((value) => (total > 0 ? value / total : 0));
}

/**
 * The score of "none of these causes" that maximises the likelihood of the rows with fixed weights:
 * rows whose cause is outside the catalogue (answer -1) are answered by none. Bisection on the
 * derivative, which falls as the score grows.
 */
export function fitNoneScore(rows: readonly FitRow[], weights: Features): number {
  const w = featureNames.map((name) => weights[name]);
  const rowScores = rows.map((row) => row.candidates.map((values) => values.reduce((sum, value, k) => sum + value * w[k]!, 0)));
  const slope = (none: number): number =>
    rows.reduce((sum, row, index) => {
      const scores = rowScores[index]!;
      const top = Math.max(none, ...scores);
      const total = scores.reduce((acc, score) => acc + Math.exp(score - top), 0) + Math.exp(none - top);
      return sum + (row.answer < 0 ? 1 : 0) - Math.exp(none - top) / total;
    }, 0);
  let low = -40;
  let high = 40;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (slope(middle) > 0) low = middle;
    else high = middle;
  }
  return Math.round(((low + high) / 2) * 1e4) / 1e4;
}

function logit(probability: number): number {
  const clamped = Math.min(1 - 1e-6, Math.max(1e-6, probability));
  return Math.log(clamped / (1 - clamped));
}

/** The calibrated probability (two decimals) that a cause with this share is the right one. */
export function confidenceOf(share: number, calibration: Calibration): number {
  const probability = 1 / (1 + Math.exp(-(calibration.slope * logit(share) + calibration.intercept)));
  return Math.round(probability * 100) / 100;
}

/** A labelled point for fitting: each cause's features, and the index of the right cause (-1 when none of them is). */
export interface FitRow {
  candidates: readonly (readonly number[])[];
  answer: number;
}

/**
 * Non-negative feature weights that maximise the softmax likelihood of the right cause (conditional
 * logit), with a small L2 penalty; plain projected gradient descent with Adam steps, deterministic.
 */
export function fitWeights(rows: readonly FitRow[], options: { iterations?: number; rate?: number; penalty?: number } = {}): Features {
  const { iterations = 300, rate = 0.1, penalty = 0.01 } = options;
  const size = featureNames.length;
  const weights = new Array<number>(size).fill(1);
  const moment = new Array<number>(size).fill(0);
  const velocity = new Array<number>(size).fill(0);
  const labelled = rows.filter((row) => row.answer >= 0);
  for (let step = 1; step <= iterations && labelled.length > 0; step += 1) {
    const gradient = weights.map((weight) => penalty * weight);
    for (const row of labelled) {
      const scores = row.candidates.map((values) => values.reduce((sum, value, k) => sum + value * weights[k]!, 0));
      const shares = softmaxShares(scores);
      row.candidates.forEach((values, index) => {
        const error = (shares[index]! - (index === row.answer ? 1 : 0)) / labelled.length;
        if (error !== 0) for (let k = 0; k < size; k += 1) gradient[k]! += error * values[k]!;
      });
    }
    for (let k = 0; k < size; k += 1) {
      moment[k] = 0.9 * moment[k]! + 0.1 * gradient[k]!;
      velocity[k] = 0.999 * velocity[k]! + 0.001 * gradient[k]! ** 2;
      const corrected = moment[k]! / (1 - 0.9 ** step);
      const scale = Math.sqrt(velocity[k]! / (1 - 0.999 ** step)) + 1e-8;
      weights[k] = Math.max(0, weights[k]! - (rate * corrected) / scale);
    }
  }
  return Object.fromEntries(featureNames.map((name, k) => [name, Math.round(weights[k]! * 1e4) / 1e4])) as Features;
}

/**
 * Platt scaling: the slope and intercept of a logistic regression of correctness on the logit of
 * the first-ranked cause's share (Newton steps, lightly regularised), so that confidence is a
 * probability that still tells nearby shares apart.
 */
export function fitCalibration(points: readonly { share: number; correct: boolean }[]): Calibration {
  let slope = 1;
  let intercept = 0;
  const ridge = 1e-3;
  for (let step = 0; step < 50 && points.length > 0; step += 1) {
    let g0 = ridge * slope;
    let g1 = 0;
    let h00 = ridge;
    let h01 = 0;
    let h11 = 1e-9;
    for (const point of points) {
      const x = logit(point.share);
      const p = 1 / (1 + Math.exp(-(slope * x + intercept)));
      const error = p - (point.correct ? 1 : 0);
      const curvature = p * (1 - p);
      g0 += error * x;
      g1 += error;
      h00 += curvature * x * x;
      h01 += curvature * x;
      h11 += curvature;
    }
    const determinant = h00 * h11 - h01 * h01;
    if (Math.abs(determinant) < 1e-12) break;
    slope -= (h11 * g0 - h01 * g1) / determinant;
    intercept -= (h00 * g1 - h01 * g0) / determinant;
  }
  return { slope: Math.round(slope * 1e4) / 1e4, intercept: Math.round(intercept * 1e4) / 1e4 };
}
