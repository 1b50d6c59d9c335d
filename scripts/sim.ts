/**
 * Starts a simulated cluster for manual use and keeps it running until Ctrl-C.
 *
 *   npx tsx scripts/sim.ts [scenario] [--pod-start-delay-ms N]
 *
 * `scenario` is a folder under test/fixtures/scenarios/ (default: demo) or an absolute path.
 * Then, in another shell: `export KUBECONFIG=<printed path>` and use kubectl or kubectl-windbg.
 */
import { startSimCluster } from '../test/support/sim/index.js';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`${name} needs a number of milliseconds\n`);
    process.exit(2);
  }
  return value;
}

const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const scenario = args[0] ?? 'demo';

let sim;
try {
  sim = await startSimCluster({ scenario, podStartDelayMs: option('--pod-start-delay-ms') });
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}

const nodes = sim.store.list('Node').length;
const pods = sim.store.list('Pod').length;
process.stdout.write(
  [
    `Simulated cluster "${scenario}" is serving at ${sim.url} (${nodes} nodes, ${pods} pods).`,
    `Kubeconfig: ${sim.kubeconfigPath}`,
    '',
    `  export KUBECONFIG=${sim.kubeconfigPath}`,
    '  kubectl get nodes -o wide',
    '  node dist/kubectl-windbg.js check',
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

const running = sim;
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void running.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The server's sockets do not keep the process alive on their own once idle; this does.
setInterval(() => undefined, 1 << 30);
