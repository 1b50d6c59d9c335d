/** What the matcher knows of each cause: its title, symptoms (its own and its page's) and signatures. */
import type { Cause } from '../causes/index.js';
import type { MatchableCause } from './matcher.js';

/** The bullet lines of a page's "## Symptoms" section: how the problem looks to an operator. */
export function pageSymptoms(page: string): string[] {
  const section = page.split(/^## /m).find((part) => /^Symptoms\b/.test(part)) ?? '';
  return section
    .split('\n')
    .slice(1)
    .join('\n')
    .split(/^- /m)
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter((item) => item !== '');
}

/** Causes the matcher ranks: those with a detector, signatures or symptoms (not the engine's, probe runner's or canary's own findings). */
export function matchable(causes: readonly Cause[]): MatchableCause[] {
  return causes
    .filter((cause) => cause.definition.detect !== undefined || (cause.signatures?.length ?? 0) > 0 || cause.symptoms.length > 0)
    .map((cause) => ({ id: cause.id, title: cause.title, symptoms: [...cause.symptoms, ...pageSymptoms(cause.page), cause.explanation], signatures: cause.signatures ?? [], windowsCodes: cause.windowsCodes, ruledOutBy: cause.ruledOutBy }));
}

