import { createHash } from 'node:crypto';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClusterAccessError } from '../src/errors.js';
import { createKubeClient, loadCredentials } from '../src/kube/client.js';
import { ForbiddenError, KubeApiError, RequestTimeoutError } from '../src/kube/errors.js';
import { exitCodeFromStatus, runExec } from '../src/kube/exec.js';
import { Transport } from '../src/kube/http.js';
import { loadKubeConfig } from '../src/kube/kubeconfig.js';
import type { KubeClient } from '../src/kube/types.js';
import { settledFlag, untilReal } from './support/real-clock.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

const multidoc = path.join(import.meta.dirname, 'fixtures', 'offline', 'multidoc');
const pod = { namespace: 'web', name: 'iis-7d9c5b8f6-x2k4p', container: 'iis' };
const target = { namespace: pod.namespace, pod: pod.name, container: pod.container };
const v5 = 'v5.channel.k8s.io';
const v4 = 'v4.channel.k8s.io';

describe('exit code from the status channel', () => {
  it('reads Success, NonZeroExitCode and other failures', () => {
    expect(exitCodeFromStatus('{"metadata":{},"status":"Success"}', 'web/x')).toBe(0);
    expect(
      exitCodeFromStatus(
        JSON.stringify({
          status: 'Failure',
          reason: 'NonZeroExitCode',
          message: 'command terminated with non-zero exit code: error executing command [powershell.exe -File probe.ps1], exit code 3',
          details: { causes: [{ reason: 'ExitCode', message: '3' }] },
        }),
        'web/x',
      ),
    ).toBe(3);
    expect(() =>
      exitCodeFromStatus(
        JSON.stringify({ status: 'Failure', reason: 'InternalError', message: 'container not found ("probe")' }),
        'web/x',
      ),
    ).toThrow('exec in pod web/x failed: container not found ("probe")');
  });
});

describe('exec over WebSocket against the simulated cluster', () => {
  let sim: SimCluster;
  let client: KubeClient;
  let transport: Transport;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: multidoc });
    client = await createKubeClient({ kubeconfig: sim.kubeconfigPath });
    const resolved = await loadKubeConfig({ kubeconfig: sim.kubeconfigPath });
    transport = new Transport({
      server: resolved.server,
      requestTimeoutMs: 0,
      credentials: await loadCredentials(resolved),
      reloadCredentials: () => loadCredentials(resolved),
    });
    sim.setExecHandler((call) => {
      if (call.command[0] === 'probe') {
        return {
          stdout: `node=${call.nodeName} container=${call.container} args=${call.command.slice(1).join(' ')} stdin=${call.stdin}`,
          stderr: 'WARNING: HNS endpoint count is high\r\n',
          exitCode: Number(call.command.at(-1) ?? 0),
        };
      }
      if (call.command[0] === 'bundle') return { stdout: bundleBytes };
      if (call.command[0] === 'hang') return new Promise((resolve) => setTimeout(() => resolve({ stdout: 'late' }), 3000));
      return { stdout: '', stderr: `unknown command ${call.command[0]}`, exitCode: 127 };
    });
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const bundleBytes = Buffer.alloc(6 * 1024 * 1024);
  for (let i = 0; i < bundleBytes.length; i++) bundleBytes[i] = (i * 31 + 7) % 251;

  it.each([
    [[v5, v4], v5],
    [[v4], v4],
  ])('offering %j negotiates %s and returns stdout, stderr and the exit code', async (protocols, expected) => {
    const outcome = await runExec(transport, { ...target, command: ['probe', '--json', '0'], protocols });
    expect(outcome.protocol).toBe(expected);
    expect(outcome.stdout).toBe('node=akswin22000000 container=iis args=--json 0 stdin=');
    expect(outcome.stderr).toBe('WARNING: HNS endpoint count is high\r\n');
    expect(outcome.exitCode).toBe(0);

    const failing = await runExec(transport, { ...target, command: ['probe', '3'], protocols });
    expect(failing.exitCode).toBe(3);
  });

  it.each([[v5], [v4]])('sends stdin over %s', async (protocol) => {
    const outcome = await runExec(transport, { ...target, command: ['probe', '0'], stdin: 'Get-HnsNetwork', protocols: [protocol] });
    expect(outcome.protocol).toBe(protocol);
    expect(outcome.stdout).toBe('node=akswin22000000 container=iis args=0 stdin=Get-HnsNetwork');
  });

  it('runs through the KubeClient, over v4 too', async () => {
    expect(await client.exec(pod.namespace, pod.name, pod.container, ['cmd', '/c', 'echo', 'hello'])).toEqual({
      stdout: 'hello\r\n',
      stderr: '',
      exitCode: 0,
    });
    const v4Client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, execProtocols: [v4] });
    expect(await v4Client.exec(pod.namespace, pod.name, pod.container, ['cmd', '/c', 'exit', '5'])).toMatchObject({ exitCode: 5 });
  });

  it('streams stdout into a slow sink with backpressure', async () => {
    const hash = createHash('sha256');
    let received = 0;
    let writes = 0;
    const sink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        received += chunk.length;
        writes++;
        // A slow disk: every write takes a turn of the event loop.
        setImmediate(done);
      },
    });
    const result = await client.execStream(pod.namespace, pod.name, pod.container, ['bundle'], sink);
    expect(result).toEqual({ stderr: '', exitCode: 0 });
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(received).toBe(bundleBytes.length);
    expect(writes).toBeGreaterThan(100);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(bundleBytes).digest('hex'));
  });

  it('gives up after the exec timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hangsBefore = sim.execs.filter((call) => call.command[0] === 'hang').length;
    const state = settledFlag(client.exec(pod.namespace, pod.name, pod.container, ['hang'], { timeoutMs: 300 }));
    // The command runs (and would answer "late" after 3s) before the limit is looked at.
    await untilReal(() => expect(sim.execs.filter((call) => call.command[0] === 'hang')).toHaveLength(hangsBefore + 1));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await untilReal(() => expect(state.settled).toBe(true));
    expect(state.value).toBeUndefined();
    const error = state.error;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as Error).message).toBe('exec in pod web/iis-7d9c5b8f6-x2k4p did not finish within 300ms');
  });

  it('maps a refused upgrade to an API error', async () => {
    const missing = await client.exec('web', 'no-such-pod', 'iis', ['cmd', '/c', 'echo', 'x']).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KubeApiError);
    expect(missing).toMatchObject({ status: 404 });

    sim.faults.push({ path: /\/exec$/, status: 403 });
    const forbidden = await client.exec(pod.namespace, pod.name, pod.container, ['cmd', '/c', 'echo', 'x']).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(forbidden).toBeInstanceOf(ClusterAccessError);
    expect((forbidden as Error).message).toMatch(/^not allowed to exec pod iis-7d9c5b8f6-x2k4p in namespace web: /);
  });
});
