/**
 * Where a report sends readers for a cause's page, run the way users run the npm bundle: from an
 * installed package (docs/rules beside dist/) and as a bundle with no pages beside it. Needs
 * `npm run build` (dist/).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { pageForReaders, rulePage } from '../src/report/pages.js';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
const eks = join(ROOT, 'test/fixtures/offline/list/eks-windows.json');
const pagesUrl = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/v${pkg.version}/docs/rules`;

async function check(bundle: string, lang: string, extra: readonly string[] = []): Promise<string> {
  const run = await execFileAsync(process.execPath, [bundle, 'check', '--from', eks, '--lang', lang, '--no-color', ...extra], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).catch(
    (error: { stdout: string; code: number }) => {
      // Findings exit 1: the report is still on stdout.
      if (error.code !== 1) throw error;
      return { stdout: error.stdout };
    },
  );
  return run.stdout;
}

/** The line under "Docs: kubectl windbg explain <id>" of the first finding. */
function pageLine(report: string): { id: string; page: string } {
  const match = /: kubectl windbg explain ([a-z0-9-]+)\n {10}(\S+)\n/.exec(report);
  if (!match) throw new Error(`no page line under the explain command in:\n${report}`);
  return { id: match[1]!, page: match[2]! };
}

describe('docs links of the npm bundle', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('names the page file of the installed package, in the output language', async () => {
    const en = pageLine(await check(join(ROOT, 'dist/kubectl-windbg.js'), 'en'));
    expect(en.page).toBe(join(ROOT, 'docs/rules', `${en.id}.md`));
    const ko = pageLine(await check(join(ROOT, 'dist/kubectl-windbg.js'), 'ko'));
    expect(ko.page).toBe(join(ROOT, 'docs/rules/ko', `${ko.id}.md`));
  });

  it('names the web page of this version when no pages are beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windbg-bundle-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'bin'));
    for (const file of ['kubectl-windbg.js', 'kubectl-windbg.cjs']) copyFileSync(join(ROOT, 'dist', file), join(dir, 'bin', file));
    const report = await check(join(dir, 'bin/kubectl-windbg.js'), 'ja');
    const { id, page } = pageLine(report);
    expect(page).toBe(`${pagesUrl}/ja/${id}.md`);
    expect(report).not.toContain(ROOT);
  });

  it('links the web page in markdown and html, shared documents, even from an installation', async () => {
    const bundle = join(ROOT, 'dist/kubectl-windbg.js');
    const markdown = await check(bundle, 'en', ['-o', 'markdown']);
    const md = /\nDocs: `kubectl windbg explain ([a-z0-9-]+)` · <(\S+)>\n/.exec(markdown);
    expect(md?.[2]).toBe(`${pagesUrl}/${md?.[1]}.md`);
    const html = await check(bundle, 'ko', ['-o', 'html']);
    const page = /<div class="docs">[^<]*<code>kubectl windbg explain ([a-z0-9-]+)<\/code> · <code class="page">(\S+?)<\/code><\/div>/.exec(html);
    expect(page?.[2]).toBe(`${pagesUrl}/ko/${page?.[1]}.md`);
    // Never the installed folder: the document is read elsewhere.
    expect(markdown + html).not.toContain(join(ROOT, 'docs'));
  });
});

describe('links inside the pages', () => {
  const docs = join(ROOT, 'docs/rules');

  it('every relative link of a published page, in every language, points at a file that exists', () => {
    const broken: string[] = [];
    for (const lang of ['', 'ja/', 'ko/', 'zh-CN/']) {
      for (const file of readdirSync(join(docs, lang)).filter((name) => name.endsWith('.md'))) {
        const page = readFileSync(join(docs, lang, file), 'utf8');
        for (const [, target] of page.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^[a-z][a-z0-9+.-]*:/i.test(target!) || target!.startsWith('#')) continue;
          if (!existsSync(join(docs, lang, target!.split('#')[0]!))) broken.push(`${lang}${file} -> ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('explain turns them into what works where the reader is: explain <id>, the installed file or the web page', async () => {
    const en = rulePage('container-exit-ctrl-c', 'en')!;
    const installed = pageForReaders('container-exit-ctrl-c', en, 'en', { pagesDir: '/usr/lib/node_modules/kubectl-windbg/docs/rules' });
    expect(installed).toContain('Liveness probes too tight for a Windows container (kubectl windbg explain windows-probe-timeout-too-tight)');
    expect(installed).toContain('- Windows error codes (/usr/lib/node_modules/kubectl-windbg/docs/windows-error-codes.md)');
    expect(installed).not.toMatch(/\]\((?!https?:)/);
    const ja = rulePage('container-exit-ctrl-c', 'ja')!;
    const web = pageForReaders('container-exit-ctrl-c', ja, 'ja', { pagesUrl: 'https://example.com/tool/blob/v1.0.0/docs/rules' });
    expect(web).toContain('(kubectl windbg explain windows-probe-timeout-too-tight)');
    expect(web).toContain('(https://example.com/tool/blob/v1.0.0/docs/windows-error-codes.md)');
    // Web links stay as written.
    expect(web).toContain('https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination');

    const explained = await execFileAsync(process.execPath, [join(ROOT, 'dist/kubectl-windbg.js'), 'explain', 'pagefile-commit-exhausted', '--lang', 'ko'], { encoding: 'utf8' });
    expect(explained.stdout).toContain(`(${join(ROOT, 'docs/windows-error-codes.md')})`);
    expect(explained.stdout).not.toContain('](../');
  });
});
