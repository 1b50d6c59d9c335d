/**
 * An interactive PowerShell on a simulated Windows node, the way `kubectl exec -it <hostprocess pod>
 * -- powershell.exe` behaves: with a terminal (tty=true) the remote side echoes keystrokes, prints
 * the `PS C:\hpc> ` prompt, answers Ctrl-C with ^C and a new prompt, and reads the terminal size
 * from the resize channel (4, JSON {"Width","Height"}); without one it runs each line of stdin
 * silently until stdin is closed. `exit [N]` ends the session with that code.
 *
 * The lines it understands are what the tests type: hostname, $env:COMPUTERNAME, $env:<NAME> of
 * the container, the window size, Write-Output/echo, Start-Sleep (interruptible by Ctrl-C),
 * Restart-Computer (the connection drops with no status, as when a node goes down) and exit;
 * anything else gets PowerShell's "not recognized" error.
 */
import type { WebSocket } from 'ws';
import type { SimContext } from './context.js';

type Loose = Record<string, any>; // plain JSON objects

const STDIN = 0;
const STDOUT = 1;
const STATUS = 3;
const RESIZE = 4;
const CLOSE = 255;
const PROMPT = 'PS C:\\hpc> ';

export interface TerminalRecord {
  pod: string;
  /** Every size the client sent, in order. */
  sizes: { width: number; height: number }[];
  /** The lines it ran. */
  lines: string[];
  /** How the session ended: the exit code, or "disconnected" when the client went away. */
  ended?: number | 'disconnected';
}

function frame(channel: number, text: string): Buffer {
  return Buffer.concat([Buffer.from([channel]), Buffer.from(text, 'utf8')]);
}

function status(exitCode: number): string {
  if (exitCode === 0) return JSON.stringify({ metadata: {}, status: 'Success' });
  return JSON.stringify({
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: exit code ${exitCode}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(exitCode) }] },
  });
}

export interface ShellSessionOptions {
  pod: Loose;
  container: string;
  tty: boolean;
  /** The text after -Command, when the exec runs one command and reads no lines. */
  command?: string;
}

function containerEnv(pod: Loose, container: string): Record<string, string> {
  const env: Record<string, string> = {};
  const spec = (pod.spec?.containers as Loose[] | undefined)?.find((c) => c.name === container);
  for (const e of (spec?.env as Loose[] | undefined) ?? []) if (typeof e.value === 'string') env[e.name] = e.value;
  return env;
}

/**
 * The exit code a session reports when its container is stopped under it: the process the exec
 * started is terminated with the container's job object, as Windows ends it.
 */
export const CONTAINER_STOPPED_EXIT_CODE = 1;

/** Sessions in progress per pod ("namespace/name"), each with the function that ends it. */
const liveSessions = new WeakMap<SimContext, Map<string, Set<(exitCode: number) => void>>>();

function sessionsOf(ctx: SimContext, pod: string): Set<(exitCode: number) => void> {
  let byPod = liveSessions.get(ctx);
  if (!byPod) liveSessions.set(ctx, (byPod = new Map()));
  let sessions = byPod.get(pod);
  if (!sessions) byPod.set(pod, (sessions = new Set()));
  return sessions;
}

/**
 * The kubelet's part: a pod that is deleted, or that stops running (activeDeadlineSeconds passed,
 * its container exited), takes the sessions exec'd into it down with it.
 */
export function watchShellPods(ctx: SimContext): void {
  ctx.store.onChange((type, entry) => {
    if (entry.resource.kind !== 'Pod') return;
    const sessions = liveSessions.get(ctx)?.get(`${entry.namespace}/${entry.name}`);
    if (!sessions || sessions.size === 0) return;
    const phase = type === 'DELETED' ? undefined : (JSON.parse(entry.json) as Loose).status?.phase;
    if (type === 'DELETED' || (phase !== 'Running' && phase !== 'Pending')) for (const stop of [...sessions]) stop(CONTAINER_STOPPED_EXIT_CODE);
  });
}

/** Runs one session over an accepted WebSocket. */
export function serveShell(ctx: SimContext, ws: WebSocket, opts: ShellSessionOptions): void {
  const nodeName = String(opts.pod.spec?.nodeName ?? '');
  const record: TerminalRecord = { pod: `${opts.pod.metadata?.namespace}/${opts.pod.metadata?.name}`, sizes: [], lines: [] };
  ctx.terminals.push(record);
  const live = sessionsOf(ctx, record.pod);
  const env = containerEnv(opts.pod, opts.container);
  let line = '';
  let busy: { cancel: () => void } | undefined;
  let ended = false;
  const pending: string[] = [];

  const out = (text: string): void => {
    if (ws.readyState === ws.OPEN && text) ws.send(frame(STDOUT, opts.tty ? text.replace(/(?<!\r)\n/g, '\r\n') : text));
  };
  const end = (exitCode: number): void => {
    if (ended) return;
    ended = true;
    record.ended = exitCode;
    if (ws.readyState !== ws.OPEN) return;
    ws.send(frame(STATUS, status(exitCode)));
    ws.close(1000);
  };
  const prompt = (): void => {
    if (opts.tty) out(PROMPT);
  };

  /** One line of PowerShell; resolves when it is done (Start-Sleep takes its time). */
  const run = (text: string): Promise<void> => {
    const command = text.trim();
    record.lines.push(command);
    if (command === '') return Promise.resolve();
    const exit = /^exit(?:\s+(-?\d+))?$/i.exec(command);
    if (exit) {
      end(exit[1] === undefined ? 0 : Number(exit[1]));
      return Promise.resolve();
    }
    if (/^Restart-Computer\b/i.test(command)) {
      // The node goes down under the session: the connection drops without a status.
      record.ended = 'disconnected';
      ended = true;
      ws.terminate();
      return Promise.resolve();
    }
    const size = record.sizes.at(-1);
    if (/^hostname(\.exe)?$/i.test(command)) out(`${nodeName}\n`);
    else if (/^\$env:COMPUTERNAME$/i.test(command)) out(`${nodeName.toUpperCase().slice(0, 15)}\n`);
    else if (/^\$env:(\w+)$/i.test(command)) out(`${env[/^\$env:(\w+)$/i.exec(command)![1]!] ?? ''}\n`);
    else if (/^\$Host\.UI\.RawUI\.WindowSize\.Width$/i.test(command)) out(`${size?.width ?? 120}\n`);
    else if (/^\$Host\.UI\.RawUI\.WindowSize\.Height$/i.test(command)) out(`${size?.height ?? 50}\n`);
    else if (/^(Write-Output|echo)\s+/i.test(command)) out(`${command.replace(/^(Write-Output|echo)\s+/i, '').replace(/^(['"])(.*)\1$/, '$2')}\n`);
    else if (/^Start-Sleep\s+(-Seconds\s+)?(\d+)$/i.test(command)) {
      const seconds = Number(/(\d+)$/.exec(command)![1]);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          busy = undefined;
          resolve();
        }, seconds * 1000);
        ctx.timers.add(timer);
        busy = {
          cancel: () => {
            clearTimeout(timer);
            busy = undefined;
            resolve();
          },
        };
      });
    } else {
      const word = command.split(/\s+/)[0]!;
      out(
        `${word} : The term '${word}' is not recognized as the name of a cmdlet, function, script file, or operable program.\n` +
          `    + CategoryInfo          : ObjectNotFound: (${word}:String) [], CommandNotFoundException\n`,
      );
    }
    return Promise.resolve();
  };

  const drain = async (): Promise<void> => {
    while (pending.length > 0 && !ended && !busy) {
      await run(pending.shift()!);
      if (!ended) prompt();
    }
  };

  const typed = (text: string): void => {
    for (const ch of text) {
      if (ch === '\u0003') {
        if (busy) busy.cancel();
        line = '';
        out('^C\n');
        if (!busy) prompt();
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        out('\n');
        pending.push(line);
        line = '';
        void drain();
        continue;
      }
      if (ch === '\u007f' || ch === '\b') {
        if (line.length > 0) {
          line = line.slice(0, -1);
          out('\b \b');
        }
        continue;
      }
      line += ch;
      out(ch);
    }
  };

  const piped = (text: string): void => {
    line += text;
    const lines = line.split(/\r?\n/);
    line = lines.pop() ?? '';
    pending.push(...lines);
    void drain();
  };

  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const bytes = isBinary ? data : Buffer.from(data);
    if (bytes.length === 0 || ended) return;
    const channel = bytes[0];
    const payload = bytes.subarray(1).toString('utf8');
    if (channel === RESIZE) {
      try {
        const size = JSON.parse(payload) as { Width?: number; Height?: number };
        if (typeof size.Width === 'number' && typeof size.Height === 'number') record.sizes.push({ width: size.Width, height: size.Height });
      } catch {
        // kubelet ignores a resize it cannot read
      }
    } else if (channel === STDIN) {
      if (opts.tty) typed(payload);
      else piped(payload);
    } else if (channel === CLOSE && bytes[1] === STDIN && !opts.tty) {
      if (line !== '') pending.push(line);
      line = '';
      void drain().then(async () => {
        while (busy || pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
        end(0);
      });
    }
  });
  const stop = (exitCode: number): void => {
    busy?.cancel();
    end(exitCode);
  };
  live.add(stop);
  ws.on('close', () => {
    live.delete(stop);
    busy?.cancel();
    if (!ended) record.ended = 'disconnected';
    ended = true;
  });

  if (opts.command !== undefined) {
    void run(opts.command).then(() => end(0));
    return;
  }
  prompt();
}

/** powershell.exe reading commands: no -Command/-File, or `-Command -`. */
export function isInteractivePowerShell(command: string[]): boolean {
  const exe = (command[0] ?? '').replace(/^.*[\\/]/, '').toLowerCase();
  if (exe !== 'powershell.exe' && exe !== 'powershell' && exe !== 'pwsh' && exe !== 'pwsh.exe') return false;
  const index = command.findIndex((a) => /^-(c|command|f|file|encodedcommand|ec)$/i.test(a));
  return index === -1 || (/^-(c|command)$/i.test(command[index]!) && command[index + 1] === '-');
}

/** The command text of `powershell.exe ... -Command <text>`. */
export function powershellCommandText(command: string[]): string | undefined {
  const index = command.findIndex((a) => /^-(c|command)$/i.test(a));
  if (index === -1 || command[index + 1] === '-') return undefined;
  return command.slice(index + 1).join(' ');
}
