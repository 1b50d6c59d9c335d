/**
 * Every output format at the scale limits: a check report with tens of thousands of findings on
 * thousands of nodes renders completely (no stack overflow from recursion or argument spreading),
 * as chunks none of which grows with the report, and the streamed JSON and YAML are exactly what
 * serialising the whole document at once gives.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import type { RenderedFinding } from '../src/report/localize.js';
import type { RenderedCheckReport } from '../src/report/model.js';
import { reportDocument } from '../src/report/model.js';
import { checkTextChunks, textReportChunks } from '../src/report/text.js';
import { jsonDocumentChunks, reportJsonChunks } from '../src/report/json.js';
import { reportYamlChunks, renderYaml } from '../src/report/yaml.js';
import { junitChunks } from '../src/report/junit.js';
import { markdownChunks } from '../src/report/markdown.js';
import { githubChunks } from '../src/report/github.js';
import { jsonChunks, joinChunks, maxOf, pushAll, type Chunks } from '../src/report/stream.js';
import { writeOutput } from '../src/cli/render.js';
import type { CliIO } from '../src/cli/io.js';
import { fixtureCheckReport } from './golden/fixture.js';

const NODES = 2000;
const PODS_PER_NODE = 20;

function podFinding(node: number, pod: number): RenderedFinding {
  const name = `win-payments-${node.toString(36)}-7d9c6b5f4-${pod.toString(36).padStart(5, 'x')}`;
  return {
    ruleId: pod % 2 === 0 ? 'image-os-mismatch' : 'ip-range-exhausted',
    severity: pod % 5 === 0 ? 'warning' : 'error',
    target: { kind: 'Pod', namespace: 'payments', name },
    title: 'Container image built for another Windows version',
    message: `payments/${name} uses mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019 on a Windows Server 2022 node.`,
    evidence: [
      { source: 'event', text: 'Failed (x14): hcs::CreateComputeSystem: The container operating system does not match the host operating system.' },
      { source: 'node', text: `node aksw22-${node}: 10.0.20348.2966` },
    ],
    remediation: ['Use an image tag for ltsc2022.', 'Or pin the pod to Server 2019 nodes with a nodeSelector.'],
    docs: 'kubectl windbg explain image-os-mismatch',
  };
}

function scaleReport(): RenderedCheckReport {
  const findings: RenderedFinding[] = [];
  const nodes: RenderedCheckReport['inventory']['nodes'] = [];
  for (let n = 0; n < NODES; n++) {
    const pods: RenderedCheckReport['inventory']['unscheduledPods'] = [];
    for (let p = 0; p < PODS_PER_NODE; p++) {
      const finding = podFinding(n, p);
      findings.push(finding);
      // Bare pods: each is its own workload, so each gets its own test case.
      pods.push({ namespace: 'payments', name: finding.target.name, workload: `Pod payments/${finding.target.name}` });
    }
    nodes.push({ name: `aksw22-${n}`, pods });
  }
  const summary = { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: 0 };
  return {
    target: { kind: 'Cluster', name: 'prod' },
    result: { findings, notes: ['events older than one hour are not listed'], summary, needsProbe: ['hns-stale-objects'], checked: { nodes: NODES, pods: NODES * PODS_PER_NODE } },
    inventory: {
      nodes,
      unscheduledPods: [],
      rules: [
        { id: 'hns-stale-objects', title: 'Stale HNS objects', area: 'network', severity: 'warning' },
        { id: 'node-not-ready', title: 'Node not ready', area: 'node', severity: 'error' },
      ],
      generatedAt: '2026-05-01T10:00:00Z',
    },
  } as RenderedCheckReport;
}

const report = scaleReport();
const findingCount = NODES * PODS_PER_NODE;

/** Consumes the chunks as the CLI does; returns the text and the longest chunk. */
function drain(chunks: Chunks): { text: string; longestChunk: number } {
  let longestChunk = 0;
  const parts: string[] = [];
  for (const chunk of chunks) {
    longestChunk = Math.max(longestChunk, chunk.length);
    parts.push(chunk);
  }
  return { text: parts.join(''), longestChunk };
}

describe(`every format renders a check of ${findingCount} findings on ${NODES} nodes`, () => {
  it('table: every finding, grouped by severity, in chunks of one finding', () => {
    const { text, longestChunk } = drain(checkTextChunks(report, { color: false }));
    expect(text.split('\n')[0]).toContain(String(NODES));
    expect(text.match(/^ {2}(image-os-mismatch|ip-range-exhausted) {2}/gm)).toHaveLength(findingCount);
    expect(text).toContain(`${report.result.summary.error}`);
    expect(text.indexOf('win-payments-0-7d9c6b5f4-xxxx1')).toBeGreaterThan(0);
    expect(longestChunk).toBeLessThan(2000);
  });

  it('json: the same document JSON.stringify writes, findings streamed one by one', () => {
    const { text, longestChunk } = drain(reportJsonChunks(report));
    expect(text).toBe(JSON.stringify(reportDocument(report), null, 2) + '\n');
    expect((JSON.parse(text) as { findings: unknown[] }).findings).toHaveLength(findingCount);
    expect(longestChunk).toBeLessThan(2000);
  });

  it('junit: one suite per node with its node rules, a Workloads suite with a case per finding, failures counted', () => {
    const { text, longestChunk } = drain(junitChunks(report));
    // These findings are on bare pods (each its own root), so every one is a case of its own.
    expect(text).toContain(`<testsuites name="kubectl windbg check" tests="${NODES * 2 + findingCount}" failures="${findingCount}" errors="0" skipped="${NODES}"`);
    expect(text.match(/<testsuite /g)).toHaveLength(NODES + 1);
    expect(text.match(/<failure /g)).toHaveLength(findingCount);
    expect(text).toMatch(/<testcase name="(image-os-mismatch|ip-range-exhausted) Pod payments\/win-payments-1jj-7d9c6b5f4-xxxxj" classname="payments" time="0">/);
    expect(longestChunk).toBeLessThan(5000);
  });

  it('markdown: a table row and a details section per finding', () => {
    const { text, longestChunk } = drain(markdownChunks(report));
    expect(text.match(/^\| (🔴|🟡) \w+ \| `/gmu)).toHaveLength(findingCount);
    expect(text.match(/^#### /gm)).toHaveLength(findingCount);
    expect(text.endsWith('\n')).toBe(true);
    expect(longestChunk).toBeLessThan(2000);
  });

  it('github: annotations up to the per-type limit, one summarising annotation per type, the rest as log lines, the summary line', () => {
    const lines = joinChunks(githubChunks(report)).trimEnd().split('\n');
    expect(lines).toHaveLength(findingCount + 2 + 1);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('[error] ') || l.startsWith('[warning] '))).toHaveLength(findingCount - 18);
  });

  it('yaml: findings streamed one by one, and it parses back to the document', () => {
    const small: RenderedCheckReport = { ...report, result: { ...report.result, findings: report.result.findings.slice(0, 3000) } };
    const { text, longestChunk } = drain(reportYamlChunks(small));
    expect(parseYaml(text)).toEqual(JSON.parse(JSON.stringify(reportDocument(small))));
    expect(longestChunk).toBeLessThan(2000);
  });

  it('node report as text with every pod finding', () => {
    const text = joinChunks(textReportChunks({ target: { kind: 'Node', name: 'aksw22-0' }, result: report.result }, { color: true }));
    expect(text.match(/^ {2}\S*image-os-mismatch\S* {2}/gm)).toHaveLength(findingCount / 2);
  });
});

describe('streamed documents equal whole ones', () => {
  const tricky = {
    schemaVersion: 2,
    empty: [],
    emptyObject: {},
    skipped: undefined,
    list: [1, 'two', undefined, null, [], {}, { a: undefined, b: [{ c: 'x\ny' }] }, () => 0],
    nested: { deeper: { deepest: [1, { e: 'é\u0085' }] } },
    date: new Date(0),
  };

  it('json', () => {
    for (const depth of [0, 1, 2, 5]) expect(joinChunks(jsonChunks(tricky, depth))).toBe(JSON.stringify(tricky, null, 2));
    expect(joinChunks(jsonChunks([]))).toBe('[]');
    expect(joinChunks(jsonDocumentChunks('plain'))).toBe('"plain"\n');
  });

  it('yaml, on the golden report and on values with block scalars', () => {
    const doc = reportDocument(fixtureCheckReport);
    expect(renderYaml(doc)).toBe(stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }));
    const blocks = { a: 1, list: ['x', 'multi\nline\n\n  indented\n', { k: 'v\nw', n: [1, 2] }, null, []], empty: [], s: 'key: value' };
    expect(renderYaml(blocks)).toBe(stringify(blocks, { lineWidth: 0 }));
    // An object referenced twice is written twice, not as an alias.
    const shared = { kind: 'Node', name: 'n1' };
    expect(renderYaml({ findings: [{ target: shared }, { target: shared }] })).not.toMatch(/[&*]a\d/);
  });
});

describe('helpers that replace argument spreading', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => i);

  it('pushAll and maxOf take any number of items', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(pushAll([-1], many)).toHaveLength(300_001);
    expect(maxOf(many)).toBe(299_999);
    expect(maxOf([], 0)).toBe(0);
  });

  it('writeOutput writes pieces of bounded size, in order', () => {
    const pieces: string[] = [];
    const io = { stdout: (text: string) => pieces.push(text) } as unknown as CliIO;
    writeOutput(io, (function* () {
      for (let i = 0; i < 10_000; i++) yield `line ${i}\n`;
    })(), 4096);
    expect(pieces.join('')).toBe(Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join(''));
    expect(maxOf(pieces.map((p) => p.length))).toBeLessThan(4096 + 20);
    expect(pieces.length).toBeGreaterThan(10);
  });
});
