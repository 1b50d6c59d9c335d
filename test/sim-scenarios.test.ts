/**
 * Scenario loading and the generated large cluster: timestamps rebased to load time, fixture
 * contents, probe outputs, determinism of the generator, and paging over a big store.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simRequest } from './support/sim/client.js';
import { generateScaleObjects, loadScenario, shiftTimestamps, startSimCluster, type SimCluster, type SimObject } from './support/sim/index.js';

type Loose = Record<string, any>;

const started: SimCluster[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
});

function byName(objects: SimObject[], kind: string, name: string): Loose {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} missing`);
  return found as Loose;
}

describe('scenario loading', () => {
  it('moves every timestamp so that the fixtures read as captured at load time', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { objects, settings } = loadScenario('demo', now);
    expect(settings).toMatchObject({ serverVersion: { gitVersion: 'v1.31.2' }, referenceTime: '2025-06-03T09:30:00Z' });
    const ready = byName(objects, 'Node', 'akswin22-0').status.conditions.find((c: Loose) => c.type === 'Ready');
    const heartbeatAge = now.getTime() - Date.parse(ready.lastHeartbeatTime);
    expect(heartbeatAge).toBeGreaterThan(0);
    expect(heartbeatAge).toBeLessThan(60_000);
    const dead = byName(objects, 'Node', 'win2004-0').status.conditions.find((c: Loose) => c.type === 'Ready');
    expect(dead).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(now.getTime() - Date.parse(dead.lastHeartbeatTime)).toBeGreaterThan(3 * 3600_000);
    const scheduling = objects.find((o) => o.kind === 'Event' && (o as Loose).reason === 'FailedScheduling') as Loose;
    expect(scheduling.eventTime).toMatch(/^2029-12-31T23:41:00\.\d{6}Z$/);
  });

  it('shifts only RFC 3339 strings and keeps fractional digits', () => {
    const shifted = shiftTimestamps({ a: '2025-01-01T00:00:00Z', b: ['2025-01-01T00:00:00.123456Z'], c: 'v1.30.4', d: 7, e: null }, 60_000);
    expect(shifted).toEqual({ a: '2025-01-01T00:01:00Z', b: ['2025-01-01T00:01:00.123456Z'], c: 'v1.30.4', d: 7, e: null });
  });

  it('holds the demo cluster the documentation describes', () => {
    const { objects, probeOutputs } = loadScenario('demo');
    const nodes = objects.filter((o) => o.kind === 'Node') as Loose[];
    expect(nodes.map((n) => [n.metadata.name, n.metadata.labels['kubernetes.io/os'], n.metadata.labels['node.kubernetes.io/windows-build']])).toEqual([
      ['akswin22-0', 'windows', '10.0.20348'],
      ['akswin22-1', 'windows', '10.0.20348'],
      ['win19-0', 'windows', '10.0.17763'],
      ['win25-0', 'windows', '10.0.26100'],
      ['win2004-0', 'windows', '10.0.19041'],
      ['linux-0', 'linux', undefined],
    ]);
    expect(byName(objects, 'Node', 'akswin22-1').status.nodeInfo).toMatchObject({
      kernelVersion: '10.0.20348.2966', osImage: 'Windows Server 2022 Datacenter', containerRuntimeVersion: 'containerd://1.7.20', kubeletVersion: 'v1.30.4',
    });
    expect(byName(objects, 'Node', 'akswin22-0').spec.taints).toEqual([{ effect: 'NoSchedule', key: 'os', value: 'windows' }]);
    expect(byName(objects, 'Namespace', 'kube-system').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    // every event points at an object of the scenario, by uid
    const uids = new Set(objects.filter((o) => o.kind === 'Pod' || o.kind === 'Node').map((o) => o.metadata.uid));
    for (const e of objects.filter((o) => o.kind === 'Event') as Loose[]) expect(uids.has(e.involvedObject.uid)).toBe(true);
    expect([...probeOutputs.keys()].sort()).toEqual(expect.arrayContaining(['akswin22-0', 'win19-0']));
  });

  it('loads a scenario from an absolute path, including multi-document files and typed lists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'windbg-scenario-'));
    try {
      await mkdir(join(dir, 'probe-outputs'));
      await writeFile(join(dir, 'probe-outputs', 'n1.json'), '{"schemaVersion":1}');
      await writeFile(join(dir, 'scenario.yaml'), 'podStartDelayMs: 5\nserverVersion: {major: "1", minor: "29", gitVersion: v1.29.9}\n');
      await writeFile(
        join(dir, 'objects.yaml'),
        [
          'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n---',
          'apiVersion: v1\nkind: NodeList\nitems:\n- metadata:\n    name: n1\n    labels:\n      kubernetes.io/os: windows\n',
        ].join('\n'),
      );
      const sim = await startSimCluster({ scenario: dir });
      started.push(sim);
      expect(sim.store.get('Node', undefined, 'n1')).toMatchObject({ kind: 'Node', apiVersion: 'v1' });
      expect(sim.store.get('Namespace', undefined, 'team-a')).toBeDefined();
      expect((await simRequest(sim, 'GET', '/version')).json.gitVersion).toBe('v1.29.9');
      expect(() => loadScenario(join(dir, 'nope'))).toThrow(/scenario ".*nope" not found/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts the basic scenario with the system namespaces every cluster has', async () => {
    const sim = await startSimCluster({ scenario: 'basic' });
    started.push(sim);
    const names = (sim.store.list('Namespace') as Loose[]).map((n) => n.metadata.name);
    expect(names).toEqual(['batch', 'default', 'kube-node-lease', 'kube-public', 'kube-system', 'web']);
    expect((sim.store.list('Node') as Loose[]).map((n) => n.metadata.name)).toEqual(['akswin22-0', 'linux-0', 'win19-0']);
    expect((await simRequest(sim, 'GET', '/version')).json.gitVersion).toBe('v1.30.6');
  });
});

describe('generated cluster at scale', () => {
  const opts = { nodes: 200, windowsNodes: 40, pods: 6000, events: 2000, brokenFraction: 0.05, seed: 7 };

  it('is deterministic per seed and has the requested shape', () => {
    const now = new Date('2025-06-03T09:30:00Z');
    const a = generateScaleObjects({ ...opts, now });
    const b = generateScaleObjects({ ...opts, now });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateScaleObjects({ ...opts, now, seed: 8 }))).not.toBe(JSON.stringify(a));

    const nodes = a.filter((o) => o.kind === 'Node') as Loose[];
    const pods = a.filter((o) => o.kind === 'Pod') as Loose[];
    expect(nodes).toHaveLength(200);
    expect(pods).toHaveLength(6000);
    expect(a.filter((o) => o.kind === 'Event')).toHaveLength(2000);
    const windows = nodes.filter((n) => n.metadata.labels['kubernetes.io/os'] === 'windows');
    expect(windows).toHaveLength(40);
    expect(new Set(windows.map((n) => n.metadata.labels['node.kubernetes.io/windows-build']))).toEqual(new Set(['10.0.17763', '10.0.20348', '10.0.26100']));
    expect(windows.filter((n) => n.status.conditions.some((c: Loose) => c.type === 'Ready' && c.status === 'Unknown')).length).toBeGreaterThan(0);

    const windowsNames = new Set(windows.map((n) => n.metadata.name));
    const onWindows = pods.filter((p) => windowsNames.has(p.spec.nodeName) || p.spec.nodeSelector?.['node.kubernetes.io/windows-build']);
    expect(onWindows.length).toBe(1200);
    const reasons = new Set(onWindows.map((p) => p.status.containerStatuses?.[0]?.state?.waiting?.reason ?? p.status.conditions[0].reason).filter(Boolean));
    expect(reasons).toEqual(new Set(['CreateContainerError', 'ImagePullBackOff', 'ContainerCreating', 'CrashLoopBackOff', 'Unschedulable']));
    const pause = a.find((o) => o.kind === 'Event' && (o as Loose).message.includes('failed to start sandbox')) as Loose;
    expect(pause.message).toMatch(/The container operating system does not match the host operating system/);
  });

  it('serves every page of a large list exactly once, and indexed field selectors', async () => {
    const sim = await startSimCluster({ objects: generateScaleObjects(opts) });
    started.push(sim);
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const r = await simRequest(sim, 'GET', `/api/v1/pods?limit=500${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
      for (const p of r.json.items as Loose[]) seen.add(`${p.metadata.namespace}/${p.metadata.name}`);
      token = r.json.metadata.continue;
    } while (token);
    expect(seen.size).toBe(6000);

    const node = (sim.store.list('Node') as Loose[])[0]!.metadata.name as string;
    const onNode = await simRequest(sim, 'GET', `/api/v1/pods?fieldSelector=spec.nodeName%3D${node}&limit=10`);
    const expected = (sim.store.list('Pod') as Loose[]).filter((p) => p.spec.nodeName === node).map((p) => p.metadata.name);
    expect(onNode.json.items.map((p: Loose) => p.metadata.name)).toEqual(expected.slice(0, 10));
    const rest = await simRequest(sim, 'GET', `/api/v1/pods?fieldSelector=spec.nodeName%3D${node}&limit=100&continue=${encodeURIComponent(onNode.json.metadata.continue)}`);
    expect(rest.json.items.map((p: Loose) => p.metadata.name)).toEqual(expected.slice(10));
  });
});
