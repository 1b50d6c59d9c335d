/**
 * Pod exec over WebSocket, the way kubelet streams it through the API server.
 * Subprotocols `v5.channel.k8s.io` and `v4.channel.k8s.io`: every binary message starts with
 * a channel byte (0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize; v5 adds 255 = close, whose
 * second byte names the stream the client is done with). The status channel carries a
 * metav1.Status: Success, or Failure/NonZeroExitCode with the exit code in `details.causes`.
 *
 * Commands (what the default behaviour covers; anything else goes to `setExecHandler`):
 * - `powershell`/`powershell.exe ...` in a pod labelled app.kubernetes.io/managed-by=kubectl-windbg:
 *   prints the probe output scripted for the pod's node (exit 1 with a stderr line when none is).
 * - `cmd /c echo X` prints X; `cmd /c exit N` exits with N.
 * With stdin requested, the command runs once stdin is closed (v5 close signal) or, under v4
 * (which cannot half-close), once stdin has been quiet for 50 ms after its first data.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ProbeResult, SimContext } from './context.js';
import type { ExecCall, ExecOutcome } from './types.js';

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

/** `cmd /c echo X` and `cmd /c exit N`, as cmd.exe answers them; undefined for anything else. */
function cmdBuiltin(command: string[]): ExecOutcome | undefined {
  const exe = baseName(command[0] ?? '');
  if ((exe !== 'cmd' && exe !== 'cmd.exe') || command[1]?.toLowerCase() !== '/c') return undefined;
  const rest = command.slice(2).join(' ');
  const echo = /^echo(?:\s+(.*))?$/is.exec(rest);
  if (echo) return { stdout: `${echo[1] ?? 'ECHO is on.'}\r\n`, exitCode: 0 };
  const exit = /^exit(?:\s+\/b)?\s+(-?\d+)$/i.exec(rest);
  if (exit) return { stdout: '', exitCode: Number(exit[1]) };
  return undefined;
}

/** Runs an exec call: built-in behaviours first, then the test's handler. */
export async function runCommand(ctx: SimContext, call: ExecCall, podLabels: Record<string, string>): Promise<ExecOutcome> {
  if (isPowerShell(call.command) && podLabels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE) {
    return probeOutcome(call.nodeName ? ctx.probeOutputs.get(call.nodeName) : undefined, call.nodeName);
  }
  const builtin = cmdBuiltin(call.command);
  if (builtin) return builtin;
  if (ctx.execHandler) return ctx.execHandler(call);
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
  podLabels: Record<string, string>;
  stdinRequested: boolean;
}

/** Drives one exec over an upgraded connection. */
export function serveExec(ctx: SimContext, wss: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer, session: ExecSession): void {
  wss.handleUpgrade(req, socket, head, (ws) => {
    const supportsClose = ws.protocol === 'v5.channel.k8s.io';
    const stdin: Buffer[] = [];
    let started = false;
    let quietTimer: NodeJS.Timeout | undefined;

    const start = (): void => {
      if (started) return;
      started = true;
      if (quietTimer) clearTimeout(quietTimer);
      const call: ExecCall = { ...session.call, stdin: Buffer.concat(stdin).toString('utf8') };
      runCommand(ctx, call, session.podLabels)
        .then((outcome) => {
          if (ws.readyState !== ws.OPEN) return;
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
