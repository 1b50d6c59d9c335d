/**
 * Every golden file under test/golden and what it must hold: the tests compare (a missing file
 * fails), `npm run golden` (scripts/golden.ts) writes them. Nothing here writes files.
 */
import { diagnose } from '../../src/engine/diagnose.js';
import { workloadLabel, workloadOf } from '../../src/engine/owners.js';
import { setLanguage, type Lang } from '../../src/i18n/index.js';
import { ruleTitle } from '../../src/i18n/rules.js';
import { renderRulesTable } from '../../src/report/catalog.js';
import { renderGithub } from '../../src/report/github.js';
import { renderReportJson } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderResult } from '../../src/report/localize.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RenderedCheckReport, RenderedReport } from '../../src/report/model.js';
import { renderCheckText, renderTextReport } from '../../src/report/text.js';
import { allRules } from '../../src/rules/index.js';
import { catalogueEntries } from '../../src/cli/catalogue-index-source.js';
import { summariesOf } from '../../src/cli/catalogue-index.js';
import { fixtureNow, fixtureSnapshot } from '../rules/rule-tester.js';
import { fixtureCheckReport, fixtureNodeReport } from './fixture.js';

const files = ['pause-sandbox-mismatch.yaml', 'image-build-mismatch.yaml', 'hns-stale.yaml', 'old-nodes.yaml', 'spec-fields.yaml'];
export const goldenLanguages: Lang[] = ['ja', 'ko', 'zh-CN'];

/** A node and a check report from a real diagnosis of the rule fixtures, in the output language. */
export function reports(): { node: RenderedReport; check: RenderedCheckReport } {
  const snapshot = fixtureSnapshot(files);
  const result = diagnose({ snapshot, now: fixtureNow });
  const nodeResult = diagnose({ snapshot, now: fixtureNow, focus: { kind: 'Node', name: 'akswin22-0' } });
  const node: RenderedReport = {
    target: { kind: 'Node', name: 'akswin22-0' },
    header: {
      kind: 'Node',
      name: 'akswin22-0',
      windows: 'Windows Server 2022',
      build: '10.0.20348.2966',
      kubelet: 'v1.30.4',
      runtime: 'containerd://1.7.20+azure-1',
      ready: 'True',
      age: '12d',
    },
    result: renderResult(nodeResult),
  };
  const check: RenderedCheckReport = {
    target: { kind: 'Cluster', name: 'fixtures' },
    result: renderResult(result),
    inventory: {
      nodes: snapshot.nodes.map((n) => ({
        name: n.metadata.name,
        pods: snapshot.pods.filter((p) => p.spec?.nodeName === n.metadata.name).map((p) => ({ namespace: p.metadata.namespace ?? 'default', name: p.metadata.name, workload: workloadLabel(workloadOf(p)) })),
      })),
      unscheduledPods: [],
      rules: allRules.map((r) => ({ id: r.id, title: ruleTitle(r), area: r.area, severity: r.severity })),
      generatedAt: fixtureNow.toISOString(),
    },
  };
  return { node, check };
}

/** The renderings of the hand-written diagnosis (test/golden/fixture.ts), by file name under test/golden. */
export function fixtureGoldens(): Record<string, () => string> {
  return {
    'node-report.txt': () => renderTextReport(fixtureNodeReport, { color: false }),
    'check.txt': () => renderCheckText(fixtureCheckReport, { color: false }),
    'check.json': () => renderReportJson(fixtureCheckReport),
    'check.junit.xml': () => renderJunit(fixtureCheckReport),
    'check.md': () => renderMarkdown(fixtureCheckReport),
    'check.github.txt': () => renderGithub(fixtureCheckReport),
  };
}

/** The reports and rules table in one language, by file name under test/golden/i18n. */
export function languageGoldens(lang: Lang): Record<string, () => string> {
  const inLanguage = (render: () => string) => () => {
    setLanguage(lang);
    try {
      return render();
    } finally {
      setLanguage('en');
    }
  };
  return {
    [`${lang}/node-report.txt`]: inLanguage(() => renderTextReport(reports().node, { color: false })),
    [`${lang}/check.txt`]: inLanguage(() => renderCheckText(reports().check, { color: false })),
    [`${lang}/rules.txt`]: inLanguage(() =>
      renderRulesTable(summariesOf(catalogueEntries(), lang)),
    ),
  };
}

/** Every golden file, by path relative to test/golden. */
export function allGoldens(): Record<string, () => string> {
  const out: Record<string, () => string> = { ...fixtureGoldens() };
  for (const lang of goldenLanguages) for (const [name, render] of Object.entries(languageGoldens(lang))) out[`i18n/${name}`] = render;
  return out;
}
