import { describe, expect, it } from 'vitest';
import { buildView, foldTimeline } from '../src/engine/build-view.js';
import { inferPhase, phaseFromText } from '../src/engine/phase.js';
import { normalizeMessage } from '../src/engine/normalize.js';
import { defaultThresholds } from '../src/engine/result.js';
import type { TimelineEntry } from '../src/engine/view.js';
import { fixtureNow, fixtureSnapshot, listItems, snapshotOf, withItems } from './rules/rule-tester.js';

function entry(reason: string, message: string, count: number, firstTime?: string, lastTime?: string): TimelineEntry {
  const normalized = normalizeMessage(message);
  const e: TimelineEntry = { source: 'event', reason, message, normalized, phase: inferPhase(reason, normalized), count, type: 'Warning' };
  if (firstTime) e.firstTime = firstTime;
  if (lastTime) e.lastTime = lastTime;
  return e;
}

describe('foldTimeline', () => {
  it('folds messages that differ only in volatile parts and sums their counts', () => {
    const folded = foldTimeline([
      entry('FailedCreatePodSandBox', 'failed to setup network for sandbox "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef": HNS failed', 3, '2024-11-20T10:00:00Z', '2024-11-20T10:05:00Z'),
      entry('FailedCreatePodSandBox', 'failed to setup network for sandbox "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210": HNS failed', 4, '2024-11-20T10:06:00Z', '2024-11-20T10:09:00Z'),
      entry('FailedMount', 'MountVolume.SetUp failed for volume "cfg"', 1, '2024-11-20T09:59:00Z', '2024-11-20T09:59:00Z'),
    ]);
    expect(folded.map((e) => [e.reason, e.count, e.firstTime, e.lastTime])).toEqual([
      ['FailedMount', 1, '2024-11-20T09:59:00Z', '2024-11-20T09:59:00Z'],
      ['FailedCreatePodSandBox', 7, '2024-11-20T10:00:00Z', '2024-11-20T10:09:00Z'],
    ]);
    // The latest wording is kept as evidence.
    expect(folded[1]!.message).toContain('fedcba98');
  });

  it('orders by time and keeps untimed current states last', () => {
    const folded = foldTimeline([
      { ...entry('ContainerCreating', '', 1), source: 'status' },
      entry('Pulling', 'Pulling image "x"', 1, '2024-11-20T10:02:00Z'),
      entry('Scheduled', 'Successfully assigned', 1, '2024-11-20T10:01:00Z'),
    ]);
    expect(folded.map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'ContainerCreating']);
  });
});

describe('phase inference', () => {
  it.each([
    ['FailedCreatePodSandBox', 'anything', 'sandbox'],
    ['FailedScheduling', '0/3 nodes are available', 'schedule'],
    ['FailedMount', 'MountVolume.SetUp failed', 'mount'],
    ['ErrImagePull', 'no match for platform in manifest', 'pull'],
    ['ImagePullBackOff', 'Back-off pulling image', 'pull'],
    ['CreateContainerError', 'hcs::CreateComputeSystem: The container operating system does not match', 'create'],
    ['CrashLoopBackOff', 'back-off 5m0s restarting failed container', 'run'],
    ['RunContainerError', 'failed to start', 'run'],
    ['Failed', 'Failed to pull image "x": rpc error', 'pull'],
    ['Failed', 'Error: failed to create containerd task: failed to create shim task', 'create'],
    ['BackOff', 'Back-off restarting failed container app in pod x', 'run'],
    ['BackOff', 'Back-off pulling image "x"', 'pull'],
    ['Failed', 'RunPodSandbox from runtime service failed', 'sandbox'],
    ['Weird', 'something else entirely', 'any'],
  ] as const)('%s "%s" -> %s', (reason, message, phase) => {
    expect(inferPhase(reason, normalizeMessage(message))).toBe(phase);
  });

  it('prefers sandbox wording over the container call quoted inside it', () => {
    expect(phaseFromText(normalizeMessage('failed to startsandbox container for pod "w": encountered an error during CreateContainer'))).toBe('sandbox');
    expect(phaseFromText(normalizeMessage('container my-test-container encountered an error during CreateContainer: failure'))).toBe('create');
    expect(phaseFromText(normalizeMessage('hcsshim::CreateComputeSystem 0123: The container operating system does not match'))).toBeUndefined();
  });
});

describe('buildView', () => {
  it('joins pod events and statuses into one timeline with phases and counts', () => {
    const view = buildView(fixtureSnapshot(['image-build-mismatch.yaml']), defaultThresholds, fixtureNow);
    const pod = view.podByKey.get('web/legacy-api-5c8d7f9b6-q7w2e')!;
    expect(pod.node?.name).toBe('akswin22-0');
    expect(pod.node?.build?.build).toBe(20348);
    expect(pod.timeline.map((e) => [e.source, e.reason, e.phase, e.count])).toEqual([
      ['event', 'Pulled', 'pull', 9],
      ['event', 'Failed', 'create', 9],
      ['status', 'CreateContainerError', 'create', 1],
    ]);
    const failed = pod.timeline.find((e) => e.reason === 'Failed')!;
    expect([failed.firstTime, failed.lastTime]).toEqual(['2024-11-20T10:20:05Z', '2024-11-20T10:58:40Z']);
    expect(pod.problemReasons).toEqual(['CreateContainerError']);
    expect(pod.unhealthy).toBe(true);
    expect(view.nodeByName.get('akswin22-0')!.pods.map((p) => p.name)).toEqual(['legacy-api-5c8d7f9b6-q7w2e']);
  });

  it('uses series.count for new-style events', () => {
    const snapshot = withItems(['pause-sandbox-mismatch.yaml'], (item) => {
      if (item['kind'] === 'Event' && item['reason'] === 'FailedCreatePodSandBox') {
        delete item['count'];
        item['series'] = { count: 42, lastObservedTime: '2024-11-20T10:58:40.000000Z' };
      }
      return item;
    });
    const pod = buildView(snapshot, defaultThresholds, fixtureNow).podByKey.get('web/iis-7d9f8b6c4-x2k9q')!;
    expect(pod.timeline.find((e) => e.reason === 'FailedCreatePodSandBox')?.count).toBe(42);
  });

  it('calls ContainerCreating unhealthy only past the threshold', () => {
    const snapshot = fixtureSnapshot(['image-spec-mismatch.yaml', 'pause-sandbox-mismatch.yaml']);
    const view = buildView(snapshot, defaultThresholds, fixtureNow);
    // created 2 minutes before "now": still within the 300 s threshold
    expect(view.podByKey.get('web/report-6b7c8d9e0f-abcde')!.unhealthy).toBe(false);
    // created 40 minutes before "now"
    expect(view.podByKey.get('web/iis-7d9f8b6c4-x2k9q')!.unhealthy).toBe(true);
    expect(view.podByKey.get('web/report-ok-6b7c8d9e0f-klmno')!.unhealthy).toBe(false);
    const strict = buildView(snapshot, { ...defaultThresholds, containerCreatingSeconds: 60 }, fixtureNow);
    expect(strict.podByKey.get('web/report-6b7c8d9e0f-abcde')!.unhealthy).toBe(true);
  });

  it('marks unscheduled pods with a scheduling failure unhealthy and Pending', () => {
    const view = buildView(fixtureSnapshot(['pending-untolerated.yaml']), defaultThresholds, fixtureNow);
    const pod = view.podByKey.get('web/iis-win19-6f7d8c9b5-p4m7n')!;
    expect(pod.node).toBeUndefined();
    expect(pod.problemReasons).toEqual(['Pending']);
    expect(pod.unhealthy).toBe(true);
    expect(pod.timeline.map((e) => [e.reason, e.phase])).toEqual([
      ['Unschedulable', 'schedule'],
      ['FailedScheduling', 'schedule'],
    ]);
  });

  it('treats recent crash loops as unhealthy', () => {
    const view = buildView(fixtureSnapshot(['flanneld-waiting.yaml']), defaultThresholds, fixtureNow);
    const pod = view.podByKey.get('kube-system/kube-flannel-ds-windows-amd64-9tffg')!;
    expect(pod.unhealthy).toBe(true);
    expect(pod.restarts).toBe(12);
    expect(pod.timeline.map((e) => e.reason)).toEqual(['Error', 'CrashLoopBackOff']);
  });

  it('names a Windows exit code without a termination message in hex next to its decimal value', () => {
    const snapshot = withItems(['flanneld-waiting.yaml'], (item) => {
      if (item['kind'] === 'Pod') {
        const status = item['status'] as { containerStatuses: { lastState: { terminated: { message?: string; exitCode: number } } }[] };
        const terminated = status.containerStatuses[0]!.lastState.terminated;
        delete terminated.message;
        terminated.exitCode = 2147942405;
      }
      return item;
    });
    const pod = buildView(snapshot, defaultThresholds, fixtureNow).podByKey.get('kube-system/kube-flannel-ds-windows-amd64-9tffg')!;
    expect(pod.timeline.find((e) => e.reason === 'Error')!.message).toBe('exit code 2147942405 (0x80070005 ERROR_ACCESS_DENIED)');
  });

  it('reads node readiness, heartbeat age and node events', () => {
    const items = listItems(`
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata: {name: win-down, labels: {kubernetes.io/os: windows}}
  status:
    conditions:
    - type: Ready
      status: Unknown
      reason: NodeStatusUnknown
      message: Kubelet stopped posting node status.
      lastHeartbeatTime: "2024-11-20T10:40:00Z"
    nodeInfo: {kernelVersion: 10.0.17763.6293, operatingSystem: windows}
- apiVersion: v1
  kind: Event
  metadata: {name: win-down.1, namespace: default}
  involvedObject: {kind: Node, name: win-down}
  reason: NodeNotReady
  message: "Node win-down status is now: NodeNotReady"
  count: 1
  lastTimestamp: "2024-11-20T10:41:00Z"
  type: Normal
`);
    const view = buildView(snapshotOf(items), defaultThresholds, fixtureNow);
    const node = view.nodeByName.get('win-down')!;
    expect(node.ready).toBe('Unknown');
    expect(node.heartbeatAgeSeconds).toBe(1200);
    expect(node.unhealthy).toBe(true);
    expect(node.timeline.map((e) => [e.reason, e.phase])).toEqual([['NodeNotReady', 'node']]);
    expect(view.otherEvents).toEqual([]);
  });
});
