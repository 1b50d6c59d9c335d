import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from './e2e-support.js';

const BUNDLE = join(import.meta.dirname, '..', 'dist', 'kubectl-windbg.js');

describe('the npm executable keeps a V8 code cache in the user cache folder', () => {
  let cacheHome: string;

  beforeAll(() => {
    ensureBundle();
    cacheHome = mkdtempSync(join(tmpdir(), 'windbg-code-cache-'));
  });
  afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

  const run = (env: Record<string, string>, args: string[] = ['--help']) =>
    execFileSync(process.execPath, [BUNDLE, ...args], { env: { PATH: process.env['PATH'] ?? '', HOME: cacheHome, ...env }, encoding: 'utf8' });

  it('writes the cache on the first run and answers the same from it afterwards', () => {
    const xdg = join(cacheHome, 'xdg');
    const first = run({ XDG_CACHE_HOME: xdg });
    const files = readdirSync(join(xdg, 'kubectl-windbg'));
    expect(files).toHaveLength(1);
    // One cache per command: this one holds what --help compiled.
    expect(files[0]).toMatch(/^code-\d+\.\d+\.\d+-[0-9a-f]{16}-help-v\d+\.\d+\.\d+\.bin$/);
    expect(run({ XDG_CACHE_HOME: xdg })).toBe(first);
    // Another command keeps a cache of its own beside it.
    run({ XDG_CACHE_HOME: xdg }, ['rules']);
    expect(readdirSync(join(xdg, 'kubectl-windbg')).sort()).toEqual([files[0]!.replace('-help-', '-rules-'), files[0]!].sort());
    expect(first).toMatch(/--version/);
  });

  it('writes nothing when asked not to, or when the cache folder cannot be created', () => {
    const xdg = join(cacheHome, 'off');
    run({ XDG_CACHE_HOME: xdg, KUBECTL_WINDBG_NO_CODE_CACHE: '1' });
    expect(existsSync(xdg)).toBe(false);
    // A cache folder below a regular file cannot exist: the CLI still answers.
    expect(run({ XDG_CACHE_HOME: join(BUNDLE, 'not-a-folder') })).toMatch(/--version/);
  });

  it('answers --version alone without loading the CLI, exactly as the CLI answers it', () => {
    const xdg = join(cacheHome, 'version');
    const alone = run({ XDG_CACHE_HOME: xdg }, ['--version']);
    expect(alone).toMatch(/^\d+\.\d+\.\d+\n$/);
    // Nothing was compiled, so nothing was cached.
    expect(existsSync(xdg)).toBe(false);
    // With another flag the CLI itself answers, the same.
    expect(run({ XDG_CACHE_HOME: xdg }, ['--version', '--no-color'])).toBe(alone);
    expect(existsSync(join(xdg, 'kubectl-windbg'))).toBe(true);
    // As kubectl_complete-windbg, `--version` is a word to complete: the completion answers.
    const completion = execFileSync(process.execPath, [join(BUNDLE, '..', 'kubectl_complete-windbg.js'), '--version'], {
      env: { PATH: process.env['PATH'] ?? '', HOME: cacheHome, XDG_CACHE_HOME: xdg },
      encoding: 'utf8',
    });
    expect(completion).toMatch(/^:\d+\n$/m);
    expect(completion).not.toBe(alone);
  });
});
