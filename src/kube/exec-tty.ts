/**
 * An interactive exec (`kubectl exec -it`): stdin streamed as typed, one terminal output stream
 * (with a TTY the remote side merges stderr into stdout), and the terminal size sent on the resize
 * channel whenever it changes. Same WebSocket protocol as exec.ts: channel byte 0 stdin, 1 stdout,
 * 2 stderr, 3 status, 4 resize ({"Width":cols,"Height":rows}); v5.channel.k8s.io adds 255 (close).
 */
import { WebSocket } from 'ws';
import { connectExec, execChannel, execSubprotocols } from './exec.js';
import type { Transport } from './http.js';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The local side of an interactive session. */
export interface TtySession {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where the remote stderr goes without a terminal; `output` when absent. */
  errors?: NodeJS.WritableStream;
  /** The terminal size now, when there is a terminal. */
  size?(): TerminalSize | undefined;
  /** Called once the session is connected (a terminal switches to raw mode here, not before). */
  onConnected?(): void;
  /** Subscribes to size changes; returns the unsubscribe function. */
  onResize?(listener: () => void): () => void;
}

export interface TtyExecRequest {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  /** Allocate a terminal on the remote side (stdin is always streamed). */
  tty: boolean;
  protocols?: readonly string[];
}

export interface TtyExecOutcome {
  exitCode: number;
  protocol: string;
}

/** The resize frame: channel 4, then the JSON kubelet reads. */
export function resizeFrame(size: TerminalSize): Buffer {
  return Buffer.concat([Buffer.from([execChannel.resize]), Buffer.from(JSON.stringify({ Width: size.columns, Height: size.rows }), 'utf8')]);
}

/**
 * Runs the session until the remote command ends (its exit code), the connection drops (an error
 * naming the pod) or the local input ends (stdin is closed on the remote side, v5 only).
 */
export function runTtyExec(transport: Transport, request: TtyExecRequest, session: TtySession): Promise<TtyExecOutcome> {
  // With a terminal the remote side has one output stream, as kubectl asks for it.
  const target = { ...request, stdin: true, stderr: !request.tty };

  return new Promise<TtyExecOutcome>((resolve, reject) => {
    let settled = false;
    const cleanups: (() => void)[] = [];

    const finish = (error: Error | undefined, outcome?: TtyExecOutcome): void => {
      if (settled) return;
      settled = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (error) {
        socket.terminate();
        reject(error);
      } else {
        resolve(outcome!);
      }
    };

    const socket = connectExec(transport, target, request.protocols ?? execSubprotocols, {
      opened(open) {
        session.onConnected?.();
        if (request.tty) {
          sendSize();
          if (session.onResize) cleanups.push(session.onResize(sendSize));
        }
        const onData = (chunk: Buffer | string): void => {
          if (open.readyState !== WebSocket.OPEN) return;
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
          open.send(Buffer.concat([Buffer.from([execChannel.stdin]), bytes]));
        };
        const onEnd = (): void => {
          if (open.readyState === WebSocket.OPEN && open.protocol === 'v5.channel.k8s.io') open.send(Buffer.from([execChannel.close, execChannel.stdin]));
        };
        session.input.on('data', onData);
        session.input.on('end', onEnd);
        cleanups.push(() => {
          session.input.off('data', onData);
          session.input.off('end', onEnd);
        });
      },
      output(stream, payload) {
        if (stream === execChannel.stdout) session.output.write(payload);
        else (session.errors ?? session.output).write(payload);
      },
      failed: (error) => finish(error),
      ended: (exitCode, protocol) => finish(undefined, { exitCode, protocol }),
    });

    function sendSize(): void {
      const size = session.size?.();
      if (size && socket.readyState === WebSocket.OPEN) socket.send(resizeFrame(size));
    }
  });
}
