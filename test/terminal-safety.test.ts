import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { escapeJsonControls, terminalSafe, terminalSafeDeep } from '../src/report/sanitize.js';
import { renderCheckText, renderTextReport } from '../src/report/text.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderGithub } from '../src/report/github.js';
import { renderJunit } from '../src/report/junit.js';
import { renderNodesTable, type NodeSummary } from '../src/report/nodes.js';
import { renderJson } from '../src/report/json.js';
import { renderYaml } from '../src/report/yaml.js';
import type { RenderedCheckReport } from '../src/report/model.js';
import { runCli } from './cli-harness.js';
import { generateCertificates } from './support/sim/certs.js';
import { writeKubeconfig } from './support/sim/kubeconfig.js';
import { startSimCluster } from './support/sim/index.js';
import { readyWindowsNode } from './support/sim/nodes.js';

/** Injection strings as an attacker who can create events or set node annotations writes them. */
const OSC_RETITLE = '\u001b]0;root@prod: all green\u0007';
const CSI_CLEAR = '\u001b[2J\u001b[H';
const CR_OVERWRITE = 'FailedMount\rcluster healthy: 0 errors                ';
const C1_CSI = '\u009b31mRED\u009b0m';
const C1_OSC = '\u009d0;pwned\u009c';
const SGR_CONCEAL = '\u001b[8mhidden\u001b[28m';
const BIDI = 'image \u202etxt.exe\u202c';
const ALL = [OSC_RETITLE, CSI_CLEAR, CR_OVERWRITE, C1_CSI, C1_OSC, SGR_CONCEAL, BIDI].join(' | ');

/** The styling windbg itself emits (ansi.ts); everything else must be absent. */
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function assertInert(output: string): void {
  const withoutOwnStyling = output.replace(OWN_SGR, '');
  const found = TERMINAL_CONTROLS.exec(withoutOwnStyling);
  expect(found, found ? `control U+${found[0].charCodeAt(0).toString(16)} at ${found.index}: ${JSON.stringify(withoutOwnStyling.slice(Math.max(0, found.index - 30), found.index + 30))}` : '').toBeNull();
}

describe('terminalSafe', () => {
  it('shows ESC, BEL and the rest of C0 as control pictures, so OSC and CSI sequences are plain text', () => {
    expect(terminalSafe(OSC_RETITLE)).toBe('␛]0;root@prod: all green␇');
    expect(terminalSafe(CSI_CLEAR)).toBe('␛[2J␛[H');
    expect(terminalSafe(SGR_CONCEAL)).toBe('␛[8mhidden␛[28m');
    expect(terminalSafe('nul\u0000 bs\u0008 vt\u000b ff\u000c del\u007f')).toBe('nul␀ bs␈ vt␋ ff␌ del␡');
  });

  it('shows C1 controls and bidi overrides as code points', () => {
    expect(terminalSafe(C1_CSI)).toBe('\\u009B31mRED\\u009B0m');
    expect(terminalSafe(C1_OSC)).toBe('\\u009D0;pwned\\u009C');
    expect(terminalSafe(BIDI)).toBe('image \\u202Etxt.exe\\u202C');
  });

  it('in stream mode (stderr) keeps CRLF and shows a lone CR, so it neither overwrites nor starts a line', () => {
    expect(terminalSafe(CR_OVERWRITE, { stream: true })).toBe('FailedMount\u240Dcluster healthy: 0 errors                ');
    expect(terminalSafe('status\r\nnext \u001b]0;x\u0007', { stream: true })).toBe('status\r\nnext ␛]0;x␇');
  });

  it('turns a carriage return into a line break (multi-line) or a visible mark (single line), never an overwrite', () => {
    expect(terminalSafe(CR_OVERWRITE, { multiline: true })).toBe('FailedMount\ncluster healthy: 0 errors                ');
    expect(terminalSafe(CR_OVERWRITE)).toBe('FailedMount ⏎ cluster healthy: 0 errors                ');
    expect(terminalSafe('a\r\nb\u2028c\td', { multiline: true })).toBe('a\nb\nc d');
    expect(terminalSafe('a\r\nb')).toBe('a ⏎ b');
  });

  it('leaves ordinary text, including CJK and emoji, untouched', () => {
    const text = 'Back-off pulling image "mcr.microsoft.com/windows/servercore:ltsc2022" — 拉取镜像失败 🔴';
    expect(terminalSafe(text)).toBe(text);
  });

  it('keeps line breaks only in messages and evidence text when sanitising a whole value', () => {
    const safe = terminalSafeDeep({ title: 'a\nb', message: 'a\nb', evidence: [{ source: 'event', text: 'x\r\ny' }], notes: ['n\u001b[2J'] });
    expect(safe).toEqual({ title: 'a ⏎ b', message: 'a\nb', evidence: [{ source: 'event', text: 'x\ny' }], notes: ['n␛[2J'] });
  });

  it('escapes what JSON.stringify leaves raw and parses back to the same string', () => {
    const json = escapeJsonControls(JSON.stringify({ m: ALL }));
    expect(json).not.toMatch(TERMINAL_CONTROLS);
    expect(JSON.parse(json)).toEqual({ m: ALL });
  });
});

function hostileCheckReport(): RenderedCheckReport {
  const target = { kind: 'Pod' as const, namespace: 'web', name: `iis-0${CSI_CLEAR}` };
  const finding = {
    ruleId: 'image-os-mismatch',
    severity: 'error' as const,
    target,
    title: `Container image does not match ${OSC_RETITLE}`,
    message: `Pod web/iis-0 failed: ${CR_OVERWRITE}`,
    evidence: [
      { source: 'event' as const, text: `Failed (x3): ${ALL}` },
      { source: 'status' as const, text: `ErrImagePull: ${C1_CSI}` },
    ],
    remediation: [`Run ${SGR_CONCEAL}`],
    docs: 'docs/rules/image-os-mismatch.md',
  };
  return {
    target: { kind: 'Cluster', name: 'cluster' },
    result: {
      findings: [finding],
      needsProbe: [],
      notes: [`events could not be listed: ${C1_OSC}`],
      summary: { error: 1, warning: 0, info: 0 },
      checked: { nodes: 1, pods: 1 },
    },
    inventory: {
      nodes: [{ name: 'akswin22000000', pods: [{ namespace: 'web', name: target.name }] }],
      unscheduledPods: [],
      rules: [{ id: 'image-os-mismatch', title: 'Container image does not match', area: 'pod', severity: 'error' }],
      generatedAt: '2024-11-20T10:41:07Z',
    },
  } as unknown as RenderedCheckReport;
}

describe('every human format renders hostile cluster text inert', () => {
  const report = hostileCheckReport();

  it('table (with colour), markdown, github and junit', () => {
    for (const output of [
      renderCheckText(report, { color: true }),
      renderTextReport(report, { color: true }),
      renderMarkdown(report),
      renderGithub(report),
      renderJunit(report),
    ]) {
      assertInert(output);
      expect(output).toContain('␛]0;root@prod: all green␇');
      expect(output).toContain('\\u009B31mRED');
    }
  });

  it('table: the carriage return cannot start a line of its own at the left margin', () => {
    const lines = renderCheckText(report, { color: false }).split('\n');
    const fake = lines.find((line) => line.includes('cluster healthy: 0 errors'))!;
    expect(fake).toMatch(/^ {4}cluster healthy/);
  });

  it('the nodes table keeps free-form kubelet-reported fields on one row', () => {
    const node: NodeSummary = {
      name: 'akswin22000000',
      ready: true,
      readyStatus: 'True',
      windowsVersion: 'Windows Server 2022',
      build: '10.0.20348.2966',
      kubeletVersion: `v1.30.4\nakswin-fake   True   Windows Server 2022`,
      containerRuntime: `containerd://1.7.20${OSC_RETITLE}`,
      pods: { total: 3, unhealthy: 0 },
      findings: { error: 0, warning: 0 },
      age: '12d',
      internalIP: '10.224.0.33',
      taints: [],
      kubeProxyVersion: `v1.30.4${OSC_RETITLE}`,
      cni: 'flannel (vxlan\nakswin-fake)',
    };
    const table = renderNodesTable([node], true);
    assertInert(table);
    // header, the node's row, the legend
    expect(table.trimEnd().split('\n')).toHaveLength(3);
  });

  it('json and yaml keep exact strings through their own escaping', () => {
    const json = renderJson({ message: ALL });
    expect(json).not.toMatch(TERMINAL_CONTROLS);
    expect(JSON.parse(json)).toEqual({ message: ALL });
    const yaml = renderYaml({ message: ALL, list: [C1_OSC] });
    expect(yaml).not.toMatch(TERMINAL_CONTROLS);
    expect(parse(yaml)).toEqual({ message: ALL, list: [C1_OSC] });
  });
});

describe('the CLI on a --from dump with injected event, condition and annotation text', () => {
  const source = readFileSync(join(import.meta.dirname, 'fixtures', 'offline', 'multidoc', 'cluster.yaml'), 'utf8');
  const docs = parseAllDocuments(source).map((d) => d.toJS() as Record<string, any>);
  for (const doc of docs) {
    if (doc.kind === 'Event' && typeof doc.message === 'string') doc.message = `${doc.message} ${ALL}`;
    if (doc.kind === 'Node') {
      for (const condition of doc.status?.conditions ?? []) condition.message = `${condition.message}${CR_OVERWRITE}`;
      doc.status.nodeInfo.containerRuntimeVersion = `${doc.status.nodeInfo.containerRuntimeVersion}${OSC_RETITLE}`;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'windbg-hostile-'));
  const file = join(dir, 'cluster.yaml');
  writeFileSync(file, docs.map((d) => stringify(d)).join('---\n'));

  it.each([
    ['check', [], /␛\]0;root@prod: all green␇/],
    ['check', ['-o', 'markdown'], /␛\]0;root@prod: all green␇/],
    ['check', ['-o', 'github'], /␛\]0;root@prod: all green␇/],
    ['check', ['-o', 'junit'], /␛\]0;root@prod: all green␇/],
    ['check', ['-o', 'html'], /␛\]0;root@prod: all green␇/],
    ['node', ['winnode19-1', '-o', 'html'], /cluster healthy: 0 errors/],
    ['node', ['winnode19-1', '-o', 'markdown'], /cluster healthy: 0 errors/],
    ['nodes', [], /winnode19-1/],
    ['nodes', ['-o', 'wide'], /containerd:\/\/[^ ]*␛\]0;root@prod: all green␇/],
    ['node', ['winnode19-1'], /\n {6,}cluster healthy: 0 errors/],
    ['pod', ['aspnet-6f7b9d8c4-9qk2m', '-n', 'web'], /image-os-mismatch/],
  ])('%s %j prints no control sequence from the dump, coloured or not', async (command, extra, shown) => {
    for (const tty of [false, true]) {
      const run = await runCli([command, ...extra, '--from', file], { tty });
      expect(run.code, run.stderr).toBeLessThan(2);
      assertInert(run.stdout);
      assertInert(run.stderr);
    }
    const run = await runCli([command, ...extra, '--from', file]);
    expect(run.stdout).toMatch(shown);
  });

  it('json output carries the original strings, escaped', async () => {
    const run = await runCli(['check', '-o', 'json', '--from', file]);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROLS);
    const texts = (JSON.parse(run.stdout) as { findings: { evidence: { text: string }[] }[] }).findings.flatMap((f) => f.evidence.map((e) => e.text));
    expect(texts.some((text) => text.includes(ALL))).toBe(true);
  });
});

describe('an API server whose error answers carry control sequences', () => {
  const bodies: Record<string, { status: number; type: string; body: string }> = {
    '/api/v1/nodes': {
      status: 403,
      type: 'application/json',
      body: JSON.stringify({ kind: 'Status', reason: 'Forbidden', message: `nodes is forbidden${CR_OVERWRITE}\n${OSC_RETITLE}${CSI_CLEAR}` }),
    },
    '/version': { status: 500, type: 'text/plain', body: `oops\rcluster healthy: 0 errors\n${C1_CSI}${BIDI}` },
  };

  it.each([
    ['nodes', []],
    ['check', []],
    ['check', ['-v']],
    ['node', ['akswin22000000']],
    ['cleanup', []],
  ])('%s %j: stderr holds no control character and no line the server wrote', async (command, extra) => {
    const certs = await generateCertificates('windbg-hostile-ca');
    const server = https.createServer({ key: certs.keyPem, cert: certs.certPem }, (request, response) => {
      const path = (request.url ?? '').split('?')[0]!;
      const answer = bodies[path] ?? bodies['/api/v1/nodes']!;
      response.writeHead(answer.status, { 'Content-Type': answer.type });
      response.end(answer.body);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { path } = await writeKubeconfig({ server: url, caPem: certs.caPem, token: 'hostile-token' });
      const run = await runCli([command, ...extra, '--kubeconfig', path, '--request-timeout', '5s']);
      expect(run.code, run.stderr).toBe(3);
      assertInert(run.stdout);
      assertInert(run.stderr);
      expect(run.stderr).toContain('cluster healthy');
      for (const line of run.stderr.split('\n')) expect(line).not.toMatch(/^\s*cluster healthy/);
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('probe output written by a hostile node', () => {
  /** Every string the node's probe reports gets the injection strings appended. */
  function poison(value: unknown): unknown {
    if (typeof value === 'string') return `${value}${ALL}`;
    if (Array.isArray(value)) return value.map(poison);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
    return value;
  }

  it('check --probe, in every human format, prints none of it as a control sequence', async () => {
    const sim = await startSimCluster({ objects: [readyWindowsNode('akswin000000')], podStartDelayMs: 20 });
    try {
      const output = readFileSync(join(import.meta.dirname, 'fixtures', 'probe-outputs', 'port-exhaustion.txt'), 'utf8');
      sim.setProbeOutput('akswin000000', JSON.stringify(poison(JSON.parse(output))));
      let shown = 0;
      for (const format of ['table', 'markdown', 'github', 'junit', 'html']) {
        const run = await runCli(['check', '--probe', '-o', format, '--kubeconfig', sim.kubeconfigPath, '--fail-on', 'never'], { tty: format === 'table' });
        expect(run.code, run.stderr).toBe(0);
        assertInert(run.stdout);
        assertInert(run.stderr);
        if (run.stdout.includes('␛]0;root@prod: all green␇')) shown++;
      }
      expect(shown).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  }, 120_000);
});
