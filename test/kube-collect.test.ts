import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { createKubeClient } from '../src/kube/client.js';
import { collectSnapshot } from '../src/kube/collect.js';
import { loadObjectsFromPath, loadSnapshotFromPath } from '../src/kube/offline.js';
import type { CollectScope, KNode, KPod, KubeClient, Snapshot } from '../src/kube/types.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';
import { dumpSim } from './support/sim-dump.js';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'offline');
const multidoc = path.join(fixtures, 'multidoc');
const fastRetry = { baseDelayMs: 5, maxDelayMs: 20 };

/** The parts of a Snapshot both paths must agree on (the server assigns its own resourceVersions). */
function comparable(snapshot: Snapshot): unknown {
  const strip = <T extends { metadata: { resourceVersion?: string } }>(objects: T[]): unknown[] =>
    objects.map((o) => ({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } }));
  return {
    nodes: strip(snapshot.nodes),
    pods: strip(snapshot.pods),
    events: strip(snapshot.events),
    leases: strip(snapshot.leases ?? []),
  };
}

const names = (objects: { metadata: { name: string; namespace?: string } }[]): string[] =>
  objects.map((o) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name));

describe('live collection matches offline loading of the same objects', () => {
  let sim: SimCluster;
  let client: KubeClient;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: multidoc });
    client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it.each<[string, CollectScope]>([
    ['all Windows nodes', {}],
    ['one namespace', { namespace: 'web' }],
    ['nodes by name', { nodeNames: ['winnode19-1', 'akswin22000000'] }],
    ['nodes by label', { nodeLabelSelector: 'agentpool=win22' }],
    ['one pod', { pod: { namespace: 'web', name: 'aspnet-6f7b9d8c4-9qk2m' } }],
    ['one unscheduled pod', { pod: { namespace: 'batch', name: 'report-worker-5c8d7f9b6-hx7vn' } }],
  ])('%s', async (_label, scope) => {
    const live = await collectSnapshot(client, scope);
    const offline = await loadSnapshotFromPath(dumpSim(sim), scope);
    expect(comparable(live)).toEqual(comparable(offline));
    expect(names(live.namespaces ?? [])).toEqual(names(offline.namespaces ?? []));
    expect(live.nodes.length).toBeGreaterThan(0);
    expect(live.source).toEqual({ kind: 'cluster', context: 'sim', server: sim.url });
    expect(live.serverVersion?.gitVersion).toMatch(/^v1\./);
    expect(live.notes).toEqual([]);
  });

  it('reads the namespaces holding kept pods plus kube-system', async () => {
    const live = await collectSnapshot(client, {});
    expect(names(live.namespaces ?? [])).toEqual(['batch', 'kube-system', 'web']);
    expect(live.namespaces?.find((n) => n.metadata.name === 'web')?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe(
      'baseline',
    );
  });

  it('lists pods per node with a field selector and reports progress', async () => {
    sim.requests.length = 0;
    const progress: string[] = [];
    await collectSnapshot(client, { namespace: 'web' }, (text) => progress.push(text));
    const podLists = sim.requests.filter((r) => r.path === '/api/v1/namespaces/web/pods');
    expect(podLists.map((r) => r.query.fieldSelector).sort()).toEqual(['spec.nodeName=', 'spec.nodeName=akswin22000000', 'spec.nodeName=winnode19-1']);
    const eventLists = sim.requests.filter((r) => r.path.endsWith('/events')).map((r) => `${r.path} ${r.query.fieldSelector ?? ''}`);
    expect(eventLists).toEqual(['/api/v1/namespaces/web/events ', '/api/v1/namespaces/default/events involvedObject.kind=Node']);
    expect(progress).toEqual(expect.arrayContaining(['listing Windows nodes', 'listing pods on akswin22000000', 'listing events (page 1)']));
  });

  it('asks the server for one pod\'s events only', async () => {
    sim.requests.length = 0;
    await collectSnapshot(client, { pod: { namespace: 'web', name: 'aspnet-6f7b9d8c4-9qk2m' } });
    const eventLists = sim.requests.filter((r) => r.path.endsWith('/events')).map((r) => r.query.fieldSelector);
    expect(eventLists).toEqual([
      'involvedObject.kind=Pod,involvedObject.name=aspnet-6f7b9d8c4-9qk2m,involvedObject.namespace=web',
      'involvedObject.kind=Node,involvedObject.name=akswin22000000',
    ]);
  });

  it('rejects a missing node and a Linux node', async () => {
    const missing = await collectSnapshot(client, { nodeNames: ['akswin22000009'] }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UsageError);
    expect((missing as Error).message).toBe('node akswin22000009 not found');
    await expect(collectSnapshot(client, { nodeNames: ['aks-nodepool1-38216512-vmss000000'] })).rejects.toThrow(
      'node aks-nodepool1-38216512-vmss000000 is a linux node; windbg diagnoses Windows nodes',
    );
    await expect(collectSnapshot(client, { pod: { namespace: 'web', name: 'gone' } })).rejects.toThrow('pod web/gone not found');
  });

  it('turns a 403 on events into a note', async () => {
    sim.faults.push({ path: /\/events$/, status: 403, times: 3 });
    const snapshot = await collectSnapshot(client, {});
    sim.faults.length = 0;
    expect(snapshot.events).toEqual([]);
    expect(names(snapshot.pods)).toHaveLength(3);
    expect(snapshot.notes).toEqual([
      expect.stringMatching(/^events could not be listed: forbidden \(events is forbidden: User ".*" cannot list resource "events"/),
    ]);
  });

  it('turns an unreadable server version into a note', async () => {
    sim.faults.push({ path: /^\/version$/, status: 500, times: 5 });
    const snapshot = await collectSnapshot(client, { nodeNames: ['akswin22000000'] });
    sim.faults.length = 0;
    expect(snapshot.serverVersion).toBeUndefined();
    expect(snapshot.notes).toEqual([expect.stringMatching(/^the server version could not be read: the API server refused to get version: 500/)]);
  });

  it('falls back to namespace-by-namespace pod lists when the cluster-wide list is forbidden', async () => {
    sim.faults.push({ path: /^\/api\/v1\/pods$/, status: 403, times: 10 });
    sim.faults.push({ path: /^\/api\/v1\/namespaces\/batch\/pods$/, status: 403 });
    const progress: string[] = [];
    const snapshot = await collectSnapshot(client, {}, (text) => progress.push(text));
    sim.faults.length = 0;
    expect(names(snapshot.pods)).toEqual(['web/aspnet-6f7b9d8c4-9qk2m', 'web/iis-7d9c5b8f6-x2k4p']);
    expect(snapshot.notes).toEqual([expect.stringMatching(/^pods of namespace batch could not be listed: forbidden \(/)]);
    expect(progress).toContain('listing pods in namespace web');
  });
});

describe('collection on a larger cluster', () => {
  let sim: SimCluster;
  let client: KubeClient;

  const windowsNode = (name: string, withLabel: boolean): KNode => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: { 'kubernetes.io/hostname': name, ...(withLabel ? { 'kubernetes.io/os': 'windows' } : {}) },
      creationTimestamp: '2024-11-02T08:14:51Z',
    },
    status: {
      nodeInfo: { operatingSystem: 'windows', kernelVersion: '10.0.20348.2966', osImage: 'Windows Server 2022 Datacenter', kubeletVersion: 'v1.30.5' },
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: '2024-11-20T10:41:07Z' }],
    },
  });
  const linuxNode = (name: string): KNode => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/os': 'linux' } },
    status: { nodeInfo: { operatingSystem: 'linux', kernelVersion: '5.15.0-1073-azure' } },
  });
  const podOn = (namespace: string, name: string, nodeName: string | undefined, os: string): KPod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace, name, managedFields: [{ manager: 'kube-controller-manager', operation: 'Update' }] },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      nodeSelector: { 'kubernetes.io/os': os },
      containers: [{ name: 'app', image: os === 'windows' ? 'mcr.microsoft.com/windows/servercore:ltsc2022' : 'nginx:1.27' }],
    },
    status: { phase: nodeName ? 'Running' : 'Pending' },
  });

  beforeAll(async () => {
    const objects: object[] = [];
    for (let i = 0; i < 12; i++) objects.push(windowsNode(`akswin${String(i).padStart(6, '0')}`, true));
    for (let i = 0; i < 3; i++) objects.push(linuxNode(`aks-nodepool1-${i}`));
    for (let i = 0; i < 1500; i++) {
      const onWindows = i % 3 === 0;
      const node = onWindows ? `akswin${String(i % 12).padStart(6, '0')}` : `aks-nodepool1-${i % 3}`;
      objects.push(podOn(`team-${i % 4}`, `app-${i}`, node, onWindows ? 'windows' : 'linux'));
    }
    objects.push(podOn('team-0', 'pending-windows', undefined, 'windows'));
    objects.push(podOn('team-0', 'pending-linux', undefined, 'linux'));
    sim = await startSimCluster({ objects });
    client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('streams all pods page by page and keeps only Windows ones', async () => {
    sim.requests.length = 0;
    const progress: string[] = [];
    const snapshot = await collectSnapshot(client, {}, (text) => progress.push(text));
    expect(snapshot.nodes).toHaveLength(12);
    expect(snapshot.pods).toHaveLength(501);
    expect(snapshot.pods.some((p) => p.metadata.name === 'pending-windows')).toBe(true);
    expect(snapshot.pods.some((p) => p.metadata.name === 'pending-linux')).toBe(false);
    expect(snapshot.pods.every((p) => !('managedFields' in p.metadata))).toBe(true);
    const podLists = sim.requests.filter((r) => r.path === '/api/v1/pods');
    expect(podLists).toHaveLength(4);
    expect(podLists.every((r) => r.query.fieldSelector === undefined && r.query.limit === '500')).toBe(true);
    expect(progress).toEqual(expect.arrayContaining(['listing pods (page 1)', 'listing pods (page 4)']));
  });

  it('finds Windows nodes by nodeInfo when none carries the OS label', async () => {
    for (let i = 0; i < 12; i++) {
      const name = `akswin${String(i).padStart(6, '0')}`;
      if (i < 10) sim.store.remove('Node', undefined, name);
      else sim.store.put(windowsNode(name, false));
    }
    sim.requests.length = 0;
    const snapshot = await collectSnapshot(client, {});
    expect(names(snapshot.nodes)).toEqual(['akswin000010', 'akswin000011']);
    const nodeLists = sim.requests.filter((r) => r.path === '/api/v1/nodes').map((r) => r.query.labelSelector);
    expect(nodeLists).toEqual(['kubernetes.io/os=windows', undefined]);
    expect(snapshot.pods.every((p) => !p.spec?.nodeName || ['akswin000010', 'akswin000011'].includes(p.spec.nodeName))).toBe(true);
  });
});

describe('live collection of the kind: List fixture', () => {
  it('matches offline loading of the same file', async () => {
    const file = path.join(fixtures, 'list', 'eks-windows.json');
    const loaded = await loadObjectsFromPath(file);
    const sim = await startSimCluster({ objects: [...loaded.nodes, ...loaded.pods, ...loaded.events] });
    try {
      const client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
      const live = await collectSnapshot(client, {});
      const offline = await loadSnapshotFromPath(dumpSim(sim), {});
      expect(comparable(live)).toEqual(comparable(offline));
      expect(names(live.pods)).toEqual(['payments/gateway-5f6a7b8c9-zz8qw', 'payments/ledger-7b8c9d6f5-k2lmn']);
    } finally {
      await sim.close();
    }
  });
});
