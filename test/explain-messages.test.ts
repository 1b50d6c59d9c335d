import { describe, expect, it } from 'vitest';
import { explainFloor, explainText } from '../src/engine/explain.js';
import { claimConfidence, loadExamples } from '../scripts/accuracy.js';
import { allRules } from '../src/rules/index.js';

const examples = loadExamples();
const catalogueIds = new Set(allRules.map((rule) => rule.id));

describe('explain over the labelled real-world messages', () => {
  it('has examples to run on', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  for (const example of examples.filter((e) => e.label !== 'none' && e.textDecidable && catalogueIds.has(e.label))) {
    it(`ranks ${example.label} first for ${example.id}`, () => {
      const matches = explainText(example.evidence);
      expect(matches[0]?.id).toBe(example.label);
      expect(matches[0]!.confidence).toBeGreaterThanOrEqual(claimConfidence);
    });
  }

  for (const example of examples.filter((e) => e.label === 'none')) {
    it(`claims no cause confidently for ${example.id}`, () => {
      const confident = explainText(example.evidence).filter((m) => m.confidence >= claimConfidence);
      expect(confident).toEqual([]);
    });
  }
});

describe('explainText', () => {
  it('returns matches best first with two-decimal confidences above the floor and a why', () => {
    const matches = explainText(
      'Warning FailedCreatePodSandBox kubelet Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem 5eae08: The container operating system does not match the host operating system.: unknown',
    );
    expect(matches[0]).toEqual({ id: 'pause-image-incompatible', confidence: 0.92, why: expect.stringContaining('sandbox') });
    for (const match of matches) {
      expect(match.confidence).toBeGreaterThanOrEqual(explainFloor);
      expect(Math.round(match.confidence * 100) / 100).toBe(match.confidence);
    }
    expect(matches.map((m) => m.confidence)).toEqual([...matches.map((m) => m.confidence)].sort((a, b) => b - a));
  });

  it('reads the same mismatch text as the workload image outside the sandbox', () => {
    const matches = explainText('Error: failed to create containerd task: hcs::CreateComputeSystem app: The container operating system does not match the host operating system.: unknown');
    expect(matches[0]?.id).toBe('image-os-mismatch');
    expect(matches.map((m) => m.id)).not.toContain('pause-image-incompatible');
  });

  it('ranks the workload image first, the pause image second, when the text gives no phase', () => {
    const matches = explainText('hcsshim::CreateComputeSystem b54b8c03: The container operating system does not match the host operating system.');
    expect(matches.map((m) => m.id).slice(0, 2)).toEqual(['image-os-mismatch', 'pause-image-incompatible']);
    expect(matches[1]!.confidence).toBeLessThan(matches[0]!.confidence);
  });

  it('survives casing, quoting and volatile tokens', () => {
    const a = explainText('HNSCALL FAILED IN WIN32: THE WRONG DISKETTE IS IN THE DRIVE. (0x80070022)');
    const b = explainText('"hnsCall failed in Win32: The wrong diskette is in the drive." id={1F1E4D2C-AB12-4C33-9D44-0123456789AB}');
    expect(a[0]?.id).toBe('hns-stale-objects');
    expect(b[0]).toEqual(a[0]);
  });

  it('returns nothing for unrelated or empty text', () => {
    expect(explainText('')).toEqual([]);
    expect(explainText('Successfully assigned web/iis-0 to akswin22-0')).toEqual([]);
  });
});
