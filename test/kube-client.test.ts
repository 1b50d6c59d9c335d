import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { ClusterAccessError } from '../src/errors.js';
import { createKubeClient, type CreateKubeClientOptions } from '../src/kube/client.js';
import { ForbiddenError, KubeApiError, RequestTimeoutError } from '../src/kube/errors.js';
import type { KPod, KubeClient } from '../src/kube/types.js';
import { settledFlag, untilReal } from './support/real-clock.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

const multidoc = path.join(import.meta.dirname, 'fixtures', 'offline', 'multidoc');
const fastRetry: CreateKubeClientOptions['retry'] = { baseDelayMs: 5, maxDelayMs: 20 };

function generatedPods(count: number, nodeName: string): KPod[] {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `web-${String(i).padStart(5, '0')}`, namespace: 'bulk', uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
    spec: { nodeName, containers: [{ name: 'web', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' }] },
    status: { phase: 'Running' },
  }));
}

async function allPages<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

function kubeconfigFor(server: string, opts: { caPem?: string; token: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'windbg-client-'));
  const file = path.join(dir, 'kubeconfig');
  writeFileSync(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'test',
      clusters: [
        {
          name: 'test',
          cluster: {
            server,
            ...(opts.caPem ? { 'certificate-authority-data': Buffer.from(opts.caPem).toString('base64') } : {}),
            ...(server.startsWith('http:') ? { 'insecure-skip-tls-verify': true } : {}),
          },
        },
      ],
      users: [{ name: 'test', user: { token: opts.token } }],
      contexts: [{ name: 'test', context: { cluster: 'test', user: 'test' } }],
    }),
  );
  return file;
}

let stopRecording: () => void = () => undefined;

/** Fakes setTimeout and records the delays the kube HTTP layer asks for (retry waits, limits). */
function fakeTimersRecordingClientWaits(): number[] {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const fake = globalThis.setTimeout;
  stopRecording = () => {
    globalThis.setTimeout = fake;
    stopRecording = () => undefined;
  };
  const waits: number[] = [];
  const recording = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
    if (new Error().stack?.includes(`${path.sep}kube${path.sep}http.ts`)) waits.push(ms ?? 0);
    return fake(handler, ms, ...rest);
  }) as typeof setTimeout;
  globalThis.setTimeout = recording;
  return waits;
}

type KNodeLike = { metadata: { name: string } };

describe('KubeClient against the simulated cluster', () => {
  let sim: SimCluster;
  let client: KubeClient;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: multidoc, objects: generatedPods(1203, 'akswin22000000') });
    client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(() => {
    stopRecording();
    vi.useRealTimers();
  });

  const requestsTo = (pathname: string): SimCluster['requests'] => sim.requests.filter((r) => r.path === pathname);

  it('gets objects as raw JSON and answers undefined for missing ones', async () => {
    const node = await client.getNode('akswin22000000');
    expect(node?.status?.nodeInfo?.kernelVersion).toBe('10.0.20348.2966');
    // Timestamps stay the strings the server wrote (the simulated kubelet posts them on its own cadence).
    const stored = sim.store.get('Node', undefined, 'akswin22000000') as { status: { conditions: { lastHeartbeatTime: string }[] } };
    expect(node?.status?.conditions?.[0]?.lastHeartbeatTime).toBe(stored.status.conditions[0]!.lastHeartbeatTime);
    expect(node?.status?.conditions?.[0]?.lastHeartbeatTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await client.getNode('akswin22009999')).toBeUndefined();
    expect(await client.getPod('web', 'missing')).toBeUndefined();
    expect((await client.getNamespace('web'))?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('baseline');
  });

  it('pages lists with limit and continue', async () => {
    sim.requests.length = 0;
    const pages = await allPages(client.listPods({ namespace: 'bulk' }));
    expect(pages.map((p) => p.length)).toEqual([500, 500, 203]);
    expect(new Set(pages.flat().map((p) => p.metadata.name)).size).toBe(1203);
    const calls = requestsTo('/api/v1/namespaces/bulk/pods');
    expect(calls.map((c) => c.query.limit)).toEqual(['500', '500', '500']);
    expect(calls[0]?.query.continue).toBeUndefined();
    expect(calls[1]?.query.continue).toBeTruthy();
    expect(calls[2]?.query.continue).toBeTruthy();
  });

  it('restarts a list once when the continue token expires, handing out each object once', async () => {
    sim.requests.length = 0;
    sim.faults.push({ path: /\/namespaces\/bulk\/pods$/, expireContinue: true });
    const pages = await allPages(client.listPods({ namespace: 'bulk' }));
    const names = pages.flat().map((p) => p.metadata.name);
    expect(names.length).toBe(1203);
    expect(new Set(names).size).toBe(1203);
    const calls = requestsTo('/api/v1/namespaces/bulk/pods');
    // page 1, expired page 2, restart page 1 (nothing new), page 2, page 3
    expect(calls.map((c) => (c.query.continue ? 'continue' : 'start'))).toEqual(['start', 'continue', 'start', 'continue', 'continue']);
  });

  it('fails when the continue token expires a second time', async () => {
    sim.faults.push({ path: /\/namespaces\/bulk\/pods$/, expireContinue: true, times: 2 });
    const error = await allPages(client.listPods({ namespace: 'bulk' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    expect((error as KubeApiError).status).toBe(410);
    expect((error as Error).message).toBe('the list of pods expired twice while paging (410 Gone)');
  });

  it('retries 429 only once the Retry-After delay has passed', async () => {
    sim.requests.length = 0;
    sim.faults.push({ path: /\/api\/v1\/nodes\/winnode19-1$/, status: 429, retryAfterSeconds: 1 });
    const waits = fakeTimersRecordingClientWaits();
    const state = settledFlag(client.getNode('winnode19-1'));
    // The 429 has been read once the client schedules its wait of Retry-After (1s, not the 5-20ms backoff).
    await untilReal(() => expect(waits).toContain(1000));
    expect(requestsTo('/api/v1/nodes/winnode19-1')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(requestsTo('/api/v1/nodes/winnode19-1')).toHaveLength(1);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await untilReal(() => expect(state.settled).toBe(true));
    expect(state.error).toBeUndefined();
    expect((state.value as KNodeLike | undefined)?.metadata.name).toBe('winnode19-1');
    expect(requestsTo('/api/v1/nodes/winnode19-1')).toHaveLength(2);
  });

  it('retries 500 and 503 with backoff, and gives up after five attempts', async () => {
    sim.requests.length = 0;
    sim.faults.push({ path: /\/api\/v1\/nodes$/, status: 500, times: 2 });
    expect((await allPages(client.listNodes())).flat().length).toBe(3);
    expect(requestsTo('/api/v1/nodes')).toHaveLength(3);

    sim.requests.length = 0;
    sim.faults.push({ path: /\/api\/v1\/nodes\/akswin22000000$/, status: 503, times: 6 });
    const error = await client.getNode('akswin22000000').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    expect((error as KubeApiError).status).toBe(503);
    expect((error as Error).message).toMatch(/^the API server refused to get node akswin22000000: 503 /);
    expect(requestsTo('/api/v1/nodes/akswin22000000')).toHaveLength(5);
    sim.faults.length = 0;
  });

  it('retries a page whose connection is reset, with the same continue token', async () => {
    sim.requests.length = 0;
    // The first request of the list goes through; the second page's connection is reset.
    sim.faults.push({ path: /\/namespaces\/bulk\/pods$/, method: 'GET', delayMs: 0 });
    sim.faults.push({ path: /\/namespaces\/bulk\/pods$/, method: 'GET', resetConnection: true });
    const pages = await allPages(client.listPods({ namespace: 'bulk' }));
    expect(pages.flat()).toHaveLength(1203);
    const calls = requestsTo('/api/v1/namespaces/bulk/pods');
    expect(calls).toHaveLength(4);
    expect(calls[1]?.query.continue).toBeTruthy();
    expect(calls[2]?.query.continue).toBe(calls[1]?.query.continue);
  });

  it('turns a 403 into a ForbiddenError that names what was refused', async () => {
    sim.faults.push({ path: /\/api\/v1\/events$/, status: 403 });
    const error = await allPages(client.listEvents()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect(error).toMatchObject({ status: 403, verb: 'list', resource: 'events' });
    expect((error as Error).message).toMatch(/^not allowed to list events in all namespaces: events is forbidden: User/);
  });

  it('honours --request-timeout and sends it to the server', async () => {
    const slow = await createKubeClient({ kubeconfig: sim.kubeconfigPath, requestTimeout: '300ms', retry: fastRetry });
    sim.requests.length = 0;
    expect((await slow.getNode('winnode19-1'))?.metadata.name).toBe('winnode19-1');
    expect(requestsTo('/api/v1/nodes/winnode19-1')[0]?.query.timeout).toBe('300ms');

    sim.requests.length = 0;
    sim.faults.push({ path: /\/api\/v1\/nodes\/winnode19-1$/, delayMs: 2000 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const state = settledFlag(slow.getNode('winnode19-1'));
    await untilReal(() => expect(requestsTo('/api/v1/nodes/winnode19-1')).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await untilReal(() => expect(state.settled).toBe(true));
    // The answer would only have come after 2s: the limit, not the server, ended the request.
    expect(requestsTo('/api/v1/nodes/winnode19-1')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    const error = state.error;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toBe(`no answer from the API server at ${sim.url} within 300ms`);
    expect((error as ClusterAccessError).hint).toContain('raise --request-timeout');
  });

  it('rejects a malformed --request-timeout before connecting', async () => {
    await expect(createKubeClient({ kubeconfig: sim.kubeconfigPath, requestTimeout: 'soon' })).rejects.toThrow(
      'invalid --request-timeout "soon"',
    );
  });

  it('says the credentials were rejected on 401', async () => {
    const bad = await createKubeClient({ kubeconfig: kubeconfigFor(sim.url, { caPem: sim.caPem, token: 'revoked-token' }) });
    const error = await bad.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toBe(`the API server at ${sim.url} rejected the credentials (401 Unauthorized)`);
  });

  it('says TLS verification failed when the kubeconfig holds another CA', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'windbg-ca-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=other-ca', '-keyout', path.join(dir, 'ca.key'), '-out', path.join(dir, 'ca.crt'),
    ], { stdio: 'ignore' });
    const otherCa = readFileSync(path.join(dir, 'ca.crt'), 'utf8');
    const wrong = await createKubeClient({ kubeconfig: kubeconfigFor(sim.url, { caPem: otherCa, token: sim.token }) });
    const error = await wrong.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toBe(`TLS: the server's certificate is not trusted by the kubeconfig's CA (${sim.url})`);
  });

  it('says when the API server cannot be reached', async () => {
    const gone = await createKubeClient({ kubeconfig: kubeconfigFor('https://127.0.0.1:1', { caPem: sim.caPem, token: sim.token }) });
    const error = await gone.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAccessError);
    expect((error as Error).message).toBe('cannot reach the API server at https://127.0.0.1:1 (ECONNREFUSED)');
  });

  it('creates, reads logs of, and deletes pods; deleting a missing pod is fine', async () => {
    const created = await client.createPod('web', {
      metadata: { name: 'windbg-probe-test', labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg' } },
      spec: {
        nodeName: 'akswin22000000',
        containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }],
      },
    });
    expect(created.metadata.uid).toBeTruthy();
    expect(created.metadata.namespace).toBe('web');
    sim.setPodLogs('web', 'windbg-probe-test', 'probe finished\r\n');
    await expect.poll(async () => (await client.getPod('web', 'windbg-probe-test'))?.status?.phase, { timeout: 5000 }).toBe('Running');
    expect(await client.podLogs('web', 'windbg-probe-test', 'probe')).toBe('probe finished\r\n');
    await client.deletePod('web', 'windbg-probe-test', { gracePeriodSeconds: 0 });
    await expect.poll(() => client.getPod('web', 'windbg-probe-test'), { timeout: 5000 }).toBeUndefined();
    await client.deletePod('web', 'windbg-probe-test');
  });

  it('creates, gets, lists and deletes DaemonSets', async () => {
    await client.createDaemonSet('kube-system', {
      metadata: { name: 'windbg-probe', labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg' } },
      spec: {
        selector: { matchLabels: { app: 'windbg-probe' } },
        template: {
          metadata: { labels: { app: 'windbg-probe' } },
          spec: {
            nodeSelector: { 'kubernetes.io/os': 'windows' },
            containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0' }],
          },
        },
      },
    });
    expect((await client.getDaemonSet('kube-system', 'windbg-probe'))?.metadata.name).toBe('windbg-probe');
    const listed = (await allPages(client.listDaemonSets({ labelSelector: 'app.kubernetes.io/managed-by=kubectl-windbg' }))).flat();
    expect(listed.map((d) => d.metadata.name)).toContain('windbg-probe');
    await client.deleteDaemonSet('kube-system', 'windbg-probe');
    expect(await client.getDaemonSet('kube-system', 'windbg-probe')).toBeUndefined();
    await client.deleteDaemonSet('kube-system', 'windbg-probe');
  });
});

describe('KubeClient over a connection that breaks mid-body', () => {
  let server: Server;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    let pageTwoFailures = 1;
    server = createServer((req, res) => {
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const token = query.get('continue') ?? '';
      seen.push(token === '' ? 'start' : token);
      const page = (names: string[], next?: string): string =>
        JSON.stringify({
          kind: 'NodeList',
          apiVersion: 'v1',
          metadata: { resourceVersion: '42', ...(next ? { continue: next } : {}) },
          items: names.map((name) => ({ metadata: { name, labels: { 'kubernetes.io/os': 'windows' } } })),
        });
      if (token === '') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(page(['win-0', 'win-1'], 'page-2'));
        return;
      }
      const body = page(['win-2', 'win-3']);
      if (pageTwoFailures-- > 0) {
        // Announce the whole body, send half of it, then drop the connection.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
        res.write(body.slice(0, body.length / 2));
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fetches the same page again', async () => {
    const client = await createKubeClient({ kubeconfig: kubeconfigFor(url, { token: 't' }), retry: fastRetry });
    const pages = await allPages(client.listNodes());
    expect(pages.map((p) => p.map((n) => n.metadata.name))).toEqual([
      ['win-0', 'win-1'],
      ['win-2', 'win-3'],
    ]);
    expect(seen).toEqual(['start', 'page-2', 'page-2']);
  });
});
