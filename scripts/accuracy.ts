/**
 * Fits the matcher on the labelled corpus (corpus/*.yaml) and measures it with leave-thread-out
 * cross-validation: every entry of one public thread falls in the same fold, the weights, the
 * calibration and the claim threshold are fitted on the training folds only (calibration and
 * threshold on inner leave-thread-out folds of them), and the held-out fold's threads are absent
 * from the retrieval index. Writes:
 *
 * - docs/accuracy.md: held-out top-1, false claims, reliability table, per-cause precision/recall;
 * - src/engine/matcher-model.generated.ts: the model fitted on the whole corpus, with the reports
 *   the product's retrieval index holds.
 *
 *   npm run accuracy            # fit, measure and write both files
 *   npx tsx scripts/accuracy.ts --check   # exit 1 when either file is stale
 *   npx tsx scripts/accuracy.ts --misses  # held-out text-decidable entries ranked wrong, with the top three causes
 *
 * test/explain-accuracy.test.ts fails when either file differs from what this writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCauses } from '../src/causes/index.js';
import { matchable } from '../src/engine/matchable.js';
import type { CorpusEntry } from '../src/corpus/schema.js';
import {
  combine,
  confidenceOf,
  featureNames,
  fitCalibration,
  fitNoneScore,
  fitWeights,
  Matcher,
  softmaxShares,
  type CauseScore,
  type Features,
  type FitRow,
  type MatchableCause,
  type MatchContext,
  type MatcherModel,
} from '../src/engine/matcher.js';
import type { Phase } from '../src/rules/types.js';
import { loadCorpus } from './corpus.js';

export const folds = 5;
/** Confident false claims allowed on the training folds when choosing the threshold (the target on held-out folds is 5%). */
const falseClaimBudget = 0.04;
/** The same on entries whose cause is outside the catalogue (the held-out target is 5% there too): texts that read like a catalogue cause but are not one. */
const outsideFalseClaimBudget = 0.05;
/** Inner folds (of the training threads) on which the calibration and the claim threshold are fitted. */
const innerFolds = 4;
/** Claim thresholds tried, lowest first: 0.30 to 0.95 by 0.05, then 0.96 to 0.99. */
const thresholdGrid = [...Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100), 0.96, 0.97, 0.98, 0.99];

const accuracyPath = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
const modelPath = fileURLToPath(new URL('../src/engine/matcher-model.generated.ts', import.meta.url));

/** Causes the matcher ranks: those with a detector, signatures or symptoms (not the meta causes). */
export function matchableCauses(): MatchableCause[] {
  return matchable(allCauses);
}

/** The fold of a thread: stable, from a hash of its source. */
export function foldOf(source: string): number {
  return createHash('sha256').update(source).digest()[0]! % folds;
}

const phases: readonly string[] = ['schedule', 'sandbox', 'pull', 'create', 'run', 'mount', 'node', 'any'] satisfies Phase[];

function isPhase(value: string): value is Phase {
  return phases.includes(value);
}

export function contextOf(entry: CorpusEntry): MatchContext {
  const context: MatchContext = {};
  if (entry.context['eventReason']) context.eventReason = entry.context['eventReason'];
  if (entry.context['component']) context.component = entry.context['component'];
  const phase = entry.context['phase'];
  if (phase && isPhase(phase)) context.phase = phase;
  return context;
}

const neutral: MatcherModel = {
  weights: Object.fromEntries(featureNames.map((name) => [name, 1])) as Features,
  noneScore: 0,
  calibration: { slope: 1, intercept: 0 },
  claimThreshold: 1,
};

interface Scored {
  entry: CorpusEntry;
  /** Whether the label is a cause the matcher can name. */
  known: boolean;
  causes: CauseScore[];
}

function scoreEntries(matcher: Matcher, entries: readonly CorpusEntry[], known: ReadonlySet<string>, leaveOwnThreadOut: boolean): Scored[] {
  return entries.map((entry) => ({
    entry,
    known: known.has(entry.label),
    causes: matcher.features(entry.text, contextOf(entry), leaveOwnThreadOut ? entry.source : undefined),
  }));
}

interface Verdict {
  entry: CorpusEntry;
  known: boolean;
  top?: string;
  score: number;
  /** The first-ranked cause's share of the softmax over all causes. */
  share: number;
  /** The three best-ranked causes with their scores (for --misses). */
  ranked: { id: string; score: number }[];
}

function verdicts(scored: readonly Scored[], weights: Features, noneScore: number): Verdict[] {
  return scored.map(({ entry, known, causes }) => {
    const scores = causes.map((cause) => combine(cause.features, weights));
    const shares = softmaxShares(scores, noneScore);
    const ranked = causes
      .map((cause, index) => ({ id: cause.id, score: scores[index]!, share: shares[index]! }))
      .filter((cause) => cause.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const first = ranked[0];
    const top3 = ranked.slice(0, 3).map(({ id, score }) => ({ id, score }));
    return first === undefined ? { entry, known, score: 0, share: 0, ranked: top3 } : { entry, known, top: first.id, score: first.score, share: first.share, ranked: top3 };
  });
}

function fitRows(scored: readonly Scored[]): FitRow[] {
  return scored.map((s) => ({
    candidates: s.causes.map((c) => featureNames.map((name) => c.features[name])),
    answer: s.known ? s.causes.findIndex((c) => c.id === s.entry.label) : -1,
  }));
}

/**
 * The lowest threshold whose confident false claims stay within the budget on these entries, both
 * over all of them and over those whose cause is outside the catalogue (which can only be answered
 * by claiming nothing).
 */
function fitThreshold(confidences: readonly { confidence: number; correct: boolean; claimedSomething: boolean; known: boolean }[]): number {
  const unknown = confidences.filter((c) => !c.known);
  const falseClaimRate = (rows: readonly (typeof confidences)[number][], threshold: number): number =>
    rows.filter((c) => c.claimedSomething && !c.correct && c.confidence >= threshold).length / Math.max(1, rows.length);
  for (const threshold of thresholdGrid) {
    if (falseClaimRate(confidences, threshold) <= falseClaimBudget && falseClaimRate(unknown, threshold) <= outsideFalseClaimBudget) return threshold;
  }
  return 1;
}

/** Inner fold of a thread within a training set (a different hash from the outer folds). */
function innerFoldOf(source: string): number {
  return createHash('sha256').update(`inner:${source}`).digest()[0]! % innerFolds;
}

/**
 * Fits weights, calibration and threshold on entries scored leave-own-thread-out. The calibration
 * and the threshold are fitted on inner leave-thread-out folds (weights fitted without the threads
 * they are measured on), the weights of the model on all the entries.
 */
export function fitModel(scored: readonly Scored[]): MatcherModel {
  const rows = fitRows(scored);
  const outOfFold: Verdict[] = [];
  for (let inner = 0; inner < innerFolds; inner += 1) {
    const trainRows = rows.filter((_, index) => innerFoldOf(scored[index]!.entry.source) !== inner);
    const innerWeights = fitWeights(trainRows);
    outOfFold.push(...verdicts(scored.filter((s) => innerFoldOf(s.entry.source) === inner), innerWeights, fitNoneScore(trainRows, innerWeights)));
  }
  const correct = (v: Verdict): boolean => v.known && v.top === v.entry.label;
  const calibration = fitCalibration(outOfFold.filter((v) => v.top !== undefined).map((v) => ({ share: v.share, correct: correct(v) })));
  const claimThreshold = fitThreshold(
    outOfFold.map((v) => ({ confidence: v.top ? confidenceOf(v.share, calibration) : 0, correct: correct(v), claimedSomething: v.top !== undefined, known: v.known })),
  );
  const weights = fitWeights(rows);
  return { weights, noneScore: fitNoneScore(rows, weights), calibration, claimThreshold };
}

export interface HeldOut {
  entry: CorpusEntry;
  fold: number;
  known: boolean;
  top?: string;
  confidence: number;
  claimed: boolean;
  ranked: { id: string; score: number }[];
}

export interface Evaluation {
  entries: number;
  threads: number;
  causes: string[];
  results: HeldOut[];
  /** Claim threshold of each fold's model. */
  thresholds: number[];
}

/** Leave-thread-out cross-validation over the corpus. */
export function crossValidate(entries: readonly CorpusEntry[], causes: readonly MatchableCause[]): Evaluation {
  const known = new Set(causes.map((cause) => cause.id));
  const results: HeldOut[] = [];
  const thresholds: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const training = entries.filter((entry) => foldOf(entry.source) !== fold);
    const heldOut = entries.filter((entry) => foldOf(entry.source) === fold);
    const matcher = new Matcher(causes, training, neutral);
    const model = fitModel(scoreEntries(matcher, training, known, true));
    thresholds.push(model.claimThreshold);
    for (const verdict of verdicts(scoreEntries(matcher, heldOut, known, false), model.weights, model.noneScore)) {
      const confidence = verdict.top ? confidenceOf(verdict.share, model.calibration) : 0;
      const result: HeldOut = {
        entry: verdict.entry,
        fold,
        known: verdict.known,
        confidence,
        claimed: verdict.top !== undefined && confidence >= model.claimThreshold,
        ranked: verdict.ranked,
      };
      if (verdict.top) result.top = verdict.top;
      results.push(result);
    }
  }
  return { entries: entries.length, threads: new Set(entries.map((e) => e.source)).size, causes: [...known].sort(), results, thresholds };
}

/** The model the product uses: fitted on the whole corpus. */
export function fitFinalModel(entries: readonly CorpusEntry[], causes: readonly MatchableCause[]): MatcherModel {
  const known = new Set(causes.map((cause) => cause.id));
  const matcher = new Matcher(causes, entries, neutral);
  return fitModel(scoreEntries(matcher, entries, known, true));
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`;
}

export function renderAccuracy(evaluation: Evaluation, model: MatcherModel): string {
  const { results } = evaluation;
  const correct = (r: HeldOut): boolean => r.known && r.top === r.entry.label;
  const decidable = results.filter((r) => r.known && r.entry.textDecidable);
  const labelled = results.filter((r) => r.known);
  const others = results.filter((r) => !r.known);
  const falseClaims = results.filter((r) => r.claimed && !correct(r));
  const claims = results.filter((r) => r.claimed);
  const byKind = (kind: string): string => {
    const rows = decidable.filter((r) => r.entry.kind === kind);
    return `${kind} ${rows.filter(correct).length}/${rows.length}`;
  };
  const lines = [
    '# Accuracy of the matcher',
    '',
    `Measured on the labelled corpus (corpus/*.yaml): ${evaluation.entries} real reports from ${evaluation.threads} public threads, each labelled with the cause its thread settled on.`,
    `Leave-thread-out cross-validation in ${folds} folds: every entry of a thread is in one fold; weights, calibration and claim threshold are fitted on the other folds, whose reports alone form the retrieval index.`,
    'Entries whose label is not a cause of the catalogue (proposed causes, `none`) can only be answered by claiming nothing.',
    'Regenerate with `npm run accuracy`; a test fails when this page is out of date.',
    '',
    '## Held-out results',
    '',
    `- Top-1 on text-decidable entries labelled with a catalogue cause: ${decidable.filter(correct).length} of ${decidable.length} (${percent(decidable.filter(correct).length, decidable.length)}; ${['message', 'log', 'narrative'].map(byKind).join(', ')}).`,
    `- Top-1 on all entries labelled with a catalogue cause: ${labelled.filter(correct).length} of ${labelled.length} (${percent(labelled.filter(correct).length, labelled.length)}).`,
    `- Confident false claims: ${falseClaims.length} of ${results.length} entries (${percent(falseClaims.length, results.length)}); on entries whose cause is outside the catalogue: ${others.filter((r) => r.claimed).length} of ${others.length} (${percent(others.filter((r) => r.claimed).length, others.length)}).`,
    `- Claims: ${claims.length}, of which right ${claims.filter(correct).length} (precision ${percent(claims.filter(correct).length, claims.length)}).`,
    `- Claim thresholds chosen per fold: ${evaluation.thresholds.join(', ')}.`,
    '',
    '## Reliability (held-out confidence of the first-ranked cause)',
    '',
    '| confidence | entries | right | observed |',
    '|---|---:|---:|---:|',
  ];
  for (let low = 0; low < 100; low += 20) {
    const high = low + 20;
    const bucket = results.filter((r) => r.top !== undefined && r.confidence * 100 >= low && (r.confidence * 100 < high || (high === 100 && r.confidence <= 1)));
    lines.push(`| ${low}-${high}% | ${bucket.length} | ${bucket.filter(correct).length} | ${percent(bucket.filter(correct).length, bucket.length)} |`);
  }
  lines.push('', '## Per cause (held out)', '', '| cause | entries | ranked first | claimed right | claimed wrongly | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const id of evaluation.causes) {
    const mine = results.filter((r) => r.entry.label === id);
    const claimedRight = results.filter((r) => r.claimed && r.top === id && r.entry.label === id).length;
    const claimedWrong = results.filter((r) => r.claimed && r.top === id && r.entry.label !== id).length;
    lines.push(
      `| ${id} | ${mine.length} | ${mine.filter(correct).length} | ${claimedRight} | ${claimedWrong} | ${percent(claimedRight, claimedRight + claimedWrong)} | ${percent(claimedRight, mine.length)} |`,
    );
  }
  lines.push(
    '',
    '## Model used by the product (fitted on the whole corpus)',
    '',
    `- Weights: ${featureNames.map((name) => `${name} ${model.weights[name]}`).join(', ')}.`,
    `- Score of no cause: ${model.noneScore}; confidence = σ(${model.calibration.slope} · logit(share) + ${model.calibration.intercept}).`,
    `- Claim threshold: ${model.claimThreshold}.`,
    '',
  );
  return lines.join('\n');
}

export function modelSource(model: MatcherModel, entries: readonly CorpusEntry[]): string {
  const examples = entries.map((entry) => {
    const example: Record<string, unknown> = { source: entry.source, label: entry.label, text: entry.text };
    const context = contextOf(entry);
    if (Object.keys(context).length > 0) example['context'] = context;
    return example;
  });
  return [
    '// Generated by scripts/accuracy.ts from corpus/*.yaml (npm run accuracy). Do not edit.',
    "import type { MatchExample, MatcherModel } from './matcher.js';",
    '',
    `export const matcherModel: MatcherModel = ${JSON.stringify(model)};`,
    '',
    '/** The labelled reports of the retrieval index. */',
    `export const matchExamples: readonly MatchExample[] = ${JSON.stringify(examples, null, 1)};`,
    '',
  ].join('\n');
}

/** The held-out text-decidable catalogue entries ranked wrong: thread, label, kind, the top three causes and the start of the text. */
export function renderMisses(evaluation: Evaluation): string {
  const misses = evaluation.results.filter((r) => r.known && r.entry.textDecidable && r.top !== r.entry.label);
  const blocks = misses.map((r) => {
    const ranked = r.ranked.map((cause) => `${cause.id} ${cause.score.toFixed(3)}`).join(', ') || '(nothing)';
    const context = Object.entries(r.entry.context).map(([key, value]) => `${key}=${value}`).join(' ');
    const text = r.entry.text.replace(/\s+/g, ' ').trim().slice(0, 200);
    return [`${r.entry.source} [${r.entry.kind}] label ${r.entry.label}${context ? ` (${context})` : ''}`, `  ranked: ${ranked}`, `  text: ${text}`].join('\n');
  });
  return [`${misses.length} held-out misses`, ...blocks, ''].join('\n');
}

/** Both generated files, computed from the corpus and the causes. */
export function accuracyFiles(): { accuracy: string; model: string; problems: string[] } {
  const { entries, problems } = loadCorpus();
  const causes = matchableCauses();
  const model = fitFinalModel(entries, causes);
  return { accuracy: renderAccuracy(crossValidate(entries, causes), model), model: modelSource(model, entries), problems };
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--misses')) {
    const { entries } = loadCorpus();
    process.stdout.write(renderMisses(crossValidate(entries, matchableCauses())));
    process.exit(0);
  }
  const { accuracy, model, problems } = accuracyFiles();
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  if (process.argv.includes('--check')) {
    const stale = [read(accuracyPath) !== accuracy ? 'docs/accuracy.md' : '', read(modelPath) !== model ? 'src/engine/matcher-model.generated.ts' : ''].filter(Boolean);
    for (const path of stale) process.stderr.write(`stale: ${path} (run npm run accuracy)\n`);
    process.exitCode = stale.length > 0 || problems.length > 0 ? 1 : 0;
  } else {
    writeFileSync(accuracyPath, accuracy);
    writeFileSync(modelPath, model);
    process.stdout.write(accuracy.split('\n').filter((line) => line.startsWith('- ')).join('\n') + '\n');
    process.exitCode = problems.length > 0 ? 1 : 0;
  }
}
