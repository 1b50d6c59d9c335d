/**
 * Everything the engine writes in English, gathered into one JSON document: diagnoses of every rule
 * fixture and scenario (with recorded probe facts), `explain` rankings of the recorded real-world
 * messages, and each rule's own texts. test/i18n-english.test.ts compares it with
 * english-baseline.json so that English output stays byte-identical while texts move into catalogues.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { diagnose } from '../../../src/engine/diagnose.js';
import { explainText } from '../../../src/engine/explain.js';
import { loadSnapshotFromPath } from '../../../src/kube/offline.js';
import type { Snapshot } from '../../../src/kube/types.js';
import type { NodeFacts, PodNetworkFacts } from '../../../src/probes/facts.js';
import { podKey } from '../../../src/probes/facts.js';
import { parseNodeProbeOutput } from '../../../src/probes/parse-node.js';
import { causeById } from '../../../src/causes/index.js';
import { renderResult } from '../../../src/report/localize.js';
import { allRules } from '../../../src/rules/index.js';
import { fixtureNow, fixtureSnapshot } from '../../rules/rule-tester.js';
import { collectedAt, loadNodeFacts, loadPodFacts, loadSnapshot } from '../../fixtures/rules/probe/context.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const ruleFixtureFiles = readdirSync(join(root, 'test', 'fixtures', 'rules'))
  .filter((name) => name.endsWith('.yaml') && !['base-nodes.yaml', 'causes.yaml', 'real-messages.yaml'].includes(name))
  .sort();

function diagnosisOf(snapshot: Snapshot, now: Date, nodeFacts: NodeFacts[] = [], podFacts: PodNetworkFacts[] = []): unknown {
  return renderResult(diagnose({
    snapshot,
    now,
    nodeFacts: new Map(nodeFacts.map((facts) => [facts.node, facts])),
    podFacts: new Map(podFacts.map((facts) => [podKey(facts.pod.namespace, facts.pod.name), facts])),
  }));
}

function recordedMessages(path: string): string[] {
  const entries = parse(readFileSync(path, 'utf8')) as { evidence?: string }[] | null;
  return (entries ?? []).map((entry) => entry.evidence ?? '').filter((text) => text.trim() !== '');
}

async function scenarioDiagnosis(name: string): Promise<unknown> {
  const dir = join(root, 'test', 'fixtures', 'scenarios', name);
  const snapshot = await loadSnapshotFromPath(dir, {});
  snapshot.collectedAt = '2025-06-03T09:30:00.000Z';
  const probeDir = join(dir, 'probe-outputs');
  let facts: NodeFacts[] = [];
  try {
    facts = readdirSync(probeDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => parseNodeProbeOutput(readFileSync(join(probeDir, file), 'utf8'), file.replace(/\.json$/, '')));
  } catch {
    facts = [];
  }
  const now = new Date('2025-06-03T09:30:00Z');
  return { withoutProbes: diagnosisOf(snapshot, now), withProbes: diagnosisOf(snapshot, now, facts) };
}

export async function englishCorpus(): Promise<string> {
  const fixtures: Record<string, unknown> = {};
  for (const file of ruleFixtureFiles) fixtures[file] = diagnosisOf(fixtureSnapshot([file]), fixtureNow);
  fixtures['all-rule-fixtures'] = diagnosisOf(fixtureSnapshot(ruleFixtureFiles), fixtureNow);

  const probeFactFiles = readdirSync(join(root, 'test', 'fixtures', 'rules', 'probe', 'facts'))
    .filter((file) => file.endsWith('.json') && file !== 'pods.json')
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
  const podFacts = (JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'rules', 'probe', 'facts', 'pods.json'), 'utf8')) as PodNetworkFacts[]).map(
    (facts) => loadPodFacts(facts.pod.namespace, facts.pod.name),
  );
  const probeCluster = diagnosisOf(loadSnapshot(), new Date(collectedAt), probeFactFiles.map(loadNodeFacts), podFacts);

  const scenarios = { basic: await scenarioDiagnosis('basic'), demo: await scenarioDiagnosis('demo') };

  const messages = recordedMessages(join(root, 'test', 'fixtures', 'rules', 'real-messages.yaml'));
  const explained = messages.map((text) => ({ text: text.slice(0, 80), matches: explainText(text) }));

  const ruleTexts = [...allRules, causeById('probe-pod-failed')!, causeById('canary-failed')!].map((rule) => ({
    id: rule.id,
    title: rule.title,
    explanation: rule.explanation,
    remediation: rule.remediation,
    why: (rule.signatures ?? []).filter((signature) => !signature.whyOf).map((signature) => signature.why),
  }));

  return `${JSON.stringify({ fixtures, probeCluster, scenarios, explained, ruleTexts }, null, 2)}\n`;
}
