/**
 * Measures `explain` on the labelled real-world messages (test/fixtures/rules/real-messages.yaml)
 * and writes docs/accuracy.md. Run: npx tsx scripts/accuracy.ts
 * test/explain-accuracy.test.ts fails when docs/accuracy.md differs from what this prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { explainText } from '../src/engine/explain.js';
import { allRules } from '../src/rules/index.js';

export interface LabelledExample {
  id: string;
  label: string;
  source: string;
  textDecidable: boolean;
  evidence: string;
}

/** A match at or above this confidence is a claim; below it a suggestion. */
export const claimConfidence = 0.5;

const examplesUrl = new URL('../test/fixtures/rules/real-messages.yaml', import.meta.url);
const accuracyUrl = new URL('../docs/accuracy.md', import.meta.url);

export function loadExamples(): LabelledExample[] {
  return parse(readFileSync(examplesUrl, 'utf8')) as LabelledExample[];
}

interface RuleRow {
  id: string;
  examples: number;
  decidable: number;
  firstCorrect: number;
  decidableFirstCorrect: number;
  wrongClaims: number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

export function renderAccuracy(examples: readonly LabelledExample[] = loadExamples()): string {
  const rows = new Map<string, RuleRow>(
    allRules.map((rule) => [rule.id, { id: rule.id, examples: 0, decidable: 0, firstCorrect: 0, decidableFirstCorrect: 0, wrongClaims: 0 }]),
  );
  let noneTotal = 0;
  let noneClaimed = 0;
  const claimedNegatives: string[] = [];
  for (const example of examples) {
    const first = explainText(example.evidence)[0];
    const claimed = first && first.confidence >= claimConfidence ? first : undefined;
    if (example.label === 'none') {
      noneTotal += 1;
      if (claimed) noneClaimed += 1;
    } else {
      const row = rows.get(example.label);
      if (row) {
        row.examples += 1;
        if (example.textDecidable) row.decidable += 1;
        if (first?.id === example.label) {
          row.firstCorrect += 1;
          if (example.textDecidable) row.decidableFirstCorrect += 1;
        }
      }
    }
    if (claimed && claimed.id !== example.label) {
      const row = rows.get(claimed.id);
      if (row) row.wrongClaims += 1;
      claimedNegatives.push(`${example.id} (label ${example.label}) claimed as ${claimed.id} at ${claimed.confidence.toFixed(2)}`);
    }
  }
  const all = [...rows.values()];
  const sum = (pick: (row: RuleRow) => number): number => all.reduce((total, row) => total + pick(row), 0);
  const positives = sum((r) => r.examples);
  const decidable = sum((r) => r.decidable);
  const lines = [
    '# Accuracy of `kubectl windbg explain`',
    '',
    `Measured on ${examples.length} real-world messages quoted from public issue threads (test/fixtures/rules/real-messages.yaml), each labelled with the cause the thread established.`,
    'Regenerate with `npx tsx scripts/accuracy.ts`; a test fails when this page is out of date.',
    '',
    '- **examples**: messages labelled with the rule (decidable: the text alone tells the cause).',
    '- **ranked first**: explain put the right rule first (all / decidable only).',
    `- **wrong claims**: messages with another label (or none) on which explain ranked this rule first with confidence ≥ ${claimConfidence}.`,
    '',
    '## Totals',
    '',
    `- Ranked first correctly: ${sum((r) => r.firstCorrect)} of ${positives} labelled messages (${percent(sum((r) => r.firstCorrect), positives)}); ${sum((r) => r.decidableFirstCorrect)} of ${decidable} decidable ones (${percent(sum((r) => r.decidableFirstCorrect), decidable)}).`,
    `- Messages whose cause is outside the catalogue: ${noneTotal}; confidently claimed by a rule: ${noneClaimed}.`,
    `- Wrong claims over all messages: ${sum((r) => r.wrongClaims)}.`,
    '',
    '## Per rule',
    '',
    '| rule | examples (decidable) | ranked first (decidable) | wrong claims |',
    '|---|---|---|---|',
    ...all.map((r) => `| ${r.id} | ${r.examples} (${r.decidable}) | ${r.firstCorrect} (${r.decidableFirstCorrect}) | ${r.wrongClaims} |`),
    '',
    '## Wrong claims',
    '',
    ...(claimedNegatives.length > 0 ? claimedNegatives.map((line) => `- ${line}`) : ['None.']),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderAccuracy();
  writeFileSync(accuracyUrl, text);
  process.stdout.write(text);
}
