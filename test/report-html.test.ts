/**
 * -o html: one self-contained page. Unit tests pin escaping, the absence of network resources and
 * the matrix; then headless Chromium (Debian's `chromium`, installed by .ci/run) renders real
 * reports: the findings are read back from the rendered DOM, and the CSS-only severity filter is
 * checked pixel for pixel against a page that lacks those findings.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t, type Lang } from '../src/i18n/index.js';
import { buildMatrix, escapeHtml, htmlChunks } from '../src/report/html.js';
import type { RenderedReport } from '../src/report/model.js';
import { joinChunks } from '../src/report/stream.js';
import { fixtureCheckReport, fixtureNodeReport } from './golden/fixture.js';
import { runCli } from './cli-harness.js';

const eks = fileURLToPath(new URL('./fixtures/offline/list/eks-windows.json', import.meta.url));

const placement = {
  nodeBuild: { 'win2004-0': 'Server 2004 (10.0.19041)', 'akswin22-0': 'Server 2022 (10.0.20348)' },
  podNode: { 'web/iis-7d9f8c6b5-m4kzt': 'akswin22-0', 'web/iis-site-6d4b9c7f5-h2v9x': 'win2004-0' },
};

const hostile: RenderedReport = {
  ...fixtureNodeReport,
  result: {
    ...fixtureNodeReport.result,
    findings: [
      {
        ...fixtureNodeReport.result.findings[0]!,
        message: '</p><script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)">',
        evidence: [{ source: 'event', text: 'Failed "quoted" & <b>bold</b>\u001b]0;retitled\u0007 done' }],
        target: { kind: 'Pod', namespace: 'web', name: 'x"><svg onload=alert(3)>' },
      },
    ],
  },
};

afterEach(() => setLanguage('en'));

describe('html report', () => {
  it('escapes every cluster string and loads nothing from the network', () => {
    const html = joinChunks(htmlChunks(hostile));
    // No element or attribute the cluster wrote survives as markup; its text is all still there.
    expect(html).not.toMatch(/<(script|img|svg)\b|\bon\w+="/i);
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('x&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(html).not.toContain('\u001b');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
    expect(html).not.toMatch(/\b(src|href)="|url\(|@import/);
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });

  it('counts findings per Windows build and cause; findings off Windows nodes get their own row', () => {
    const { builds, causes, cells } = buildMatrix(fixtureCheckReport.result.findings, placement);
    expect(causes).toEqual([...new Set(fixtureCheckReport.result.findings.map((f) => f.ruleId))].sort());
    expect(builds.at(-1)).toBe('not on a Windows node');
    expect(cells.get('Server 2004 (10.0.19041)\u0000unsupported-windows-build')).toEqual({ count: 1, severity: 'error' });
    const total = [...cells.values()].reduce((n, c) => n + c.count, 0);
    expect(total).toBe(fixtureCheckReport.result.findings.length);
  });

  it('a finding at a pool of nodes sits on the build of its nodes', () => {
    const pool = {
      ...fixtureCheckReport.result.findings[0]!,
      ruleId: 'windows-server-version-retired',
      severity: 'info' as const,
      target: { kind: 'NodePool' as const, name: 'win2004' },
      affected: { count: 1, objects: [{ kind: 'Node' as const, name: 'win2004-0' }] },
    };
    const { cells } = buildMatrix([pool], placement);
    expect([...cells.keys()]).toEqual(['Server 2004 (10.0.19041)\u0000windows-server-version-retired']);
  });

  it('speaks the output language', () => {
    setLanguage('ja');
    const html = joinChunks(htmlChunks({ ...fixtureCheckReport, placement }));
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('Windowsビルド × 原因');
    expect(html).toContain('エラー(3)');
  });

  it('has its picture in the README, taken by headless Chromium (scripts/html-screenshot.ts)', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/img/check-html.png)');
    const png = readFileSync('docs/img/check-html.png');
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    // IHDR: the width the script asks Chromium for.
    expect(png.readUInt32BE(16)).toBe(1140);
  });

  it('is offered by check, node and pod, and by no other command', async () => {
    expect((await runCli(['check', '--from', eks, '-o', 'html', '--fail-on', 'never'])).stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    // The node's missing HNS network explains its pod's sandbox failure (an error), so the node finding is an error too.
    expect((await runCli(['node', 'ip-10-0-2-77.ec2.internal', '--from', eks, '-o', 'html'])).stdout).toContain('<article class="finding sev-error"');
    expect((await runCli(['pod', 'ledger-7b8c9d6f5-k2lmn', '-n', 'payments', '--from', eks, '-o', 'html'])).stdout).toContain('data-rule="container-exit-ctrl-c"');
    expect((await runCli(['nodes', '--from', eks, '-o', 'html'])).code).toBe(2);
  });
});

function chromium(args: string[]): { stdout: string; status: number | null } {
  const result = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', ...args], {
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('chromium is required for this test: install Debian\'s "chromium" package (.ci/run does)');
  }
  return { stdout: result.stdout, status: result.status };
}

describe('in a real browser (headless Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'windbg-html-'));

  it('renders the check report with every finding of the json report', async () => {
    const [html, json] = await Promise.all([
      runCli(['check', '--from', eks, '-o', 'html', '--fail-on', 'never']),
      runCli(['check', '--from', eks, '-o', 'json', '--fail-on', 'never']),
    ]);
    const page = join(dir, 'check.html');
    writeFileSync(page, html.stdout);
    const dom = chromium(['--dump-dom', `file://${page}`]).stdout;
    const rendered = [...dom.matchAll(/<article class="finding sev-(\w+)"[^>]*data-rule="([^"]+)"[^>]*>.*?<span class="target">([^<]*)<\/span>/g)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]}`,
    );
    const findings = (JSON.parse(json.stdout) as { findings: { severity: string; ruleId: string; target: { kind: string; namespace?: string; name: string } }[] }).findings;
    const expected = findings.map((f) => `${f.severity} ${f.ruleId} ${f.target.kind} ${f.target.namespace ? `${f.target.namespace}/` : ''}${f.target.name}`);
    expect(rendered.sort()).toEqual(expected.sort());
    expect(dom).toMatch(/<th scope="col" class="build">Server 2019 \(10\.0\.17763\)<\/th>/);
    expect(dom).toMatch(/<td class="count error" data-build="Server 2022 \(10\.0\.20348\)" data-cause="hns-network-missing">1<\/td>/);
    const summary = (JSON.parse(json.stdout) as { summary: { error: number; warning: number } }).summary;
    expect(summary.error).toBe(1);
    expect(dom).toContain(`<b id="count-error">${summary.error}</b>`);
    expect(dom).toContain(`<b id="count-warning">${summary.warning}</b>`);
  }, 120_000);

  // Each language with a different command: check, node and pod all render, in every language the CLI speaks.
  const localized: [Lang, string[]][] = [
    ['ja', ['check', '--fail-on', 'never']],
    ['ko', ['node', 'ip-10-0-2-77.ec2.internal']],
    ['zh-CN', ['pod', 'ledger-7b8c9d6f5-k2lmn', '-n', 'payments']],
  ];
  for (const [lang, command] of localized) {
    it(`renders ${command[0]} -o html in ${lang}: its lang, its headings and every finding's localized title, evidence and fix`, async () => {
      const [html, json] = await Promise.all([
        runCli([...command, '--from', eks, '-o', 'html', '--lang', lang]),
        runCli([...command, '--from', eks, '-o', 'json', '--lang', lang]),
      ]);
      const page = join(dir, `${command[0]}-${lang}.html`);
      writeFileSync(page, html.stdout);
      const dom = chromium(['--dump-dom', `file://${page}`]).stdout;
      expect(dom).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}"><head>\\s*<meta charset="utf-8">`));
      setLanguage(lang);
      expect(dom).toContain(`<h2>${escapeHtml(t('report.html.findings'))}</h2>`);
      expect(dom).toContain(`<h2>${escapeHtml(t('report.html.matrix'))}</h2>`);
      expect(dom).toContain(`<span>${escapeHtml(t('report.html.show'))}</span>`);
      const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string; title: string; evidence: { text: string }[]; remediation: string[] }[] }).findings;
      expect(findings.length).toBeGreaterThan(0);
      // Text as Chromium serialises what it decoded (quotes stay as they are). The charset is declared first
      // thing in <head> above rather than left to the browser's guess.
      const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
      for (const f of findings) {
        expect(dom).toContain(`<span class="title">${text(f.title)}</span>`);
        for (const e of f.evidence) expect(dom).toContain(text(e.text));
        for (const step of f.remediation) expect(dom).toContain(`<li>${text(step)}</li>`);
      }
      expect(findings.some((f) => /[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff]/.test(f.title))).toBe(true);
    }, 120_000);
  }

  it('hides a severity when its box is unchecked, with CSS alone', async () => {
    const html = (await runCli(['check', '--from', eks, '-o', 'html', '--fail-on', 'never'])).stdout;
    const unchecked = html.replace('id="show-error" checked', 'id="show-error"');
    const withoutErrors = unchecked.replace(/<article class="finding sev-error"[\s\S]*?<\/article>\n/g, '');
    expect(withoutErrors.length).toBeLessThan(unchecked.length);
    const shoot = (name: string, text: string): Buffer => {
      const file = join(dir, `${name}.html`);
      const png = join(dir, `${name}.png`);
      writeFileSync(file, text);
      chromium([`--screenshot=${png}`, '--window-size=1100,2400', `file://${file}`]);
      return readFileSync(png);
    };
    const hidden = shoot('unchecked', unchecked);
    expect(hidden.equals(shoot('without-errors', withoutErrors))).toBe(true);
    expect(hidden.equals(shoot('all', html))).toBe(false);
  }, 180_000);
});
