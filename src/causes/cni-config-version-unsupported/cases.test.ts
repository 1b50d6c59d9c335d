import { describe, expect, it } from 'vitest';
import { evidenceTexts, loadSnapshot, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function withSandboxEvent(text: string) {
  const snapshot = loadSnapshot();
  snapshot.events.push({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'legacy-app-7f8e9d6c5-wq4lp.2', namespace: 'web' },
    involvedObject: { kind: 'Pod', name: 'legacy-app-7f8e9d6c5-wq4lp', namespace: 'web' },
    reason: 'FailedCreatePodSandBox',
    message: text,
    type: 'Warning',
    count: 9,
    firstTimestamp: '2024-11-20T09:40:00Z',
    lastTimestamp: '2024-11-20T09:58:00Z',
    source: { component: 'kubelet', host: 'win19-old-0' },
  });
  return snapshot;
}

describe('cni-config-version-unsupported', () => {
  it('reports a pod whose sandbox fails on incompatible CNI versions', () => {
    const snapshot = withSandboxEvent(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "91ab": plugin type="flannel" name="flannel.4096" failed (add): incompatible CNI versions; config is "1.0.0", plugin supports ["0.1.0" "0.2.0" "0.3.0" "0.3.1" "0.4.0"]',
    );
    const findings = run(rule, { snapshot });
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'Pod', name: 'legacy-app-7f8e9d6c5-wq4lp', namespace: 'web' }]);
    expect(evidenceTexts(findings[0]!).some((text) => /incompatible CNI versions; config is "1\.0\.0"/.test(text))).toBe(true);
  });

  it('does not report another sandbox failure', () => {
    const snapshot = withSandboxEvent(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "91ab": plugin type="flannel" failed (add): open /run/flannel/subnet.env: The system cannot find the file specified.',
    );
    expect(run(rule, { snapshot })).toEqual([]);
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
