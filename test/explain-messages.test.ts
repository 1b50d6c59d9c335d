import { describe, expect, it } from 'vitest';
import { explainFloor, explainText } from '../src/engine/explain.js';
import { renderMessage } from '../src/report/localize.js';
import { defaultMatcher } from '../src/engine/explain.js';
import { causeById } from '../src/causes/index.js';

describe('the matcher', () => {
  it('claims only at or above the threshold fitted on the corpus', () => {
    const threshold = defaultMatcher().claimThreshold;
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(1);
  });

  it('counts a localised wording and its English original once (one signature group)', () => {
    const english = 'hnsCall failed in Win32: The wrong diskette is in the drive. (0x80070022)';
    const both = `${english} 驱动器中的软盘不正确。`;
    const [a] = defaultMatcher().features(english).filter((c) => c.id === 'hns-stale-objects');
    const [b] = defaultMatcher().features(both).filter((c) => c.id === 'hns-stale-objects');
    expect(b!.features.signature).toBe(a!.features.signature);
    expect(causeById('hns-stale-objects')!.signatures!.some((s) => s.group !== undefined)).toBe(true);
  });

  it('never ranks a cause the text rules out: port forwarding that fails for want of socat is a Linux node, not wincat', () => {
    const linux = 'an error occurred forwarding 8080 -> 3000: error forwarding port 3000 to pod web-1, uid : unable to do port forwarding: socat not found';
    const windows = 'an error occurred forwarding 8080 -> 80: error forwarding port 80 to pod web-1, uid : unable to do port forwarding: wincat not found in PATH';
    const linuxRanked = defaultMatcher().rank(linux);
    expect(linuxRanked.map((c) => c.id)).not.toContain('wincat-missing');
    const [ruledOut] = defaultMatcher().features(linux).filter((c) => c.id === 'wincat-missing');
    expect(ruledOut!.score).toBe(0);
    expect(Object.values(ruledOut!.features).every((value) => value === 0)).toBe(true);
    expect(defaultMatcher().rank(windows)[0]?.id).toBe('wincat-missing');
    expect(causeById('wincat-missing')!.ruledOutBy.some((pattern) => pattern.test('socat not found'))).toBe(true);
  });

  it('reads a decoded HCS code as a feature of the causes the error-code table links it to', () => {
    const [scored] = defaultMatcher().features('container exited: 0xc0370101').filter((c) => c.id === 'image-os-mismatch');
    expect(scored!.features.code).toBe(1);
  });

  it('uses the event reason: the same text in a sandbox event points at the pause image', () => {
    const text = 'hcs::CreateComputeSystem 4d2a: The container operating system does not match the host operating system.';
    expect(explainText(text, { eventReason: 'FailedCreatePodSandBox' })[0]?.id).toBe('pause-image-incompatible');
    const created = explainText(text, { eventReason: 'Failed', phase: 'create' });
    expect(created[0]?.id).toBe('image-os-mismatch');
    // Confidences discriminate: the workload image is clearly more likely than the sandbox or scheduling readings here.
    for (const other of created.slice(1)) expect(other.confidence).toBeLessThan(created[0]!.confidence);
    const elsewhere = created.filter((m) => m.id === 'pause-image-incompatible' || m.id === 'os-selector-missing');
    for (const other of elsewhere) expect(other.confidence).toBeLessThanOrEqual(created[0]!.confidence - 0.2);
  });
});

describe('explainText', () => {
  it('returns matches best first with two-decimal confidences above the floor and a why', () => {
    const matches = explainText(
      'Warning FailedCreatePodSandBox kubelet Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem 5eae08: The container operating system does not match the host operating system.: unknown',
    );
    expect(matches[0]).toEqual({ id: 'pause-image-incompatible', confidence: expect.any(Number), why: { id: expect.stringMatching(/^rules\.pause-image-incompatible\.why\./) } });
    expect(renderMessage(matches[0]!.why, 'en')).toContain('sandbox');
    expect(matches[0]!.confidence).toBeGreaterThan(0.5);
    for (const match of matches) {
      expect(match.confidence).toBeGreaterThanOrEqual(explainFloor);
      expect(Math.round(match.confidence * 100) / 100).toBe(match.confidence);
    }
    expect(matches.map((m) => m.confidence)).toEqual([...matches.map((m) => m.confidence)].sort((a, b) => b - a));
  });

  it('reads the same mismatch text as the workload image outside the sandbox', () => {
    const matches = explainText('Error: failed to create containerd task: hcs::CreateComputeSystem app: The container operating system does not match the host operating system.: unknown');
    expect(matches[0]?.id).toBe('image-os-mismatch');
    const pause = matches.find((m) => m.id === 'pause-image-incompatible');
    if (pause) expect(pause.confidence).toBeLessThan(matches[0]!.confidence);
  });

  it('ranks the workload image first, the pause image second, when the text gives no phase', () => {
    const matches = explainText('hcsshim::CreateComputeSystem b54b8c03: The container operating system does not match the host operating system.');
    expect(matches.map((m) => m.id).slice(0, 2)).toEqual(['image-os-mismatch', 'pause-image-incompatible']);
    expect(matches[1]!.confidence).toBeLessThanOrEqual(matches[0]!.confidence);
  });

  it('survives casing, quoting and volatile tokens', () => {
    const a = explainText('HNSCALL FAILED IN WIN32: THE WRONG DISKETTE IS IN THE DRIVE. (0x80070022)');
    const b = explainText('"hnsCall failed in Win32: The wrong diskette is in the drive." id={1F1E4D2C-AB12-4C33-9D44-0123456789AB}');
    expect(a[0]?.id).toBe('hns-stale-objects');
    expect(b[0]?.id).toBe(a[0]?.id);
    expect(b[0]?.why).toEqual(a[0]?.why);
    // Confidence is continuous: the extra "id" word may move it a little, not more.
    expect(Math.abs(b[0]!.confidence - a[0]!.confidence)).toBeLessThanOrEqual(0.02);
  });

  it('returns nothing for unrelated or empty text', () => {
    expect(explainText('')).toEqual([]);
    expect(explainText('Successfully assigned web/iis-0 to akswin22-0')).toEqual([]);
  });
});
