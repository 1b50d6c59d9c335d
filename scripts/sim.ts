/**
 * Starts a simulated cluster for manual use and keeps it running until Ctrl-C.
 *
 *   npx tsx scripts/sim.ts [scenario] [--pod-start-delay-ms N] [--windows-nodes N]
 *                          [--exec-hang NODE]... [--fault JSON]... [--request-log FILE]
 *
 * `scenario` is a folder under test/fixtures/scenarios/ (default: demo) or an absolute path.
 * Then, in another shell: `export KUBECONFIG=<printed path>` and use kubectl or kubectl-windbg.
 *
 * Fault injection, to see what a user sees when the cluster misbehaves:
 *   --windows-nodes N   adds N healthy Windows Server 2022 nodes (win-0000, win-0001, ...), copies
 *                       of the scenario's first Ready Windows node with its probe output
 *   --exec-hang NODE    execs into pods on that node never answer
 *   --fault JSON        one scripted API fault, e.g. '{"method":"POST","path":"/pods$","resetAfterHandling":true}'
 *                       or '{"method":"GET","path":"/daemonsets$","status":403,"times":100}'; `path` is a
 *                       regular expression tested against the URL path (see SimFault in test/support/sim/types.ts)
 *   --request-log FILE  appends every request (method, path, query, headers, TLS server name,
 *                       client certificate user) to FILE as one JSON line each
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { startSimCluster, type SimFault } from '../test/support/sim/index.js';

const valued = new Set(['--pod-start-delay-ms', '--windows-nodes', '--exec-hang', '--fault', '--request-log']);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function values(name: string): string[] {
  const found: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg !== name) return;
    const value = process.argv[i + 1];
    if (value === undefined) fail(`${name} needs a value`);
    found.push(value);
  });
  return found;
}

function count(name: string): number | undefined {
  const [text] = values(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) fail(`${name} needs a whole number`);
  return value;
}

/** A --fault argument: JSON with `path` as the text of a regular expression. */
function parseFault(text: string): SimFault {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(`--fault needs JSON: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || typeof (raw as { path?: unknown }).path !== 'string') fail('--fault needs an object with a "path" regular expression');
  const spec = raw as Record<string, unknown> & { path: string };
  const kinds = ['status', 'resetConnection', 'resetAfterHandling', 'stall', 'stallAfterHandling', 'delayMs', 'expireContinue'].filter((k) => k in spec);
  if (kinds.length !== 1) fail('--fault needs exactly one of status, resetConnection, resetAfterHandling, stall, stallAfterHandling, delayMs, expireContinue');
  return { ...spec, path: new RegExp(spec.path) } as SimFault;
}

/** The arguments that are neither flags nor the values of flags. */
function positional(argv: readonly string[]): string[] {
  return argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
}

const scenario = positional(process.argv.slice(2))[0] ?? 'demo';

let sim;
try {
  sim = await startSimCluster({ scenario, podStartDelayMs: count('--pod-start-delay-ms') });
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}

type Loose = { metadata: { name: string; labels?: Record<string, string>; uid?: string; resourceVersion?: string }; status?: { conditions?: { type: string; status: string }[] } };

const extraNodes = count('--windows-nodes') ?? 0;
if (extraNodes > 0) {
  const windows = (sim.store.list('Node') as Loose[]).filter((n) => n.metadata.labels?.['kubernetes.io/os'] === 'windows');
  const template = windows.find((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) ?? windows[0];
  if (!template) fail('the scenario has no Windows node to copy');
  const probeOutput = readFileSync(new URL('../test/fixtures/probe-outputs/ws2022-aks-healthy.txt', import.meta.url), 'utf8');
  for (let i = 0; i < extraNodes; i++) {
    const name = `win-${String(i).padStart(4, '0')}`;
    const copy = structuredClone(template);
    copy.metadata = { ...copy.metadata, name, labels: { ...copy.metadata.labels, 'kubernetes.io/hostname': name } };
    delete copy.metadata.uid;
    delete copy.metadata.resourceVersion;
    sim.store.put(copy);
    sim.setProbeOutput(name, probeOutput);
  }
}
for (const node of values('--exec-hang')) sim.setExecHang(node);
const faults = values('--fault').map(parseFault);
sim.faults.push(...faults);

const requestLog = values('--request-log')[0];
let logged = 0;
const flushRequests = (): void => {
  if (!requestLog || logged >= sim.requests.length) return;
  const lines = sim.requests.slice(logged).map((r) => `${JSON.stringify(r)}\n`);
  logged = sim.requests.length;
  appendFileSync(requestLog, lines.join(''));
};

const nodes = sim.store.list('Node').length;
const pods = sim.store.list('Pod').length;
process.stdout.write(
  [
    `Simulated cluster "${scenario}" is serving at ${sim.url} (${nodes} nodes, ${pods} pods${faults.length ? `, ${faults.length} scripted faults` : ''}).`,
    `Kubeconfig: ${sim.kubeconfigPath}`,
    ...(requestLog ? [`Requests are logged to ${requestLog}`] : []),
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
  flushRequests();
  void running.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The server's sockets do not keep the process alive on their own once idle; this timer does.
setInterval(flushRequests, 100);
