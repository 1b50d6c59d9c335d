import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function withPodEvent(text: string) {
  const snapshot = loadSnapshot();
  snapshot.events.push({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'kube-proxy-windows-4mxzq.4', namespace: 'kube-system' },
    involvedObject: { kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' },
    reason: 'BackOff',
    message: text,
    type: 'Warning',
    count: 6,
    firstTimestamp: '2024-11-20T09:50:02Z',
    lastTimestamp: '2024-11-20T09:58:02Z',
    source: { component: 'kubelet', host: 'win-vs-1' },
  });
  return snapshot;
}

describe('flannel-interface-selection', () => {
  it('reports the pod whose flanneld finds no valid interface', () => {
    const snapshot = withPodEvent('E1120 09:50:02.000000 5120 main.go:330] Failed to find any valid interface to use: Could not find valid interface matching Ethernet 2');
    const findings = run(rule, { snapshot });
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'Pod', name: 'kube-proxy-windows-4mxzq', namespace: 'kube-system' }]);
    expect(evidenceTexts(findings[0]!).some((text) => /Could not find valid interface matching Ethernet 2/.test(text))).toBe(true);
  });

  it('does not report an unrelated crash', () => {
    expect(run(rule, { snapshot: withPodEvent('Back-off restarting failed container kube-proxy') })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
