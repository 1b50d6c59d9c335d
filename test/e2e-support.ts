import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Helpers for the end-to-end tests that run the built bundle as a separate process. */

export const BUNDLE = join(process.cwd(), 'dist', 'kubectl-windbg.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/kubectl-windbg.js when it is missing or older than any source file. */
export function ensureBundle(): void {
  const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(newestMtime('src'), statSync('package.json').mtimeMs);
  if (!stale) return;
  const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], { encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr || result.stdout}`);
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with its own environment (no inherited KUBECONFIG or locale). */
export function runProcess(command: string, args: string[], env: Record<string, string>, stdin?: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', LANG: 'C', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

export function windbg(args: string[], env: Record<string, string>, stdin?: string): Promise<ProcessRun> {
  return runProcess(process.execPath, [BUNDLE, ...args], env, stdin);
}

export function kubectlAvailable(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;
}
