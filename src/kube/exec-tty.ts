/**
 * An interactive exec (`kubectl exec -it`): stdin streamed as typed, one terminal output stream
 * (with a TTY the remote side merges stderr into stdout), and the terminal size sent on the resize
 * channel whenever it changes. Same WebSocket protocol as exec.ts: channel byte 0 stdin, 1 stdout,
 * 2 stderr, 3 status, 4 resize ({"Width":cols,"Height":rows}); v5.channel.k8s.io adds 255 (close).
 */
import { WebSocket, type ClientOptions, type RawData } from 'ws';
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';
import { exitCodeFromStatus, execSubprotocols } from './exec.js';
import type { Transport } from './http.js';

const channel = { stdin: 0, stdout: 1, stderr: 2, status: 3, resize: 4, close: 255 } as const;

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
  return Buffer.concat([Buffer.from([channel.resize]), Buffer.from(JSON.stringify({ Width: size.columns, Height: size.rows }), 'utf8')]);
}

export function execUrl(transport: Transport, request: TtyExecRequest): URL {
  const url = transport.url(`/api/v1/namespaces/${encodeURIComponent(request.namespace)}/pods/${encodeURIComponent(request.pod)}/exec`);
  for (const part of request.command) url.searchParams.append('command', part);
  url.searchParams.set('container', request.container);
  url.searchParams.set('stdin', 'true');
  url.searchParams.set('stdout', 'true');
  // With a terminal the remote side has one output stream, as kubectl asks for it.
  url.searchParams.set('stderr', request.tty ? 'false' : 'true');
  if (request.tty) url.searchParams.set('tty', 'true');
  url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';
  return url;
}

/**
 * Runs the session until the remote command ends (its exit code), the connection drops (an error
 * naming the pod) or the local input ends (stdin is closed on the remote side, v5 only).
 */
export function runTtyExec(transport: Transport, request: TtyExecRequest, session: TtySession): Promise<TtyExecOutcome> {
  const credentials = transport.currentCredentials();
  const url = execUrl(transport, request);
  const purpose = { verb: 'exec' as const, resource: 'pods', namespace: request.namespace, name: request.pod };
  const podName = `${request.namespace}/${request.pod}`;

  return new Promise<TtyExecOutcome>((resolve, reject) => {
    const options: ClientOptions & { servername?: string } = {
      headers: {
        ...(credentials.auth ? { Authorization: `Basic ${Buffer.from(credentials.auth).toString('base64')}` } : {}),
        ...credentials.headers,
      },
      ca: credentials.tls.ca,
      cert: credentials.tls.cert,
      key: credentials.tls.key,
      pfx: credentials.tls.pfx,
      passphrase: credentials.tls.passphrase,
      rejectUnauthorized: credentials.tls.rejectUnauthorized,
      servername: credentials.tls.servername,
      handshakeTimeout: transport.connectTimeoutMs,
      perMessageDeflate: false,
    };
    const socket = new WebSocket(url, [...(request.protocols ?? execSubprotocols)], options);
    const status: Buffer[] = [];
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

    const sendSize = (): void => {
      const size = session.size?.();
      if (size && socket.readyState === WebSocket.OPEN) socket.send(resizeFrame(size));
    };

    socket.on('unexpected-response', (_req, response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => finish(transport.statusError({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }, purpose)));
      response.on('error', (error) => finish(transport.networkError(error, 1)));
    });

    socket.on('open', () => {
      session.onConnected?.();
      if (request.tty) {
        sendSize();
        if (session.onResize) cleanups.push(session.onResize(sendSize));
      }
      const onData = (chunk: Buffer | string): void => {
        if (socket.readyState !== WebSocket.OPEN) return;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        socket.send(Buffer.concat([Buffer.from([channel.stdin]), bytes]));
      };
      const onEnd = (): void => {
        if (socket.readyState === WebSocket.OPEN && socket.protocol === 'v5.channel.k8s.io') socket.send(Buffer.from([channel.close, channel.stdin]));
      };
      session.input.on('data', onData);
      session.input.on('end', onEnd);
      cleanups.push(() => {
        session.input.off('data', onData);
        session.input.off('end', onEnd);
      });
    });

    socket.on('message', (data: RawData) => {
      const frame = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (frame.length === 0) return;
      const payload = frame.subarray(1);
      if (payload.length === 0) return;
      if (frame[0] === channel.stdout) session.output.write(payload);
      else if (frame[0] === channel.stderr) (session.errors ?? session.output).write(payload);
      else if (frame[0] === channel.status) status.push(payload);
    });

    socket.on('close', (code) => {
      const statusText = Buffer.concat(status).toString('utf8');
      if (statusText === '' && code !== 1000) {
        finish(new ClusterAccessError(t('kube.error.execClosed', { pod: podName, code }), { hint: t('kube.hint.retryLater') }));
        return;
      }
      try {
        finish(undefined, { exitCode: exitCodeFromStatus(statusText, podName), protocol: socket.protocol });
      } catch (error) {
        finish(error as Error);
      }
    });

    socket.on('error', (error) => finish(transport.networkError(error, 1)));
  });
}
