/**
 * JUnit on a generated cluster with findings v2: a finding whose list of affected objects is
 * capped never leaves the objects past the cap as passing test cases; a finding rolled up to a node
 * pool fails once, at the pool, and the rule's case on each of the pool's nodes is skipped rather
 * than passing; test cases are named by cause and root target, the same in every output language.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkInventory, ruleSummaries } from '../src/app/shape.js';
import { diagnose } from '../src/engine/diagnose.js';
import { workloadLabel, workloadOf } from '../src/engine/owners.js';
import { allAffected, type DiagnosisResult } from '../src/engine/result.js';
import { setLanguage } from '../src/i18n/index.js';
import { loadSnapshotFromPath } from '../src/kube/offline.js';
import type { Snapshot } from '../src/kube/types.js';
import { renderJunit } from '../src/report/junit.js';
import { renderResult } from '../src/report/localize.js';
import type { RenderedCheckReport } from '../src/report/model.js';
import { allRules } from '../src/rules/index.js';
import { generateScaleObjects } from './support/sim/index.js';

interface JunitCase {
  suite: string;
  name: string;
  classname: string;
  status: 'passed' | 'failed' | 'skipped';
  skipped?: string;
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The test cases of a JUnit document, with their suite and outcome. */
function junitCases(xml: string): JunitCase[] {
  const cases: JunitCase[] = [];
  for (const suite of xml.split('<testsuite ').slice(1)) {
    const suiteName = unescape(/^name="([^"]*)"/.exec(suite)![1]!);
    for (const m of suite.matchAll(/<testcase name="([^"]*)" classname="([^"]*)" time="0"(\/>|>\n\s*<(failure|skipped)(?: message="([^"]*)")?)/g)) {
      const status = m[3] === '/>' ? 'passed' : m[4] === 'failure' ? 'failed' : 'skipped';
      cases.push({ suite: suiteName, name: unescape(m[1]!), classname: unescape(m[2]!), status, ...(status === 'skipped' ? { skipped: unescape(m[5] ?? '') } : {}) });
    }
  }
  return cases;
}

let snapshot: Snapshot;
let capped: DiagnosisResult;
let uncapped: DiagnosisResult;

function report(result: DiagnosisResult): RenderedCheckReport {
  return { target: { kind: 'Cluster', name: 'generated' }, result: renderResult(result), inventory: checkInventory(snapshot, ruleSummaries(allRules)) };
}

beforeAll(async () => {
  const objects = generateScaleObjects({ nodes: 150, windowsNodes: 150, pods: 3000, events: 3000, brokenFraction: 0.05, seed: 11, now: new Date('2026-05-01T10:00:00Z') });
  const dir = mkdtempSync(path.join(tmpdir(), 'windbg-junit-'));
  const file = path.join(dir, 'cluster.json');
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  snapshot = await loadSnapshotFromPath(file, {});
  capped = diagnose({ snapshot, group: { maxAffected: 2 } });
  uncapped = diagnose({ snapshot, group: { maxAffected: 100_000 } });
}, 120_000);

afterEach(() => setLanguage('en'));

describe('JUnit with capped affected lists', () => {
  it('no workload a failing finding affects is a passing case, also when all its pods are past the cap', () => {
    const podsByKey = new Map(snapshot.pods.map((p) => [`${p.metadata.namespace ?? 'default'}/${p.metadata.name}`, p]));
    // Ground truth from the uncapped run: every workload with a pod some finding affects.
    const affectedWorkloads = new Set<string>();
    for (const f of uncapped.findings) {
      for (const o of f.affected?.objects ?? []) {
        const pod = o.kind === 'Pod' ? podsByKey.get(`${o.namespace}/${o.name}`) : undefined;
        if (pod) affectedWorkloads.add(workloadLabel(workloadOf(pod)));
      }
    }
    // The scenario matters: some affected workloads have no pod in any capped list.
    const listed = new Set<string>();
    for (const f of capped.findings) {
      for (const o of f.affected?.objects ?? []) {
        const pod = o.kind === 'Pod' ? podsByKey.get(`${o.namespace}/${o.name}`) : undefined;
        if (pod) listed.add(workloadLabel(workloadOf(pod)));
      }
    }
    const onlyPastTheCap = [...affectedWorkloads].filter((w) => !listed.has(w));
    expect(onlyPastTheCap.length).toBeGreaterThan(0);

    const cases = junitCases(renderJunit(report(capped)));
    const passingWorkloads = cases.filter((c) => c.suite === 'Workloads' && c.status === 'passed').map((c) => c.name);
    expect(passingWorkloads.length).toBeGreaterThan(0);
    expect(passingWorkloads.filter((w) => affectedWorkloads.has(w))).toEqual([]);
    // The cap changes what the cases list, never which pass.
    const uncappedCases = junitCases(renderJunit(report(uncapped)));
    expect(cases.map((c) => `${c.suite} ${c.name} ${c.status}`)).toEqual(uncappedCases.map((c) => `${c.suite} ${c.name} ${c.status}`));
  });

  it('a finding at a node pool fails once at the pool; its rule on each node of the pool is skipped, not passing', () => {
    const retired = capped.findings.find((f) => f.ruleId === 'windows-server-version-retired')!;
    expect(retired.target).toEqual({ kind: 'NodePool', name: 'win19' });
    const poolNodes = allAffected(retired, capped).map((o) => o.name);
    expect(retired.affected!.objects).toHaveLength(2);
    expect(poolNodes.length).toBe(retired.affected!.count);
    expect(poolNodes.length).toBeGreaterThan(2);

    const cases = junitCases(renderJunit(report(capped)));
    const ruleCases = cases.filter((c) => c.name.startsWith('windows-server-version-retired'));
    const inPool = new Set(poolNodes);
    expect(ruleCases.filter((c) => inPool.has(c.classname))).toEqual(
      poolNodes.map(() => expect.objectContaining({ name: 'windows-server-version-retired', status: 'skipped', skipped: 'reported at windows-server-version-retired NodePool win19' })),
    );
    expect(new Set(ruleCases.filter((c) => inPool.has(c.classname)).map((c) => c.suite))).toEqual(inPool);
    // Nodes of the newer pools pass the rule.
    const others = ruleCases.filter((c) => !inPool.has(c.classname) && c.suite !== 'Node pools');
    expect(others.length).toBe(snapshot.nodes.length - poolNodes.length);
    expect(others.every((c) => c.status === 'passed' && !/^akswin19-/.test(c.classname))).toBe(true);
    expect(ruleCases.filter((c) => c.suite === 'Node pools')).toEqual([{ suite: 'Node pools', name: 'windows-server-version-retired NodePool win19', classname: 'NodePool', status: 'failed' }]);
  });

  it('cases are named by cause and root target, the same in every output language', () => {
    const english = junitCases(renderJunit(report(capped)));
    expect(english.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'image-os-mismatch Image mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019 on 10.0.20348',
        'image-os-mismatch Image mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019 on 10.0.26100',
        'container-dll-not-found Deployment reporting/win-reporting-renderer',
        'os-selector-missing Deployment billing/win-billing-batch',
      ]),
    );
    // No case carries a pod's generated suffix.
    expect(english.filter((c) => / Pod /.test(c.name))).toEqual([]);
    for (const lang of ['ja', 'ko', 'zh-CN'] as const) {
      setLanguage(lang);
      const localised = junitCases(renderJunit(report(capped)));
      expect(localised.map((c) => `${c.suite} ${c.classname} ${c.name} ${c.status}`), lang).toEqual(english.map((c) => `${c.suite} ${c.classname} ${c.name} ${c.status}`));
    }
  });
});
