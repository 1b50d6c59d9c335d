import { describe, expect, it } from 'vitest';
import { decodeListPage, peekContinueToken, scanListBody } from '../src/kube/raw-list.js';
import { keepPod, type PodFilter } from '../src/kube/select.js';
import type { KPod } from '../src/kube/types.js';
import { generateScaleObjects } from './support/sim/index.js';

/** A pod list page the way the API server writes it: metadata first, compact JSON. */
function podList(items: object[], continueToken?: string): Buffer {
  const metadata = { resourceVersion: '48213907', ...(continueToken ? { continue: continueToken, remainingItemCount: 1200 } : {}) };
  return Buffer.from(JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata, items }));
}

function pod(name: string, nodeName: string | undefined, extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}): KPod {
  return {
    metadata: { name, namespace: 'web', uid: `uid-${name}`, labels: { app: 'iis', ...extra.labels }, annotations: extra.annotations },
    spec: {
      ...(nodeName !== undefined ? { nodeName } : {}),
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      containers: [{ name: 'iis', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' }],
    },
    status: { phase: nodeName ? 'Running' : 'Pending' },
  };
}

const onWindows = { nodeNames: new Set(['akswin22000000', 'akswin22000001']), unscheduled: true };
const names = (pods: KPod[]): string[] => pods.map((p) => p.metadata.name);
const continueToken = 'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NDgyMTM5MDcsInN0YXJ0Ijoid2ViL2lpcy01XHUwMDAwIn0';

describe('scanning a list page', () => {
  it('finds the metadata, each item and each spec.nodeName', () => {
    const body = podList([pod('iis-1', 'akswin22000000'), pod('iis-2', undefined)], continueToken);
    const layout = scanListBody(body, { nestedMember: Buffer.from('nodeName') })!;
    expect(JSON.parse(body.toString('utf8', layout.metadata!.start, layout.metadata!.end))).toEqual({
      resourceVersion: '48213907',
      continue: continueToken,
      remainingItemCount: 1200,
    });
    expect(layout.items).toHaveLength(4);
    expect(JSON.parse(body.toString('utf8', layout.items[0], layout.items[1])).metadata.name).toBe('iis-1');
    expect(body.toString('utf8', layout.memberValues[0], layout.memberValues[1])).toBe('akswin22000000');
    expect(layout.memberValues.slice(2)).toEqual([-1, -1]);
  });

  it('reads a pretty-printed page too', () => {
    const body = Buffer.from(JSON.stringify({ kind: 'PodList', metadata: { continue: 'abc' }, items: [pod('iis-1', 'akswin22000001')] }, null, 2));
    const page = decodeListPage<KPod>(body, onWindows);
    expect(names(page.items)).toEqual(['iis-1']);
    expect(page.continueToken).toBe('abc');
  });

  it('gives up on bodies that are not a list of objects, or are cut short', () => {
    expect(scanListBody(Buffer.from('{"items":[1,2]}'))).toBeUndefined();
    expect(scanListBody(Buffer.from('[{"a":1}]'))).toBeUndefined();
    expect(scanListBody(Buffer.from('{"items":[{"a":"b"}'))).toBeUndefined();
    expect(scanListBody(Buffer.from('{"items":[]} trailing'))).toBeUndefined();
  });
});

describe('decoding a pod page for a set of nodes', () => {
  it('parses only pods on the given nodes and unscheduled ones', () => {
    const body = podList([
      pod('iis-1', 'akswin22000000'),
      pod('nginx-1', 'aks-nodepool1-31415926-vmss000000'),
      pod('iis-pending', undefined),
      pod('iis-2', 'akswin22000001'),
    ]);
    const page = decodeListPage<KPod>(body, onWindows);
    expect(names(page.items)).toEqual(['iis-1', 'iis-pending', 'iis-2']);
    expect(page.listed).toBe(4);
    expect(page.continueToken).toBeUndefined();
    expect(names(decodeListPage<KPod>(body, { ...onWindows, unscheduled: false }).items)).toEqual(['iis-1', 'iis-2']);
  });

  it('is not fooled by nodeName in labels, annotations or escaped JSON', () => {
    const lastApplied = JSON.stringify({ spec: { nodeName: 'akswin22000000' } });
    const body = podList([
      // Unscheduled, but a label and an annotation hold a Windows node name under the key nodeName.
      pod('batch-1', undefined, { labels: { nodeName: 'akswin22000000' }, annotations: { nodeName: 'akswin22000001', 'kubectl.kubernetes.io/last-applied-configuration': lastApplied } }),
      // On Linux, with a Windows node name inside an escaped annotation.
      pod('nginx-1', 'aks-nodepool1-31415926-vmss000000', { annotations: { note: lastApplied } }),
    ]);
    expect(names(decodeListPage<KPod>(body, { ...onWindows, unscheduled: false }).items)).toEqual([]);
    expect(names(decodeListPage<KPod>(body, onWindows).items)).toEqual(['batch-1']);
  });

  it('parses a pod when its node name holds escapes rather than guess', () => {
    const body = Buffer.from(
      '{"kind":"PodList","metadata":{},"items":[{"metadata":{"name":"odd"},"spec":{"nodeName":"akswin22\\u0030\\u0030\\u0030\\u0030\\u0030\\u0030"}}]}',
    );
    const page = decodeListPage<KPod>(body, onWindows);
    expect(page.items.map((p) => p.spec?.nodeName)).toEqual(['akswin22000000']);
  });

  it('falls back to parsing the whole body, and rejects bad JSON', () => {
    expect(decodeListPage<KPod>(Buffer.from('{"kind":"PodList","items":null}'), onWindows)).toEqual({ items: [], listed: 0, continueToken: undefined });
    expect(() => decodeListPage(Buffer.from('{"kind":"PodList","items":[{"metadata":'), onWindows)).toThrow(SyntaxError);
    expect(() => decodeListPage(Buffer.from('not json'))).toThrow(SyntaxError);
  });

  it('keeps exactly the pods keepPod keeps on a generated cluster', () => {
    const objects = generateScaleObjects({ nodes: 60, windowsNodes: 12, pods: 1500, events: 0, brokenFraction: 0.05, now: new Date('2025-06-03T09:30:00Z') });
    const pods = objects.filter((o) => o.kind === 'Pod') as unknown as KPod[];
    const windowsNodes = objects
      .filter((o) => o.kind === 'Node' && (o as { metadata: { labels: Record<string, string> } }).metadata.labels['kubernetes.io/os'] === 'windows')
      .map((o) => (o as { metadata: { name: string } }).metadata.name);
    const filter: PodFilter = { nodeNames: new Set(windowsNodes), includeUnscheduled: true };
    const decoded = decodeListPage<KPod>(podList(pods), { nodeNames: filter.nodeNames, unscheduled: true });
    const withoutManagedFields = (p: KPod): KPod => {
      const { managedFields: _managedFields, ...metadata } = p.metadata as KPod['metadata'] & { managedFields?: unknown };
      return { ...p, metadata };
    };
    const expected = pods.filter((p) => keepPod(p, filter)).map(withoutManagedFields);
    expect(pods.every((p) => Array.isArray((p.metadata as { managedFields?: unknown }).managedFields))).toBe(true);
    expect(decoded.items.filter((p) => keepPod(p, filter))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(250);
    // Only the unscheduled pods aimed elsewhere are parsed and then dropped by keepPod.
    expect(decoded.items.length - expected.length).toBe(pods.filter((p) => !p.spec?.nodeName && !keepPod(p, filter)).length);
  });
});

describe('leaving metadata.managedFields out before parsing', () => {
  const managedFields = [{ manager: 'kubelet.exe', operation: 'Update', apiVersion: 'v1', time: '2025-06-03T09:00:00Z', fieldsType: 'FieldsV1', fieldsV1: { 'f:status': { 'f:phase': {} } } }];
  const decodeOne = (text: string): KPod => decodeListPage<KPod>(Buffer.from(`{"kind":"PodList","metadata":{},"items":[${text}]}`), onWindows).items[0]!;
  const spec = '"spec":{"nodeName":"akswin22000000"}';

  it('wherever the member is in metadata, with its comma', () => {
    const mf = JSON.stringify(managedFields);
    expect(decodeOne(`{"metadata":{"name":"a","managedFields":${mf}},${spec}}`).metadata).toEqual({ name: 'a' });
    expect(decodeOne(`{"metadata":{"managedFields":${mf},"name":"b"},${spec}}`).metadata).toEqual({ name: 'b' });
    expect(decodeOne(`{"metadata":{"name":"c","managedFields":${mf},"uid":"u"},${spec}}`).metadata).toEqual({ name: 'c', uid: 'u' });
    expect(decodeOne(`{"metadata":{"managedFields":${mf}},${spec}}`).metadata).toEqual({});
    expect(decodeOne(`{"metadata":{"name":"d" ,\n "managedFields" : ${mf} \n},${spec}}`).metadata).toEqual({ name: 'd' });
  });

  it('leaves other values alone: a null member, the same text inside strings, deeper members', () => {
    expect(decodeOne(`{"metadata":{"name":"e","managedFields":null},${spec}}`).metadata).toEqual({ name: 'e', managedFields: null });
    expect(decodeOne(`{"metadata":{"name":"managedFields","labels":{"managedFields":"x"}},${spec}}`).metadata).toEqual({ name: 'managedFields', labels: { managedFields: 'x' } });
  });

  it('keeps the rest of every pod of a pretty-printed page', () => {
    const pods = [pod('iis-1', 'akswin22000000'), pod('iis-2', 'akswin22000001')].map((p) => ({ ...p, metadata: { ...p.metadata, managedFields } }));
    const body = Buffer.from(JSON.stringify({ kind: 'PodList', metadata: {}, items: pods }, null, 2));
    expect(decodeListPage<KPod>(body, onWindows).items).toEqual([pod('iis-1', 'akswin22000000'), pod('iis-2', 'akswin22000001')]);
  });
});

describe('decoding an event page for a set of involved objects', () => {
  const event = (name: string, involved: string | undefined, managedFields = false): object => ({
    metadata: { name: `${name}.17fc6a1b2c3d4e5f`, namespace: 'web', ...(managedFields ? { managedFields: [{ manager: 'kubelet.exe', operation: 'Update' }] } : {}) },
    ...(involved !== undefined ? { involvedObject: { kind: 'Pod', namespace: 'web', name: involved, uid: `uid-${involved}` } } : {}),
    reason: 'BackOff',
    message: `Back-off restarting failed container app in pod ${involved}`,
    type: 'Warning',
  });
  const involving = { involvedNames: new Set(['iis-1', 'akswin22000000']) };

  it('parses only events about the named objects, and those that name none', () => {
    const body = podList([event('a', 'iis-1', true), event('b', 'nginx-7'), event('c', undefined), event('iis-1', 'redis-2'), event('d', 'akswin22000000')]);
    const page = decodeListPage<{ metadata: { name: string; managedFields?: unknown } }>(body, involving);
    expect(page.items.map((e) => e.metadata.name)).toEqual(['a.17fc6a1b2c3d4e5f', 'c.17fc6a1b2c3d4e5f', 'd.17fc6a1b2c3d4e5f']);
    expect(page.listed).toBe(5);
    expect(page.items[0]!.metadata.managedFields).toBeUndefined();
  });

  it('matches the name inside involvedObject only, never metadata.name', () => {
    const body = podList([event('iis-1', 'other')]);
    expect(decodeListPage(body, involving).items).toEqual([]);
  });
});

describe('a node name outside spec', () => {
  it('does not decide whether a pod is wanted', () => {
    const onLinux = { ...pod('iis-9', 'aks-nodepool1-0'), status: { nodeName: 'akswin22000000' } };
    expect(decodeListPage<KPod>(podList([onLinux]), onWindows).items).toEqual([]);
  });
});

describe('reading the continue token ahead', () => {
  it('reads it from the head of the body', () => {
    expect(peekContinueToken(podList([pod('iis-1', 'akswin22000000')], continueToken))).toBe(continueToken);
    expect(peekContinueToken(podList([pod('iis-1', 'akswin22000000')]))).toBeUndefined();
  });

  it('still finds it when the items come first, and ignores broken bodies', () => {
    const body = Buffer.from(JSON.stringify({ items: [pod('iis-1', 'akswin22000000')], metadata: { continue: 'abc' } }));
    expect(peekContinueToken(body)).toBe('abc');
    expect(peekContinueToken(Buffer.from('{"metadata":{"continue":'))).toBeUndefined();
  });
});
