import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { loadSnapshotFromPath } from '../src/kube/offline.js';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'offline');
const names = (objects: { metadata: { name: string; namespace?: string } }[]): string[] =>
  objects.map((o) => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name));

describe('offline snapshot from kubectl get -o yaml (multi-document)', () => {
  const file = path.join(fixtures, 'multidoc', 'cluster.yaml');

  it('keeps Windows nodes, their pods, unscheduled Windows pods and their events', async () => {
    const snapshot = await loadSnapshotFromPath(file, {});
    expect(snapshot.source).toEqual({ kind: 'files', path: file });
    expect(names(snapshot.nodes)).toEqual(['akswin22000000', 'winnode19-1']);
    expect(names(snapshot.pods)).toEqual(['batch/report-worker-5c8d7f9b6-hx7vn', 'web/aspnet-6f7b9d8c4-9qk2m', 'web/iis-7d9c5b8f6-x2k4p']);
    expect(snapshot.events.map((e) => `${e.involvedObject.kind}/${e.involvedObject.name}/${e.reason}`)).toEqual([
      'Node/winnode19-1/NodeNotReady',
      'Pod/aspnet-6f7b9d8c4-9qk2m/Failed',
      'Pod/report-worker-5c8d7f9b6-hx7vn/FailedScheduling',
      'Pod/aspnet-6f7b9d8c4-9qk2m/BackOff',
    ]);
    const failed = snapshot.events.find((e) => e.reason === 'Failed');
    expect(failed?.message).toContain('no match for platform in manifest');
    expect(names(snapshot.namespaces ?? [])).toEqual(['batch', 'kube-system', 'web']);
    expect(snapshot.namespaces?.[2]?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('baseline');
    // Newest time in the objects: the aspnet BackOff event.
    expect(snapshot.collectedAt).toBe('2024-11-20T10:41:07.000Z');
    expect(snapshot.serverVersion).toBeUndefined();
    expect(snapshot.notes).toEqual([expect.stringContaining('server version is unknown offline')]);
  });

  it('applies node names, label selector and namespace like live collection', async () => {
    const one = await loadSnapshotFromPath(file, { nodeNames: ['winnode19-1'] });
    expect(names(one.nodes)).toEqual(['winnode19-1']);
    expect(one.pods).toEqual([]);
    expect(one.events.map((e) => e.reason)).toEqual(['NodeNotReady']);

    const labelled = await loadSnapshotFromPath(file, { nodeLabelSelector: 'agentpool=win22' });
    expect(names(labelled.nodes)).toEqual(['akswin22000000']);

    const web = await loadSnapshotFromPath(file, { namespace: 'web' });
    expect(names(web.pods)).toEqual(['web/aspnet-6f7b9d8c4-9qk2m', 'web/iis-7d9c5b8f6-x2k4p']);
    expect(web.events.map((e) => e.reason)).toEqual(['NodeNotReady', 'Failed', 'BackOff']);
  });

  it('rejects a missing or Linux node by name', async () => {
    await expect(loadSnapshotFromPath(file, { nodeNames: ['akswin22000009'] })).rejects.toThrow('node akswin22000009 not found');
    await expect(loadSnapshotFromPath(file, { nodeNames: ['aks-nodepool1-38216512-vmss000000'] })).rejects.toThrow(
      'node aks-nodepool1-38216512-vmss000000 is a linux node; windbg diagnoses Windows nodes',
    );
  });

  it('collects one pod with its own events and its node', async () => {
    const snapshot = await loadSnapshotFromPath(file, { pod: { namespace: 'web', name: 'aspnet-6f7b9d8c4-9qk2m' } });
    expect(names(snapshot.nodes)).toEqual(['akswin22000000']);
    expect(names(snapshot.pods)).toEqual(['web/aspnet-6f7b9d8c4-9qk2m']);
    expect(snapshot.events.map((e) => e.reason)).toEqual(['Failed', 'BackOff']);

    const pending = await loadSnapshotFromPath(file, { pod: { namespace: 'batch', name: 'report-worker-5c8d7f9b6-hx7vn' } });
    expect(names(pending.nodes)).toEqual(['akswin22000000', 'winnode19-1']);
    expect(pending.events.map((e) => e.reason)).toEqual(['FailedScheduling']);

    await expect(loadSnapshotFromPath(file, { pod: { namespace: 'kube-system', name: 'coredns-6f8b9c4d7-mz2q8' } })).rejects.toThrow(
      'a linux node',
    );
    await expect(loadSnapshotFromPath(file, { pod: { namespace: 'web', name: 'gone' } })).rejects.toThrow('pod web/gone not found');
  });
});

describe('offline snapshot from kind: List JSON (kubectl get -o json)', () => {
  it('reads nodes, pods and events and drops managedFields', async () => {
    const snapshot = await loadSnapshotFromPath(path.join(fixtures, 'list', 'eks-windows.json'), {});
    expect(names(snapshot.nodes)).toEqual(['ip-10-0-2-41.ec2.internal', 'ip-10-0-2-77.ec2.internal']);
    expect(names(snapshot.pods)).toEqual(['payments/gateway-5f6a7b8c9-zz8qw', 'payments/ledger-7b8c9d6f5-k2lmn']);
    expect(snapshot.events.map((e) => e.reason)).toEqual(['NodeNotReady', 'FailedCreatePodSandBox', 'BackOff']);
    expect(snapshot.nodes.every((n) => !('managedFields' in n.metadata))).toBe(true);
    expect(snapshot.pods[1]?.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode).toBe(-1073741510);
    expect(snapshot.namespaces).toBeUndefined();
  });
});

describe('offline snapshot from a kubectl cluster-info dump tree', () => {
  it('reads typed lists without item kinds (Services too), ignores logs and other kinds, and reads version.json', async () => {
    const dir = path.join(fixtures, 'dump');
    const snapshot = await loadSnapshotFromPath(dir, {});
    expect(snapshot.source).toEqual({ kind: 'files', path: dir });
    expect(names(snapshot.nodes)).toEqual(['akswin25000000']);
    expect(snapshot.nodes[0]?.kind).toBe('Node');
    expect(names(snapshot.pods)).toEqual(['shop/cart-api-58d6c7b9f4-qv9tz', 'shop/storefront-6c5d4b3a2-p8r7s']);
    expect(snapshot.pods.every((p) => p.kind === 'Pod' && p.apiVersion === 'v1')).toBe(true);
    // The Normal "Started" event of the settled pod (running, ready, never restarted) is not kept.
    expect(snapshot.events.map((e) => `${e.involvedObject.kind}/${e.reason}`)).toEqual([
      'Node/RegisteredNode',
      'Pod/Failed',
    ]);
    expect(snapshot.serverVersion).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.2' });
    expect(snapshot.notes).toEqual([]);
    // <namespace>/services.json: a ServiceList whose items carry no kind, slimmed as the live list is.
    expect(snapshot.services?.map((s) => [s.kind, `${s.metadata.namespace}/${s.metadata.name}`, s.spec?.selector, s.spec?.type])).toEqual([
      ['Service', 'shop/storefront', { app: 'storefront' }, 'ClusterIP'],
    ]);
    expect(snapshot.networkPolicies).toBeUndefined();
  });
});

describe('offline input errors', () => {
  it('names the file and line of malformed YAML', async () => {
    const file = path.join(fixtures, 'malformed', 'bad-indent.yaml');
    const error = await loadSnapshotFromPath(file, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot read ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, line 7: `));
  });

  it('names the file and line of malformed JSON', async () => {
    const file = path.join(fixtures, 'malformed', 'missing-comma.json');
    const error = await loadSnapshotFromPath(file, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`cannot read ${file}, line 10: `);
  });

  it('finds the line even when JSON.parse gives no position', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'windbg-offline-'));
    const file = path.join(dir, 'pods.json');
    writeFileSync(file, '{\n  "kind": "List",\n  "items": [1, 2,]\n}\n');
    await expect(loadSnapshotFromPath(file, {})).rejects.toThrow(`cannot read ${file}, line 3: `);
  });

  it('reads JSON documents written one after another', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'windbg-offline-'));
    const file = path.join(dir, 'dump.json');
    const nodeDoc = {
      kind: 'NodeList',
      apiVersion: 'v1',
      items: [{ metadata: { name: 'win-0', labels: { 'kubernetes.io/os': 'windows' } }, status: { nodeInfo: { operatingSystem: 'windows' } } }],
    };
    const podDoc = { kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: 'iis', namespace: 'web' }, spec: { nodeName: 'win-0', containers: [] } }] };
    writeFileSync(file, `${JSON.stringify(nodeDoc, null, 2)}\n${JSON.stringify(podDoc, null, 2)}\n`);
    const snapshot = await loadSnapshotFromPath(file, {});
    expect(names(snapshot.nodes)).toEqual(['win-0']);
    expect(names(snapshot.pods)).toEqual(['web/iis']);
  });

  it('rejects a missing path and an empty directory', async () => {
    await expect(loadSnapshotFromPath('/nonexistent/bundle', {})).rejects.toThrow('--from path /nonexistent/bundle does not exist');
    const empty = mkdtempSync(path.join(tmpdir(), 'windbg-offline-'));
    await expect(loadSnapshotFromPath(empty, {})).rejects.toThrow(UsageError);
  });

  it('rejects a malformed label selector before reading', async () => {
    await expect(loadSnapshotFromPath(path.join(fixtures, 'multidoc'), { nodeLabelSelector: 'pool in win' })).rejects.toThrow(
      'invalid label selector',
    );
  });
});
