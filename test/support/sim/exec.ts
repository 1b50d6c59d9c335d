/**
 * Pod exec over WebSocket, the way kubelet streams it through the API server.
 * Subprotocols `v5.channel.k8s.io` and `v4.channel.k8s.io`: every binary message starts with
 * a channel byte (0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize; v5 adds 255 = close, whose
 * second byte names the stream the client is done with). The status channel carries a
 * metav1.Status: Success, or Failure/NonZeroExitCode with the exit code in `details.causes`.
 *
 * Commands (what the default behaviour covers; anything else goes to `setExecHandler`):
 * - `powershell.exe` running one of the windbg scripts, recognised by the `# windbg-script: <name>`
 *   line on stdin, or in the container's WINDBG_SCRIPT env when the command runs that:
 *   node-probe prints the probe output scripted for the pod's node, collect-bundle streams a bundle
 *   built from the scenario (bundle.ts), pod-network-probe answers from the node's network
 *   behaviour (network.ts). `setScriptOutput` replaces any of them per node.
 * - any other `powershell` in a pod labelled app.kubernetes.io/managed-by=kubectl-windbg: the probe
 *   output scripted for the pod's node (exit 1 with a stderr line when none is).
 * - `cmd /c echo X` prints X; `cmd /c exit N` exits with N.
 * - then the exec handler, when one is set and returns an outcome;
 * - then the network tools of a Windows pod, answered from the node's network behaviour:
 *   nslookup, curl.exe, ping (directly or through `cmd /c`), and `powershell -Command` with
 *   Resolve-DnsName or Test-NetConnection.
 * Containers whose image has no powershell.exe (nanoserver) fail a powershell exec the way
 * containerd does: an exec error naming "The system cannot find the file specified".
 * With stdin requested, the command runs once stdin is closed (v5 close signal) or, under v4
 * (which cannot half-close), once stdin has been quiet for 50 ms after its first data.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { bundleFiles, bundleStream } from './bundle.js';
import { randomHex, type ProbeResult, type SimContext } from './context.js';
import { curl, networkView, nslookup, ping, podNetworkProbeOutput, resolveDnsName, serviceVipFromHost, testNetConnection, type NetworkView } from './network.js';
import { resourceFor } from './resources.js';
import { isInteractivePowerShell, powershellCommandText, serveShell } from './shell.js';
import { toObject } from './store.js';
import type { ExecCall, ExecOutcome } from './types.js';

type Loose = Record<string, any>; // plain JSON objects

const NODE = resourceFor('Node')!;
const POD = resourceFor('Pod')!;
const EVENT = resourceFor('Event')!;

export const EXEC_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;
const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const STATUS = 3;
const CLOSE = 255;
const FRAME_BYTES = 32 * 1024;
const V4_STDIN_QUIET_MS = 50;

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'kubectl-windbg';

export function pickProtocol(offered: Set<string>): string | false {
  return EXEC_PROTOCOLS.find((p) => offered.has(p)) ?? false;
}

export function createExecServer(): WebSocketServer {
  return new WebSocketServer({ noServer: true, handleProtocols: (offered) => pickProtocol(offered), perMessageDeflate: false });
}

function baseName(command: string): string {
  return command.replace(/^.*[\\/]/, '').toLowerCase();
}

export function isPowerShell(command: string[]): boolean {
  const exe = baseName(command[0] ?? '');
  return exe === 'powershell' || exe === 'powershell.exe' || exe === 'pwsh' || exe === 'pwsh.exe';
}

function probeOutcome(result: ProbeResult | undefined, nodeName: string | undefined): ExecOutcome {
  if (!result) {
    return { stdout: '', stderr: `no probe output is scripted for node "${nodeName ?? '<unscheduled>'}" in the simulated cluster\r\n`, exitCode: 1 };
  }
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode ?? 0 };
}

/** The command after `cmd /c`, split into words; undefined when the command is not cmd.exe /c. */
function cmdArguments(command: string[]): string[] | undefined {
  const exe = baseName(command[0] ?? '');
  if ((exe !== 'cmd' && exe !== 'cmd.exe') || command[1]?.toLowerCase() !== '/c') return undefined;
  return command.slice(2).join(' ').trim().split(/\s+/).filter(Boolean);
}

/** `cmd /c echo X` and `cmd /c exit N`, as cmd.exe answers them; undefined for anything else. */
function cmdBuiltin(command: string[]): ExecOutcome | undefined {
  if (!cmdArguments(command)) return undefined;
  const rest = command.slice(2).join(' ');
  const echo = /^echo(?:\s+(.*))?$/is.exec(rest);
  if (echo) return { stdout: `${echo[1] ?? 'ECHO is on.'}\r\n`, exitCode: 0 };
  const exit = /^exit(?:\s+\/b)?\s+(-?\d+)$/i.exec(rest);
  if (exit) return { stdout: '', exitCode: Number(exit[1]) };
  return undefined;
}

export const SCRIPT_MARKER = /^# windbg-script: ([\w-]+)/m;

function containerOf(pod: Loose, name: string): Loose | undefined {
  return (pod.spec?.containers as Loose[] | undefined)?.find((c) => c.name === name);
}

function envOf(container: Loose | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of (container?.env as Loose[] | undefined) ?? []) if (typeof e.value === 'string') env[e.name] = e.value;
  return env;
}

/** Which windbg script a powershell exec runs, from its stdin or the script env it runs. */
export function scriptName(call: ExecCall, pod: Loose): string | undefined {
  const fromStdin = SCRIPT_MARKER.exec(call.stdin)?.[1];
  if (fromStdin) return fromStdin;
  if (call.command.some((arg) => /\$env:WINDBG_SCRIPT/i.test(arg))) return SCRIPT_MARKER.exec(envOf(containerOf(pod, call.container))['WINDBG_SCRIPT'] ?? '')?.[1];
  return undefined;
}

/** The env of a script run: the container env, then what a `$env:NAME = 'value'` prelude on stdin sets. */
function scriptEnv(call: ExecCall, pod: Loose): Record<string, string> {
  const env = envOf(containerOf(pod, call.container));
  for (const m of call.stdin.matchAll(/^\$env:(\w+) = '([^']*)'$/gm)) env[m[1]!] = m[2]!;
  return env;
}

function hasWindowsPowerShell(ctx: SimContext, pod: Loose, container: string): boolean {
  const node = ctx.store.read(NODE, undefined, pod.spec?.nodeName ?? '') as Loose | undefined;
  if (node?.metadata?.labels?.['kubernetes.io/os'] === 'linux') return false;
  return !/nanoserver/i.test(String(containerOf(pod, container)?.image ?? ''));
}

function missingExecutable(ctx: SimContext, pod: Loose, command: string[]): ExecOutcome {
  const node = ctx.store.read(NODE, undefined, pod.spec?.nodeName ?? '') as Loose | undefined;
  const id = randomHex(32);
  const error =
    node?.metadata?.labels?.['kubernetes.io/os'] === 'linux'
      ? `failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${command[0]}": executable file not found in $PATH: unknown`
      : `failed to exec in container: failed to start exec "${id}": hcs::System::CreateProcess ${id.slice(0, 16)}: The system cannot find the file specified.: unknown`;
  return { stdout: '', execError: `Internal error occurred: error executing command in container: ${error}` };
}

function viewFor(ctx: SimContext, nodeName: string | undefined): NetworkView {
  const probe = nodeName ? ctx.probeOutputs.get(nodeName)?.stdout : undefined;
  return networkView(ctx.network, nodeName, probe, ctx.apiServer, nodeName ? ctx.networkOverrides.get(nodeName) : undefined);
}

function podsOnNode(ctx: SimContext, nodeName: string): Loose[] {
  return ctx.store.entries(POD).map((e) => toObject(e) as Loose).filter((p) => p.spec?.nodeName === nodeName);
}

function eventsFor(ctx: SimContext, nodeName: string, pods: Loose[]): Loose[] {
  const podKeys = new Set(pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
  return ctx.store
    .entries(EVENT)
    .map((e) => toObject(e) as Loose)
    .filter((e) => (e.involvedObject?.kind === 'Node' && e.involvedObject?.name === nodeName) || podKeys.has(`${e.involvedObject?.namespace}/${e.involvedObject?.name}`));
}

/** The node probe output, with the service VIP test from the host added when the probe was asked for one. */
function nodeProbe(ctx: SimContext, call: ExecCall, pod: Loose): ExecOutcome {
  const outcome = probeOutcome(call.nodeName ? ctx.probeOutputs.get(call.nodeName) : undefined, call.nodeName);
  const vip = scriptEnv(call, pod)['WINDBG_SERVICE_VIP'];
  if (!vip || outcome.exitCode !== 0 || typeof outcome.stdout !== 'string') return outcome;
  try {
    const doc = JSON.parse(outcome.stdout) as Loose;
    if (doc && typeof doc === 'object' && doc.serviceVipFromHost === undefined) {
      return { ...outcome, stdout: `${JSON.stringify({ ...doc, serviceVipFromHost: serviceVipFromHost(viewFor(ctx, call.nodeName), vip) })}\r\n` };
    }
  } catch {
    // A scripted output that is not one JSON document is passed on untouched.
  }
  return outcome;
}

function runScript(ctx: SimContext, script: string, call: ExecCall, pod: Loose): ExecOutcome | undefined {
  const scripted = call.nodeName ? ctx.scriptOutputs.get(`${script}/${call.nodeName}`) : undefined;
  if (scripted) return { stdout: scripted.stdout, stderr: scripted.stderr, exitCode: scripted.exitCode ?? 0 };
  if (script === 'node-probe') return nodeProbe(ctx, call, pod);
  if (script === 'collect-bundle') {
    const node = ctx.store.read(NODE, undefined, call.nodeName ?? '') as Loose | undefined;
    if (!node) return { stdout: '', stderr: `node "${call.nodeName ?? ''}" is not in the simulated cluster\r\n`, exitCode: 1 };
    const pods = podsOnNode(ctx, node.metadata.name);
    const files = bundleFiles({ node, pods, events: eventsFor(ctx, node.metadata.name, pods), probeStdout: ctx.probeOutputs.get(node.metadata.name)?.stdout });
    return { stdout: bundleStream(files), exitCode: 0 };
  }
  if (script === 'pod-network-probe') {
    const computerName = String(pod.metadata?.name ?? '').toUpperCase().slice(0, 15);
    return { stdout: podNetworkProbeOutput(viewFor(ctx, call.nodeName), scriptEnv(call, pod), call.namespace, computerName), exitCode: 0 };
  }
  return undefined;
}

/** The PowerShell one-liners a person types into a pod to test the network. */
function powershellNetworkCommand(ctx: SimContext, call: ExecCall, pod: Loose): ExecOutcome | undefined {
  const commandIndex = call.command.findIndex((a) => /^-c(ommand)?$/i.test(a));
  const text = (commandIndex >= 0 ? call.command.slice(commandIndex + 1).join(' ') : call.stdin).trim();
  const view = viewFor(ctx, call.nodeName);
  const resolve = /^Resolve-DnsName\s+(?:-Name\s+)?['"]?([A-Za-z0-9.-]+)['"]?/i.exec(text);
  if (resolve) return resolveDnsName(view, resolve[1]!, call.namespace, text);
  const tnc = /^(?:Test-NetConnection|tnc)\s+(?:-ComputerName\s+)?['"]?([A-Za-z0-9.-]+)['"]?(?:\s+-Port\s+(\d{1,5}))?/i.exec(text);
  if (tnc) {
    const address = String(pod.status?.podIP ?? '');
    return testNetConnection(view, tnc[1]!, tnc[2] === undefined ? undefined : Number(tnc[2]), call.namespace, { alias: 'vEthernet (Ethernet)', address });
  }
  return undefined;
}

/** nslookup, curl.exe and ping, run directly or through `cmd /c`. */
function networkTool(ctx: SimContext, call: ExecCall): ExecOutcome | undefined {
  const words = cmdArguments(call.command) ?? call.command;
  const tool = baseName(words[0] ?? '').replace(/\.exe$/, '');
  const args = words.slice(1);
  const view = (): NetworkView => viewFor(ctx, call.nodeName);
  if (tool === 'nslookup') {
    const name = args.find((a) => !a.startsWith('-'));
    if (!name) return { stdout: '', stderr: 'nslookup: interactive mode is not available through exec\r\n', exitCode: 1 };
    return nslookup(view(), name, call.namespace);
  }
  if (tool === 'curl') return curl(view(), args, call.namespace, ctx.serverVersionJson);
  if (tool === 'ping') return ping(view(), args, call.namespace);
  return undefined;
}

/** Runs an exec call: built-in behaviours first, then the test's handler, then the network tools. */
export async function runCommand(ctx: SimContext, call: ExecCall, pod: Loose): Promise<ExecOutcome> {
  ctx.execs.push(call);
  // A hung node: the command never ends and prints nothing.
  if (call.nodeName !== undefined && ctx.hungExecNodes.has(call.nodeName)) return new Promise<ExecOutcome>(() => undefined);
  const labels: Record<string, string> = pod.metadata?.labels ?? {};
  if (isPowerShell(call.command)) {
    if (!hasWindowsPowerShell(ctx, pod, call.container)) return missingExecutable(ctx, pod, call.command);
    const script = scriptName(call, pod);
    const answered = script ? runScript(ctx, script, call, pod) : undefined;
    if (answered) return answered;
    if (labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE) return probeOutcome(call.nodeName ? ctx.probeOutputs.get(call.nodeName) : undefined, call.nodeName);
  }
  const builtin = cmdBuiltin(call.command);
  if (builtin) return builtin;
  if (ctx.execHandler) {
    const handled = await ctx.execHandler(call);
    if (handled) return handled;
  }
  const network = isPowerShell(call.command) ? powershellNetworkCommand(ctx, call, pod) : networkTool(ctx, call);
  if (network) return network;
  return {
    stdout: '',
    stderr: `'${call.command[0] ?? ''}' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n`,
    exitCode: 1,
  };
}

export function execStatus(exitCode: number, command: string[]): Record<string, unknown> {
  if (exitCode === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command [${command.join(' ')}], exit code ${exitCode}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(exitCode) }] },
  };
}

function frame(channel: number, data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(data.length + 1);
  out[0] = channel;
  data.copy(out, 1);
  return out;
}

function sendStream(ws: WebSocket, channel: number, data: string | Buffer | undefined): void {
  if (data === undefined || data.length === 0) return;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += FRAME_BYTES) ws.send(frame(channel, bytes.subarray(i, i + FRAME_BYTES)));
}

export interface ExecSession {
  call: Omit<ExecCall, 'stdin'>;
  /** The pod as it was when the exec started (labels, container images and env). */
  pod: Loose;
  stdinRequested: boolean;
  /** A terminal was asked for (tty=true). */
  tty?: boolean;
}

/**
 * Sessions of shell.ts: any exec with a terminal; without one, a powershell in a windbg shell pod
 * (the probe pods' powershell keeps answering with the probe output).
 */
function shellSession(session: ExecSession): { tty: boolean; command?: string } | undefined {
  if (session.tty) return { tty: true };
  const { command } = session.call;
  if (!isPowerShell(command) || session.pod.metadata?.labels?.['app.kubernetes.io/name'] !== 'windbg-shell') return undefined;
  if (isInteractivePowerShell(command)) return { tty: false };
  const text = powershellCommandText(command);
  return text === undefined ? undefined : { tty: false, command: text };
}

/** Drives one exec over an upgraded connection. */
export function serveExec(ctx: SimContext, wss: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer, session: ExecSession): void {
  wss.handleUpgrade(req, socket, head, (ws) => {
    const shell = shellSession(session);
    if (shell) {
      ctx.execs.push({ ...session.call, stdin: '' });
      serveShell(ctx, ws, { pod: session.pod, container: session.call.container, ...shell });
      return;
    }
    const supportsClose = ws.protocol === 'v5.channel.k8s.io';
    const stdin: Buffer[] = [];
    let started = false;
    let quietTimer: NodeJS.Timeout | undefined;

    const start = (): void => {
      if (started) return;
      started = true;
      if (quietTimer) clearTimeout(quietTimer);
      const call: ExecCall = { ...session.call, stdin: Buffer.concat(stdin).toString('utf8') };
      runCommand(ctx, call, session.pod)
        .then((outcome) => {
          if (ws.readyState !== ws.OPEN) return;
          if (outcome.execError !== undefined) {
            const status = { metadata: {}, status: 'Failure', message: outcome.execError, reason: 'InternalError', code: 500 };
            ws.send(frame(STATUS, Buffer.from(JSON.stringify(status))));
            ws.close(1000);
            return;
          }
          sendStream(ws, STDOUT, outcome.stdout);
          sendStream(ws, STDERR, outcome.stderr);
          ws.send(frame(STATUS, Buffer.from(JSON.stringify(execStatus(outcome.exitCode ?? 0, call.command)))));
          ws.close(1000);
        })
        .catch((e: unknown) => {
          if (ws.readyState !== ws.OPEN) return;
          const status = { metadata: {}, status: 'Failure', message: `error executing command: ${String(e)}`, reason: 'InternalError' };
          ws.send(frame(STATUS, Buffer.from(JSON.stringify(status))));
          ws.close(1000);
        });
    };

    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const bytes = isBinary ? data : Buffer.from(data);
      if (bytes.length === 0) return;
      const channel = bytes[0];
      if (channel === STDIN) {
        stdin.push(bytes.subarray(1));
        if (!supportsClose) {
          if (quietTimer) clearTimeout(quietTimer);
          quietTimer = setTimeout(start, V4_STDIN_QUIET_MS);
        }
      } else if (channel === CLOSE && supportsClose && bytes[1] === STDIN) {
        start();
      }
    });
    ws.on('close', () => {
      if (quietTimer) clearTimeout(quietTimer);
    });
    if (!session.stdinRequested) start();
  });
}
