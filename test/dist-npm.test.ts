/**
 * The npm package: `npm pack` gives a small tarball holding the bundle and docs only, and
 * `npm install -g` of that tarball puts a working `kubectl-windbg` on PATH.
 * Needs dist/kubectl-windbg.js (`npm test` builds it first).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BUNDLE = join(ROOT, 'dist/kubectl-windbg.js');
const MAX_TARBALL_BYTES = 3 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 12 * 1024 * 1024;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number; mode: number }[];
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync('npm', [...args], { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 5 * 60_000 });
  return stdout;
}

describe('npm package', () => {
  let workDir = '';
  let packed: PackResult;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does) before this test`);
    workDir = mkdtempSync(join(tmpdir(), 'windbg-npm-'));
    // --ignore-scripts: prepack would rebuild dist/ while other tests run it.
    const output = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], ROOT);
    packed = (JSON.parse(output) as PackResult[])[0]!;
  }, 5 * 60_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('packs the bundle, README, LICENSE, CHANGELOG and docs, and no tests, fixtures or sources', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'dist/kubectl-windbg.js', 'dist/kubectl-windbg.cjs', 'dist/kubectl_complete-windbg.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/install.md', 'docs/ci.md', 'rbac/clusterrole.yaml']));
    for (const path of paths) {
      expect(path).not.toMatch(/^(test|src|scripts|node_modules)\//);
      expect(path).not.toMatch(/fixtures|\.test\.|\.tgz$|\.blob$|sea-config/);
      expect(path).toMatch(/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|docs\/.+|rbac\/.+\.yaml|dist\/kubectl-windbg\.c?js|dist\/kubectl_complete-windbg\.js)$/);
    }
    expect(packed.files.find((file) => file.path === 'dist/kubectl-windbg.js')!.mode & 0o111).not.toBe(0);
    expect(packed.size).toBeLessThan(MAX_TARBALL_BYTES);
    expect(packed.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
  });

  it('is as large as the README says (within a tenth: the figures are rounded and move with every release)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const stated = /a ([\d.]+) MB tarball, ([\d.]+) MB installed \((\d+) files/.exec(readme);
    expect(stated, 'README: "a <n> MB tarball, <n> MB installed (<n> files"').not.toBeNull();
    const [tarball, installed, files] = [Number(stated![1]) * 1e6, Number(stated![2]) * 1e6, Number(stated![3])];
    expect(Math.abs(packed.size - tarball) / packed.size).toBeLessThan(0.1);
    expect(Math.abs(packed.unpackedSize - installed) / packed.unpackedSize).toBeLessThan(0.1);
    expect(Math.abs(packed.files.length - files) / packed.files.length).toBeLessThan(0.1);
  });

  it('runs from the bundle alone, without node_modules', async () => {
    const isolated = join(workDir, 'isolated');
    cpSync(BUNDLE, join(isolated, 'kubectl-windbg.js'));
    cpSync(join(ROOT, 'dist/kubectl-windbg.cjs'), join(isolated, 'kubectl-windbg.cjs'));
    cpSync(join(ROOT, 'package.json'), join(isolated, 'package.json')); // "type": "module"
    const { stdout } = await execFileAsync(process.execPath, [join(isolated, 'kubectl-windbg.js'), 'rules', '-o', 'json'], { cwd: isolated, encoding: 'utf8' });
    const ids = (JSON.parse(stdout) as { id: string }[]).map((rule) => rule.id);
    expect(ids).toContain('image-os-mismatch');
  });

  it('installs globally into a prefix and puts a working kubectl-windbg on PATH', async () => {
    const prefix = join(workDir, 'prefix');
    // --offline: the tarball needs nothing from a registry.
    const added = await npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel', 'error', join(workDir, packed.filename)], workDir);
    expect(added).toMatch(/^\s*added 1 package in /);
    const executable = join(prefix, 'bin', 'kubectl-windbg');
    expect(existsSync(executable)).toBe(true);
    const env = { PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`, HOME: workDir };
    const version = await execFileAsync('kubectl-windbg', ['--version'], { env, encoding: 'utf8' });
    expect(version.stdout).toBe(`${VERSION}\n`);
    const rules = await execFileAsync('kubectl-windbg', ['rules', '-o', 'json'], { env, encoding: 'utf8' });
    expect((JSON.parse(rules.stdout) as { id: string }[]).map((rule) => rule.id)).toContain('hns-network-missing');

    // One package: the bundle carries everything, so nothing else is installed beside or under it.
    const installed = join(prefix, 'lib', 'node_modules');
    expect(readdirSync(installed).filter((name) => !name.startsWith('.'))).toEqual(['kubectl-windbg']);
    expect(existsSync(join(installed, 'kubectl-windbg', 'node_modules'))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(installed, 'kubectl-windbg', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['dependencies']).toBeUndefined();

    // explain <id> prints the page embedded in the bundle, in the output language.
    for (const [lang, heading] of [['en', '# hns-network-missing: The HNS container network'], ['zh-CN', '# hns-network-missing: HNS 容器网络']]) {
      const explained = await execFileAsync('kubectl-windbg', ['explain', 'hns-network-missing', '--lang', lang!], { env, encoding: 'utf8' });
      expect(explained.stdout.startsWith(heading!)).toBe(true);
    }

    // kubectl finds the completion executable on PATH beside the plugin.
    const completion = await execFileAsync('kubectl_complete-windbg', ['expl'], { env, encoding: 'utf8' });
    expect(completion.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual(['explain', ':4', '']);

    // A report names the page inside the installed package, next to the explain command.
    const fixture = join(ROOT, 'test/fixtures/offline/list/eks-windows.json');
    const report = await execFileAsync('kubectl-windbg', ['check', '--from', fixture, '--fail-on', 'never'], { env, encoding: 'utf8' });
    const page = /Docs: kubectl windbg explain ([a-z0-9-]+)\n +(\S+\.md)\n/.exec(report.stdout);
    expect(page?.[2]).toBe(join(realpathSync(installed), 'kubectl-windbg', 'docs', 'rules', `${page?.[1]}.md`));
    expect(existsSync(page![2]!)).toBe(true);
  }, 5 * 60_000);
});
