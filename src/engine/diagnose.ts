import { allRules } from '../rules/index.js';
import type { Candidate } from '../rules/types.js';
import { defaultMatcher } from './explain.js';
import type { DiagnosisInput, DiagnosisResult } from './result.js';
import { diagnoseWith } from './run-rules.js';
import type { TimelineEntry } from './view.js';

/** Most candidates listed on an unexplained failure. */
const maxCandidates = 3;
/** Candidates below this confidence are noise. */
const candidateFloor = 0.05;
/** Timeline entries read per target (the latest telling ones). */
const maxEntries = 8;

/**
 * The causes an unexplained failure's messages point at, through the same matcher as `explain`:
 * each warning or status message in its context (event reason, phase); a cause keeps its best
 * confidence. Only causes a signature or a Windows error code points at are listed.
 */
export function rankCandidates(timeline: readonly TimelineEntry[]): Candidate[] {
  const best = new Map<string, number>();
  const telling = timeline.filter((entry) => entry.message !== '' && (entry.type !== 'Normal' || entry.source === 'status')).slice(-maxEntries);
  for (const entry of telling) {
    for (const match of candidatesOfMessage(entry)) best.set(match.id, Math.max(best.get(match.id) ?? 0, match.confidence));
  }
  return [...best]
    .map(([id, confidence]) => ({ id, confidence }))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
    .slice(0, maxCandidates);
}

/** The same message in the same place repeats across many pods: rank it once. */
const rankedMessages = new Map<string, Candidate[]>();

function candidatesOfMessage(entry: TimelineEntry): Candidate[] {
  const key = `${entry.reason}\u0000${entry.phase}\u0000${entry.message}`;
  let ranked = rankedMessages.get(key);
  if (!ranked) {
    ranked = defaultMatcher()
      .rank(entry.message, { eventReason: entry.reason, phase: entry.phase })
      .filter((match) => (match.features.signature > 0 || match.features.code > 0) && match.confidence >= candidateFloor)
      .map((match) => ({ id: match.id, confidence: match.confidence }));
    rankedMessages.set(key, ranked);
  }
  return ranked;
}

/** Diagnoses a snapshot (and probe facts) with every catalogue rule; unexplained failures get their ranked candidates. */
export function diagnose(input: DiagnosisInput): DiagnosisResult {
  return diagnoseWith(input, allRules, rankCandidates);
}
