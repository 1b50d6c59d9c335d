import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { colors, shouldUseColor, stripAnsi } from '../src/report/ansi.js';
import { formatAge } from '../src/report/format.js';
import { escapeData, escapeProperty, renderGithub } from '../src/report/github.js';
import { escapeXml, renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderCheckText, renderTextReport } from '../src/report/text.js';
import { renderReportJson } from '../src/report/json.js';
import { renderReportYaml } from '../src/report/yaml.js';
import { nodesDocument, renderNodesTable, type NodeSummary } from '../src/report/nodes.js';
import { explainDocument, renderExplainText, renderRulesTable } from '../src/report/catalog.js';
import type { PodHeader } from '../src/report/model.js';
import { fixtureCheckReport, fixtureNodeReport, fixtureResult } from './golden/fixture.js';
import { parse as parseYaml } from 'yaml';

function parsesAsXml(xml: string): { ok: boolean; error: string } {
  const r = spawnSync('python3', ['-c', 'import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.read())'], { input: xml, encoding: 'utf8' });
  if (r.error) throw new Error('python3 is needed to check XML well-formedness');
  return { ok: r.status === 0, error: r.stderr };
}

describe('ansi colours', () => {
  it('colours only on a TTY without --no-color or NO_COLOR', () => {
    expect(shouldUseColor({ isTTY: true, noColorFlag: false, env: {} })).toBe(true);
    expect(shouldUseColor({ isTTY: false, noColorFlag: false, env: {} })).toBe(false);
    expect(shouldUseColor({ isTTY: true, noColorFlag: true, env: {} })).toBe(false);
    expect(shouldUseColor({ isTTY: true, noColorFlag: false, env: { NO_COLOR: '1' } })).toBe(false);
    expect(shouldUseColor({ isTTY: true, noColorFlag: false, env: { NO_COLOR: '' } })).toBe(true);
  });
  it('styles text with escape codes that strip back to the text', () => {
    const styled = colors(true).red('boom');
    expect(styled).toBe('\u001b[31mboom\u001b[39m');
    expect(stripAnsi(styled)).toBe('boom');
    expect(colors(false).red('boom')).toBe('boom');
  });
  it('a coloured report differs from the plain one only by escape codes', () => {
    const coloured = renderTextReport(fixtureNodeReport, { color: true });
    expect(coloured).toContain('\u001b[');
    expect(stripAnsi(coloured)).toBe(renderTextReport(fixtureNodeReport, { color: false }));
  });
});

describe('formatAge', () => {
  it.each([
    [45, '45s'],
    [119, '119s'],
    [300, '5m'],
    [3 * 3600, '3h'],
    [47 * 3600, '47h'],
    [12 * 86400, '12d'],
    [800 * 86400, '2y'],
  ])('%d seconds -> %s', (seconds, expected) => expect(formatAge(seconds)).toBe(expected));
  it('says unknown for a missing timestamp', () => expect(formatAge(undefined)).toBe('<unknown>'));
});

describe('text report', () => {
  it('prints header, findings by severity with evidence, fix steps, docs, then probe list and notes', () => {
    const text = renderTextReport(fixtureNodeReport, { color: false });
    expect(text).toMatch(/^Node win2004-0\n {2}Windows +Windows Server, version 2004\n/);
    expect(text).toContain('Ready    False (NodeStatusUnknown, last heartbeat 3h ago)');
    expect(text).toContain('      [node] status.nodeInfo.kernelVersion: 10.0.19041.1415');
    expect(text).toContain('      2. Restart containerd: Restart-Service containerd.');
    expect(text).toContain('    Docs: kubectl windbg explain pause-image-incompatible\n');
    expect(text).not.toContain('docs/rules');
    expect(text.indexOf('Errors (2)')).toBeLessThan(text.indexOf('Could only be checked with --probe: hns-network-missing, node-services-down'));
    expect(text).toContain('  - events could not be listed in namespace "restricted": forbidden');
  });
  it('names the page file of an installed package under the explain command when there is one', () => {
    const text = renderTextReport(fixtureNodeReport, { color: false, pagesDir: '/usr/lib/node_modules/kubectl-windbg/docs/rules' });
    expect(text).toContain(
      '    Docs: kubectl windbg explain pause-image-incompatible\n          /usr/lib/node_modules/kubectl-windbg/docs/rules/pause-image-incompatible.md\n',
    );
  });
  it('names the web page of this version instead when there is no installed folder (a single executable)', () => {
    const pagesUrl = 'https://github.com/kubectl-windbg/kubectl-windbg/blob/v1.2.3/docs/rules';
    const text = renderTextReport(fixtureNodeReport, { color: false, pagesUrl });
    expect(text).toContain(`    Docs: kubectl windbg explain pause-image-incompatible\n          ${pagesUrl}/pause-image-incompatible.md\n`);
    const file = renderTextReport(fixtureNodeReport, { color: false, pagesDir: '/opt/kubectl-windbg/docs/rules', pagesUrl });
    expect(file).toContain('\n          /opt/kubectl-windbg/docs/rules/pause-image-incompatible.md\n');
    expect(file).not.toContain(pagesUrl);
  });
  it('shows a Windows status exit code in hex next to the decimal value', () => {
    const header: PodHeader = {
      kind: 'Pod', namespace: 'web', name: 'iis-0', phase: 'Running', reasons: ['CrashLoopBackOff'], node: 'akswin22-0',
      images: ['mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022'], restarts: 4,
      exits: ['app: 3221225786 (0xC000013A), Error'], age: '3h',
    };
    const text = renderTextReport({ target: { kind: 'Pod', namespace: 'web', name: 'iis-0' }, header, result: fixtureNodeReport.result }, { color: false });
    expect(text).toMatch(/\n {2}Exit code +app: 3221225786 \(0xC000013A\), Error\n/);
  });
  it('says so when nothing is wrong', () => {
    const clean = { ...fixtureNodeReport, result: { ...fixtureNodeReport.result, findings: [], needsProbe: [], notes: [], summary: { error: 0, warning: 0, info: 0 } } };
    expect(renderTextReport(clean, { color: false })).toContain('No problems found.');
  });
  it('check starts with the summary line', () => {
    const text = renderCheckText(fixtureCheckReport, { color: false });
    expect(text.split('\n')[0]).toBe(
      'Checked 2 Windows node(s) and 5 pod(s): 3 error(s), 1 warning(s), 1 info; 2 cause(s) need --probe',
    );
    expect(text).toContain('Warnings (1)');
    expect(text).toContain('Info (1)');
  });
});

describe('json and yaml', () => {
  it('follow the schemaVersion 2 document: findings at their root target with the objects they affect', () => {
    const doc = JSON.parse(renderReportJson(fixtureNodeReport));
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'target', 'findings', 'notes', 'summary', 'needsProbe', 'checked']);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.findings[1]).toMatchObject({
      ruleId: 'pause-image-incompatible',
      target: { kind: 'Node', name: 'win2004-0' },
      affected: { count: 2, objects: [{ kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b5f4-h5k2p' }, { kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b5f4-x2x9q' }] },
    });
    expect(parseYaml(renderReportYaml(fixtureNodeReport))).toEqual(doc);
  });
});

describe('junit', () => {
  it('is well-formed XML even with markup characters in names and messages', () => {
    const xml = renderJunit(fixtureCheckReport);
    const check = parsesAsXml(xml);
    expect(check.error).toBe('');
    expect(check.ok).toBe(true);
  });
  it('has a suite per node with a case per node rule, a Workloads suite with a case per cause and root target, skipped probe rules', () => {
    const xml = renderJunit(fixtureCheckReport);
    expect(xml).toContain('<testsuite name="win2004-0" tests="4" failures="2" errors="0" skipped="2"');
    expect(xml).toContain('<testcase name="unsupported-windows-build" classname="win2004-0" time="0">');
    expect(xml).toContain('<testcase name="pause-image-incompatible" classname="win2004-0" time="0">');
    expect(xml).toContain('<testcase name="unsupported-windows-build" classname="akswin22-1" time="0"/>');
    expect(xml).toContain('<testcase name="image-os-mismatch Image contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019 on 10.0.20348" classname="Image" time="0">');
    expect(xml).toContain('<testcase name="os-selector-missing CronJob batch/report" classname="batch" time="0">');
    // Workloads whose pods a finding affects do not also pass.
    expect(xml).not.toContain('<testcase name="Deployment web/legacy-api"');
    expect(xml).not.toContain('<testcase name="Deployment web/iis"');
    expect(xml).toMatch(/<testcase name="node-services-down" classname="win2004-0" time="0">\s*<skipped message="needs --probe"\/>/);
    expect(xml).toContain('type="warning"');
  });
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`a<b>&"c'\u0007`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('github annotations', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c')).toBe('a%3A b%2C c');
  });
  it('emits one command per finding with the right level', () => {
    const lines = renderGithub(fixtureCheckReport).trimEnd().split('\n');
    expect(lines).toHaveLength(fixtureResult.findings.length + 1);
    expect(lines[0]).toMatch(/^::error title=unsupported-windows-build Node win2004-0::Node win2004-0 runs/);
    expect(lines[3]).toMatch(/^::warning title=os-selector-missing CronJob batch\/report::/);
    expect(lines[4]).toMatch(/^::notice title=no-known-cause Pod tools\/probe-<odd>&"name"::/);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[\r\n]/);
  });
});

describe('markdown', () => {
  it('has a summary table, a findings table with escaped cells and details', () => {
    const md = renderMarkdown(fixtureCheckReport);
    expect(md).toContain('| 🔴 error | 3 |');
    expect(md).toContain('| 🟡 warning | `os-selector-missing` | CronJob batch/report |');
    expect(md).toContain('Pod tools/probe-&lt;odd&gt;&amp;"name"');
    expect(md).toContain('```text\n[node] status.nodeInfo.kernelVersion: 10.0.19041.1415');
    expect(md).toContain('Could only be checked with --probe: `hns-network-missing`, `node-services-down`');
  });
});

describe('nodes, rules and explain', () => {
  const row: NodeSummary = {
    name: 'akswin22-0',
    pool: 'win22',
    poolKind: 'NodePool',
    ready: true,
    readyStatus: 'True',
    windowsVersion: 'Server 2022',
    build: '10.0.20348.2966',
    kubeletVersion: 'v1.30.4',
    containerRuntime: 'containerd://1.7.20',
    pods: { total: 7, unhealthy: 2 },
    findings: { error: 1, warning: 3 },
    age: '12d',
    internalIP: '10.224.0.33',
    taints: ['os=windows:NoSchedule'],
    kubeProxyVersion: 'v1.30.4',
    cni: 'flannel (vxlan)',
  };
  it('nodes table has kubectl-style columns; wide adds internal IP and taints', () => {
    const table = renderNodesTable([row], false).split('\n');
    expect(table[0]).toMatch(/^NAME +POOL +READY +WINDOWS +BUILD +KUBELET +RUNTIME +PODS +FINDINGS +AGE$/);
    expect(table[1]).toMatch(/^akswin22-0 +win22 +True +Server 2022 +10\.0\.20348\.2966 +v1\.30\.4 +containerd:\/\/1\.7\.20 +2\/7 +1\/3 +12d$/);
    const wide = renderNodesTable([row], true).split('\n');
    expect(wide[0]).toMatch(/AGE +INTERNAL-IP +KUBE-PROXY +CNI +TAINTS$/);
    expect(wide[1]).toMatch(/10\.224\.0\.33 +v1\.30\.4 +flannel \(vxlan\) +os=windows:NoSchedule$/);
    const unknown = renderNodesTable([{ ...row, kubeProxyVersion: '', cni: undefined }], true).split('\n');
    expect(unknown[1]).toMatch(/10\.224\.0\.33 +<unknown> +<unknown> +os=windows:NoSchedule$/);
  });
  it('explains the PODS and FINDINGS columns under the table', () => {
    const lines = renderNodesTable([row], false).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      "PODS = unhealthy/total pods on the node; FINDINGS = errors/warnings of check's findings that touch the node: at the node, at its pool, or at the workloads and images whose pods fail on it (kubectl windbg node <name> lists them).",
    );
  });
  it('no Windows nodes is one plain sentence', () => {
    expect(renderNodesTable([], false)).toBe('No Windows nodes found in this cluster.\n');
  });
  it('nodes json has exactly the documented fields', () => {
    expect(nodesDocument([row])).toEqual({
      schemaVersion: 1,
      nodes: [
        {
          name: 'akswin22-0',
          pool: 'win22',
          ready: true,
          windowsVersion: 'Server 2022',
          build: '10.0.20348.2966',
          kubeletVersion: 'v1.30.4',
          containerRuntime: 'containerd://1.7.20',
          pods: { total: 7, unhealthy: 2 },
          findings: { error: 1, warning: 3 },
          kubeProxyVersion: 'v1.30.4',
          cni: 'flannel (vxlan)',
          taints: ['os=windows:NoSchedule'],
        },
      ],
    });
  });
  it('rules table and explain output', () => {
    const rules = renderRulesTable([
      { id: 'version-skew', title: 'Kubelet and API server versions too far apart', area: 'node', severity: 'warning', foundBy: 'check' },
      { id: 'dns-client-cache-stale', title: 'DNS client cache', area: 'pod', severity: 'warning', foundBy: 'explain' },
    ]);
    expect(rules.split('\n')[0]).toMatch(/^ID +AREA +SEVERITY +FOUND BY +TITLE$/);
    expect(rules).toMatch(/version-skew +node +warning +check +Kubelet and API server/);
    expect(rules).toMatch(/dns-client-cache-stale +pod +warning +explain +DNS client cache/);
    const text = renderExplainText([{ id: 'pause-image-incompatible', confidence: 0.874, why: 'sandbox creation failed on an OS mismatch', title: 'Pause image' }]);
    expect(text).toContain('1. pause-image-incompatible  87%  Pause image');
    expect(text).toContain('why: sandbox creation failed on an OS mismatch');
    expect(renderExplainText([])).toBe('No known cause matches this text.\n');
    expect(explainDocument([{ id: 'x-y', confidence: 0.5, why: 'w', title: 'T' }])).toEqual({ matches: [{ id: 'x-y', confidence: 0.5, why: 'w' }] });
  });
});
