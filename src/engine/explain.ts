import type { Cause } from '../causes/index.js';
import { matchable } from './matchable.js';
import { allCauses } from '../causes/index.js';
import { catalogMessage, type Message } from '../causes/define.js';
import type { MessageSignature } from '../rules/types.js';
import { Matcher, type MatchContext, type MatcherModel, type MatchExample } from './matcher.js';
import { matchExamples, matcherModel } from './matcher-model.generated.js';

export interface ExplainMatch {
  id: string;
  /** 0..1, two decimals: calibrated on the labelled corpus (docs/accuracy.md). */
  confidence: number;
  /** Why the text points at the cause: a message rendered in the output language at the edge (src/report). */
  why: Message;
}

/** Candidates below this confidence are not shown. */
export const explainFloor = 0.01;
/** A candidate that only shares words (no signature, no error code) needs at least this: one in five such readings is right. */
const wordsOnlyFloor = 0.2;
/** At most this many candidates. */
const maxMatches = 5;

let shared: Matcher | undefined;

/** The matcher of the product: every cause, the corpus reports and the model fitted on them. */
export function defaultMatcher(): Matcher {
  shared ??= new Matcher(matchable(allCauses), matchExamples, matcherModel);
  return shared;
}

export function matcherWith(causes: readonly Cause[], examples: readonly MatchExample[] = matchExamples, model: MatcherModel = matcherModel): Matcher {
  return new Matcher(matchable(causes), examples, model);
}

/**
 * Ranks the causes a pasted message (or an event in its context) points at, best first, with a
 * calibrated confidence and why. The claim threshold (matcher.claimThreshold) separates a named
 * cause from a suggestion.
 */
export function explainWith(text: string, matcher: Matcher, context?: MatchContext): ExplainMatch[] {
  return matcher
    .rank(text, context)
    .filter((match) => match.confidence >= (match.features.signature > 0 || match.features.code > 0 ? explainFloor : wordsOnlyFloor))
    .slice(0, maxMatches)
    .map((match) => ({ id: match.id, confidence: match.confidence, why: whyMessage(match.id, match.strongest, match.nearest?.source) }));
}

/**
 * The why of a match: the cause's own `why.<name>` of its strongest signature (a localised twin
 * shares the why of the signature it names in `whyOf`), else the closest reported case, else its symptoms.
 */
function whyMessage(id: string, strongest: MessageSignature | undefined, nearestSource: string | undefined): Message {
  if (strongest) return { id: `rules.${id}.why.${strongest.whyOf ?? strongest.name}` };
  if (nearestSource !== undefined) return catalogMessage('engine.explain.similarReport', { source: nearestSource });
  return catalogMessage('engine.explain.symptoms');
}

export function explainText(text: string, context?: MatchContext): ExplainMatch[] {
  return explainWith(text, defaultMatcher(), context);
}
