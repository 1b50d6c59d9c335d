/**
 * Reproducible releases: the same commit packaged twice gives byte-identical archives (one
 * platform is enough to prove the pipeline: pinned Node.js, a blob without a V8 code cache,
 * archives with fixed times, owners and order). Part of `npm run test:dist`: it fetches a
 * Node.js runtime and builds the executable twice.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASE_NODE_VERSION } from '../scripts/package-targets.js';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Release {
  archives: { archive: string; sha256: string; nodeVersion: string }[];
}

async function packageLinuxAmd64(outDir: string): Promise<Release> {
  // --skip-esm: the npm bundle in dist/ may be in use by other tests right now.
  await execFileAsync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/package.ts', '--out-dir', outDir, '--targets', 'linux-amd64', '--skip-esm'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(readFileSync(join(outDir, 'release.json'), 'utf8')) as Release;
}

describe('release packaging', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same archive, byte for byte, when run twice on the same commit', async () => {
    const first = mkdtempSync(join(tmpdir(), 'windbg-repro-a-'));
    const second = mkdtempSync(join(tmpdir(), 'windbg-repro-b-'));
    dirs.push(first, second);
    const a = await packageLinuxAmd64(first);
    const b = await packageLinuxAmd64(second);
    expect(a.archives).toHaveLength(1);
    expect(a.archives[0]!.nodeVersion).toBe(RELEASE_NODE_VERSION);
    expect(b.archives[0]!.sha256).toBe(a.archives[0]!.sha256);
    const archive = a.archives[0]!.archive;
    expect(readFileSync(join(second, archive)).equals(readFileSync(join(first, archive)))).toBe(true);
  }, 20 * 60_000);
});
