/**
 * Measures the project's exec (src/kube/exec.ts over its own transport) against
 * @kubernetes/client-node's Exec on the same simulated cluster: the same command with the same
 * stdin and a node probe sized answer, run sequentially, in one process.
 *
 *   npx tsx scripts/exec-compare.ts [--runs 40] [--kib 256]
 *
 * Prints the median and 90th percentile of both, and what each does at the end of stdin
 * (v5.channel.k8s.io can close it; v4 cannot).
 */
import { PassThrough, Writable } from 'node:stream';
import { Exec, KubeConfig, type V1Status } from '@kubernetes/client-node';
import { createKubeClient } from '../src/kube/client.js';
import { startSimCluster } from '../test/support/sim/index.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const runs = option('--runs', 40);
const answer = 'x'.repeat(option('--kib', 256) * 1024);
const stdin = `# windbg-script: exec-compare\n${'Write-Output 1\n'.repeat(2000)}#windbg-end-of-script\n`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const sim = await startSimCluster({ scenario: 'basic' });
  try {
    sim.setExecHandler(() => ({ stdout: answer, exitCode: 0 }));
    const pod = (sim.store.list('Pod') as { metadata: { name: string; namespace: string }; spec: { nodeName?: string; containers: { name: string }[] } }[]).find(
      (p) => p.spec.nodeName === 'akswin22-0',
    )!;
    const target = { namespace: pod.metadata.namespace, pod: pod.metadata.name, container: pod.spec.containers[0]!.name };
    const command = ['powershell.exe', '-NoProfile', '-Command', '-'];

    const own = await createKubeClient({ kubeconfig: sim.kubeconfigPath });
    const ownTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = await own.exec(target.namespace, target.pod, target.container, command, { stdin });
      if (result.stdout.length !== answer.length) throw new Error('own exec: short stdout');
      ownTimes.push(performance.now() - start);
    }

    const kc = new KubeConfig();
    kc.loadFromFile(sim.kubeconfigPath);
    const exec = new Exec(kc);
    const theirTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      let received = 0;
      const stdout = new Writable({ write: (chunk: Buffer, _enc, done) => ((received += chunk.length), done()) });
      const input = new PassThrough();
      const finished = new Promise<V1Status>((resolve) => {
        void exec.exec(target.namespace, target.pod, target.container, command, stdout, process.stderr, input, false, (status) => resolve(status));
      });
      input.end(stdin);
      await finished;
      if (received !== answer.length) throw new Error(`client-node exec: ${received} of ${answer.length} bytes`);
      theirTimes.push(performance.now() - start);
    }
    const line = (name: string, times: number[]): string =>
      `${name.padEnd(34)} median ${percentile(times, 50).toFixed(1)} ms  p90 ${percentile(times, 90).toFixed(1)} ms`;
    console.log(`${runs} execs, ${answer.length / 1024} KiB stdout, ${stdin.length} B stdin, v5.channel.k8s.io`);
    console.log(line('src/kube/exec.ts', ownTimes));
    console.log(line('@kubernetes/client-node Exec', theirTimes));
  } finally {
    await sim.close();
  }
}

await main();
