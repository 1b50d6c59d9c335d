import { t } from '../i18n/index.js';
import { allAffected } from '../engine/result.js';
import { severityRank, type Target } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import type { InventoryPod, RenderedCheckReport } from './model.js';
import { terminalSafe, terminalSafeDeep } from './sanitize.js';
import { affectedLine, candidateLines } from './text.js';
import { joinChunks, type Chunks } from './stream.js';

/**
 * JUnit XML for CI test reporters: one <testsuite> per Windows node with one <testcase> per
 * node-level rule evaluated on it (skipped, not passing, where a finding at the node's pool covers
 * it); a "Node pools" suite with one failing case per cause and pool; a "Workloads" suite with one failing case per cause and root
 * target ("<cause> Deployment web/iis", "<cause> Image <image> on 10.0.17763")
 * and a passing case for every workload (Deployment, StatefulSet, DaemonSet, CronJob...) no
 * finding touches; a "Cluster" suite for cluster-level findings. Names never carry a pod's hash
 * suffix, so a CI reporter follows the same case from run to run. Rules that need --probe and did
 * not get it are skipped.
 */

// XML 1.0 forbids most control characters even when escaped; drop them.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

function failureBody(findings: readonly RenderedFinding[]): string {
  const parts: string[] = [];
  for (const f of findings) {
    const lines = [`[${f.severity}] ${f.ruleId}: ${f.title}`, f.message];
    const affected = affectedLine(f);
    if (affected) lines.push(affected);
    const candidates = candidateLines(f);
    if (candidates.length > 0) {
      lines.push(t('report.candidates'));
      for (const line of candidates) lines.push(`  ${line}`);
    }
    if (f.evidence.length > 0) {
      lines.push(t('report.evidence'));
      for (const e of f.evidence) lines.push(`  [${e.source}] ${e.text}`);
    }
    if (f.remediation.length > 0) {
      lines.push(t('report.fix'));
      f.remediation.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
    }
    lines.push(`${t('report.docs')} ${f.docs}`);
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}


interface Case {
  name: string;
  classname: string;
  findings: RenderedFinding[];
  skipped?: string;
}

function renderCase(c: Case): string {
  const head = `    <testcase ${attrs({ name: terminalSafe(c.name), classname: terminalSafe(c.classname), time: 0 })}`;
  if (c.findings.length > 0) {
    const findings = terminalSafeDeep(c.findings);
    let worst = findings[0]!;
    for (const f of findings) if (severityRank[f.severity] > severityRank[worst.severity]) worst = f;
    const message = findings.length === 1 ? worst.message : findings.map((f) => f.ruleId).join(', ');
    return [
      `${head}>`,
      `      <failure ${attrs({ message, type: worst.severity })}>${escapeXml(failureBody(findings))}</failure>`,
      '    </testcase>',
    ].join('\n');
  }
  if (c.skipped !== undefined) {
    return [`${head}>`, `      <skipped ${attrs({ message: c.skipped })}/>`, '    </testcase>'].join('\n');
  }
  return `${head}/>`;
}

interface Suite {
  name: string;
  cases: Case[];
}

function* suiteChunks(suite: Suite, timestamp: string): Generator<string> {
  let failures = 0;
  let skipped = 0;
  for (const c of suite.cases) {
    if (c.findings.length > 0) failures++;
    else if (c.skipped !== undefined) skipped++;
  }
  yield `  <testsuite ${attrs({ name: terminalSafe(suite.name), tests: suite.cases.length, failures, errors: 0, skipped, time: 0, timestamp })}>\n`;
  for (const c of suite.cases) yield `${renderCase(c)}\n`;
  yield '  </testsuite>\n';
}

/**
 * A root target as a test case names it: the same in every output language and from run to run
 * ("Deployment web/iis", "Image contoso.azurecr.io/api:1.4 on 10.0.20348", "NodePool win19").
 */
export function caseTargetName(target: Target): string {
  if (target.kind === 'Image') return target.build ? `Image ${target.name} on ${target.build}` : `Image ${target.name}`;
  if (target.namespace !== undefined || target.kind === 'Pod') return `${target.kind} ${target.namespace ?? 'default'}/${target.name}`;
  return `${target.kind} ${target.name}`;
}

function targetKey(target: Target): string {
  return target.kind === 'Pod' ? `Pod\u0000${target.namespace ?? 'default'}\u0000${target.name}` : `${target.kind}\u0000\u0000${target.name}`;
}

/** Findings by target, each handed out once, in the order of the report. */
class FindingsByTarget {
  private readonly byTarget = new Map<string, RenderedFinding[]>();
  readonly used = new Set<RenderedFinding>();

  constructor(findings: readonly RenderedFinding[]) {
    for (const f of findings) {
      const key = targetKey(f.target);
      const list = this.byTarget.get(key);
      if (list) list.push(f);
      else this.byTarget.set(key, [f]);
    }
  }

  take(target: Target, ruleId?: string): RenderedFinding[] {
    const found = (this.byTarget.get(targetKey(target)) ?? []).filter((f) => !this.used.has(f) && (ruleId === undefined || f.ruleId === ruleId));
    for (const f of found) this.used.add(f);
    return found;
  }
}

const groupKinds: ReadonlySet<Target['kind']> = new Set(['NodePool', 'WindowsBuild']);

/**
 * Node-level rules whose finding stands at a pool (or Windows build) of nodes, by node and rule:
 * the case that reports it. Every node it affects counts, also past the capped list.
 */
function rolledUpNodeCases(report: RenderedCheckReport): Map<string, string> {
  const byNodeRule = new Map<string, string>();
  for (const f of report.result.findings) {
    if (!groupKinds.has(f.target.kind)) continue;
    for (const o of allAffected(f, report.result)) if (o.kind === 'Node') byNodeRule.set(`${o.name}\u0000${f.ruleId}`, `${f.ruleId} ${caseTargetName(f.target)}`);
  }
  return byNodeRule;
}

function junitSuites(report: RenderedCheckReport): Suite[] {
  const { result, inventory } = report;
  const needsProbe = new Set(result.needsProbe);
  const nodeRules = inventory.rules.filter((r) => r.area === 'node' || r.area === 'network');
  const findings = new FindingsByTarget(result.findings);
  const atPool = rolledUpNodeCases(report);

  const suites: Suite[] = [];
  for (const node of inventory.nodes) {
    const target: Target = { kind: 'Node', name: node.name };
    const cases: Case[] = nodeRules.map((rule) => {
      const pooled = atPool.get(`${node.name}\u0000${rule.id}`);
      // A finding at the node's pool fails its own case; here the rule is not passing either.
      const skipped = needsProbe.has(rule.id) ? t(result.probed ? 'report.junit.stillUnchecked' : 'report.junit.needsProbe') : pooled !== undefined ? t('report.junit.reportedAt', { name: pooled }) : undefined;
      return { name: rule.id, classname: node.name, findings: findings.take(target, rule.id), skipped };
    });
    // Findings on the node from ids outside the node-level rules (for example the engine's own finding for an unexplained failure).
    for (const f of findings.take(target)) cases.push({ name: f.ruleId, classname: node.name, findings: [f] });
    suites.push({ name: node.name, cases });
  }
  // What a failing finding touches: its root target and every object it affects, also those past
  // its capped list, so that none of them shows up below as a passing workload.
  const touched = new Set<string>();
  const touch = (f: RenderedFinding): void => {
    touched.add(caseTargetName(f.target));
    for (const o of allAffected(f, result)) if (o.kind === 'Pod') touched.add(`Pod ${o.namespace ?? 'default'}/${o.name}`);
  };
  for (const f of findings.used) touch(f);

  // One case per cause and pool of nodes, then one per cause and root target (a workload, an image
  // on a build, a namespace), then a passing case for every workload no finding touches.
  const poolCases: Case[] = [];
  const workloadCases: Case[] = [];
  for (const f of result.findings) {
    if (findings.used.has(f) || f.target.kind === 'Cluster') continue;
    findings.used.add(f);
    touch(f);
    const c: Case = { name: `${f.ruleId} ${caseTargetName(f.target)}`, classname: f.target.namespace ?? f.target.kind, findings: [f] };
    (groupKinds.has(f.target.kind) ? poolCases : workloadCases).push(c);
  }
  if (poolCases.length > 0) suites.push({ name: 'Node pools', cases: poolCases });
  const workloads = new Map<string, InventoryPod[]>();
  for (const pod of [...inventory.nodes.flatMap((n) => n.pods), ...inventory.unscheduledPods]) {
    workloads.set(pod.workload, [...(workloads.get(pod.workload) ?? []), pod]);
  }
  for (const [workload, pods] of [...workloads].sort(([a], [b]) => a.localeCompare(b))) {
    if (touched.has(workload) || pods.some((p) => touched.has(`Pod ${p.namespace}/${p.name}`))) continue;
    workloadCases.push({ name: workload, classname: pods[0]!.namespace, findings: [] });
  }
  if (workloadCases.length > 0) suites.push({ name: 'Workloads', cases: workloadCases });

  const clusterCases: Case[] = [];
  for (const f of result.findings) {
    if (findings.used.has(f)) continue;
    findings.used.add(f);
    clusterCases.push({ name: f.ruleId, classname: 'Cluster', findings: [f] });
  }
  if (clusterCases.length > 0) suites.push({ name: 'Cluster', cases: clusterCases });
  return suites;
}

/** The JUnit document as chunks: the totals first, then one suite at a time. */
export function* junitChunks(report: RenderedCheckReport): Chunks {
  const suites = junitSuites(report);
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const suite of suites) {
    tests += suite.cases.length;
    for (const c of suite.cases) {
      if (c.findings.length > 0) failures++;
      else if (c.skipped !== undefined) skipped++;
    }
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites ${attrs({ name: 'kubectl windbg check', tests, failures, errors: 0, skipped, time: 0 })}>\n`;
  const timestamp = terminalSafe(report.inventory.generatedAt);
  for (const suite of suites) yield* suiteChunks(suite, timestamp);
  yield '</testsuites>\n';
}

export function renderJunit(report: RenderedCheckReport): string {
  return joinChunks(junitChunks(report));
}
