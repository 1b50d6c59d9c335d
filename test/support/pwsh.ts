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
  const [exe, ...args] = opts.command;
  if (exe !== 'powershell.exe') throw new Error(`expected a powershell.exe command, got ${exe}`);
  const commandIndex = args.indexOf('-Command');
  if (commandIndex !== args.length - 2) throw new Error('expected -Command <text> at the end of the command');
  const dll = nativeStubsDll(pwsh);
  const layout = layOut(opts.scenario);
  try {
    const dotSourceStubs = `. '${STUBS.replace(/'/g, "''")}'`;
    // `-Command -` reads the commands from stdin (the node shell): the stubs come in as its first line.
    const fromStdin = args[args.length - 1] === '-';
    const argv = fromStdin ? args : [...args.slice(0, -1), `${dotSourceStubs}; ${args[args.length - 1]}`];
    const stdin = fromStdin ? `${dotSourceStubs}\n${opts.stdin ?? ''}` : (opts.stdin ?? '');
    const env: Record<string, string> = {
      PATH: `${layout.bin}${delimiter}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? tmpdir(),
      TMPDIR: tmpdir(),
      POWERSHELL_TELEMETRY_OPTOUT: '1',
      POWERSHELL_UPDATECHECK: 'Off',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      COMPUTERNAME: 'AKSNPWIN000002',
      SystemDrive: 'C:',
      PSTEST_SCENARIO: layout.scenarioFile,
      PSTEST_ROOT: layout.root,
      PSTEST_NATIVE_DATA: layout.data,
      PSTEST_NATIVE_DLL: dll,
      ...opts.env,
    };
    const child = spawn(pwsh, argv, { env, cwd: layout.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    }).finally(() => clearTimeout(timer));
    const stdoutBytes = Buffer.concat(out);
    return { stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8'), exitCode, argv: [pwsh, ...argv] };
  } finally {
    rmSync(layout.dir, { recursive: true, force: true });
  }
}
