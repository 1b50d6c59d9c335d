import { describe, expect, it } from 'vitest';
import { confidenceOf, featureNames, fitCalibration, fitNoneScore, fitWeights, softmaxShares, type FitRow } from '../src/engine/matcher.js';

/** A feature row with one named feature set. */
function row(values: Partial<Record<(typeof featureNames)[number], number>>): number[] {
  return featureNames.map((name) => values[name] ?? 0);
}

describe('fitting the matcher', () => {
  it('weights the feature that tells the right cause apart and not the one that misleads', () => {
    const rows: FitRow[] = Array.from({ length: 40 }, (_, i) => ({
      // The right cause (index i % 3) has the signature; a wrong one has the stronger vote.
      candidates: [0, 1, 2].map((index) => row({ signature: index === i % 3 ? 0.9 : 0.1, reportVotes: index === (i + 1) % 3 ? 0.8 : 0.1 })),
      answer: i % 3,
    }));
    const weights = fitWeights(rows);
    expect(weights.signature).toBeGreaterThan(1);
    expect(weights.reportVotes).toBe(0);
    for (const name of featureNames) expect(weights[name]).toBeGreaterThanOrEqual(0);
  });

  it('raises the score of no cause when many rows have their cause outside the catalogue', () => {
    const candidates = [row({ signature: 1 }), row({})];
    const weights = Object.fromEntries(featureNames.map((name) => [name, name === 'signature' ? 2 : 0])) as Parameters<typeof fitNoneScore>[1];
    const mostlyKnown = fitNoneScore([...Array.from({ length: 9 }, () => ({ candidates, answer: 0 })), { candidates, answer: -1 }], weights);
    const mostlyUnknown = fitNoneScore([{ candidates, answer: 0 }, ...Array.from({ length: 9 }, () => ({ candidates, answer: -1 }))], weights);
    expect(mostlyUnknown).toBeGreaterThan(mostlyKnown);
  });

  it('maps shares to probabilities that keep nearby shares apart (no flat steps)', () => {
    const points = [
      ...Array.from({ length: 30 }, (_, i) => ({ share: 0.9, correct: i < 27 })),
      ...Array.from({ length: 30 }, (_, i) => ({ share: 0.5, correct: i < 15 })),
      ...Array.from({ length: 30 }, (_, i) => ({ share: 0.1, correct: i < 3 })),
    ];
    const calibration = fitCalibration(points);
    expect(calibration.slope).toBeGreaterThan(0);
    expect(confidenceOf(0.9, calibration)).toBeCloseTo(0.9, 1);
    expect(confidenceOf(0.5, calibration)).toBeCloseTo(0.5, 1);
    expect(confidenceOf(0.55, calibration)).toBeGreaterThan(confidenceOf(0.45, calibration));
  });

  it('shares the ranking between the causes and no cause', () => {
    const [a, b] = softmaxShares([2, 0], 1);
    expect(a! + b!).toBeLessThan(1);
    expect(a).toBeGreaterThan(b!);
    expect(softmaxShares([1, 1]).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
  });
});
