/**
 * `scripts/sim.ts`, the simulated cluster for manual runs, with its fault options: extra Windows
 * nodes, scripted API faults and the request log, seen through the real kubectl.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

let child: ChildProcess;
let kubeconfig: string;
let workDir: string;
let requestLog: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'windbg-sim-script-'));
  requestLog = join(workDir, 'requests.jsonl');
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/sim.ts',
      'basic',
      '--windows-nodes',
      '3',
      '--fault',
      '{"method":"GET","path":"^/api/v1/namespaces$","status":403,"times":2}',
      '--request-log',
      requestLog,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  kubeconfig = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /^Kubeconfig: (.+)$/m.exec(output);
      if (found) resolve(found[1]!.trim());
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`scripts/sim.ts exited with ${code}: ${output}`)));
  });
  expect(output).toMatch(/1 scripted faults\)/);
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(workDir, { recursive: true, force: true });
});

async function kubectl(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(workDir, 'cache'), HOME: workDir };
  try {
    const { stdout, stderr } = await run('kubectl', args, { env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number | string; stdout?: string; stderr?: string };
    if (err.code === 'ENOENT') throw new Error('kubectl is required for these tests: install kubectl (1.32) and put it on PATH.');
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('scripts/sim.ts fault options', () => {
  it('--windows-nodes adds Ready Windows nodes copied from the scenario', async () => {
    const nodes = await kubectl(['get', 'nodes', '-l', 'kubernetes.io/os=windows', '-o', 'jsonpath={range .items[*]}{.metadata.name} {.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}']);
    expect(nodes.code, nodes.stderr).toBe(0);
    expect(nodes.stdout.split('\n').filter((l) => l.startsWith('win-'))).toEqual(['win-0000 True', 'win-0001 True', 'win-0002 True']);
  });

  it('--fault answers the matching requests as scripted, then the cluster answers normally', async () => {
    const first = await kubectl(['get', 'namespaces']);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/namespaces is forbidden/);
    await kubectl(['get', 'namespaces']);
    const third = await kubectl(['get', 'namespaces', '-o', 'name']);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('namespace/kube-system');
  });

  it('--request-log writes each request with its headers as one JSON line', async () => {
    await kubectl(['get', 'nodes', '--as', 'jane', '--as-group', 'ops']);
    const deadline = Date.now() + 10_000;
    let lines: { method: string; path: string; headers: Record<string, string[]> }[] = [];
    while (Date.now() < deadline) {
      lines = readFileSync(requestLog, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean).map((l) => JSON.parse(l) as (typeof lines)[number]);
      if (lines.some((l) => l.path === '/api/v1/nodes' && l.headers['impersonate-user']?.[0] === 'jane')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const impersonated = lines.find((l) => l.path === '/api/v1/nodes' && l.headers['impersonate-user']?.[0] === 'jane');
    expect(impersonated?.method).toBe('GET');
    expect(impersonated?.headers['impersonate-group']).toEqual(['ops']);
    expect(impersonated?.headers.authorization?.[0]).toMatch(/^Bearer [0-9a-f]{48}$/);
  });
});
