/** `npm run demo` runs by itself against the simulated demo cluster and exits 0. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('demo script', () => {
  it('shows nodes and check for the demo cluster and exits 0', async () => {
    expect(existsSync('dist/kubectl-windbg.js'), 'dist/kubectl-windbg.js is missing: run npm run build first').toBe(true);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const nodesAt = stdout.indexOf('── kubectl windbg nodes');
    const checkAt = stdout.indexOf('── kubectl windbg check');
    expect(nodesAt).toBeGreaterThan(0);
    expect(checkAt).toBeGreaterThan(nodesAt);
    const nodesPart = stdout.slice(nodesAt, checkAt);
    for (const node of ['akswin22-0', 'akswin22-1', 'win19-0', 'win25-0', 'win2004-0']) expect(nodesPart).toContain(node);
    expect(nodesPart).not.toContain('linux-0');
    expect(stdout).not.toMatch(/\(exit code \d+\)/);
  }, 90_000);
});
