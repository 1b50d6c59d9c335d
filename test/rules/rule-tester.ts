/**
 * RuleTester-style harness for the catalogue rules: realistic `kind: List` fixtures become a
 * Snapshot, the rule runs alone through the engine's view, and cases assert ids, targets and evidence.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildView } from '../../src/engine/build-view.js';
import { defaultThresholds } from '../../src/engine/result.js';
import type { KEvent, KNode, KPod, ServerVersion, Snapshot } from '../../src/kube/types.js';
import type { NodeFacts, PodNetworkFacts } from '../../src/probes/facts.js';
import type { Rule, Target } from '../../src/rules/types.js';
import { causeById } from '../../src/causes/index.js';
import { stampFinding } from '../../src/engine/run-rules.js';
import { renderFinding, type RenderedFinding } from '../../src/report/localize.js';

type Finding = RenderedFinding;

/** The registered cause of the folder a cases file lives in (`causeOf(import.meta.url)`). */
export function causeOf(casesFileUrl: string): Rule {
  const id = basename(dirname(fileURLToPath(casesFileUrl)));
  const cause = causeById(id);
  if (!cause || !('detect' in cause)) throw new Error(`no cause with a detector for folder ${id}`);
  return cause as unknown as Rule;
}

export const fixtureNow = new Date('2024-11-20T11:00:00Z');

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/rules/${name}`, import.meta.url), 'utf8');
}

/** Objects of a `kind: List` document (or a single object, or several YAML documents). */
export function listItems(text: string): Record<string, unknown>[] {
  const docs = text
    .split(/^---\s*$/m)
    .map((doc) => parse(doc) as Record<string, unknown> | null)
    .filter((doc): doc is Record<string, unknown> => doc !== null && typeof doc === 'object');
  return docs.flatMap((doc) => (doc['kind'] === 'List' ? ((doc['items'] as Record<string, unknown>[] | undefined) ?? []) : [doc]));
}

export function snapshotOf(items: readonly Record<string, unknown>[], serverVersion?: ServerVersion): Snapshot {
  const snapshot: Snapshot = {
    source: { kind: 'files', path: 'test/fixtures/rules' },
    collectedAt: fixtureNow.toISOString(),
    nodes: items.filter((o) => o['kind'] === 'Node') as unknown as KNode[],
    pods: items.filter((o) => o['kind'] === 'Pod') as unknown as KPod[],
    events: items.filter((o) => o['kind'] === 'Event') as unknown as KEvent[],
    notes: [],
  };
  if (serverVersion) snapshot.serverVersion = serverVersion;
  return snapshot;
}

/** The base nodes (akswin22-0 on Server 2022, win19-0 on Server 2019) plus the named fixture files. */
export function fixtureSnapshot(names: readonly string[], serverVersion?: ServerVersion): Snapshot {
  const items = ['base-nodes.yaml', ...names].flatMap((name) => listItems(fixtureText(name)));
  return snapshotOf(items, serverVersion ?? { major: '1', minor: '30', gitVersion: 'v1.30.4' });
}

/** Objects of the named fixtures that match a predicate (to build near-miss variants). */
export function withItems(names: readonly string[], edit: (item: Record<string, unknown>) => Record<string, unknown> | undefined): Snapshot {
  const items = ['base-nodes.yaml', ...names].flatMap((name) => listItems(fixtureText(name)));
  const edited = items.map((item) => edit(structuredClone(item))).filter((item): item is Record<string, unknown> => item !== undefined);
  return snapshotOf(edited, { major: '1', minor: '30', gitVersion: 'v1.30.4' });
}

/** The fixture with the message of each of its events replaced (the same failure worded another way). */
export function withEventMessage(fixture: string, message: string): Snapshot {
  return withItems([fixture], (item) => {
    if (item['kind'] === 'Event') item['message'] = message;
    return item;
  });
}

/** The fixture with the first container's last termination message replaced (log lines a container died with). */
export function withTerminationMessage(fixture: string, message: string): Snapshot {
  return withItems([fixture], (item) => {
    if (item['kind'] === 'Pod') {
      const status = item['status'] as { containerStatuses: { lastState: { terminated: { message: string } } }[] };
      status.containerStatuses[0]!.lastState.terminated.message = message;
    }
    return item;
  });
}

export function runRule(
  rule: Rule,
  snapshot: Snapshot,
  facts: { nodeFacts?: Map<string, NodeFacts> | undefined; podFacts?: Map<string, PodNetworkFacts> | undefined } = {},
): Finding[] {
  const view = buildView(snapshot, defaultThresholds, fixtureNow);
  const drafts = rule.detect({
    snapshot,
    view,
    nodeFacts: facts.nodeFacts ?? new Map(),
    podFacts: facts.podFacts ?? new Map(),
    thresholds: defaultThresholds,
    now: fixtureNow,
  });
  // Findings as the English report shows them.
  return drafts.map((draft) => renderFinding(stampFinding(draft, rule.id), 'en'));
}

export interface RuleCase {
  name: string;
  snapshot: () => Snapshot;
  nodeFacts?: Map<string, NodeFacts>;
  podFacts?: Map<string, PodNetworkFacts>;
}

export interface ExpectedFinding {
  target: Target;
  severity?: Finding['severity'];
  evidence?: RegExp[];
  message?: RegExp;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** valid: the rule reports nothing; invalid: exactly the listed findings (by target), in any order. */
export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const item of cases.valid) {
      it(`valid: ${item.name}`, () => {
        const findings = runRule(rule, item.snapshot(), item);
        expect(findings.map((f) => `${targetText(f.target)}: ${f.message}`)).toEqual([]);
      });
    }
    for (const item of cases.invalid) {
      it(`invalid: ${item.name}`, () => {
        const findings = runRule(rule, item.snapshot(), item);
        expect(findings.map((f) => targetText(f.target)).sort()).toEqual(item.findings.map((f) => targetText(f.target)).sort());
        for (const expected of item.findings) {
          const finding = findings.find((f) => targetText(f.target) === targetText(expected.target))!;
          expect(finding.ruleId).toBe(rule.id);
          expect(finding.docs).toBe(`kubectl windbg explain ${rule.id}`);
          expect(finding.title).toBe(rule.title);
          expect(finding.remediation.length).toBeGreaterThan(0);
          expect(finding.severity).toBe(expected.severity ?? rule.severity);
          if (expected.message) expect(finding.message).toMatch(expected.message);
          const evidence = finding.evidence.map((e) => `${e.source}: ${e.text}`).join('\n');
          for (const pattern of expected.evidence ?? []) expect(evidence).toMatch(pattern);
        }
      });
    }
  });
}

function targetText(target: Target): string {
  return `${target.kind}/${target.namespace ?? ''}/${target.name}`;
}

export function pod(namespace: string, name: string): Target {
  return { kind: 'Pod', namespace, name };
}

export function node(name: string): Target {
  return { kind: 'Node', name };
}

/** A node probe result carrying only the given sections. */
export function nodeFacts(nodeName: string, facts: Partial<NodeFacts>): Map<string, NodeFacts> {
  return new Map([[nodeName, { schemaVersion: 1, node: nodeName, collectedAt: fixtureNow.toISOString(), errors: [], ...facts }]]);
}
