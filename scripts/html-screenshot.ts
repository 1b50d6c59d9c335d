/**
 * Regenerates docs/img/check-html.png, the picture of `check -o html` in docs: starts the
 * simulated `demo` cluster, writes the report, and has headless Chromium (Debian's `chromium`)
 * take a screenshot of it.
 *
 *   npm run build && npx tsx scripts/html-screenshot.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimCluster } from '../test/support/sim/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/kubectl-windbg.js');
const OUT = join(ROOT, 'docs/img/check-html.png');

const sim = await startSimCluster({ scenario: 'demo' });
const dir = mkdtempSync(join(tmpdir(), 'windbg-screenshot-'));
try {
  // Asynchronously: the simulated cluster answers from this very process.
  const report = await promisify(execFile)(process.execPath, [CLI, 'check', '-o', 'html', '--fail-on', 'never'], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, KUBECONFIG: sim.kubeconfigPath, LANG: 'C' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const page = join(dir, 'check.html');
  writeFileSync(page, report.stdout);
  mkdirSync(join(ROOT, 'docs/img'), { recursive: true });
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', `--screenshot=${OUT}`, '--window-size=1140,2400', `file://${page}`], {
    stdio: 'ignore',
  });
  process.stdout.write(`${OUT}\n`);
} finally {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
}
