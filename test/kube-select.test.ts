import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { formatDuration, parseGoDuration, parseRequestTimeout } from '../src/kube/duration.js';
import {
  asCoreEvent,
  checkRequestedNode,
  checkRequestedPod,
  eventFilterFor,
  keepEvent,
  keepPod,
  matchesLabelSelector,
  parseLabelSelector,
  pickWindowsNodes,
  podFilterFor,
  tidyObject,
  windowsNodeSelector,
} from '../src/kube/select.js';
import type { KEvent, KNode, KPod } from '../src/kube/types.js';

function node(name: string, os: 'windows' | 'linux', opts: { label?: boolean; labels?: Record<string, string> } = {}): KNode {
  const labels: Record<string, string> = { 'kubernetes.io/hostname': name, ...opts.labels };
  if (opts.label !== false) labels['kubernetes.io/os'] = os;
  return {
    metadata: { name, labels },
    status: { nodeInfo: { operatingSystem: os, kernelVersion: os === 'windows' ? '10.0.20348.2966' : '5.15.0-1073-azure' } },
  };
}

function pod(namespace: string, name: string, spec: Partial<NonNullable<KPod['spec']>>): KPod {
  return { metadata: { namespace, name }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], ...spec } };
}

function event(kind: string, name: string, namespace?: string, eventNamespace = namespace ?? 'default'): KEvent {
  return {
    metadata: { name: `${name}.17fc6a1b2c3d4e5f`, namespace: eventNamespace },
    involvedObject: { kind, name, namespace },
    reason: 'Test',
    message: 'test',
  };
}

describe('--request-timeout', () => {
  it('reads kubectl syntax', () => {
    expect(parseRequestTimeout('0')).toBe(0);
    expect(parseRequestTimeout(undefined)).toBe(0);
    expect(parseRequestTimeout('45')).toBe(45_000);
    expect(parseRequestTimeout('30s')).toBe(30_000);
    expect(parseRequestTimeout('1m')).toBe(60_000);
    expect(parseRequestTimeout('2m30s')).toBe(150_000);
    expect(parseRequestTimeout('1h')).toBe(3_600_000);
    expect(parseRequestTimeout('250ms')).toBe(250);
    expect(parseRequestTimeout('1.5s')).toBe(1500);
    expect(parseGoDuration('1h2m3s')).toBe(3_723_000);
  });

  it.each(['abc', '10x', '-5s', '1m-5s', 's', '30 s', '1.2.3s'])('rejects %s as a usage error', (value) => {
    expect(() => parseRequestTimeout(value)).toThrow(UsageError);
    expect(() => parseRequestTimeout(value)).toThrow(`invalid --request-timeout "${value}"`);
  });

  it('formats durations the way they are shown and sent', () => {
    expect(formatDuration(30_000)).toBe('30s');
    expect(formatDuration(150_000)).toBe('2m30s');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(3_600_000)).toBe('1h');
  });
});

describe('label selectors', () => {
  const labels = { agentpool: 'win22', 'kubernetes.io/os': 'windows', tier: '3' };
  it.each([
    ['agentpool=win22', true],
    ['agentpool==win22', true],
    ['agentpool!=win22', false],
    ['agentpool in (win19, win22)', true],
    ['agentpool notin (win19,win22)', false],
    ['agentpool', true],
    ['!agentpool', false],
    ['!gpu', true],
    ['kubernetes.io/os=windows,agentpool=win19', false],
    ['tier>2', true],
    ['tier<2', false],
    ['', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(matchesLabelSelector(labels, selector)).toBe(expected);
  });

  it('rejects malformed selectors with the selector in the message', () => {
    expect(() => parseLabelSelector('agentpool in win22')).toThrow('invalid label selector "agentpool in win22"');
    expect(() => parseLabelSelector('a=b=c')).toThrow(UsageError);
  });

  it('prefixes the Windows OS label to the user selector', () => {
    expect(windowsNodeSelector(undefined)).toBe('kubernetes.io/os=windows');
    expect(windowsNodeSelector('agentpool=win22')).toBe('kubernetes.io/os=windows,agentpool=win22');
  });
});

describe('Windows node selection', () => {
  it('keeps labelled Windows nodes and honours the user selector', () => {
    const nodes = [
      node('akswin22000000', 'windows', { labels: { agentpool: 'win22' } }),
      node('akswin19000000', 'windows', { labels: { agentpool: 'win19' } }),
      node('aks-nodepool1-0', 'linux'),
    ];
    expect(pickWindowsNodes(nodes, undefined).map((n) => n.metadata.name)).toEqual(['akswin22000000', 'akswin19000000']);
    expect(pickWindowsNodes(nodes, 'agentpool=win19').map((n) => n.metadata.name)).toEqual(['akswin19000000']);
  });

  it('falls back to nodeInfo.operatingSystem when no node carries the OS label', () => {
    const nodes = [node('old-win-0', 'windows', { label: false }), node('old-linux-0', 'linux', { label: false })];
    expect(pickWindowsNodes(nodes, undefined).map((n) => n.metadata.name)).toEqual(['old-win-0']);
  });

  it('validates nodes asked for by name', () => {
    expect(checkRequestedNode('akswin22000000', node('akswin22000000', 'windows')).metadata.name).toBe('akswin22000000');
    expect(() => checkRequestedNode('nope', undefined)).toThrow('node nope not found');
    expect(() => checkRequestedNode('linux-0', node('linux-0', 'linux'))).toThrow(
      'node linux-0 is a linux node; windbg diagnoses Windows nodes',
    );
  });
});

describe('pod and event selection', () => {
  const windowsNodes = [node('akswin22000000', 'windows')];
  const onWindows = pod('web', 'iis-1', { nodeName: 'akswin22000000' });
  const onLinux = pod('kube-system', 'coredns-1', { nodeName: 'aks-nodepool1-0' });
  const pendingWindows = pod('batch', 'worker-1', { nodeSelector: { 'kubernetes.io/os': 'windows' } });
  const pendingLinux = pod('batch', 'cron-1', { nodeSelector: { 'kubernetes.io/os': 'linux' } });

  it('keeps pods on selected Windows nodes and unscheduled pods aimed at Windows', () => {
    const filter = podFilterFor({}, windowsNodes);
    expect([onWindows, onLinux, pendingWindows, pendingLinux].filter((p) => keepPod(p, filter)).map((p) => p.metadata.name)).toEqual([
      'iis-1',
      'worker-1',
    ]);
  });

  it('leaves unscheduled pods out when nodes are picked by name, and honours the namespace', () => {
    expect(keepPod(pendingWindows, podFilterFor({ nodeNames: ['akswin22000000'] }, windowsNodes))).toBe(false);
    expect(keepPod(onWindows, podFilterFor({ namespace: 'shop' }, windowsNodes))).toBe(false);
    expect(keepPod(onWindows, podFilterFor({ namespace: 'web' }, windowsNodes))).toBe(true);
  });

  it('keeps events by kind, namespace and name', () => {
    const filter = eventFilterFor(windowsNodes, [onWindows]);
    expect(keepEvent(event('Node', 'akswin22000000', undefined, 'default'), filter)).toBe(true);
    expect(keepEvent(event('Node', 'aks-nodepool1-0', undefined, 'default'), filter)).toBe(false);
    expect(keepEvent(event('Pod', 'iis-1', 'web'), filter)).toBe(true);
    expect(keepEvent(event('Pod', 'iis-1', 'shop'), filter)).toBe(false);
    expect(keepEvent(event('ReplicaSet', 'iis-1', 'web'), filter)).toBe(false);
    // A pod event without involvedObject.namespace belongs to the event's namespace.
    expect(keepEvent(event('Pod', 'iis-1', undefined, 'web'), filter)).toBe(true);
  });

  it('drops only the Normal events of pods that run, are ready and never restarted', () => {
    const ready = [{ type: 'Ready', status: 'True' }];
    const running = (name: string, restartCount: number, extra: Partial<KPod['metadata']> = {}): KPod => ({
      ...pod('web', name, { nodeName: 'akswin22000000' }),
      metadata: { namespace: 'web', name, ...extra },
      status: { phase: 'Running', conditions: ready, containerStatuses: [{ name: 'app', image: 'iis', ready: true, restartCount }] },
    });
    const settled = running('iis-settled', 0);
    const restarted = running('iis-restarted', 3);
    const deleting = running('iis-deleting', 0, { deletionTimestamp: '2025-06-03T09:00:00Z' });
    const filter = eventFilterFor(windowsNodes, [settled, restarted, deleting, onWindows]);
    const typed = (type: string, name: string): KEvent => ({ ...event('Pod', name, 'web'), type, reason: type === 'Normal' ? 'Pulled' : 'BackOff' });
    expect(keepEvent(typed('Normal', 'iis-settled'), filter)).toBe(false);
    expect(keepEvent(typed('Warning', 'iis-settled'), filter)).toBe(true);
    expect(keepEvent(typed('Normal', 'iis-restarted'), filter)).toBe(true);
    expect(keepEvent(typed('Normal', 'iis-deleting'), filter)).toBe(true);
    // No status yet: not settled.
    expect(keepEvent(typed('Normal', 'iis-1'), filter)).toBe(true);
  });

  it('reads events.k8s.io/v1 events in the core shape', () => {
    const raw = {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'iis-1.1', namespace: 'web' },
      regarding: { kind: 'Pod', name: 'iis-1', namespace: 'web' },
      note: 'Back-off pulling image "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019"',
      reason: 'BackOff',
      type: 'Normal',
      deprecatedCount: 7,
      deprecatedLastTimestamp: '2024-11-20T10:40:31Z',
    } as unknown as KEvent & Record<string, unknown>;
    const core = asCoreEvent(raw);
    expect(core.involvedObject).toEqual({ kind: 'Pod', name: 'iis-1', namespace: 'web' });
    expect(core.message).toContain('Back-off pulling image');
    expect(core.count).toBe(7);
    expect(core.lastTimestamp).toBe('2024-11-20T10:40:31Z');
  });

  it('validates a pod asked for by name', () => {
    const ref = { namespace: 'web', name: 'iis-1' };
    expect(checkRequestedPod(ref, onWindows, windowsNodes[0])).toBe(onWindows);
    expect(() => checkRequestedPod(ref, undefined, undefined)).toThrow('pod web/iis-1 not found');
    expect(() => checkRequestedPod({ namespace: 'kube-system', name: 'coredns-1' }, onLinux, node('aks-nodepool1-0', 'linux'))).toThrow(
      'pod kube-system/coredns-1 runs on aks-nodepool1-0, a linux node',
    );
    expect(checkRequestedPod({ namespace: 'batch', name: 'worker-1' }, pendingWindows, undefined)).toBe(pendingWindows);
    expect(() => checkRequestedPod({ namespace: 'batch', name: 'cron-1' }, pendingLinux, undefined)).toThrow(UsageError);
  });

  it('drops managedFields and fills in kind and apiVersion', () => {
    const raw = { metadata: { name: 'iis-1', namespace: 'web', managedFields: [{ manager: 'kubectl' }] }, spec: { containers: [] } };
    const tidy = tidyObject(raw as unknown as KPod, 'Pod', 'v1');
    expect(tidy.kind).toBe('Pod');
    expect(tidy.apiVersion).toBe('v1');
    expect('managedFields' in tidy.metadata).toBe(false);
  });
});
