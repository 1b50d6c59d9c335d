import { describe, expect, it } from 'vitest';
import { diagnoseWith } from '../src/engine/run-rules.js';
import { makeFinding, podTarget } from '../src/rules/finding.js';
import { ruleById } from '../src/rules/index.js';
import { renderFinding, renderText } from '../src/report/localize.js';
import type { Rule } from '../src/rules/types.js';
import { fixtureNow, fixtureSnapshot } from './rules/rule-tester.js';

const imageOsMismatch = ruleById('image-os-mismatch')!;
const pauseImageIncompatible = ruleById('pause-image-incompatible')!;
const memoryOvercommit = ruleById('memory-overcommit')!;
/** Causes that read the snapshot (and use probe facts when they are there). */
const snapshotRules = ['apiserver-unreachable', 'dns-suffix-limitations', 'flannel-subnet-env-missing', 'flanneld-waiting-for-network', 'hns-stale-objects', 'hyperv-isolation-annotation', 'image-os-mismatch', 'ip-range-exhausted', 'memory-overcommit', 'os-selector-missing', 'pause-image-incompatible', 'serviceaccount-secret-unreadable', 'unsupported-windows-build', 'unsupported-windows-pod-field', 'version-skew', 'wincat-missing'].map((id) => ruleById(id)!);

const nodeProbeRule: Rule = {
  id: 'test-needs-node-probe',
  title: 'needs node facts',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe'],
  probe: 'node',
  explanation: 'x',
  remediation: ['x'],
  references: [],
  detect: () => [],
};

const throwingRule: Rule = {
  ...nodeProbeRule,
  id: 'test-throws',
  probe: undefined,
  detect: () => {
    throw new Error('cannot read properties of undefined');
  },
};

describe('diagnoseWith', () => {
  const snapshot = () => fixtureSnapshot(['pause-sandbox-mismatch.yaml', 'image-build-mismatch.yaml', 'hns-stale.yaml', 'spec-fields.yaml']);

  it('names known causes, reports the rest as no known cause with raw evidence, and sorts', () => {
    const result = diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [pauseImageIncompatible, imageOsMismatch]);
    // The unexplained pod has waited in ContainerCreating far past the stuck threshold: an error too.
    expect(result.findings.map((f) => [f.severity, f.ruleId, f.target.name])).toEqual([
      ['error', 'no-known-cause', 'api-6d5f7c8b9-z9y8x'],
      ['error', 'pause-image-incompatible', 'iis-7d9f8b6c4-x2k9q'],
      ['error', 'image-os-mismatch', 'legacy-api-5c8d7f9b6-q7w2e'],
    ]);
    const unknown = renderFinding(result.findings[0]!, 'en');
    expect(unknown.evidence.map((e) => e.text)).toEqual([
      expect.stringMatching(/^stuck in ContainerCreating for \S+ \(threshold 10m\): an error even though no known cause explains it$/),
      expect.stringMatching(/^FailedCreatePodSandBox \(x31\): .*wrong diskette/),
      'ContainerCreating',
    ]);
    expect(unknown.remediation.length).toBe(3);
    expect(result.summary).toEqual({ error: 3, warning: 0, info: 0 });
    // Below the threshold the same pod is only a warning.
    const patient = diagnoseWith({ snapshot: snapshot(), now: fixtureNow, thresholds: { stuckPodSeconds: 10 * 86400 * 365 } }, [pauseImageIncompatible, imageOsMismatch]);
    expect(patient.findings.find((f) => f.ruleId === 'no-known-cause')?.severity).toBe('warning');
    expect(result.checked).toEqual({ nodes: 2, pods: 6 });
  });

  it('does not let advisory findings hide an unexplained failure', () => {
    const result = diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [memoryOvercommit]);
    const unknown = result.findings.filter((f) => f.ruleId === 'no-known-cause').map((f) => f.target.name).sort();
    expect(unknown).toEqual(['api-6d5f7c8b9-z9y8x', 'iis-7d9f8b6c4-x2k9q', 'legacy-api-5c8d7f9b6-q7w2e']);
  });

  it('focuses on one node and its pods', () => {
    const result = diagnoseWith(
      { snapshot: snapshot(), now: fixtureNow, focus: { kind: 'Node', name: 'akswin22-0' } },
      snapshotRules,
    );
    expect(new Set(result.findings.map((f) => (f.target.kind === 'Pod' ? 'pod-on-node' : f.target.name)))).toEqual(new Set(['pod-on-node']));
    expect(result.checked).toEqual({ nodes: 1, pods: 5 });
    const other = diagnoseWith({ snapshot: snapshot(), now: fixtureNow, focus: { kind: 'Node', name: 'win19-0' } }, snapshotRules);
    expect(other.findings.map((f) => [f.ruleId, f.target.name])).toEqual([
      ['dns-suffix-limitations', 'web-dns-5d6e7f-8g9h0'],
      ['memory-overcommit', 'web-dns-5d6e7f-8g9h0'],
    ]);
    expect(other.checked).toEqual({ nodes: 1, pods: 1 });
  });

  it('focuses on one pod', () => {
    const result = diagnoseWith(
      { snapshot: snapshot(), now: fixtureNow, focus: { kind: 'Pod', namespace: 'web', name: 'iis-7d9f8b6c4-x2k9q' } },
      snapshotRules,
    );
    expect(result.findings.map((f) => [f.ruleId, f.target.name])).toEqual([['pause-image-incompatible', 'iis-7d9f8b6c4-x2k9q']]);
    expect(result.checked).toEqual({ nodes: 0, pods: 1 });
  });

  it('skips disabled rules (and no-known-cause when disabled)', () => {
    const result = diagnoseWith(
      { snapshot: snapshot(), now: fixtureNow, disabledRules: new Set(['pause-image-incompatible', 'no-known-cause']) },
      [pauseImageIncompatible, imageOsMismatch],
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual(['image-os-mismatch']);
  });

  it('lists probe-only rules under needsProbe unless facts were collected', () => {
    const without = diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [nodeProbeRule, pauseImageIncompatible]);
    expect(without.needsProbe).toEqual(['test-needs-node-probe']);
    const facts = new Map([['akswin22-0', { schemaVersion: 1 as const, node: 'akswin22-0', collectedAt: fixtureNow.toISOString(), errors: [] }]]);
    const withFacts = diagnoseWith({ snapshot: snapshot(), now: fixtureNow, nodeFacts: facts }, [nodeProbeRule]);
    expect(withFacts.needsProbe).toEqual([]);
  });

  it('turns a throwing rule into a note and keeps the others', () => {
    const s = snapshot();
    s.notes.push('events could not be listed: forbidden');
    const result = diagnoseWith({ snapshot: s, now: fixtureNow }, [throwingRule, pauseImageIncompatible]);
    expect(result.notes.map((note) => renderText(note, 'en'))).toEqual([
      'events could not be listed: forbidden',
      'rule test-throws could not run and was skipped: cannot read properties of undefined',
    ]);
    expect(result.findings.some((f) => f.ruleId === 'pause-image-incompatible')).toBe(true);
  });

  it('counts an explaining finding on a pod so no-known-cause is not added for it', () => {
    const explaining: Rule = {
      ...nodeProbeRule,
      id: 'test-explains',
      probe: undefined,
      detect: (ctx) => ctx.view.pods.filter((p) => p.name.startsWith('api-')).map((p) => makeFinding(explaining, podTarget(p.pod), 'explained', [])),
    };
    const result = diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [explaining, pauseImageIncompatible, imageOsMismatch]);
    expect(result.findings.filter((f) => f.ruleId === 'no-known-cause')).toEqual([]);
  });
});

describe('candidates of an unexplained failure', () => {
  const snapshot = () => fixtureSnapshot(['pause-sandbox-mismatch.yaml', 'image-build-mismatch.yaml', 'hns-stale.yaml', 'spec-fields.yaml']);

  it('rank the causes its messages point at, through the matcher, without claiming one', async () => {
    const { rankCandidates } = await import('../src/engine/diagnose.js');
    const result = diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [pauseImageIncompatible, imageOsMismatch], rankCandidates);
    const unknown = result.findings.find((f) => f.ruleId === 'no-known-cause' && f.target.name === 'api-6d5f7c8b9-z9y8x')!;
    expect(unknown.candidates?.[0]?.id).toBe('hns-stale-objects');
    expect(unknown.candidates![0]!.confidence).toBeGreaterThan(0);
    expect(renderFinding(unknown, 'en').candidates).toEqual(unknown.candidates);
    // Without a ranker (unit tests of the engine alone) there are none.
    expect(diagnoseWith({ snapshot: snapshot(), now: fixtureNow }, [pauseImageIncompatible]).findings.every((f) => f.candidates === undefined)).toBe(true);
  });
});
