/**
 * `npm run demo`: starts the simulated `demo` cluster (Windows Server 2019/2022/2025 nodes, an
 * unsupported 2004 node, broken pods), runs `kubectl windbg nodes` and `kubectl windbg check`
 * against it through a temporary kubeconfig, stops the cluster and exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSimCluster } from '../test/support/sim/index.js';

const CLI = fileURLToPath(new URL('../dist/kubectl-windbg.js', import.meta.url));

interface RunResult {
  code: number;
  stderr: string;
}

/** Runs the CLI with stdout passed through; stderr is collected so failures can be shown in order. */
function runCli(args: string[], kubeconfig: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, KUBECONFIG: kubeconfig },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

function heading(text: string): void {
  process.stdout.write(`\n── ${text} ${'─'.repeat(Math.max(3, 60 - text.length))}\n\n`);
}

async function step(title: string, args: string[], kubeconfig: string): Promise<void> {
  heading(title);
  const result = await runCli(args, kubeconfig);
  // 0 = nothing found, 1 = findings: both are normal outcomes of a diagnosis.
  if (result.code === 0 || result.code === 1) {
    if (result.stderr) process.stderr.write(result.stderr);
    return;
  }
  process.stdout.write(result.stderr.endsWith('\n') || result.stderr === '' ? result.stderr : `${result.stderr}\n`);
  process.stdout.write(`(exit code ${result.code})\n`);
}

if (!existsSync(CLI)) {
  process.stderr.write('dist/kubectl-windbg.js is missing: run `npm run build` first (npm run demo does both).\n');
  process.exitCode = 1;
} else {
  const sim = await startSimCluster({ scenario: 'demo' });
  try {
    const windows = sim.store
      .list('Node')
      .filter((n) => (n as { metadata: { labels?: Record<string, string> } }).metadata.labels?.['kubernetes.io/os'] === 'windows').length;
    process.stdout.write(
      `A simulated cluster is running at ${sim.url} with ${windows} Windows nodes, a Linux node and a set of broken Windows pods.\n` +
        `kubectl-windbg talks to it through an ordinary kubeconfig (${sim.kubeconfigPath}).\n`,
    );
    await step('kubectl windbg nodes', ['nodes'], sim.kubeconfigPath);
    await step('kubectl windbg check', ['check'], sim.kubeconfigPath);
    process.stdout.write('\nTo explore the same cluster yourself: npx tsx scripts/sim.ts demo\n');
  } finally {
    await sim.close();
  }
}
