/**
 * Node health as the control plane sees it: the Ready condition plus the node Lease, against
 * kubelets that keep the real cadence (Lease every 10 s, status every 5 min when unchanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHealth } from '../src/engine/build-view.js';
import { defaultThresholds } from '../src/engine/result.js';
import { createKubeClient } from '../src/kube/client.js';
import { collectSnapshot } from '../src/kube/collect.js';
import { loadSnapshotFromPath } from '../src/kube/offline.js';
import type { KLease, KNode } from '../src/kube/types.js';
import { runCli } from './cli-harness.js';
import { kubectlAvailable, runProcess } from './e2e-support.js';
import { LEASE_RENEW_SECONDS, ManualClock, STATUS_REPORT_SECONDS, phaseSeconds, startSimCluster, type SimCluster } from './support/sim/index.js';
import { dumpSim } from './support/sim-dump.js';

const fastRetry = { baseDelayMs: 5, maxDelayMs: 20 };
const now = new Date('2026-03-02T10:00:00Z');
const ago = (seconds: number): string => new Date(now.getTime() - seconds * 1000).toISOString();

function node(ready: 'True' | 'False' | 'Unknown', heartbeatSecondsAgo: number): KNode {
  return {
    metadata: { name: 'akswin22000003' },
    status: { conditions: [{ type: 'Ready', status: ready, reason: ready === 'Unknown' ? 'NodeStatusUnknown' : 'KubeletReady', lastHeartbeatTime: ago(heartbeatSecondsAgo) }] },
  };
}

function lease(renewedSecondsAgo: number): KLease {
  return {
    metadata: { name: 'akswin22000003', namespace: 'kube-node-lease' },
    spec: { holderIdentity: 'akswin22000003', leaseDurationSeconds: 40, renewTime: ago(renewedSecondsAgo).replace('Z', '000Z') },
  };
}

describe('nodeHealth', () => {
  it('a Ready heartbeat of 4 minutes with a fresh Lease is healthy', () => {
    expect(nodeHealth(node('True', 240), lease(6), defaultThresholds, now)).toEqual({
      ready: 'True',
      stale: false,
      heartbeatAgeSeconds: 240,
      leaseAgeSeconds: 6,
    });
  });

  it('a Lease older than the grace period is stale even while Ready still says True', () => {
    expect(nodeHealth(node('True', 30), lease(95), defaultThresholds, now)).toMatchObject({ ready: 'True', stale: true, leaseAgeSeconds: 95 });
  });

  it('the grace period is configurable', () => {
    expect(nodeHealth(node('True', 30), lease(95), { nodeGraceSeconds: 120 }, now).stale).toBe(false);
  });

  it('Ready=Unknown (the controller stopped hearing from the kubelet) is stale', () => {
    expect(nodeHealth(node('Unknown', 600), undefined, defaultThresholds, now)).toMatchObject({ ready: 'Unknown', stale: true });
  });

  it('without a Lease only the Ready condition counts, however old its heartbeat', () => {
    expect(nodeHealth(node('True', 290), undefined, defaultThresholds, now)).toEqual({ ready: 'True', stale: false, heartbeatAgeSeconds: 290 });
  });
});

describe('simulated kubelets keep the real cadence', () => {
  // The cluster lives on a clock the test moves: every age below is exact.
  const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: 'demo', clock });
  });
  afterAll(async () => {
    await sim?.close();
  });

  const ageOf = (time: string | undefined): number => (clock.now() - Date.parse(String(time))) / 1000;
  const readyOf = (n: KNode) => n.status?.conditions?.find((c) => c.type === 'Ready');
  const runningNodes = () => (sim.store.list('Node') as KNode[]).filter((n) => readyOf(n)?.status !== 'Unknown');
  const leaseOf = (n: KNode) => sim.store.get('Lease', 'kube-node-lease', n.metadata.name) as KLease;

  it('each running kubelet posted its status at its own point of the 5-minute cycle and renewed its Lease within 10 s', () => {
    const running = runningNodes();
    expect(running.length).toBeGreaterThan(3);
    for (const n of running) {
      expect(ageOf(readyOf(n)?.lastHeartbeatTime)).toBe(phaseSeconds(n.metadata.name, STATUS_REPORT_SECONDS));
      const nodeLease = leaseOf(n);
      expect(nodeLease.spec?.holderIdentity).toBe(n.metadata.name);
      expect(ageOf(nodeLease.spec?.renewTime)).toBe(phaseSeconds(n.metadata.name, LEASE_RENEW_SECONDS));
      expect(nodeLease.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Node', name: n.metadata.name });
      expect((nodeLease.metadata['managedFields'] as { manager: string }[])[0]?.manager).toBe('kubelet');
    }
    // Over five nodes the phases spread: some healthy heartbeats are minutes old, as on a real cluster.
    expect(running.some((n) => ageOf(readyOf(n)?.lastHeartbeatTime) > 120)).toBe(true);
  });

  it('as time passes, Leases are renewed every 10 s and each status is posted once per 5 minutes, on its own phase', () => {
    const running = runningNodes();
    const postedBefore = new Map(running.map((n) => [n.metadata.name, Date.parse(String(readyOf(n)?.lastHeartbeatTime))]));
    clock.advance(LEASE_RENEW_SECONDS * 1000);
    for (const n of runningNodes()) expect(ageOf(leaseOf(n).spec?.renewTime)).toBe(0);
    clock.advance((STATUS_REPORT_SECONDS - LEASE_RENEW_SECONDS) * 1000);
    for (const n of runningNodes()) {
      const posted = Date.parse(String(readyOf(n)?.lastHeartbeatTime));
      const before = postedBefore.get(n.metadata.name)!;
      // The next post is the first 10-second tick at or after 5 minutes from the last one.
      expect(posted).toBeGreaterThan(before);
      expect(posted - before).toBeGreaterThanOrEqual(STATUS_REPORT_SECONDS * 1000);
      expect(posted - before).toBeLessThan((STATUS_REPORT_SECONDS + LEASE_RENEW_SECONDS) * 1000);
      expect(ageOf(readyOf(n)?.lastHeartbeatTime)).toBeLessThan(STATUS_REPORT_SECONDS);
      expect(ageOf(leaseOf(n).spec?.renewTime)).toBe(0);
    }
  });

  it('a stopped kubelet renews nothing: its Lease stays at the last heartbeat', () => {
    const stopped = (sim.store.list('Node') as KNode[]).filter((n) => readyOf(n)?.status === 'Unknown');
    for (const n of stopped) {
      const nodeLease = sim.store.get('Lease', 'kube-node-lease', n.metadata.name) as KLease;
      expect(Date.parse(String(nodeLease.spec?.renewTime))).toBe(Date.parse(String(readyOf(n)?.lastHeartbeatTime)));
    }
  });

  it('real kubectl lists the Leases in kube-node-lease', async () => {
    if (!kubectlAvailable()) throw new Error('kubectl is not installed: this test needs the real kubectl on PATH');
    // Asynchronously: the simulated cluster answers from this very process.
    const run = await runProcess('kubectl', ['get', 'lease', '-n', 'kube-node-lease'], { KUBECONFIG: sim.kubeconfigPath });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +HOLDER +AGE$/);
    const names = lines.slice(1).map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual(expect.arrayContaining(['akswin22-0', 'akswin22-1', 'win19-0', 'win25-0', 'win2004-0']));
    expect(lines.find((l) => l.startsWith('akswin22-0 '))).toMatch(/^akswin22-0 +akswin22-0 +\d+[smhdy]/);
  });
});

describe('collecting Leases with the nodes', () => {
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: 'basic' });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('reads the Lease of every selected Windows node, and only those', async () => {
    const client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
    const snapshot = await collectSnapshot(client, {});
    expect(snapshot.leases?.map((l) => l.metadata.name)).toEqual(['akswin22-0', 'win19-0']);
    expect(snapshot.notes).toEqual([]);
  });

  it('a 403 on Leases degrades to the Ready condition with a note', async () => {
    sim.faults.push({ path: /\/leases/, status: 403, times: 10 });
    try {
      const client = await createKubeClient({ kubeconfig: sim.kubeconfigPath, retry: fastRetry });
      const snapshot = await collectSnapshot(client, {});
      expect(snapshot.leases).toBeUndefined();
      expect(snapshot.nodes.map((n) => n.metadata.name)).toEqual(['akswin22-0', 'win19-0']);
      expect(snapshot.notes).toEqual([expect.stringMatching(/^node leases could not be read \(forbidden.*\); node health rests on the Ready condition alone$/)]);
    } finally {
      sim.faults.length = 0;
    }
  });

  it('offline, "now" is the newest time in the input and the report says so', async () => {
    const file = dumpSim(sim);
    const snapshot = await loadSnapshotFromPath(file, {});
    const newestLease = Math.max(...(snapshot.leases ?? []).map((l) => Date.parse(String(l.spec?.renewTime))));
    expect(Date.parse(snapshot.collectedAt)).toBeGreaterThanOrEqual(newestLease);
    const run = await runCli(['node', 'akswin22-0', '--from', file], { env: { NO_COLOR: '1' } });
    expect(run.stdout.split('\n')[1]).toBe(
      `as of ${snapshot.collectedAt}, the newest time in the input (ages and node health are measured from it)`,
    );
  });
});

describe('a healthy cluster is green, live and offline', () => {
  let sim: SimCluster;
  beforeAll(async () => {
    sim = await startSimCluster({ scenario: 'basic' });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('check --fail-on warning exits 0 with no finding, through the API and through --from on the same objects', async () => {
    const live = await runCli(['check', '--fail-on', 'warning', '-o', 'json', '--kubeconfig', sim.kubeconfigPath]);
    const offline = await runCli(['check', '--fail-on', 'warning', '-o', 'json', '--from', dumpSim(sim)]);
    for (const run of [live, offline]) {
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string }[]; checked: { nodes: number } };
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(report.checked.nodes).toBe(2);
      expect(run.code).toBe(0);
    }
  });

  it('a node whose kubelet stopped renewing its Lease is reported, live and offline', async () => {
    sim.stopKubelet('win19-0');
    const stale = sim.store.get('Lease', 'kube-node-lease', 'win19-0') as KLease;
    sim.store.put({ ...stale, spec: { ...stale.spec, renewTime: new Date(Date.now() - 180_000).toISOString().replace('Z', '000Z') } });
    const live = await runCli(['node', 'win19-0', '-o', 'json', '--fail-on', 'warning', '--kubeconfig', sim.kubeconfigPath]);
    const offline = await runCli(['node', 'win19-0', '-o', 'json', '--fail-on', 'warning', '--from', dumpSim(sim)]);
    for (const run of [live, offline]) {
      const report = JSON.parse(run.stdout) as { findings: { ruleId: string; target: { name: string }; message: string; evidence: { text: string }[] }[] };
      const nodeFinding = report.findings.find((f) => f.target.name === 'win19-0');
      expect(nodeFinding?.message).toMatch(/Lease not renewed for 1[78]\ds/);
      expect(nodeFinding?.evidence.map((e) => e.text)).toContainEqual(expect.stringMatching(/^node Lease last renewed 1[78]\ds ago \(grace period 40s\)$/));
      expect(run.code).toBe(1);
    }
  });
});

describe('live equals --from on the same objects, on every scenario', () => {
  const key = (f: { ruleId: string; severity: string; target: { kind: string; namespace?: string; name: string }; evidence: unknown[] }): string =>
    `${f.severity} ${f.ruleId} ${f.target.kind}/${f.target.namespace ?? ''}/${f.target.name} evidence=${f.evidence.length}`;

  it.each(['basic', 'demo'])('%s', async (scenario) => {
    const sim = await startSimCluster({ scenario });
    try {
      const live = await runCli(['check', '-o', 'json', '--kubeconfig', sim.kubeconfigPath]);
      const offline = await runCli(['check', '-o', 'json', '--from', dumpSim(sim)]);
      const [liveReport, offlineReport] = [live, offline].map((run) => JSON.parse(run.stdout) as { findings: Parameters<typeof key>[0][]; checked: unknown });
      expect(offlineReport!.findings.map(key)).toEqual(liveReport!.findings.map(key));
      expect(offlineReport!.checked).toEqual(liveReport!.checked);
      expect(offline.code).toBe(live.code);
    } finally {
      await sim.close();
    }
  });
});
