/**
 * Runs the probe scripts under real PowerShell (pwsh) the way the product runs them on a node:
 * the same -Command bootstrap, the same stdin or env delivery. The Windows-only commands come from
 * test/ps/windows-stubs.ps1, dot-sourced in front of the bootstrap, and from stand-in executables
 * (netsh.exe, hnsdiag.exe, vfpctrl.exe...) on PATH; the C: drive is a temporary folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STUBS = join(REPO_ROOT, 'test', 'ps', 'windows-stubs.ps1');
export const NATIVE_STUBS_SOURCE = join(REPO_ROOT, 'test', 'ps', 'native-stubs.cs');
/** Where .ci/run installs the pinned pwsh (dotnet tool install --tool-path) and Pester. */
export const TOOLS_DIR = join(REPO_ROOT, '.tools');
export const PESTER_MANIFEST = join(TOOLS_DIR, 'nuget', 'pester', '5.7.1', 'tools', 'Pester.psd1');

/** pwsh from the repository's tool folder, else from PATH; undefined when there is none. */
export function findPwsh(): string | undefined {
  const local = join(TOOLS_DIR, 'pwsh', 'pwsh');
  if (existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'pwsh'))) return join(dir, 'pwsh');
  }
  return undefined;
}

/**
 * Whether the PowerShell tests must run: on a CI machine (CI set to anything but "", "false" or
 * "0", as CI services set it: "true", "1", "yes") a missing pwsh fails the run instead of
 * skipping it.
 */
export function pwshRequired(env: Record<string, string | undefined>): boolean {
  const ci = (env['CI'] ?? '').trim().toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

export const PWSH_MISSING_MESSAGE =
  'pwsh (PowerShell 7) was not found in .tools/pwsh or on PATH: the probe scripts were NOT run. ' +
  'Install it with `dotnet tool install PowerShell --version 7.6.10 --tool-path .tools/pwsh` (see README).';

export interface NativeAnswer {
  stdout?: string;
  /** Raw bytes instead of stdout text (a tool writing the console's code page). */
  stdoutBytes?: Buffer;
  stderr?: string;
  exitCode?: number;
}

/** What the stand-in Windows returns. Object shapes follow the real cmdlets' output. */
export interface Scenario {
  cim?: Record<string, unknown[]>;
  hnsModule?: { networks: unknown[]; endpoints: unknown[]; policyLists?: unknown[] };
  /** What the functions of a hns.psm1 file on the node answer (see HNS_PSM1). */
  hnsModuleFile?: { networks: unknown[]; endpoints: unknown[]; policyLists?: unknown[] };
  /** HNS v1 REST answers (the HNSCall fallback), keyed by path, e.g. "/networks/". */
  hnsApi?: Record<string, unknown>;
  /** HCN load balancers by id; undefined leaves HCN out (the P/Invoke stand-in still loads). */
  hcnLoadBalancers?: Record<string, unknown>;
  /** computenetwork.dll cannot be loaded. */
  hcnMissing?: boolean;
  portReservation?: { succeeded: number; error?: string };
  /** Leave the P/Invoke stand-ins out entirely: the scripts compile their own, whose DLLs are missing here. */
  noNativeTypes?: boolean;
  netAdapters?: unknown[];
  netIPAddresses?: unknown[];
  hotfixes?: string[];
  registry?: Record<string, Record<string, unknown>>;
  /** Files on the node, by Windows path. */
  files?: Record<string, string>;
  fileVersions?: Record<string, { FileVersion: string; ProductVersion: string }>;
  /** Native tools: exe -> argument line -> answer. */
  natives?: Record<string, Record<string, NativeAnswer>>;
  /** Native tools the node does not have at all (no stand-in executable on PATH): "vfpctrl.exe". */
  missingTools?: string[];
  /** Echo replies per address for Test-Connection (Win32_PingStatus objects, one per reply, as 5.1 returns them). */
  pingReplies?: Record<string, number>;
  /** Commands the node does not have (their module is not installed): "Get-NetAdapter", "Get-HotFix". */
  missingCommands?: string[];
  /** Commands that throw, with their message ("Get-NetAdapter", "Get-CimInstance Win32_Service"). */
  fail?: Record<string, string>;
  dns?: Record<string, string[]>;
  dnsSuffixes?: string[];
  eventLogs?: Record<string, unknown[]>;
  consoleCodePage?: number;
}

export interface ScriptRun {
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  exitCode: number;
  /** The argv that ran (pwsh in place of powershell.exe, the stubs in front of the bootstrap). */
  argv: string[];
}

export interface RunOptions {
  /** The product's argv for the exec or container (powershell.exe first). */
  command: string[];
  /** Environment of the container (WINDBG_* as the pod spec sets them). */
  env?: Record<string, string>;
  /** Bytes on stdin (the script and its end marker), when the delivery is stdin. */
  stdin?: string;
  scenario: Scenario;
  timeoutMs?: number;
}

const NATIVE_STUB = `#!/bin/sh
exe=$(basename "$0")
key=$(printf '%s ' "$@" | sed 's/ $//' | tr -c 'A-Za-z0-9=._\\n-' '_')
d="$PSTEST_NATIVE_DATA/natives/$exe"
if [ ! -f "$d/$key.out" ] && [ ! -f "$d/$key.err" ] && [ ! -f "$d/$key.code" ]; then
  echo "$exe: unexpected arguments: $*" >&2
  exit 87
fi
[ -f "$d/$key.out" ] && cat "$d/$key.out"
[ -f "$d/$key.err" ] && cat "$d/$key.err" >&2
[ -f "$d/$key.code" ] && exit "$(cat "$d/$key.code")"
exit 0
`;

/** The native tools of the scripts, each a stand-in executable on PATH that prints recorded output. */
export const NATIVE_TOOLS = ['netsh.exe', 'hnsdiag.exe', 'vfpctrl.exe', 'ipconfig.exe', 'route.exe'];

export function nativeKey(args: string): string {
  return args.replace(/[^A-Za-z0-9=._-]/g, '_');
}

/** Lays the scenario out in a fresh folder: C: drive, native answers, P/Invoke data. */
function layOut(scenario: Scenario): { dir: string; root: string; bin: string; data: string; scenarioFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'windbg-pwsh-'));
  const root = join(dir, 'drive');
  const bin = join(dir, 'bin');
  const data = join(dir, 'data');
  mkdirSync(join(root, 'C'), { recursive: true });
  mkdirSync(bin);
  mkdirSync(data);
  for (const [path, text] of Object.entries(scenario.files ?? {})) {
    const m = /^([A-Za-z]):\\(.*)$/.exec(path);
    if (!m) throw new Error(`not a Windows path: ${path}`);
    const target = join(root, m[1]!.toUpperCase(), ...m[2]!.split('\\'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  for (const tool of NATIVE_TOOLS) {
    if (scenario.missingTools?.includes(tool)) continue;
    writeFileSync(join(bin, tool), NATIVE_STUB);
    chmodSync(join(bin, tool), 0o755);
  }
  for (const [exe, answers] of Object.entries(scenario.natives ?? {})) {
    const folder = join(data, 'natives', exe);
    mkdirSync(folder, { recursive: true });
    for (const [args, answer] of Object.entries(answers)) {
      const key = nativeKey(args);
      writeFileSync(join(folder, `${key}.out`), answer.stdoutBytes ?? answer.stdout ?? '');
      if (answer.stderr !== undefined) writeFileSync(join(folder, `${key}.err`), answer.stderr);
      if (answer.exitCode !== undefined) writeFileSync(join(folder, `${key}.code`), String(answer.exitCode));
    }
  }
  for (const [path, value] of Object.entries(scenario.hnsApi ?? {})) {
    writeFileSync(join(data, `hns${path.replace(/\//g, '_')}json`), JSON.stringify(value));
  }
  if (scenario.hcnLoadBalancers) {
    writeFileSync(join(data, 'hcn-loadbalancers.json'), JSON.stringify(Object.keys(scenario.hcnLoadBalancers)));
    for (const [id, lb] of Object.entries(scenario.hcnLoadBalancers)) writeFileSync(join(data, `hcn-lb-${id.toLowerCase()}.json`), JSON.stringify(lb));
  }
  if (scenario.hcnMissing) writeFileSync(join(data, 'hcn-missing'), '1');
  if (scenario.portReservation) {
    writeFileSync(join(data, 'port-reservation.txt'), `${scenario.portReservation.succeeded}|${scenario.portReservation.error ?? ''}`);
  }
  const stubScenario = { ...scenario, native: scenario.noNativeTypes ? undefined : true, files: undefined, natives: undefined };
  const scenarioFile = join(dir, 'scenario.json');
  writeFileSync(scenarioFile, JSON.stringify(stubScenario));
  return { dir, root, bin, data, scenarioFile };
}

let nativeDll: string | undefined;

/** Compiles the P/Invoke stand-ins once per test process (Add-Type takes seconds each time). */
export function nativeStubsDll(pwsh: string): string {
  if (nativeDll && existsSync(nativeDll)) return nativeDll;
  const dir = mkdtempSync(join(tmpdir(), 'windbg-native-'));
  const dll = join(dir, 'WindbgNativeStubs.dll');
  const r = spawnSync(
    pwsh,
    ['-NoProfile', '-NonInteractive', '-Command', 'Add-Type -TypeDefinition (Get-Content -LiteralPath $env:PSTEST_SOURCE -Raw) -OutputAssembly $env:PSTEST_DLL'],
    { env: { ...process.env, PSTEST_SOURCE: NATIVE_STUBS_SOURCE, PSTEST_DLL: dll, POWERSHELL_TELEMETRY_OPTOUT: '1' }, timeout: 120_000 },
  );
  if (r.status !== 0 || !existsSync(dll)) throw new Error(`compiling ${NATIVE_STUBS_SOURCE} failed: ${r.stderr?.toString() ?? r.error?.message}`);
  nativeDll = dll;
  return dll;
}

/**
 * Runs the product's command with pwsh. The only change to the argv: pwsh instead of
 * powershell.exe, and the stubs dot-sourced in front of the unchanged -Command text (or, for
 * `-Command -`, as the first line of stdin).
 */
export async function runWithPwsh(pwsh: string, opts: RunOptions): Promise<ScriptRun> {
  const args = productArgs(opts.command);
  const dll = nativeStubsDll(pwsh);
  const layout = layOut(opts.scenario);
  try {
    const dotSourceStubs = `. '${STUBS.replace(/'/g, "''")}'`;
    // `-Command -` reads the commands from stdin (the node shell): the stubs come in as its first line.
    const fromStdin = args[args.length - 1] === '-';
    const argv = fromStdin ? args : [...args.slice(0, -1), `${dotSourceStubs}; ${args[args.length - 1]}`];
    const stdin = fromStdin ? `${dotSourceStubs}\n${opts.stdin ?? ''}` : (opts.stdin ?? '');
    const env = { ...baseEnv(), ...scenarioEnv(layout, dll), ...opts.env };
    const run = await spawnPwsh(pwsh, argv, env, layout.dir, stdin, opts.timeoutMs ?? 90_000);
    return { ...run, argv: [pwsh, ...argv] };
  } finally {
    rmSync(layout.dir, { recursive: true, force: true });
  }
}

/** The product's argv without powershell.exe, checked to end in `-Command <text>`. */
function productArgs(command: string[]): string[] {
  const [exe, ...args] = command;
  if (exe !== 'powershell.exe') throw new Error(`expected a powershell.exe command, got ${exe}`);
  if (args.indexOf('-Command') !== args.length - 2) throw new Error('expected -Command <text> at the end of the command');
  return args;
}

function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: tmpdir(),
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    COMPUTERNAME: 'AKSNPWIN000002',
    SystemDrive: 'C:',
  };
}

/** Where the stand-ins find one scenario: its files, native answers and stand-in tools. */
function scenarioEnv(layout: { bin: string; root: string; data: string; scenarioFile: string }, dll: string): Record<string, string> {
  return {
    PATH: `${layout.bin}${delimiter}${process.env.PATH ?? ''}`,
    PSTEST_SCENARIO: layout.scenarioFile,
    PSTEST_ROOT: layout.root,
    PSTEST_NATIVE_DATA: layout.data,
    PSTEST_NATIVE_DLL: dll,
  };
}

async function spawnPwsh(pwsh: string, argv: string[], env: Record<string, string>, cwd: string, stdin: string, timeoutMs: number) {
  const child = spawn(pwsh, argv, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.end(stdin);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  }).finally(() => clearTimeout(timer));
  const stdoutBytes = Buffer.concat(out);
  return { stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), exitCode };
}

export interface BatchItem {
  /** Bytes on stdin for this run (the script and its end marker). */
  stdin?: string;
  /** Environment of this run (WINDBG_* as the pod spec sets them). */
  env?: Record<string, string>;
  scenario: Scenario;
}

const BATCH_END = '#pstest-run-end';

/**
 * Many runs of the same product command in one pwsh process, for the tables of cases that only
 * differ in what fails (each probe failing alone): each run gets a fresh runspace (its own session
 * state, as a new powershell.exe would have), its scenario's stand-ins dot-sourced, its env, and the
 * product's unchanged -Command text, which reads that run's script from the shared stdin up to its
 * end marker. Saves starting pwsh and compiling the engine again for every case. Code pages cannot
 * change between runs (the console's stdin reader would be replaced), and all runs use the managed
 * P/Invoke stand-ins.
 */
export async function runBatchWithPwsh(pwsh: string, opts: { command: string[]; items: BatchItem[]; timeoutMs?: number }): Promise<ScriptRun[]> {
  const args = productArgs(opts.command);
  const bootstrap = args[args.length - 1]!;
  const dll = nativeStubsDll(pwsh);
  const layouts = opts.items.map((item) => {
    if (item.scenario.consoleCodePage !== undefined || item.scenario.noNativeTypes) throw new Error('a batched run cannot change the code page or leave the P/Invoke stand-ins out');
    return layOut(item.scenario);
  });
  const batchDir = mkdtempSync(join(tmpdir(), 'windbg-pwsh-batch-'));
  try {
    const batchFile = join(batchDir, 'batch.json');
    writeFileSync(batchFile, JSON.stringify(opts.items.map((item, i) => ({ ...scenarioEnv(layouts[i]!, dll), ...item.env }))));
    const runner = [
      '$runs = @(Get-Content -LiteralPath $env:PSTEST_BATCH -Raw | ConvertFrom-Json)',
      '$stubs = ". \'" + $env:PSTEST_STUBS.Replace("\'", "\'\'") + "\'; "',
      'for ($i = 0; $i -lt $runs.Count; $i++) {',
      '  $names = @($runs[$i].PSObject.Properties | ForEach-Object { $_.Name })',
      '  $saved = @{}',
      '  foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, [string]$runs[$i].$name) }',
      '  $errors = New-Object System.Collections.Generic.List[string]',
      '  $ps = [PowerShell]::Create()',
      '  try {',
      '    $null = $ps.AddScript($stubs + $env:PSTEST_BOOTSTRAP)',
      '    $output = $ps.Invoke()',
      '    foreach ($item in $output) { [Console]::Out.WriteLine(($item | Out-String).TrimEnd()) }',
      '    foreach ($e in $ps.Streams.Error) { $errors.Add([string]$e) }',
      '  } catch { $errors.Add([string]$_.Exception.Message) } finally { $ps.Dispose() }',
      '  foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }',
      `  [Console]::Out.WriteLine("\`n${BATCH_END} " + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(($errors -join "\`n"))))`,
      '  [Console]::Out.Flush()',
      '}',
    ].join('\n');
    const argv = [...args.slice(0, -1), runner];
    const env = { ...baseEnv(), PSTEST_BATCH: batchFile, PSTEST_STUBS: STUBS, PSTEST_BOOTSTRAP: bootstrap };
    const stdin = opts.items.map((item) => item.stdin ?? '').join('');
    const run = await spawnPwsh(pwsh, argv, env, batchDir, stdin, opts.timeoutMs ?? 300_000);
    const runs: ScriptRun[] = [];
    let rest = run.stdoutBytes;
    for (let i = 0; i < opts.items.length; i++) {
      const end = rest.indexOf(`\n${BATCH_END} `);
      if (end < 0) throw new Error(`batched run ${i} did not finish; stderr: ${run.stderr}`);
      const lineEnd = rest.indexOf('\n', end + 1);
      const stdoutBytes = rest.subarray(0, end);
      const stderr = Buffer.from(rest.subarray(end + BATCH_END.length + 2, lineEnd < 0 ? rest.length : lineEnd).toString('ascii').trim(), 'base64').toString('utf8');
      runs.push({ stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr, exitCode: run.exitCode, argv: [pwsh, ...args] });
      rest = lineEnd < 0 ? Buffer.alloc(0) : rest.subarray(lineEnd + 1);
    }
    return runs;
  } finally {
    rmSync(batchDir, { recursive: true, force: true });
    for (const layout of layouts) rmSync(layout.dir, { recursive: true, force: true });
  }
}
