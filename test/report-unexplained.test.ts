/**
 * An unexplained failure in every report: when the context cannot decide between the matcher's
 * first two candidates both are shown ("possible: X 74% or Y 74% — confirm with --probe"); the
 * objects it affects are listed (capped, "and N more") in the text, markdown, HTML, JUnit and GitHub
 * outputs; and its fix step points at the evidence where every layout prints it (above the fix),
 * in English and in the ja, ko and zh-CN overlays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { causeById } from '../src/causes/index.js';
import { diagnose } from '../src/engine/diagnose.js';
import { candidatesUndecided, closeCandidateMargin } from '../src/engine/result.js';
import type { DiagnosisResult } from '../src/engine/result.js';
import { diagnoseWith } from '../src/engine/run-rules.js';
import { checkInventory, ruleSummaries } from '../src/app/shape.js';
import { setLanguage, type Lang } from '../src/i18n/index.js';
import { causeText } from '../src/i18n/rules.js';
import { renderGithub } from '../src/report/github.js';
import { htmlChunks } from '../src/report/html.js';
import { renderJunit } from '../src/report/junit.js';
import { renderFinding, renderResult } from '../src/report/localize.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { reportDocument, type RenderedCheckReport } from '../src/report/model.js';
import { joinChunks } from '../src/report/stream.js';
import { candidateLines, renderCheckText } from '../src/report/text.js';
import { allRules } from '../src/rules/index.js';
import type { Snapshot } from '../src/kube/types.js';
import { fixtureNow, fixtureText, listItems, snapshotOf } from './rules/rule-tester.js';

afterEach(() => setLanguage('en'));

/** The base nodes and `replicas` pods of Deployment shop/orders, each failing with the same ambiguous message. */
function ambiguousSnapshot(replicas: number): Snapshot {
  const items = listItems(fixtureText('base-nodes.yaml'));
  const [pod, event] = listItems(fixtureText('ambiguous-context.yaml')) as [Record<string, any>, Record<string, any>];
  for (let i = 0; i < replicas; i++) {
    const name = `orders-6b7c8d9f5-k2${i.toString(36).padStart(3, 'x')}`;
    const p = structuredClone(pod);
    p.metadata.name = name;
    const e = structuredClone(event);
    e.metadata.name = `${name}.17f0a1b2c3d4e5f6`;
    e.involvedObject.name = name;
    items.push(p, e);
  }
  return snapshotOf(items, { major: '1', minor: '30', gitVersion: 'v1.30.4' });
}

function checkReport(snapshot: Snapshot, result: DiagnosisResult): RenderedCheckReport {
  return { target: { kind: 'Cluster', name: 'fixture' }, result: renderResult(result), inventory: checkInventory(snapshot, ruleSummaries(allRules)) };
}

describe('the context cannot decide between two candidates', () => {
  it('an ambiguous message from the cluster: both candidates shown, the finding says the context is undecided', () => {
    const snapshot = ambiguousSnapshot(1);
    const result = diagnose({ snapshot, now: fixtureNow, group: { maxAffected: 20 } });
    const unknown = result.findings.find((f) => f.ruleId === 'no-known-cause')!;
    expect(unknown.target).toEqual({ kind: 'Deployment', namespace: 'shop', name: 'orders' });
    expect(unknown.affected).toEqual({ count: 1, objects: [{ kind: 'Pod', namespace: 'shop', name: 'orders-6b7c8d9f5-k2xx0' }] });
    // "a required feature is not installed" from hcsshim: the workload image and the sandbox image read alike.
    const [first, second] = unknown.candidates!;
    expect(new Set([first!.id, second!.id])).toEqual(new Set(['image-os-mismatch', 'pause-image-incompatible']));
    expect(first!.confidence - second!.confidence).toBeLessThanOrEqual(closeCandidateMargin);
    expect(unknown.undecided).toBe(true);
    expect(unknown.evidence.some((e) => typeof e.text === 'string' && e.text.startsWith('Failed (x14): Error response from daemon: hcsshim::CreateComputeSystem'))).toBe(true);

    const rendered = renderFinding(unknown, 'en');
    const percent = (c: { confidence: number }) => Math.round(c.confidence * 100);
    expect(candidateLines(rendered)[0]).toBe(`possible: ${first!.id} ${percent(first!)}% or ${second!.id} ${percent(second!)}% — confirm with --probe`);
    const doc = JSON.parse(JSON.stringify(reportDocument(checkReport(snapshot, result)))) as { findings: { ruleId: string; undecided?: boolean; candidates?: unknown[] }[] };
    const json = doc.findings.find((f) => f.ruleId === 'no-known-cause')!;
    expect(json.undecided).toBe(true);
    expect(json.candidates).toEqual(unknown.candidates);
    expect(renderCheckText(checkReport(snapshot, result), { color: false })).toContain(
      `    Possible causes:\n      possible: ${first!.id} ${percent(first!)}% or ${second!.id} ${percent(second!)}% — confirm with --probe\n`,
    );
  });

  it('close is within the margin of the calibrated confidences; a clear lead lists candidates one per line', () => {
    const snapshot = ambiguousSnapshot(1);
    const run = (ranked: { id: string; confidence: number }[]) => diagnoseWith({ snapshot, now: fixtureNow }, [], () => ranked).findings.find((f) => f.ruleId === 'no-known-cause')!;
    const close = run([{ id: 'hns-stale-objects', confidence: 0.48 }, { id: 'hns-lb-port-exhaustion', confidence: 0.44 }, { id: 'image-os-mismatch', confidence: 0.1 }]);
    expect(close.undecided).toBe(true);
    expect(candidateLines(renderFinding(close, 'en'))).toEqual([
      'possible: hns-stale-objects 48% or hns-lb-port-exhaustion 44% — confirm with --probe',
      'image-os-mismatch 10%: confirm with kubectl windbg explain image-os-mismatch',
    ]);
    const noProbe = run([{ id: 'image-os-mismatch', confidence: 0.5 }, { id: 'hns-stale-objects', confidence: 0.45 }]);
    expect(candidateLines(renderFinding(noProbe, 'en'))).toEqual([
      'possible: image-os-mismatch 50% or hns-stale-objects 45% — confirm with kubectl windbg explain image-os-mismatch, kubectl windbg explain hns-stale-objects',
    ]);
    const clear = run([{ id: 'container-dll-not-found', confidence: 0.62 }, { id: 'container-command-not-found', confidence: 0.2 }]);
    expect(clear.undecided).toBeUndefined();
    expect(candidateLines(renderFinding(clear, 'en'))).toEqual([
      'container-dll-not-found 62%: confirm with kubectl windbg explain container-dll-not-found',
      'container-command-not-found 20%: confirm with kubectl windbg explain container-command-not-found',
    ]);
    expect(candidatesUndecided([{ id: 'a', confidence: 0.5 }, { id: 'b', confidence: 0.5 - closeCandidateMargin }])).toBe(true);
    expect(candidatesUndecided([{ id: 'a', confidence: 0.5 }, { id: 'b', confidence: 0.39 }])).toBe(false);
    expect(candidatesUndecided([{ id: 'a', confidence: 0.5 }])).toBe(false);
  });
});

describe('affected objects and candidates in every report', () => {
  const snapshot = ambiguousSnapshot(25);
  const result = diagnose({ snapshot, now: fixtureNow, group: { maxAffected: 3 } });
  const report = checkReport(snapshot, result);
  const affected = 'Affects 25 Pod(s): shop/orders-6b7c8d9f5-k2xx0, shop/orders-6b7c8d9f5-k2xx1, shop/orders-6b7c8d9f5-k2xx2 and 22 more';

  it('one finding for the 25 pods of the workload, its count exact and its list capped', () => {
    const unknown = result.findings.filter((f) => f.ruleId === 'no-known-cause');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.affected!.count).toBe(25);
    expect(unknown[0]!.affected!.objects.map((o) => o.name)).toEqual(['orders-6b7c8d9f5-k2xx0', 'orders-6b7c8d9f5-k2xx1', 'orders-6b7c8d9f5-k2xx2']);
  });

  it.each([
    ['text', () => renderCheckText(report, { color: false })],
    ['markdown', () => renderMarkdown(report)],
    ['html', () => joinChunks(htmlChunks(report))],
    ['junit', () => renderJunit(report)],
    ['github', () => renderGithub(report)],
  ])('%s: the affected line and both candidates', (_name, render) => {
    const out = render();
    expect(out).toContain(affected);
    // GitHub's workflow commands escape % as %25.
    expect(out).toMatch(/possible: (image-os-mismatch|pause-image-incompatible) \d+%(25)? or (image-os-mismatch|pause-image-incompatible) \d+%(25)? — confirm with --probe/);
  });

  it('markdown and html lay them out as lists', () => {
    expect(renderMarkdown(report)).toMatch(/\nPossible causes:\n\n- possible: \S+ \d+% or \S+ \d+% — confirm with --probe\n/);
    const html = joinChunks(htmlChunks(report));
    expect(html).toContain(`<p class="affected">${affected}</p>`);
    expect(html).toMatch(/<ul class="candidates undecided"><li>possible: \S+ \d+% or \S+ \d+% — confirm with --probe<\/li><\/ul>/);
  });
});

describe('the fix of an unexplained finding points at the evidence where it is printed', () => {
  const snapshot = ambiguousSnapshot(1);
  const above: Record<Lang, string> = { en: 'evidence lines above', ja: '上の証拠', ko: '위 증거', 'zh-CN': '上面的证据' };
  const evidenceLine = 'Error response from daemon: hcsshim::CreateComputeSystem';

  it.each(['en', 'ja', 'ko', 'zh-CN'] as Lang[])('%s: every renderer prints the evidence before the step that says it is above', (lang) => {
    setLanguage(lang);
    const step = causeText(causeById('no-known-cause')!, 'fix.readEvidenceLines', lang)!;
    expect(step).toContain(above[lang]);
    const report = checkReport(snapshot, diagnose({ snapshot, now: fixtureNow, group: { maxAffected: 20 } }));
    const outputs = {
      text: renderCheckText(report, { color: false }),
      markdown: renderMarkdown(report),
      html: joinChunks(htmlChunks(report)),
      junit: renderJunit(report),
      github: renderGithub(report),
    };
    for (const [name, out] of Object.entries(outputs)) {
      const stepAt = out.indexOf(step);
      expect(stepAt, `${lang} ${name}`).toBeGreaterThan(0);
      const evidenceAt = out.lastIndexOf(evidenceLine, stepAt);
      expect(evidenceAt, `${lang} ${name}: evidence before the fix`).toBeGreaterThan(0);
      expect(out.indexOf(evidenceLine, stepAt), `${lang} ${name}: no evidence of this finding after its fix`).toBe(-1);
    }
  });
});
