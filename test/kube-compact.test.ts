import { describe, expect, it } from 'vitest';
import { lastAppliedAnnotation, tidyObject } from '../src/kube/select.js';
import { StringPool } from '../src/kube/string-pool.js';
import type { KNode, KPod } from '../src/kube/types.js';

function replica(name: string, nodeName: string): KPod {
  // Parsed from text, as the client does, so that no two pods share anything to begin with.
  return JSON.parse(
    JSON.stringify({
      metadata: {
        name,
        namespace: 'web',
        uid: `uid-${name}`,
        labels: { app: 'iis', 'pod-template-hash': '7d9c6f' },
        annotations: { [lastAppliedAnnotation]: '{"apiVersion":"v1","kind":"Pod"}', 'prometheus.io/scrape': 'true' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'iis-7d9c6f', uid: 'rs-uid', controller: true }],
        managedFields: [{ manager: 'kube-controller-manager', operation: 'Update' }],
      },
      spec: {
        nodeName,
        containers: [{ name: 'iis', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022', ports: [{ containerPort: 80 }] }],
        tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }],
        volumes: [{ name: `kube-api-access-${name}`, projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3607 } }] } }],
      },
      status: {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'iis',
            ready: true,
            restartCount: 0,
            image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
            imageID: 'mcr.microsoft.com/windows/servercore/iis@sha256:0259b71be591d12e847fe4e66efd1ccd44238d0a4e3f4206575a1486d2fa4cf3',
            containerID: 'containerd://8a5e6ccf9eed983ad2e0cd5936decb4260ae831c226c3411926a322e9403d7f4',
            state: { running: { startedAt: '2025-06-03T08:12:40Z' } },
          },
        ],
      },
    }),
  ) as KPod;
}

describe('slimming kept objects', () => {
  it('drops what nothing reads from a pod and keeps the rest', () => {
    const tidy = tidyObject(replica('iis-1', 'akswin22000000'), 'Pod', 'v1');
    expect(tidy.kind).toBe('Pod');
    expect('managedFields' in tidy.metadata).toBe(false);
    expect(tidy.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true' });
    expect(tidy.metadata.ownerReferences?.[0]?.name).toBe('iis-7d9c6f');
    const status = tidy.status!.containerStatuses![0]!;
    expect(status).toEqual({
      name: 'iis',
      ready: true,
      restartCount: 0,
      image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
      state: { running: { startedAt: '2025-06-03T08:12:40Z' } },
    });
    expect(tidy.spec?.volumes?.[0]?.name).toBe('kube-api-access-iis-1');
  });

  it('drops the image list of a node', () => {
    const node = {
      metadata: { name: 'akswin22000000', labels: { 'kubernetes.io/os': 'windows' } },
      status: {
        nodeInfo: { operatingSystem: 'windows', kernelVersion: '10.0.20348.2966' },
        images: [{ names: ['mcr.microsoft.com/oss/kubernetes/pause:3.9'], sizeBytes: 131_071_821 }],
      },
    } as KNode;
    const tidy = tidyObject(node, 'Node', 'v1');
    expect(tidy.status).toEqual({ nodeInfo: { operatingSystem: 'windows', kernelVersion: '10.0.20348.2966' } });
  });
});

describe('sharing repeated values between kept pods', () => {
  it('changes nothing observable', () => {
    const pool = new StringPool();
    const pods = ['iis-1', 'iis-2', 'iis-3'].map((name, i) => tidyObject(replica(name, `akswin2200000${i}`), 'Pod', 'v1'));
    const before = JSON.stringify(pods);
    for (const p of pods) pool.share(p);
    expect(JSON.stringify(pods)).toBe(before);
  });

  it('gives replicas one frozen copy of their identical parts', () => {
    const pool = new StringPool();
    const [a, b] = [pool.share(replica('iis-1', 'akswin22000000')), pool.share(replica('iis-2', 'akswin22000001'))];
    expect(a.spec?.tolerations).toBe(b.spec?.tolerations);
    expect(a.metadata.ownerReferences).toBe(b.metadata.ownerReferences);
    expect(a.metadata.labels).toBe(b.metadata.labels);
    expect(a.spec?.containers[0]?.ports).toBe(b.spec?.containers[0]?.ports);
    // Volume names differ per pod; the projected sources inside them are shared.
    expect(a.spec?.volumes).not.toBe(b.spec?.volumes);
    expect(a.spec?.volumes?.[0]?.['projected']).toBe(b.spec?.volumes?.[0]?.['projected']);
    expect(Object.isFrozen(a.spec?.tolerations?.[0])).toBe(true);
    expect(() => a.spec!.tolerations!.push({ key: 'x' })).toThrow(TypeError);
    // What differs stays each pod's own.
    expect(a.spec?.nodeName).toBe('akswin22000000');
    expect(b.spec?.nodeName).toBe('akswin22000001');
    expect(Object.isFrozen(a.metadata)).toBe(false);
  });
});
