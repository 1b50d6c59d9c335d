/**
 * The simulated cluster of the benchmark, in its own process so that its memory and CPU stay out
 * of the figures of the processes being measured.
 *
 *   tsx scripts/bench-sim.ts scale [--nodes 5000 --windows-nodes 1000 --pods 150000 --events 50000 --broken 0.02]
 *   tsx scripts/bench-sim.ts probe [--windows-nodes 200 --start-delay-ms 2000]
 *
 * Prints one line `ready <kubeconfig path>` on stdout once the server answers, then serves until
 * its stdin closes or it receives SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateScaleObjects, SCENARIOS_DIR, startSimCluster, type SimCluster } from '../test/support/sim/index.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number`);
  return value;
}

async function startScaleCluster(): Promise<SimCluster> {
  const objects = generateScaleObjects({
    nodes: option('--nodes', 5000),
    windowsNodes: option('--windows-nodes', 1000),
    pods: option('--pods', 150_000),
    events: option('--events', 50_000),
    brokenFraction: option('--broken', 0.02),
  });
  return startSimCluster({ objects });
}

/** Recorded probe outputs of the demo scenario, one per Windows build, and the node each was taken on. */
const PROBE_TEMPLATES: readonly { poolPrefix: string; file: string; recordedOn: string }[] = [
  { poolPrefix: 'akswin19-', file: 'win19-0.json', recordedOn: 'win19-0' },
  { poolPrefix: 'akswin22-', file: 'akswin22-1.json', recordedOn: 'akswin22-1' },
  { poolPrefix: 'akswin25-', file: 'win25-0.json', recordedOn: 'win25-0' },
];

/** What the node probe prints on `nodeName`: the recorded output of a node of the same build, renamed. */
function probeOutputFor(nodeName: string): string {
  const template = PROBE_TEMPLATES.find((t) => nodeName.startsWith(t.poolPrefix)) ?? PROBE_TEMPLATES[1]!;
  const text = readFileSync(join(SCENARIOS_DIR, 'demo', 'probe-outputs', template.file), 'utf8');
  return text.split(template.recordedOn).join(nodeName);
}

/** Windows nodes only, no workload pods: what matters is how long the probe pods take to start. */
async function startProbeCluster(): Promise<SimCluster> {
  const windowsNodes = option('--windows-nodes', 200);
  const objects = generateScaleObjects({ nodes: windowsNodes, windowsNodes, pods: 0, events: 0, brokenFraction: 0 });
  const sim = await startSimCluster({ objects, podStartDelayMs: option('--start-delay-ms', 2000) });
  for (const node of sim.store.list('Node') as { metadata: { name: string } }[]) {
    sim.setProbeOutput(node.metadata.name, probeOutputFor(node.metadata.name));
  }
  return sim;
}

const mode = process.argv[2];
if (mode !== 'scale' && mode !== 'probe') {
  process.stderr.write('usage: tsx scripts/bench-sim.ts scale|probe [options]\n');
  process.exit(2);
}
const sim = mode === 'scale' ? await startScaleCluster() : await startProbeCluster();
// Generation leaves garbage behind; collect it so the server's own footprint stays small.
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`ready ${sim.kubeconfigPath}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void sim.close().then(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
