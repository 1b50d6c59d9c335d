import { t } from '../i18n/index.js';
import type { Target } from '../rules/types.js';
import type { RenderedFinding } from './localize.js';
import type { RenderedCheckReport } from './model.js';
import { targetLabel } from './model.js';

/**
 * JUnit XML for CI test reporters: one <testsuite> per Windows node with one <testcase> per
 * node-level rule evaluated on it and one per pod on it; a "Cluster" suite for cluster-level
 * findings and pods not bound to a node. Rules that need --probe and did not get it are skipped.
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

const severityRank = { error: 0, warning: 1, info: 2 } as const;

interface Case {
  name: string;
  classname: string;
  findings: RenderedFinding[];
  skipped?: string;
}

function renderCase(c: Case): string {
  const head = `    <testcase ${attrs({ name: c.name, classname: c.classname, time: 0 })}`;
  if (c.findings.length > 0) {
    const worst = [...c.findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])[0]!;
    const message = c.findings.length === 1 ? worst.message : c.findings.map((f) => f.ruleId).join(', ');
    return [
      `${head}>`,
      `      <failure ${attrs({ message, type: worst.severity })}>${escapeXml(failureBody(c.findings))}</failure>`,
      '    </testcase>',
    ].join('\n');
  }
  if (c.skipped !== undefined) {
    return [`${head}>`, `      <skipped ${attrs({ message: c.skipped })}/>`, '    </testcase>'].join('\n');
  }
  return `${head}/>`;
}

function renderSuite(name: string, cases: Case[], timestamp: string): string {
  const failures = cases.filter((c) => c.findings.length > 0).length;
  const skipped = cases.filter((c) => c.findings.length === 0 && c.skipped !== undefined).length;
  const open = `  <testsuite ${attrs({ name, tests: cases.length, failures, errors: 0, skipped, time: 0, timestamp })}>`;
  return [open, ...cases.map(renderCase), '  </testsuite>'].join('\n');
}

function sameTarget(a: Target, b: Target): boolean {
  return a.kind === b.kind && a.name === b.name && (a.kind !== 'Pod' || (a.namespace ?? 'default') === (b.namespace ?? 'default'));
}

export function renderJunit(report: RenderedCheckReport): string {
  const { result, inventory } = report;
  const needsProbe = new Set(result.needsProbe);
  const nodeRules = inventory.rules.filter((r) => r.area === 'node' || r.area === 'network');
  const used = new Set<RenderedFinding>();
  const take = (target: Target, ruleId?: string): RenderedFinding[] => {
    const found = result.findings.filter((f) => !used.has(f) && sameTarget(f.target, target) && (ruleId === undefined || f.ruleId === ruleId));
    for (const f of found) used.add(f);
    return found;
  };
  const podCase = (classname: string, pod: { namespace: string; name: string }): Case => ({
    name: `${pod.namespace}/${pod.name}`,
    classname,
    findings: take({ kind: 'Pod', namespace: pod.namespace, name: pod.name }),
  });

  const suites: { name: string; cases: Case[] }[] = [];
  for (const node of inventory.nodes) {
    const target: Target = { kind: 'Node', name: node.name };
    const cases: Case[] = nodeRules.map((rule) => {
      const findings = take(target, rule.id);
      return { name: rule.id, classname: node.name, findings, skipped: needsProbe.has(rule.id) ? t('report.junit.needsProbe') : undefined };
    });
    // Findings on the node from ids outside the node-level rules (for example no-known-cause).
    for (const f of take(target)) cases.push({ name: f.ruleId, classname: node.name, findings: [f] });
    for (const pod of node.pods) cases.push(podCase(node.name, pod));
    suites.push({ name: node.name, cases });
  }

  const clusterCases: Case[] = inventory.unscheduledPods.map((pod) => podCase('Cluster', pod));
  for (const f of result.findings.filter((x) => !used.has(x))) {
    used.add(f);
    clusterCases.push({ name: f.ruleId, classname: f.target.kind === 'Cluster' ? 'Cluster' : targetLabel(f.target), findings: [f] });
  }
  if (clusterCases.length > 0) suites.push({ name: 'Cluster', cases: clusterCases });

  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.findings.length > 0).length, 0);
  const skipped = suites.reduce((n, s) => n + s.cases.filter((c) => c.findings.length === 0 && c.skipped !== undefined).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: 'kubectl windbg check', tests, failures, errors: 0, skipped, time: 0 })}>`,
    ...suites.map((s) => renderSuite(s.name, s.cases, inventory.generatedAt)),
    '</testsuites>',
    '',
  ].join('\n');
}
