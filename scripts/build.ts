/**
 * Bundles the CLI for npm: dist/kubectl-windbg.js (the executable) and dist/kubectl-windbg.cjs
 * (the CLI, which it compiles with a code cache). PowerShell probe scripts and rule pages are
 * embedded as text. First regenerates src/cli/catalogue-index.generated.ts, the table `rules` lists.
 * `--sea` also writes the CommonJS entry used by the single executables (dist/sea/kubectl-windbg.cjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleEsm, bundleSeaCjs, ROOT } from './package-bundle.js';

async function generateCatalogueIndex(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'windbg-catalogue-'));
  try {
    const script = join(work, 'catalogue-index.mjs');
    await build({
      absWorkingDir: ROOT,
      entryPoints: ['scripts/catalogue-index.ts'],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      loader: { '.ps1': 'text', '.md': 'text' },
      define: { __WINDBG_VERSION__: '"0.0.0"' },
      logLevel: 'error',
    });
    const result = spawnSync(process.execPath, [script, join(ROOT, 'src/cli/catalogue-index.generated.ts')], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('scripts/catalogue-index.ts failed');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await generateCatalogueIndex();
await bundleEsm();
if (process.argv.includes('--sea')) await bundleSeaCjs();
