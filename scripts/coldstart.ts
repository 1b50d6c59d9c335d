/**
 * Cold start of the CLI against `kubectl version --client`.
 *
 *   tsx scripts/coldstart.ts [--runs 21] [--binary dist/sea/linux-amd64/kubectl-windbg] [--modules]
 *
 * Runs every command `--runs` times, interleaved (one run of each per round), after two warm-up
 * rounds (so the page cache is warm, as it is for anyone typing commands), and prints each median
 * wall time and its ratio to kubectl's.
 * `--modules` also lists which source modules and packages are evaluated at `--version` and at
 * `rules`: the CLI is bundled a second time with code splitting, so that every dynamic import()
 * becomes its own chunk, and the chunks a command loads are mapped back to their inputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { CLI_ENTRY, ESM_BUNDLE, packageVersion, ROOT } from './package-bundle.js';
import { nodeBinary } from './package-node.js';
import { BLOB_BUILDER_PACKAGE, RELEASE_NODE_VERSION } from './package-targets.js';

interface Measured {
  label: string;
  medianMs: number;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index !== -1 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function runOnce(command: string, args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

interface ColdCommand {
  label: string;
  command: string;
  args: readonly string[];
}

/**
 * Median wall times, interleaved: each round runs every command once, in turn, so that whatever
 * else the machine does weighs on all of them alike. Two warm-up rounds first (the page cache and
 * the code caches are warm for anyone typing commands).
 */
function measureInterleaved(commands: readonly ColdCommand[], runs: number): Measured[] {
  for (let round = 0; round < 2; round++) for (const c of commands) runOnce(c.command, c.args);
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) commands.forEach((c, i) => times[i]!.push(runOnce(c.command, c.args)));
  return commands.map((c, i) => ({ label: c.label, medianMs: median(times[i]!) }));
}

/** Source files (relative to the repository) and packages evaluated by one command line. */
async function modulesLoadedBy(args: readonly string[]): Promise<{ sources: string[]; packages: string[] }> {
  const workDir = mkdtempSync(join(tmpdir(), 'windbg-modules-'));
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [CLI_ENTRY],
      outdir: workDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      loader: { '.ps1': 'text', '.md': 'text' },
      define: { __WINDBG_VERSION__: JSON.stringify(packageVersion()) },
      banner: { js: "import { createRequire as __windbgCreateRequire } from 'node:module'; const require = __windbgCreateRequire(import.meta.url);" },
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'error',
    });
    const hook = join(workDir, 'record-loads.mjs');
    writeFileSync(
      hook,
      [
        "import { registerHooks } from 'node:module';",
        'const loaded = new Set();',
        'registerHooks({ load(url, context, next) { loaded.add(url); return next(url, context); } });',
        "process.on('exit', () => { process.stderr.write('\\n@@loaded ' + JSON.stringify([...loaded]) + '\\n'); });",
      ].join('\n'),
    );
    // module.registerHooks needs Node.js 22.15+/23.5+: use the Node.js 24 binary of the packaging cache.
    const node = nodeBinary(BLOB_BUILDER_PACKAGE, RELEASE_NODE_VERSION, 'package/bin/node');
    const main = join(workDir, 'main.mjs');
    const run = spawnSync(node, ['--import', hook, main, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const marker = run.stderr.split('\n').find((line) => line.startsWith('@@loaded '));
    if (!marker) throw new Error(`could not record loaded modules: ${run.stderr}`);
    const loadedFiles = new Set((JSON.parse(marker.slice('@@loaded '.length)) as string[]).map((url) => url.replace(/^file:\/\//, '')));
    const sources = new Set<string>();
    const packages = new Set<string>();
    for (const [output, meta] of Object.entries(result.metafile.outputs)) {
      if (!loadedFiles.has(resolve(ROOT, output))) continue;
      for (const input of Object.keys(meta.inputs)) {
        const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
        if (packageMatch) packages.add(packageMatch[1]!);
        else sources.add(input);
      }
    }
    return { sources: [...sources].sort(), packages: [...packages].sort() };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const runs = Number(option('--runs', '21'));
const binary = resolve(option('--binary', join(ROOT, 'dist/sea/linux-amd64/kubectl-windbg')));
if (!existsSync(ESM_BUNDLE)) throw new Error(`${ESM_BUNDLE} is missing: run \`npm run build\` first`);

const commands: ColdCommand[] = [
  { label: 'kubectl version --client', command: 'kubectl', args: ['version', '--client'] },
  { label: 'node kubectl-windbg.js --version', command: process.execPath, args: [ESM_BUNDLE, '--version'] },
  { label: 'node kubectl-windbg.js rules', command: process.execPath, args: [ESM_BUNDLE, 'rules'] },
  { label: 'node kubectl-windbg.js rules -o json', command: process.execPath, args: [ESM_BUNDLE, 'rules', '-o', 'json'] },
];
if (existsSync(binary)) {
  commands.push({ label: 'single executable --version', command: binary, args: ['--version'] });
  commands.push({ label: 'single executable rules', command: binary, args: ['rules'] });
} else {
  process.stderr.write(`${relative(process.cwd(), binary)} is missing: run \`npm run package\` to measure the single executable\n`);
}
const [kubectl, ...results] = measureInterleaved(commands, runs) as [Measured, ...Measured[]];

process.stdout.write(`cold start, median of ${runs} interleaved runs (Node.js ${process.version} for the bundle)\n`);
process.stdout.write(`${kubectl.label.padEnd(36)} ${kubectl.medianMs.toFixed(1).padStart(7)} ms   1.00x\n`);
for (const result of results) {
  const ratio = result.medianMs / kubectl.medianMs;
  process.stdout.write(`${result.label.padEnd(36)} ${result.medianMs.toFixed(1).padStart(7)} ms   ${ratio.toFixed(2)}x\n`);
}

if (process.argv.includes('--modules')) {
  for (const args of [['--version'], ['rules', '-o', 'json']]) {
    const loaded = await modulesLoadedBy(args);
    process.stdout.write(`\nevaluated at \`${args.join(' ')}\`:\n  packages: ${loaded.packages.join(', ') || '(none)'}\n`);
    process.stdout.write(`  sources (${loaded.sources.length}): ${loaded.sources.join(', ')}\n`);
  }
}
