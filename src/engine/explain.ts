import { signatureWhy } from '../i18n/rules.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { normalizeKeepingPaths, normalizeMessage } from './normalize.js';
import { phaseFromText } from './phase.js';
import { scoreMessage } from './score.js';

export interface ExplainMatch {
  id: string;
  /** 0..1, two decimals. */
  confidence: number;
  why: string;
}

/** Matches weaker than this are not shown: they are fragments every failure shares. */
export const explainFloor = 0.25;

/**
 * Ranks the rules whose signatures match a pasted message, best first. The phase (sandbox
 * creation, image pull, container creation...) is inferred from the wording, so "operating system
 * does not match" ranks the pause image first in sandbox text and the workload image otherwise.
 */
export function explainWith(text: string, rules: readonly Rule[]): ExplainMatch[] {
  const normalized = normalizeMessage(text);
  const literal = normalizeKeepingPaths(text);
  if (normalized === '') return [];
  const phase = phaseFromText(normalized);
  const matches: ExplainMatch[] = [];
  for (const rule of rules) {
    const { score, strongest } = scoreMessage(normalized, literal, rule.signatures ?? [], phase);
    const confidence = Math.round(score * 100) / 100;
    if (!strongest || confidence < explainFloor) continue;
    matches.push({ id: rule.id, confidence, why: signatureWhy(rule, strongest) });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}

export function explainText(text: string): ExplainMatch[] {
  return explainWith(text, allRules);
}
