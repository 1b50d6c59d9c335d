import { allRules } from '../rules/index.js';
import type { DiagnosisInput, DiagnosisResult } from './result.js';
import { diagnoseWith } from './run-rules.js';

/** Diagnoses a snapshot (and probe facts) with every catalogue rule. */
export function diagnose(input: DiagnosisInput): DiagnosisResult {
  return diagnoseWith(input, allRules);
}
