/**
 * The simulated cluster's REST and exec behaviour, checked on the wire: auth, discovery, Status
 * bodies, selectors, paging and continue tokens, fault injection, pod lifecycle, DaemonSets,
 * logs, watch and the exec channel protocol (v4 and v5).
 */
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { settledFlag, untilReal } from './support/real-clock.js';
import { simExec, simRequest } from './support/sim/client.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, startSimCluster, type SimCluster } from './support/sim/index.js';

let sim: SimCluster;

const get = (path: string, headers?: Record<string, string>) => simRequest(sim, 'GET', path, { headers });
const names = (list: { items: { metadata: { name: string } }[] }) => list.items.map((i) => i.metadata.name);

/**
 * Polls until `fn` answers. Only the test timeout bounds the wait: a deadline on the real clock
 * would fail a busy machine, not the behaviour. `what` only documents the wait at the call site.
 */
async function until<T>(what: string, fn: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

function probePod(name: string, nodeName: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0', command: ['powershell.exe', '-Command', 'Start-Sleep 300'] }],
      ...extra,
    },
  };
}

beforeAll(async () => {
  sim = await startSimCluster({ scenario: 'demo', podStartDelayMs: 50 });
});

afterAll(async () => {
  await sim?.close();
});

describe('authentication and discovery', () => {
  it('answers 401 with a Status body without the bearer token', async () => {
    const r = await simRequest(sim, 'GET', '/api/v1/nodes', { token: null });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    expect((await simRequest(sim, 'GET', '/version', { token: 'wrong' })).status).toBe(401);
  });

  it('serves /version, /api, /apis and resource lists', async () => {
    expect((await get('/version')).json).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.2', platform: 'linux/amd64' });
    expect((await get('/api')).json).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const apis = (await get('/apis')).json;
    expect(apis.groups.map((g: { name: string }) => g.name)).toEqual(['apps', 'coordination.k8s.io', 'networking.k8s.io']);
    const core = (await get('/api/v1')).json;
    const coreNames = core.resources.map((r: { name: string }) => r.name);
    expect(coreNames).toEqual(expect.arrayContaining(['nodes', 'pods', 'pods/exec', 'pods/log', 'events', 'namespaces']));
    expect(core.resources.find((r: { name: string }) => r.name === 'pods')).toMatchObject({ namespaced: true, kind: 'Pod', shortNames: ['po'] });
    const apps = (await get('/apis/apps/v1')).json;
    expect(apps.resources.find((r: { name: string }) => r.name === 'daemonsets')).toMatchObject({ kind: 'DaemonSet', namespaced: true, shortNames: ['ds'] });
    expect((await get('/openapi/v2')).status).toBe(404);
  });
});

describe('get and list', () => {
  it('returns objects with kind and apiVersion and a NotFound Status for missing ones', async () => {
    const node = await get('/api/v1/nodes/win19-0');
    expect(node.status).toBe(200);
    expect(node.json).toMatchObject({ kind: 'Node', apiVersion: 'v1', metadata: { name: 'win19-0', labels: { 'node.kubernetes.io/windows-build': '10.0.17763' } } });
    const missing = await get('/api/v1/namespaces/web/pods/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: 'pods "nope" not found', details: { name: 'nope', kind: 'pods' } });
  });

  it('lists namespaced and cluster-wide with list kind and resourceVersion', async () => {
    const web = await get('/api/v1/namespaces/web/pods');
    expect(web.json.kind).toBe('PodList');
    expect(web.json.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(web.json.items.every((p: { metadata: { namespace: string } }) => p.metadata.namespace === 'web')).toBe(true);
    expect(names(web.json)).toContain('iis-7d9f8c6b5-m4kzt');
    const all = await get('/api/v1/pods');
    expect(all.json.items.length).toBe(sim.store.list('Pod').length);
    expect(all.json.items[0].kind).toBeUndefined(); // list items carry no kind, like the real server
    expect((await get('/api/v1/namespaces/no-such-ns/pods')).json.items).toEqual([]);
  });

  it('applies label selectors with =, !=, in, notin, exists and !', async () => {
    const sel = async (s: string) => names((await get(`/api/v1/nodes?labelSelector=${encodeURIComponent(s)}`)).json);
    expect(await sel('kubernetes.io/os=windows')).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
    expect(await sel('kubernetes.io/os!=windows')).toEqual(['linux-0']);
    expect(await sel('node.kubernetes.io/windows-build in (10.0.20348, 10.0.19041)')).toEqual(['akswin22-0', 'akswin22-1', 'win2004-0']);
    expect(await sel('kubernetes.io/os=windows,node.kubernetes.io/windows-build notin (10.0.20348)')).toEqual(['win19-0', 'win2004-0', 'win25-0']);
    expect(await sel('node.kubernetes.io/windows-build')).toHaveLength(5);
    expect(await sel('!node.kubernetes.io/windows-build')).toEqual(['linux-0']);
    const bad = await get(`/api/v1/nodes?labelSelector=${encodeURIComponent('a in (b')}`);
    expect(bad.status).toBe(400);
    expect(bad.json.reason).toBe('BadRequest');
  });

  it('applies field selectors on pods and events, including != and unsupported fields', async () => {
    const onNode = await get('/api/v1/pods?fieldSelector=spec.nodeName%3Dwin19-0');
    expect(names(onNode.json).sort()).toEqual(['iis-7d9f8c6b5-m4kzt', 'invoice-sync-6d5f8b7c9-lr2xw', 'legacy-worker-7f6d5c8b9-rk2vn']);
    const unscheduled = await get('/api/v1/pods?fieldSelector=spec.nodeName%3D');
    expect(names(unscheduled.json)).toEqual(['iis-frontend-84c7d9b5f6-pn6wd']);
    const pending = await get('/api/v1/namespaces/web/pods?fieldSelector=status.phase%3DPending,metadata.name!%3Diis-frontend-84c7d9b5f6-pn6wd');
    expect(names(pending.json).sort()).toEqual(['iis-7d9f8c6b5-m4kzt', 'iis-site-6d4b9c7f5-h2v9x', 'iis-site-6d4b9c7f5-zq8rd']);

    const events = await get('/api/v1/events?fieldSelector=' + encodeURIComponent('involvedObject.kind=Pod,involvedObject.name=nginx-5d8f7c9b6-xw2kq,involvedObject.namespace=default'));
    expect(events.json.items.map((e: { reason: string }) => e.reason).sort()).toEqual(['BackOff', 'Failed', 'Failed', 'Failed', 'Pulling', 'Scheduled']);
    const uid = (sim.store.get('Pod', 'web', 'iis-7d9f8c6b5-m4kzt') as { metadata: { uid: string } }).metadata.uid;
    const byUid = await get(`/api/v1/namespaces/web/events?fieldSelector=involvedObject.uid%3D${uid}`);
    expect(byUid.json.items.length).toBe(5);
    const nodeEvents = await get('/api/v1/events?fieldSelector=involvedObject.kind%3DNode');
    expect(nodeEvents.json.items.map((e: { involvedObject: { name: string } }) => e.involvedObject.name).sort()).toEqual(['win2004-0', 'win25-0']);

    const bad = await get('/api/v1/pods?fieldSelector=spec.image%3Dnginx');
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('field label not supported: spec.image');
  });

  it('pages with limit and an opaque continue token, with remainingItemCount', async () => {
    const total = sim.store.list('Pod').length;
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await get(`/api/v1/pods?limit=5${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
      expect(r.status).toBe(200);
      pages++;
      seen.push(...r.json.items.map((p: { metadata: { namespace: string; name: string } }) => `${p.metadata.namespace}/${p.metadata.name}`));
      token = r.json.metadata.continue;
      if (token) expect(r.json.metadata.remainingItemCount).toBe(total - seen.length);
      else expect(r.json.metadata.remainingItemCount).toBeUndefined();
    } while (token);
    expect(pages).toBe(Math.ceil(total / 5));
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());

    const filtered = await get('/api/v1/pods?limit=2&labelSelector=app%3Daspnet-app');
    expect(filtered.json.items).toHaveLength(2);
    expect(filtered.json.metadata.remainingItemCount).toBeUndefined(); // never given with a selector

    const garbage = await get('/api/v1/pods?limit=5&continue=not-a-token');
    expect(garbage.status).toBe(400);
    expect(garbage.json.message).toMatch(/continue key is not valid/);
  });
});

describe('fault injection', () => {
  it('expires the next continue token with 410 Expired', async () => {
    const first = await get('/api/v1/pods?limit=3');
    sim.faults.push({ path: /\/api\/v1\/pods$/, expireContinue: true });
    const plain = await get('/api/v1/pods?limit=3'); // no continue: not affected
    expect(plain.status).toBe(200);
    const expired = await get(`/api/v1/pods?limit=3&continue=${encodeURIComponent(first.json.metadata.continue)}`);
    expect(expired.status).toBe(410);
    expect(expired.json).toMatchObject({ kind: 'Status', reason: 'Expired', code: 410 });
    expect(expired.json.message).toMatch(/continue parameter is too old/);
    expect((await get(`/api/v1/pods?limit=3&continue=${encodeURIComponent(first.json.metadata.continue)}`)).status).toBe(200);
  });

  it('answers scripted statuses in order, each `times` times', async () => {
    sim.faults.push(
      { method: 'GET', path: /\/events$/, status: 403 },
      { path: /\/api\/v1\/nodes$/, status: 429, retryAfterSeconds: 2, times: 2 },
      { path: /\/api\/v1\/nodes$/, status: 500 },
    );
    const forbidden = await get('/api/v1/events');
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({ reason: 'Forbidden', code: 403 });
    expect(forbidden.json.message).toBe('events is forbidden: User "system:serviceaccount:default:windbg-sim" cannot list resource "events" in API group "" at the cluster scope');
    expect((await get('/api/v1/events')).status).toBe(200);

    for (let i = 0; i < 2; i++) {
      const limited = await get('/api/v1/nodes');
      expect(limited.status).toBe(429);
      expect(limited.headers['retry-after']).toBe('2');
      expect(limited.json).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 2 } });
    }
    const internal = await get('/api/v1/nodes');
    expect(internal.status).toBe(500);
    expect(internal.json.reason).toBe('InternalError');
    expect((await get('/api/v1/nodes')).status).toBe(200);
    expect(sim.faults).toHaveLength(0);
  });

  it('resets the connection or delays the answer', async () => {
    sim.faults.push({ path: /\/api\/v1\/namespaces$/, resetConnection: true });
    await expect(get('/api/v1/namespaces')).rejects.toThrow(/socket hang up|ECONNRESET/);
    sim.faults.push({ path: /\/api\/v1\/namespaces$/, delayMs: 300 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const slow = settledFlag(get('/api/v1/namespaces'));
      // The fault is taken when the request arrives; its delay starts then.
      await untilReal(() => expect(sim.faults).toHaveLength(0));
      await vi.advanceTimersByTimeAsync(299);
      expect(slow.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await untilReal(() => expect(slow.settled).toBe(true));
      expect(slow.error).toBeUndefined();
      expect(slow.value?.status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('logs every request with method, path, query and headers', async () => {
    await get('/api/v1/pods?limit=7&fieldSelector=spec.nodeName%3Dwin25-0');
    expect(sim.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/pods', query: { limit: '7', fieldSelector: 'spec.nodeName=win25-0' } });
    expect(sim.requests.at(-1)?.headers.authorization).toEqual([`Bearer ${sim.token}`]);
  });
});

describe('pod lifecycle', () => {
  it('creates a pod with server defaults and generateName, then runs it', async () => {
    const created = await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', {
      body: { ...probePod('', 'win25-0'), metadata: { generateName: 'windbg-probe-', labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } } },
    });
    expect(created.status).toBe(201);
    const pod = created.json;
    expect(pod.metadata.name).toMatch(/^windbg-probe-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pod.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(pod.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(pod.status.phase).toBe('Pending');
    expect(pod.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', serviceAccountName: 'default' });
    expect(pod.spec.containers[0]).toMatchObject({ imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log' });

    const running = await until('pod Running', async () => {
      const r = await get(`/api/v1/namespaces/kube-system/pods/${pod.metadata.name}`);
      return r.json.status.phase === 'Running' ? r.json : undefined;
    });
    expect(running.status.containerStatuses[0]).toMatchObject({ name: 'probe', ready: true, started: true, state: { running: {} } });
    expect(running.status.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True');
    expect(running.status.podIP).toMatch(/^10\.240\.4\.\d+$/);
    const events = await get(`/api/v1/namespaces/kube-system/events?fieldSelector=involvedObject.name%3D${pod.metadata.name}`);
    expect(events.json.items.map((e: { reason: string }) => e.reason)).toEqual(expect.arrayContaining(['Pulled', 'Created', 'Started']));

    const dup = await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', { body: probePod(pod.metadata.name, 'win25-0') });
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ reason: 'AlreadyExists', message: `pods "${pod.metadata.name}" already exists` });

    const deleted = await simRequest(sim, 'DELETE', `/api/v1/namespaces/kube-system/pods/${pod.metadata.name}`, { body: { gracePeriodSeconds: 0 } });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ kind: 'Pod', metadata: { name: pod.metadata.name, deletionGracePeriodSeconds: 0 } });
    expect((await get(`/api/v1/namespaces/kube-system/pods/${pod.metadata.name}`)).status).toBe(404);
    expect((await simRequest(sim, 'DELETE', `/api/v1/namespaces/kube-system/pods/${pod.metadata.name}`)).status).toBe(404);
  });

  it('rejects a pod in a missing namespace and one without containers', async () => {
    const noNs = await simRequest(sim, 'POST', '/api/v1/namespaces/ghost/pods', { body: probePod('p', 'win25-0') });
    expect(noNs.status).toBe(404);
    expect(noNs.json.message).toBe('namespaces "ghost" not found');
    const invalid = await simRequest(sim, 'POST', '/api/v1/namespaces/default/pods', { body: { metadata: { name: 'empty' }, spec: { containers: [] } } });
    expect(invalid.status).toBe(422);
    expect(invalid.json).toMatchObject({ reason: 'Invalid', message: 'Pod "empty" is invalid: spec.containers: Required value' });
  });

  it('keeps pods matching setPodStartFailure Pending with the waiting state and an event', async () => {
    sim.setPodStartFailure(
      { image: /^registry\.example\.com\/stuck:/, nodeName: 'akswin22-1' },
      { reason: 'ContainerCreating', message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = hcs::CreateComputeSystem abc: The container operating system does not match the host operating system.: unknown' },
    );
    await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', {
      body: probePod('stuck-probe', 'akswin22-1', { containers: [{ name: 'probe', image: 'registry.example.com/stuck:1.0' }] }),
    });
    const event = await until('sandbox event', async () => {
      const r = await get('/api/v1/namespaces/kube-system/events?fieldSelector=involvedObject.name%3Dstuck-probe');
      return r.json.items.find((e: { reason: string }) => e.reason === 'FailedCreatePodSandBox');
    });
    expect(event).toMatchObject({ type: 'Warning', source: { component: 'kubelet', host: 'akswin22-1' } });
    const pod = (await get('/api/v1/namespaces/kube-system/pods/stuck-probe')).json;
    expect(pod.status.phase).toBe('Pending');
    expect(pod.status.containerStatuses[0].state.waiting).toEqual({ reason: 'ContainerCreating', message: expect.stringContaining('does not match the host') });
    const logs = await get('/api/v1/namespaces/kube-system/pods/stuck-probe/log');
    expect(logs.status).toBe(400);
    expect(logs.json.message).toBe('container "probe" in pod "stuck-probe" is waiting to start: ContainerCreating');
  });

  it('leaves pods on a NotReady node Pending and ends pods past activeDeadlineSeconds', async () => {
    await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', { body: probePod('on-dead-node', 'win2004-0') });
    await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', { body: probePod('short-lived', 'win19-0', { activeDeadlineSeconds: 1 }) });
    const failed = await until('deadline', async () => {
      const r = await get('/api/v1/namespaces/kube-system/pods/short-lived');
      return r.json.status.phase === 'Failed' ? r.json : undefined;
    });
    expect(failed.status).toMatchObject({ reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' });
    const dead = (await get('/api/v1/namespaces/kube-system/pods/on-dead-node')).json;
    expect(dead.status.phase).toBe('Pending');
    expect(dead.status.containerStatuses).toBeUndefined();
  });

  it('schedules a pod without nodeName, or records FailedScheduling', async () => {
    const fits = await simRequest(sim, 'POST', '/api/v1/namespaces/web/pods', {
      body: { metadata: { name: 'sched-ok' }, spec: { nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.26100' }, containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2025' }] } },
    });
    expect(fits.status).toBe(201);
    const bound = await until('binding', async () => {
      const r = await get('/api/v1/namespaces/web/pods/sched-ok');
      return r.json.spec.nodeName ? r.json : undefined;
    });
    expect(bound.spec.nodeName).toBe('win25-0');

    await simRequest(sim, 'POST', '/api/v1/namespaces/web/pods', {
      body: { metadata: { name: 'sched-no' }, spec: { nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.20348' }, containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' }] } },
    });
    const pod = (await get('/api/v1/namespaces/web/pods/sched-no')).json;
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' });
    expect(pod.status.conditions[0].message).toBe(
      "0/6 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) had untolerated taint {os: windows}, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.",
    );
    const events = await get('/api/v1/namespaces/web/events?fieldSelector=involvedObject.name%3Dsched-no,reason%3DFailedScheduling');
    expect(events.json.items).toHaveLength(1);
    expect(events.json.items[0]).toMatchObject({ reportingComponent: 'default-scheduler', firstTimestamp: null });
  });
});

describe('DaemonSets and logs', () => {
  const probeDaemonSet = (name: string, affinityNodes?: string[]) => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name, [MANAGED_BY_LABEL]: MANAGED_BY_VALUE } },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          tolerations: [{ operator: 'Exists' }],
          ...(affinityNodes
            ? { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: affinityNodes }] }] } } } }
            : {}),
          containers: [{ name: 'probe', image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0', command: ['powershell.exe', '-File', 'probe.ps1'] }],
        },
      },
    },
  });

  it('runs one pod per matching Windows node, reports status, serves probe logs, and deletes its pods', async () => {
    sim.setProbeOutput('akswin22-0', '{"schemaVersion":1,"node":"akswin22-0"}\n');
    sim.setProbeOutput('win19-0', '{"schemaVersion":1,"node":"win19-0"}\n');
    const created = await simRequest(sim, 'POST', '/apis/apps/v1/namespaces/kube-system/daemonsets', { body: probeDaemonSet('windbg-probe-all') });
    expect(created.status).toBe(201);
    expect(created.json.status.desiredNumberScheduled).toBe(5);
    const pods = (await get('/api/v1/namespaces/kube-system/pods?labelSelector=app%3Dwindbg-probe-all')).json.items;
    expect(pods.map((p: { spec: { nodeName: string } }) => p.spec.nodeName).sort()).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
    expect(pods[0].metadata.ownerReferences[0]).toMatchObject({ kind: 'DaemonSet', name: 'windbg-probe-all', controller: true });

    const ds = await until('4 ready', async () => {
      const r = await get('/apis/apps/v1/namespaces/kube-system/daemonsets/windbg-probe-all');
      return r.json.status.numberReady === 4 ? r.json : undefined;
    });
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 5, currentNumberScheduled: 5, numberReady: 4, numberUnavailable: 1 });

    const onWin19 = pods.find((p: { spec: { nodeName: string } }) => p.spec.nodeName === 'win19-0');
    const logs = await get(`/api/v1/namespaces/kube-system/pods/${onWin19.metadata.name}/log?container=probe`);
    expect(logs.status).toBe(200);
    expect(logs.headers['content-type']).toBe('text/plain');
    expect(logs.text).toBe('{"schemaVersion":1,"node":"win19-0"}\n');

    const deleted = await simRequest(sim, 'DELETE', '/apis/apps/v1/namespaces/kube-system/daemonsets/windbg-probe-all');
    expect(deleted.json).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'windbg-probe-all', group: 'apps', kind: 'daemonsets' } });
    expect((await get('/api/v1/namespaces/kube-system/pods?labelSelector=app%3Dwindbg-probe-all')).json.items).toEqual([]);
    expect((await get('/apis/apps/v1/namespaces/kube-system/daemonsets/windbg-probe-all')).json).toMatchObject({ code: 404, message: 'daemonsets.apps "windbg-probe-all" not found' });
  });

  it('honours node affinity on metadata.name', async () => {
    await simRequest(sim, 'POST', '/apis/apps/v1/namespaces/kube-system/daemonsets', { body: probeDaemonSet('windbg-probe-two', ['akswin22-0', 'win19-0', 'linux-0']) });
    const pods = (await get('/api/v1/namespaces/kube-system/pods?labelSelector=app%3Dwindbg-probe-two')).json.items;
    expect(pods.map((p: { spec: { nodeName: string } }) => p.spec.nodeName).sort()).toEqual(['akswin22-0', 'win19-0']);
    const list = await get('/apis/apps/v1/daemonsets');
    expect(list.json.kind).toBe('DaemonSetList');
    expect(names(list.json)).toContain('windbg-probe-two');
    await simRequest(sim, 'DELETE', '/apis/apps/v1/namespaces/kube-system/daemonsets/windbg-probe-two');
  });

  it('serves scripted logs for other pods and honours tailLines', async () => {
    sim.setPodLogs('web', 'aspnet-app-7c9d8f6b5-2xkqp', 'line 1\nline 2\nline 3\n');
    const r = await get('/api/v1/namespaces/web/pods/aspnet-app-7c9d8f6b5-2xkqp/log?tailLines=2');
    expect(r.text).toBe('line 2\nline 3\n');
  });
});

describe('exec over WebSocket', () => {
  it.each(['v5.channel.k8s.io', 'v4.channel.k8s.io'])('frames stdout and a Success status under %s', async (protocol) => {
    const r = await simExec(sim, { namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-2xkqp', command: ['cmd', '/c', 'echo', 'hello'], protocols: [protocol] });
    expect(r.protocol).toBe(protocol);
    expect(r.frames.map((f) => f.channel)).toEqual([1, 3]);
    expect(r.stdout).toBe('hello\r\n');
    expect(r.status).toEqual({ metadata: {}, status: 'Success' });
  });

  it.each(['v5.channel.k8s.io', 'v4.channel.k8s.io'])('reports a non-zero exit code under %s', async (protocol) => {
    const r = await simExec(sim, { namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-2xkqp', command: ['cmd', '/c', 'exit', '3'], protocols: [protocol] });
    expect(r.status).toEqual({
      metadata: {},
      status: 'Failure',
      message: 'command terminated with non-zero exit code: error executing command [cmd /c exit 3], exit code 3',
      reason: 'NonZeroExitCode',
      details: { causes: [{ reason: 'ExitCode', message: '3' }] },
    });
  });

  it('prints the node probe output for powershell in a probe pod, exit 1 when none is scripted', async () => {
    sim.setProbeOutput('win25-0', '{"schemaVersion":1,"services":[]}');
    const extraNode = sim.store.get('Node', undefined, 'akswin22-1') as { metadata: Record<string, unknown> };
    sim.store.put({ ...extraNode, metadata: { ...extraNode.metadata, name: 'akswin22-9', uid: undefined } });
    await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', { body: probePod('probe-win25', 'win25-0') });
    await simRequest(sim, 'POST', '/api/v1/namespaces/kube-system/pods', { body: probePod('probe-akswin22-9', 'akswin22-9') });
    await until('probe pods running', async () => {
      const r = await get('/api/v1/namespaces/kube-system/pods?fieldSelector=status.phase%3DRunning&labelSelector=app.kubernetes.io%2Fmanaged-by%3Dkubectl-windbg');
      const running = names(r.json);
      return running.includes('probe-win25') && running.includes('probe-akswin22-9') ? true : undefined;
    });
    const ok = await simExec(sim, { namespace: 'kube-system', pod: 'probe-win25', command: ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', '-'], stdin: 'Write-Output 1' });
    expect(ok.stdout).toBe('{"schemaVersion":1,"services":[]}');
    expect(ok.status?.status).toBe('Success');

    const none = await simExec(sim, { namespace: 'kube-system', pod: 'probe-akswin22-9', command: ['powershell', '-Command', 'Get-Service'] });
    expect(none.stderr).toBe('no probe output is scripted for node "akswin22-9" in the simulated cluster\r\n');
    expect(none.status).toMatchObject({ status: 'Failure', details: { causes: [{ reason: 'ExitCode', message: '1' }] } });
  });

  it.each(['v5.channel.k8s.io', 'v4.channel.k8s.io'])('hands other commands and their stdin to the exec handler under %s', async (protocol) => {
    const calls: unknown[] = [];
    sim.setExecHandler((call) => {
      calls.push(call);
      return { stdout: call.stdin.toUpperCase(), stderr: 'warn\n', exitCode: 0 };
    });
    const r = await simExec(sim, { namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-9mwzt', command: ['nslookup', 'kubernetes.default'], stdin: 'abc', protocols: [protocol] });
    expect(r.stdout).toBe('ABC');
    expect(r.stderr).toBe('warn\n');
    expect(calls[0]).toEqual({ namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-9mwzt', container: 'aspnet', command: ['nslookup', 'kubernetes.default'], stdin: 'abc', nodeName: 'akswin22-0' });
  });

  it('refuses the upgrade for a pod that is not running or a missing container', async () => {
    await expect(simExec(sim, { namespace: 'web', pod: 'iis-site-6d4b9c7f5-h2v9x', command: ['cmd'] })).rejects.toThrow(/400.*waiting to start: ContainerCreating/);
    await expect(simExec(sim, { namespace: 'web', pod: 'aspnet-app-7c9d8f6b5-2xkqp', container: 'nope', command: ['cmd'] })).rejects.toThrow(/container nope is not valid/);
    await expect(simExec(sim, { namespace: 'web', pod: 'ghost', command: ['cmd'] })).rejects.toThrow(/404.*pods \\"ghost\\" not found/);
  });
});

describe('watch and store', () => {
  it('streams ADDED for current matches, then later changes', async () => {
    const events: { type: string; name: string; phase?: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(new URL(sim.url).port), ca: sim.caPem, servername: 'localhost' }, () => {
        socket.write(`GET /api/v1/namespaces/batch/pods?watch=true&timeoutSeconds=2&labelSelector=app%3Dwatch-me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${sim.token}\r\nConnection: close\r\n\r\n`);
      });
      let buffer = '';
      socket.on('data', (d) => {
        buffer += d.toString('utf8');
        for (const line of buffer.split('\n')) {
          const m = /^\{"type":"(\w+)","object":(.*)\}$/.exec(line.trim());
          if (m && !events.some((e) => JSON.stringify(e) === JSON.stringify({ type: m[1], name: JSON.parse(m[2]!).metadata.name, phase: JSON.parse(m[2]!).status?.phase }))) {
            const obj = JSON.parse(m[2]!);
            events.push({ type: m[1]!, name: obj.metadata.name, phase: obj.status?.phase });
          }
        }
      });
      socket.on('end', () => resolve());
      socket.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 100));
    await simRequest(sim, 'POST', '/api/v1/namespaces/batch/pods', {
      body: { metadata: { name: 'watched', labels: { app: 'watch-me' } }, spec: { nodeName: 'win25-0', containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2025' }] } },
    });
    await done;
    expect(events[0]).toEqual({ type: 'ADDED', name: 'watched', phase: 'Pending' });
    expect(events).toContainEqual({ type: 'MODIFIED', name: 'watched', phase: 'Running' });
  });

  it('lets tests read and write objects directly', () => {
    sim.store.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'scratch' } });
    expect(sim.store.get('Namespace', undefined, 'scratch')).toMatchObject({ kind: 'Namespace', metadata: { name: 'scratch', uid: expect.any(String) } });
    expect(sim.store.list('namespaces').map((n) => (n as { metadata: { name: string } }).metadata.name)).toContain('scratch');
    sim.store.remove('Namespace', undefined, 'scratch');
    expect(sim.store.get('Namespace', undefined, 'scratch')).toBeUndefined();
  });
});
