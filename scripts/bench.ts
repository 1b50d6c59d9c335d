/**
 * The scale benchmark (`npm run bench`, after `npm run build`).
 *
 * Starts two simulated clusters in child processes (one at Kubernetes' published scale limits,
 * one of 200 Windows nodes whose pods start slowly), then measures, each as its own process:
 * the floor (bench-floor.ts, fetch and parse every page), `kubectl windbg check` in every output
 * format, `kubectl get pods -A -o json` and `kubectl get nodes -o json`; cold starts of the npm
 * bundle and of this platform's single executable against `kubectl version --client`, interleaved;
 * and a probe run. Prints the figures and rewrites docs/benchmark.md.
 *
 *   tsx scripts/bench.ts [--quick] [--kubectl-pods]
 *     --quick         docs/benchmark.md is left alone
 *     --kubectl-pods  also time `kubectl get pods -A -o json` (several minutes and many GB of memory at this scale)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { best, consoleReport, markdownReport, ratio, type BenchResults, type ColdStart, type Measurement, type Target } from './bench-report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/kubectl-windbg.js');
const TIME = '/usr/bin/time';
const WORKLOAD = { nodes: 5000, windowsNodes: 1000, pods: 150_000, events: 50_000, brokenFraction: 0.02 };
const PROBE = { nodes: 200, concurrency: 10, startDelayMs: 2000 };
const COLD_START_RUNS = 15;
/** Output formats of check measured besides json (one run each). */
const OTHER_FORMATS = ['table', 'yaml', 'junit', 'markdown', 'github'] as const;
const NODE_ALONE = 'node -e "" (Node.js start-up alone)';
const quick = process.argv.includes('--quick');
const kubectlPods = process.argv.includes('--kubectl-pods');

const work = mkdtempSync(join(tmpdir(), 'windbg-bench-'));
const children: ChildProcess[] = [];

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

function cleanUp(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

/** Starts a simulated cluster in its own process; resolves with its kubeconfig path once it serves. */
function startSim(mode: 'scale' | 'probe', args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', 'scripts/bench-sim.ts', mode, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^ready (.+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the ${mode} simulated cluster exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/** The floor script as one plain JavaScript file, so it runs under node without any loader. */
async function bundleFloor(): Promise<string> {
  const outfile = join(work, 'bench-floor.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/bench-floor.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Runs one command under /usr/bin/time (wall seconds and peak RSS). Standard output goes to
 * `stdoutFile` (or nowhere); any exit code outside `okCodes` is an error.
 */
function timed(label: string, command: string, args: readonly string[], opts: { okCodes?: number[]; stdoutFile?: string } = {}): Measurement {
  const timeFile = join(work, 'time.txt');
  const stdout = openSync(opts.stdoutFile ?? '/dev/null', 'w');
  let result;
  try {
    result = spawnSync(TIME, ['-f', '%e %M', '-o', timeFile, command, ...args], {
      cwd: ROOT,
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    closeSync(stdout);
  }
  const okCodes = opts.okCodes ?? [0];
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status ?? -1)) {
    throw new Error(`${label}: exit code ${result.status}\n${result.stderr.slice(-2000)}`);
  }
  const [seconds, kilobytes] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const measurement = { label, seconds: seconds!, peakRssMb: kilobytes! / 1024 };
  log(`  ${label}: ${measurement.seconds.toFixed(2)} s, ${measurement.peakRssMb.toFixed(0)} MB`);
  return measurement;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface ColdCommand {
  label: string;
  command: string;
  args: readonly string[];
}

function runOnce(c: ColdCommand): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(c.command, c.args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${c.label}: exit code ${result.status}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Median wall times, interleaved: every round runs each command once, in turn, so that whatever
 * else the machine does weighs on all of them alike. One warm-up round first (the page cache is
 * warm for anyone typing commands).
 */
function coldStarts(commands: readonly ColdCommand[]): ColdStart[] {
  for (const c of commands) runOnce(c);
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < COLD_START_RUNS; round++) commands.forEach((c, i) => times[i]!.push(runOnce(c)));
  return commands.map((c, i) => {
    const medianMs = median(times[i]!);
    log(`  ${c.label}: ${medianMs.toFixed(0)} ms`);
    return { label: c.label, medianMs };
  });
}

/** This platform's single executable, built into the work folder; undefined when it cannot be built here. */
function singleExecutable(): string | undefined {
  const target = `${platform()}-${process.arch === 'x64' ? 'amd64' : process.arch}`;
  const outDir = join(work, 'release');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/package.ts', '--targets', target, '--out-dir', outDir, '--manifest', join(work, 'krew.yaml'), '--skip-esm'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const binary = join(outDir, 'sea', target, platform() === 'win32' ? 'kubectl-windbg.exe' : 'kubectl-windbg');
  if (result.status !== 0 || !existsSync(binary)) {
    log(`  the single executable for ${target} could not be built here: ${result.stderr.trim().split('\n').pop() ?? ''}`);
    return undefined;
  }
  return binary;
}

function kubectlVersion(): string {
  const result = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  const line = result.stdout?.split('\n').find((l) => l.startsWith('Client Version'));
  return line ? `kubectl ${line.replace('Client Version: ', '')}` : 'kubectl (version unknown)';
}

function checkSummary(file: string): string {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    checked?: { nodes: number; pods: number };
    summary: { error: number; warning: number; info: number };
  };
  const checked = report.checked ? `${report.checked.nodes} Windows nodes and ${report.checked.pods} pods checked, ` : '';
  return `${checked}${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.info} info`;
}

function floorCounts(file: string): void {
  const counts = JSON.parse(readFileSync(file, 'utf8')) as { nodes: number; pods: number; events: number };
  if (counts.nodes !== WORKLOAD.nodes || counts.pods !== WORKLOAD.pods || counts.events !== WORKLOAD.events) {
    throw new Error(`the floor read ${JSON.stringify(counts)}, not the whole cluster`);
  }
}

/** The cold-start goal of a command: single executables ≤ 1.5×; the npm bundle ≤ 2× (--version) and ≤ 2.5× (rules). */
function coldStartGoal(label: string): number {
  if (label.startsWith('single executable')) return 1.5;
  return label.includes('rules') ? 2.5 : 2;
}

function targets(results: Omit<BenchResults, 'targets' | 'totalSeconds'>): Target[] {
  const floor = best(results.floor);
  const check = best(results.check);
  const kubectl = results.coldStart.find((c) => c.label.startsWith('kubectl'))!;
  const out: Target[] = [
    { what: 'check -o json wall time', goal: '≤ 1.2× the floor', measured: ratio(check.seconds, floor.seconds), met: check.seconds <= 1.2 * floor.seconds },
    { what: 'check -o json peak RSS', goal: '≤ 250 MB', measured: `${check.peakRssMb.toFixed(0)} MB`, met: check.peakRssMb <= 250 },
  ];
  for (const f of results.formats) {
    out.push({ what: `${f.label} completes`, goal: 'exit code 1 (findings), output written', measured: `${f.seconds.toFixed(1)} s, ${f.peakRssMb.toFixed(0)} MB`, met: true });
  }
  for (const c of results.coldStart.filter((s) => s !== kubectl && s.label !== NODE_ALONE)) {
    const goal = coldStartGoal(c.label);
    out.push({ what: `cold start: ${c.label}`, goal: `≤ ${goal}× kubectl version --client`, measured: ratio(c.medianMs, kubectl.medianMs), met: c.medianMs <= goal * kubectl.medianMs });
  }
  const p = results.probe;
  out.push({ what: 'probe run', goal: '≤ 1.3× ideal', measured: ratio(p.seconds, p.ideal), met: p.seconds <= 1.3 * p.ideal });
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  log('Starting the simulated clusters (generating the objects takes a while)...');
  const scaleArgs = ['--nodes', WORKLOAD.nodes, '--windows-nodes', WORKLOAD.windowsNodes, '--pods', WORKLOAD.pods, '--events', WORKLOAD.events, '--broken', WORKLOAD.brokenFraction].map(String);
  const probeArgs = ['--windows-nodes', String(PROBE.nodes), '--start-delay-ms', String(PROBE.startDelayMs)];
  const [scaleKubeconfig, probeKubeconfig, floorScript] = await Promise.all([startSim('scale', scaleArgs), startSim('probe', probeArgs), bundleFloor()]);

  log('Reading the whole cluster:');
  const floorOut = join(work, 'floor.json');
  const checkOut = join(work, 'check.json');
  const floorRuns: Measurement[] = [];
  const checkRuns: Measurement[] = [];
  for (let run = 0; run < 2; run++) {
    floorRuns.push(timed('floor', process.execPath, [floorScript, scaleKubeconfig], { stdoutFile: floorOut }));
    floorCounts(floorOut);
    // Exit code 1: the cluster has broken pods, so check reports errors.
    checkRuns.push(timed('kubectl windbg check -o json', process.execPath, [CLI, 'check', '-o', 'json', '--kubeconfig', scaleKubeconfig], { okCodes: [1], stdoutFile: checkOut }));
  }
  const summary = checkSummary(checkOut);
  const formats: Measurement[] = [];
  for (const format of OTHER_FORMATS) {
    const args = format === 'table' ? ['check', '--no-color'] : ['check', '-o', format];
    const label = format === 'table' ? 'kubectl windbg check (table)' : `kubectl windbg check -o ${format}`;
    const out = join(work, `check.${format}`);
    formats.push(timed(label, process.execPath, [CLI, ...args, '--kubeconfig', scaleKubeconfig], { okCodes: [1], stdoutFile: out }));
    if (readFileSync(out).length === 0) throw new Error(`${label} printed nothing`);
  }
  const kubectlRuns = [timed('kubectl get nodes -o json', 'kubectl', ['--kubeconfig', scaleKubeconfig, 'get', 'nodes', '-o', 'json'])];
  if (kubectlPods) kubectlRuns.push(timed('kubectl get pods -A -o json', 'kubectl', ['--kubeconfig', scaleKubeconfig, 'get', 'pods', '-A', '-o', 'json']));

  log('Cold start (interleaved):');
  const binary = singleExecutable();
  const cold = coldStarts([
    { label: 'kubectl version --client', command: 'kubectl', args: ['version', '--client'] },
    // Not a target: what any Node.js program pays before its first line runs.
    { label: NODE_ALONE, command: process.execPath, args: ['-e', ''] },
    { label: 'kubectl windbg --version', command: process.execPath, args: [CLI, '--version'] },
    { label: 'kubectl windbg rules', command: process.execPath, args: [CLI, 'rules'] },
    ...(binary
      ? [
          { label: 'single executable --version', command: binary, args: ['--version'] },
          { label: 'single executable rules', command: binary, args: ['rules'] },
        ]
      : []),
  ]);

  log('Probe run:');
  const probeRun = timed(
    `check --probe --probe-mode pods --concurrency ${PROBE.concurrency}`,
    process.execPath,
    [CLI, 'check', '--probe', '--probe-mode', 'pods', '--concurrency', String(PROBE.concurrency), '-o', 'json', '--kubeconfig', probeKubeconfig],
    { okCodes: [0, 1] },
  );

  const partial = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.versions.node,
      kubectl: kubectlVersion(),
      os: `${platform()} ${release()}`,
      loadAverage: loadavg()[0] ?? 0,
    },
    workload: WORKLOAD,
    floor: floorRuns,
    check: checkRuns,
    checkSummary: summary,
    formats,
    kubectl: kubectlRuns,
    coldStart: cold,
    probe: { ...probeRun, ideal: Math.ceil(PROBE.nodes / PROBE.concurrency) * (PROBE.startDelayMs / 1000), ...PROBE },
  };
  const results: BenchResults = { ...partial, targets: targets(partial), totalSeconds: (Date.now() - started) / 1000 };
  process.stdout.write(`\n${consoleReport(results)}\n`);
  if (!quick) {
    writeFileSync(join(ROOT, 'docs/benchmark.md'), markdownReport(results));
    log('Wrote docs/benchmark.md');
  }
}

process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  await main();
} finally {
  cleanUp();
}
