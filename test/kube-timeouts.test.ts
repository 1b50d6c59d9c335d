import { once } from 'node:events';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { canSpin, withProgress } from '../src/cli/progress.js';
import { createKubeClient } from '../src/kube/client.js';
import { RequestTimeoutError } from '../src/kube/errors.js';
import { defaultConnectTimeoutMs, defaultIdleTimeoutMs, defaultSilenceBudgetMs, defaultTotalTimeoutMs } from '../src/kube/http.js';
import { runCli } from './cli-harness.js';
import { settledFlag } from './support/real-clock.js';
import { generateCertificates, type Certificates } from './support/sim/certs.js';
import { writeKubeconfig } from './support/sim/kubeconfig.js';

/**
 * Servers that accept and then say nothing: after the TLS handshake (an API server stuck behind a
 * load balancer), and before it (a port that accepts TCP but never speaks TLS). Time is faked, so
 * these tests prove which limit ends the wait without waiting for it.
 */

let certs: Certificates;
beforeAll(async () => {
  certs = await generateCertificates('windbg-timeout-ca');
});
afterEach(() => {
  vi.useRealTimers();
});

interface SilentServer {
  url: string;
  kubeconfig: string;
  /** Resolves at the next request (TLS server) or connection (TCP server). */
  arrival(): Promise<void>;
  close(): Promise<void>;
}

interface Listening {
  url: string;
  /** Ends every open connection and stops listening. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and keeps track of its connections, so that close() never waits on a silent one. */
async function listen(server: net.Server): Promise<Listening> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

async function silentServer(kind: 'after-tls' | 'before-tls'): Promise<SilentServer> {
  const server: net.Server =
    kind === 'after-tls'
      ? https.createServer({ key: certs.keyPem, cert: certs.certPem }, () => undefined)
      : net.createServer(() => undefined);
  const event = kind === 'after-tls' ? 'request' : 'connection';
  const { url, close } = await listen(server);
  const { path } = await writeKubeconfig({ server: url, caPem: certs.caPem, token: 'silent-token' });
  return { url, kubeconfig: path, arrival: () => once(server, event).then(() => undefined), close };
}

/** Runs a test against a fresh silent server; the real clock is back and the server closed afterwards, whatever happened. */
async function withSilentServer(kind: 'after-tls' | 'before-tls', body: (server: SilentServer) => Promise<void>): Promise<void> {
  const server = await silentServer(kind);
  try {
    await body(server);
  } finally {
    vi.useRealTimers();
    await server.close();
  }
}

describe('time bounds without --request-timeout', () => {
  it('the defaults end any silent wait within a minute', () => {
    expect(defaultConnectTimeoutMs + defaultIdleTimeoutMs).toBeLessThanOrEqual(60_000);
  });

  it('a server that never answers after the TLS handshake fails after the idle limit, naming --request-timeout', async () => {
    await withSilentServer('after-tls', async (server) => {
      const client = await createKubeClient({ kubeconfig: server.kubeconfig });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const arrived = server.arrival();
      const state = settledFlag(client.version());
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultIdleTimeoutMs - 1);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      expect(state.error).toBeInstanceOf(RequestTimeoutError);
      const error = state.error as RequestTimeoutError;
      expect(error.message).toBe(`the API server at ${server.url} sent nothing for 30s`);
      expect(error.hint).toContain('--request-timeout=2m');
      expect(error.exitCode).toBe(3);
    });
  });

  it('a port that accepts TCP but never completes TLS fails after the connect limit', async () => {
    await withSilentServer('before-tls', async (server) => {
      const client = await createKubeClient({ kubeconfig: server.kubeconfig });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const arrived = server.arrival();
      const state = settledFlag(client.version());
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultConnectTimeoutMs - 1);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      const error = state.error as RequestTimeoutError;
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect(error.message).toBe(`could not connect to the API server at ${server.url} within 30s`);
      expect(error.hint).toContain('--request-timeout');
    });
  });

  it('the CLI ends with exit 3 and one sentence that names the flag', async () => {
    await withSilentServer('after-tls', async (server) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const arrived = server.arrival();
      const run = runCli(['nodes', '--kubeconfig', server.kubeconfig]);
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultIdleTimeoutMs + 1);
      const result = await run;
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/^error: the API server at https:\/\/127\.0\.0\.1:\d+ sent nothing for 30s; without --request-timeout .*--request-timeout=0 for no limit\n$/);
    });
  });
});

describe('a server that stays silent across several requests', () => {
  // Date is faked too: the silence budget is counted from when the first silent request started.
  const clock = { toFake: ['setTimeout', 'clearTimeout', 'Date'] as const };

  it('the requests after the first silent one share what is left of the budget, then fail at once', async () => {
    await withSilentServer('after-tls', async (server) => {
      const client = await createKubeClient({ kubeconfig: server.kubeconfig });
      vi.useFakeTimers({ toFake: [...clock.toFake] });
      let arrived = server.arrival();
      const first = settledFlag(client.version());
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultIdleTimeoutMs + 1);
      expect((first.error as Error).message).toBe(`the API server at ${server.url} sent nothing for 30s`);

      arrived = server.arrival();
      const second = settledFlag(client.getNode('akswin22-0'));
      await arrived;
      const left = defaultSilenceBudgetMs - defaultIdleTimeoutMs - 1;
      await vi.advanceTimersByTimeAsync(left - 1);
      expect(second.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      const error = second.error as RequestTimeoutError;
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect(error.message).toBe(`the API server at ${server.url} has answered nothing for 50s`);
      expect(error.hint).toContain('--request-timeout');
      expect(error.exitCode).toBe(3);

      // The budget is spent: no new connection is even tried.
      let another = false;
      void server.arrival().then(() => (another = true));
      await expect(client.version()).rejects.toThrow(`the API server at ${server.url} has answered nothing for 50s`);
      await vi.advanceTimersByTimeAsync(0);
      expect(another).toBe(false);
    });
  });

  it('a delete of the tool\'s own object still gets the full silence limit', async () => {
    await withSilentServer('after-tls', async (server) => {
      const client = await createKubeClient({ kubeconfig: server.kubeconfig });
      vi.useFakeTimers({ toFake: [...clock.toFake] });
      let arrived = server.arrival();
      const first = settledFlag(client.version());
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultSilenceBudgetMs + 1);
      expect(first.settled).toBe(true);
      arrived = server.arrival();
      const deletion = settledFlag(client.deletePod('kube-system', 'windbg-probe-a1b2c3d4e5'));
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultIdleTimeoutMs - 1);
      expect(deletion.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      expect((deletion.error as Error).message).toBe(`the API server at ${server.url} sent nothing for 30s`);
    });
  });

  it('cleanup, which goes on after a failed list, still ends with exit 3 within the budget, naming the flag', async () => {
    await withSilentServer('after-tls', async (server) => {
      vi.useFakeTimers({ toFake: [...clock.toFake] });
      const arrived = server.arrival();
      let done = false;
      const run = runCli(['cleanup', '--kubeconfig', server.kubeconfig]).finally(() => (done = true));
      await arrived;
      await vi.advanceTimersByTimeAsync(defaultSilenceBudgetMs + 1);
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);
      const result = await run;
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/Could not list DaemonSet: the API server at https:\/\/127\.0\.0\.1:\d+ sent nothing for 30s \(.*--request-timeout/);
      expect(result.stderr).toMatch(/Could not list Pod: the API server at https:\/\/127\.0\.0\.1:\d+ has answered nothing for 50s \(.*--request-timeout/);
    });
  });

  it('an exec whose WebSocket is never answered fails after the connect limit, naming --request-timeout', async () => {
    const server = https.createServer({ key: certs.keyPem, cert: certs.certPem }, () => undefined);
    // An upgrade request that is never answered (without a listener Node would close the socket).
    server.on('upgrade', () => undefined);
    const { url, close } = await listen(server);
    try {
      const { path } = await writeKubeconfig({ server: url, caPem: certs.caPem, token: 'exec-token' });
      // The WebSocket library times its handshake on the socket, which fake timers do not drive: short real limits instead.
      for (const [requestTimeout, message] of [
        [undefined, `could not connect to the API server at ${url} within 300ms`],
        ['1s', `no answer from the API server at ${url} within 1s`],
      ] as const) {
        const client = await createKubeClient({ kubeconfig: path, requestTimeout, connectTimeoutMs: 300 });
        const error = (await client.exec('kube-system', 'windbg-probe-a1b2c3d4e5', 'probe', ['powershell.exe'], { timeoutMs: 0 }).then(
          () => undefined,
          (e: unknown) => e,
        )) as RequestTimeoutError;
        expect(error).toBeInstanceOf(RequestTimeoutError);
        expect(error.message).toBe(message);
        expect(error.hint).toContain('--request-timeout');
        expect(error.exitCode).toBe(3);
      }
    } finally {
      vi.useRealTimers();
      await close();
    }
  });

  it('a server that trickles a byte now and then is cut off by the whole-request limit', async () => {
    const server = https.createServer({ key: certs.keyPem, cert: certs.certPem }, (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"kind":"NodeList","items":[');
      const drip = setInterval(() => response.write(' '), 20);
      response.on('close', () => clearInterval(drip));
    });
    const { url, close } = await listen(server);
    try {
      const { path } = await writeKubeconfig({ server: url, caPem: certs.caPem, token: 'trickle-token' });
      // Shortened limits on the real clock: the drip keeps the idle limit from ever firing.
      const client = await createKubeClient({ kubeconfig: path, idleTimeoutMs: 200, totalTimeoutMs: 600 });
      const error = (await client.getNode('akswin22-0').then(
        () => undefined,
        (e: unknown) => e,
      )) as RequestTimeoutError;
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect(error.message).toBe(`the API server at ${url} had not finished its answer after 600ms`);
      expect(error.hint).toContain('--request-timeout=0');
      expect(defaultTotalTimeoutMs).toBe(120_000);
    } finally {
      await close();
    }
  });
});

describe('--request-timeout overrides the defaults', () => {
  let server: SilentServer;
  beforeAll(async () => {
    server = await silentServer('after-tls');
  });
  afterAll(async () => {
    await server.close();
  });

  it('a longer limit lets a request stay silent past the idle default, then ends it', async () => {
    const client = await createKubeClient({ kubeconfig: server.kubeconfig, requestTimeout: '90s' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const arrived = server.arrival();
    const state = settledFlag(client.version());
    await arrived;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(30_001);
    expect((state.error as Error).message).toBe(`no answer from the API server at ${server.url} within 1m30s`);
    expect((state.error as RequestTimeoutError).hint).toContain('--request-timeout');
  });

  it('"0" waits without limit once connected', async () => {
    const client = await createKubeClient({ kubeconfig: server.kubeconfig, requestTimeout: '0' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const arrived = server.arrival();
    const state = settledFlag(client.version());
    await arrived;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(state.settled).toBe(false);
  });
});

describe('progress spinner', () => {
  // The spinner library is loaded on first use; load it on the real clock, so the faked timers of
  // the tests below only ever drive the spinner, never a module load.
  beforeAll(async () => {
    await import('ora');
  });

  function fakeTerminal(columns: number): { io: CliIO; written: () => string } {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const io: CliIO = {
      stdout: () => undefined,
      stderr: (text) => void (written += text),
      readStdin: async () => '',
      stdoutIsTTY: true,
      stderrIsTTY: true,
      stderrColumns: columns,
      spinnerStream: stream,
      env: {},
      cwd: process.cwd(),
    };
    return { io, written: () => written };
  }

  it('is only drawn on a TTY with a known, non-zero width', () => {
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 80, env: {} })).toBe(true);
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 0, env: {} })).toBe(false);
    expect(canSpin({ stderrIsTTY: true, stderrColumns: undefined, env: {} })).toBe(false);
    expect(canSpin({ stderrIsTTY: false, stderrColumns: 80, env: {} })).toBe(false);
  });

  it('is not drawn on a CI runner or a dumb terminal, whatever the test process itself runs under', () => {
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 80, env: { CI: 'true' } })).toBe(false);
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 80, env: { CI: '' } })).toBe(false);
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 80, env: { TERM: 'dumb' } })).toBe(false);
    expect(canSpin({ stderrIsTTY: true, stderrColumns: 80, env: { TERM: 'xterm-256color' } })).toBe(true);
  });

  it('a terminal reporting 0 columns gets no spinner and the work still finishes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const terminal = fakeTerminal(0);
    const result = withProgress(terminal.io, false, 'Connecting', async (progress) => {
      progress.update('Listing pods');
      return 'done';
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await result).toBe('done');
    expect(terminal.written()).toBe('');
  });

  it('a normal terminal gets a spinner that shows hostile text inert and stops with the work', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const terminal = fakeTerminal(80);
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const result = withProgress(terminal.io, false, 'Connecting', (progress) => {
      progress.update('Probing node \u001b]0;pwned\u0007');
      started();
      return new Promise<string>((resolve) => (release = () => resolve('done')));
    });
    await running;
    await vi.advanceTimersByTimeAsync(500);
    release();
    expect(await result).toBe('done');
    expect(terminal.written()).toContain('Probing node ␛]0;pwned␇');
    expect(terminal.written()).not.toContain('\u001b]0;');
  });
});
