import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKubeClient } from '../src/kube/client.js';
import { collectSnapshot } from '../src/kube/collect.js';
import { loadObjectsFromPath, loadSnapshotFromPath } from '../src/kube/offline.js';
import { keepNetworkPolicy, keepService, labelSelectorMatches, podsByNamespace } from '../src/kube/services.js';
import type { KNetworkPolicy, KPod, KService, KubeClient } from '../src/kube/types.js';
import { simObjectsList } from './support/sim-dump.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

const listFile = path.join(import.meta.dirname, 'fixtures', 'offline', 'list', 'eks-windows.json');
const fastRetry = { baseDelayMs: 5, maxDelayMs: 20 };

/** A Service as the API server returns it: status, clusterIPs, annotations the causes never read. */
function service(namespace: string, name: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace,
      uid: `0c1d2e3f-${name.length.toString().padStart(4, '0')}-4a5b-8c9d-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'a')}`,
      creationTimestamp: '2025-01-14T08:00:00Z',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ kind: 'Service', metadata: { name, namespace } }) },
      managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: '2025-01-14T08:00:00Z' }],
    },
    spec: { clusterIP: '10.100.41.7', clusterIPs: ['10.100.41.7'], ipFamilies: ['IPv4'], internalTrafficPolicy: 'Cluster', ...spec },
    status: { loadBalancer: {} },
  };
}

function networkPolicy(namespace: string, name: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace, uid: `7e8f9a0b-1c2d-4e3f-9a4b-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'b')}`, generation: 1, creationTimestamp: '2025-01-14T08:05:00Z' },
    spec: { ingress: [{ from: [{ podSelector: {} }] }], ...spec },
  };
}

const services = [
  service('payments', 'ledger', { selector: { app: 'ledger' }, sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } }, type: 'ClusterIP', ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }] }),
  service('payments', 'gateway', { selector: { app: 'gateway' }, sessionAffinity: 'None', type: 'LoadBalancer', ports: [{ port: 443, protocol: 'TCP', targetPort: 8443, nodePort: 31443 }] }),
  // Selects only the Linux pod: not kept.
  service('payments', 'metrics', { selector: { app: 'metrics' }, sessionAffinity: 'None', type: 'ClusterIP', ports: [{ port: 9100, protocol: 'TCP' }] }),
  // No selector (manual endpoints): selects no pod.
  service('default', 'kubernetes', { sessionAffinity: 'None', type: 'ClusterIP', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }] }),
];
const policies = [
  networkPolicy('payments', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
  networkPolicy('payments', 'metrics-only', { podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['metrics'] }] }, policyTypes: ['Ingress'] }),
];

describe('Services and NetworkPolicies in the snapshot', () => {
  let sim: SimCluster;
  let client: KubeClient;
  beforeAll(async () => {
    const loaded = await loadObjectsFromPath(listFile);
    const namespaces = ['default', 'payments'].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } }, status: { phase: 'Active' } }));
    sim = await startSimCluster({ objects: [...(namespaces as never[]), ...loaded.nodes, ...loaded.pods, ...loaded.events, ...(services as never[]), ...(policies as never[])] });
    client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('keeps the ones that select the Windows pods, slimmed to what the causes read', async () => {
    const snapshot = await collectSnapshot(client, {});
    expect(snapshot.services).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'gateway', namespace: 'payments', uid: expect.any(String) },
        spec: { selector: { app: 'gateway' }, sessionAffinity: 'None', type: 'LoadBalancer', ports: [{ port: 443, protocol: 'TCP', targetPort: 8443, nodePort: 31443 }] },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'ledger', namespace: 'payments', uid: expect.any(String) },
        spec: { selector: { app: 'ledger' }, sessionAffinity: 'ClientIP', type: 'ClusterIP', ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }] },
      },
    ]);
    expect(snapshot.networkPolicies).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny-all', namespace: 'payments', uid: expect.any(String) },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      },
    ]);
    expect(snapshot.notes).toEqual([]);
  });

  it('lists them cluster-wide, or in the namespace of -n, as pods are', async () => {
    sim.requests.length = 0;
    await collectSnapshot(client, {});
    await collectSnapshot(client, { namespace: 'payments' });
    const lists = sim.requests.filter((r) => /services|networkpolicies/.test(r.path)).map((r) => `${r.path} limit=${r.query.limit}`);
    expect(lists).toEqual([
      '/api/v1/services limit=500',
      '/apis/networking.k8s.io/v1/networkpolicies limit=500',
      '/api/v1/namespaces/payments/services limit=500',
      '/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies limit=500',
    ]);
  });

  it('for one pod, lists them in its namespace', async () => {
    sim.requests.length = 0;
    const snapshot = await collectSnapshot(client, { pod: { namespace: 'payments', name: 'ledger-7b8c9d6f5-k2lmn' } });
    expect(snapshot.services?.map((s) => s.metadata.name)).toEqual(['ledger']);
    expect(sim.requests.filter((r) => r.path.endsWith('/services')).map((r) => r.path)).toEqual(['/api/v1/namespaces/payments/services']);
  });

  it('turns a 403 on either list into a note and goes on', async () => {
    sim.faults.push({ path: /\/services$/, status: 403, times: 3 });
    const snapshot = await collectSnapshot(client, {});
    sim.faults.length = 0;
    expect(snapshot.services).toBeUndefined();
    expect(snapshot.networkPolicies?.map((p) => p.metadata.name)).toEqual(['deny-all']);
    expect(snapshot.pods.length).toBe(2);
    expect(snapshot.notes).toEqual([expect.stringMatching(/^services could not be listed \(forbidden \(services is forbidden: .*\)\); causes that read Services were not checked$/)]);
  });

  it('refused across all namespaces, reads the namespaces of the pods one by one, as pods are', async () => {
    sim.faults.push({ path: /^\/api\/v1\/services$/, status: 403, times: 3 });
    sim.requests.length = 0;
    const snapshot = await collectSnapshot(client, {});
    sim.faults.length = 0;
    expect(snapshot.services?.map((s) => s.metadata.name)).toEqual(['gateway', 'ledger']);
    expect(snapshot.notes).toEqual([]);
    expect(sim.requests.filter((r) => r.path.endsWith('/services')).map((r) => r.path)).toEqual(['/api/v1/services', '/api/v1/namespaces/payments/services']);
  });

  it('reads a NetworkPolicy API the server does not serve as a note', async () => {
    sim.faults.push({ path: /\/networkpolicies$/, status: 404, times: 3 });
    const snapshot = await collectSnapshot(client, {});
    sim.faults.length = 0;
    expect(snapshot.networkPolicies).toBeUndefined();
    expect(snapshot.services?.length).toBe(2);
    expect(snapshot.notes).toEqual([expect.stringMatching(/^network policies could not be listed \(/)]);
  });

  it('offline, a List holding them gives the same as the live path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'windbg-services-'));
    const file = path.join(dir, 'cluster.json');
    writeFileSync(file, JSON.stringify(simObjectsList(sim)));
    for (const scope of [{}, { namespace: 'payments' }]) {
      const live = await collectSnapshot(client, scope);
      const offline = await loadSnapshotFromPath(file, scope);
      expect(offline.services).toEqual(live.services);
      expect(offline.networkPolicies).toEqual(live.networkPolicies);
    }
  });

  it('offline, an input without any Service leaves them unread rather than empty', async () => {
    const offline = await loadSnapshotFromPath(listFile, {});
    expect(offline.services).toBeUndefined();
    expect(offline.networkPolicies).toBeUndefined();
  });
});

describe('Services refused in some namespaces', () => {
  it('are read in the others and the refused ones are named in a note', async () => {
    const sim = await startSimCluster({ scenario: path.join(import.meta.dirname, 'fixtures', 'offline', 'multidoc') });
    try {
      const client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
      sim.store.put(service('web', 'aspnet', { selector: { app: 'aspnet' }, sessionAffinity: 'ClientIP', type: 'ClusterIP', ports: [{ port: 80, protocol: 'TCP' }] }));
      sim.faults.push({ path: /^\/api\/v1\/services$/, status: 403, times: 5 });
      sim.faults.push({ path: /^\/api\/v1\/namespaces\/batch\/services$/, status: 403, times: 5 });
      const snapshot = await collectSnapshot(client, {});
      expect(new Set(snapshot.pods.map((p) => p.metadata.namespace))).toEqual(new Set(['batch', 'web']));
      expect(snapshot.services?.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(['web/aspnet']);
      expect(snapshot.notes).toEqual([
        expect.stringMatching(/^services of namespace\(s\) batch could not be listed \(forbidden \(.*\)\); Services there were not checked$/),
      ]);
    } finally {
      await sim.close();
    }
  });
});

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front' };
  it.each([
    [{}, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'api' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, false],
    [{ matchExpressions: [{ key: 'canary', operator: 'NotIn', values: ['true'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'Matches', values: ['web'] }] }, false],
  ])('%j on app=web,tier=front: %s', (selector, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });
});

describe('keeping the Services and policies that select a pod', () => {
  const pod = (namespace: string, name: string, labels: Record<string, string>): KPod => ({ metadata: { namespace, name, labels }, spec: { containers: [] } });
  const index = podsByNamespace([
    pod('shop', 'cart-1', { app: 'cart', tier: 'back' }),
    pod('shop', 'web-1', { app: 'web', tier: 'front' }),
    pod('shop', 'web-2', { app: 'web', tier: 'front', canary: 'true' }),
    pod('blog', 'web-1', { app: 'web', tier: 'back' }),
  ]);
  const svc = (namespace: string, selector: unknown): KService => ({ metadata: { namespace, name: 's' }, spec: { selector: selector as Record<string, string> } });
  const policy = (namespace: string, podSelector: unknown): KNetworkPolicy => ({ metadata: { namespace, name: 'p' }, spec: { podSelector: podSelector as never } });

  it('matches every pair of a Service selector, in the Service namespace only', () => {
    expect(keepService(svc('shop', { app: 'web', tier: 'front' }), index)).toBe(true);
    expect(keepService(svc('shop', { app: 'web', tier: 'back' }), index)).toBe(false);
    expect(keepService(svc('blog', { app: 'web', tier: 'back' }), index)).toBe(true);
    expect(keepService(svc('other', { app: 'web' }), index)).toBe(false);
    expect(keepService(svc('shop', {}), index)).toBe(false);
  });

  it('matches policies by labels and expressions, an empty selector selecting the whole namespace', () => {
    expect(keepNetworkPolicy(policy('blog', {}), index)).toBe(true);
    expect(keepNetworkPolicy(policy('other', {}), index)).toBe(false);
    expect(keepNetworkPolicy(policy('shop', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'canary', operator: 'Exists' }] }), index)).toBe(true);
    expect(keepNetworkPolicy(policy('blog', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] }), index)).toBe(false);
  });

  it('selects nothing, and does not fail, on shapes no API server writes', () => {
    expect(keepService(svc('shop', 'app=web'), index)).toBe(false);
    expect(keepService(svc('shop', ['web']), index)).toBe(false);
    expect(keepNetworkPolicy(policy('shop', { matchExpressions: { key: 'app', operator: 'Exists' } }), index)).toBe(false);
    expect(keepNetworkPolicy(policy('shop', { matchLabels: 'app=web' }), index)).toBe(false);
    expect(keepNetworkPolicy(policy('shop', { matchExpressions: [null] }), index)).toBe(false);
  });
});
