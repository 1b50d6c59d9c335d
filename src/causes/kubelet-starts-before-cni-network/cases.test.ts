import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadNodeFacts, loadPodFacts, loadSnapshot, podOf, run } from '../../../test/fixtures/rules/probe/context.js';
import type { KEvent, Snapshot } from '../../kube/types.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** The recorded cluster with a SandboxChanged event for web/api at the given time. */
function withSandboxChanged(time: string): Snapshot {
  const snapshot = loadSnapshot();
  const event: KEvent = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'api-6c9b7d8f4-r7tnw.180a1c3a', namespace: 'web' },
    involvedObject: { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' },
    reason: 'SandboxChanged',
    message: 'Pod sandbox changed, it will be killed and re-created.',
    type: 'Normal',
    count: 1,
    firstTimestamp: time,
    lastTimestamp: time,
    source: { component: 'kubelet', host: 'win-flannel-0' },
  } as KEvent;
  snapshot.events.push(event);
  return snapshot;
}

function unreachableApiServer() {
  const facts = loadPodFacts('web', 'api-6c9b7d8f4-r7tnw');
  facts.tcpApiServer = { target: '10.96.0.1:443', ok: false, detail: 'TCP connect timed out' };
  return facts;
}

describe('kubelet-starts-before-cni-network', () => {
  describe('invalid (reported)', () => {
    it('sandbox re-created right after the reboot and the pod cannot reach the API server', () => {
      const [finding] = run(rule, { snapshot: withSandboxChanged('2024-11-20T09:43:05Z'), podFacts: [unreachableApiServer()] }, 'api-6c9b7d8f4-r7tnw');
      expect(finding).toMatchObject({ ruleId: 'kubelet-starts-before-cni-network', target: { kind: 'Pod', namespace: 'web', name: 'api-6c9b7d8f4-r7tnw' } });
      expect(evidenceTexts(finding!)).toEqual([
        'event: SandboxChanged: Pod sandbox changed, it will be killed and re-created.',
        'event: Rebooted at 2024-11-20T09:41:50Z: Node win-flannel-0 has been rebooted, boot id: 3e0c4a2b-7d1f-4b9e-a5c6-8f2d1e0b9a73',
        'probe: 10.96.0.1:443 not reachable from web/api-6c9b7d8f4-r7tnw: TCP connect timed out',
      ]);
      expect(finding!.message).toMatch(/restarted 1 min after win-flannel-0 booted/);
    });

    it('a pod stuck terminating after the reboot, boot time from the node probe', () => {
      const snapshot = withSandboxChanged('2024-11-20T09:44:00Z');
      podOf(snapshot, 'web', 'api-6c9b7d8f4-r7tnw').metadata.deletionTimestamp = '2024-11-20T09:50:00Z';
      const [finding] = run(rule, { snapshot, nodeFacts: [loadNodeFacts('win-flannel-0')] }, 'api-6c9b7d8f4-r7tnw');
      expect(evidenceTexts(finding!).slice(1)).toEqual([
        'probe: node booted at 2024-11-20T09:40:31.5000000Z',
        'status: web/api-6c9b7d8f4-r7tnw has been terminating since 2024-11-20T09:50:00Z',
      ]);
    });
  });

  describe('valid (not reported)', () => {
    it('no sandbox was re-created after the reboot', () => {
      expect(run(rule, { podFacts: [unreachableApiServer()] })).toEqual([]);
    });

    it('the sandbox was re-created after the reboot and the network works', () => {
      expect(run(rule, { snapshot: withSandboxChanged('2024-11-20T09:43:05Z'), podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] })).toEqual([]);
    });

    it('the sandbox was re-created long after the boot (another cause)', () => {
      expect(run(rule, { snapshot: withSandboxChanged('2024-11-20T09:59:00Z'), podFacts: [unreachableApiServer()] })).toEqual([]);
    });
  });
});
