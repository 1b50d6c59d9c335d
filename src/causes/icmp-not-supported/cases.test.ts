import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { evidenceTexts, loadPodFacts, pageProblems, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function matches(text: string): boolean {
  return bestSignature(normalizeMessage(text), rule.signatures ?? []) !== undefined;
}

describe('icmp-not-supported', () => {
  describe('invalid (reported)', () => {
    it('ping to an external address fails while TCP to it works', () => {
      const [finding] = run(rule, { podFacts: [loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q')] });
      expect(finding).toMatchObject({
        ruleId: 'icmp-not-supported',
        severity: 'info',
        target: { kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b8f5-x2k4q' },
      });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: ICMP echo to 20.112.250.133 failed: Request timed out.',
        'probe: TCP to 20.112.250.133:443 succeeded (connected)',
      ]);
    });

    it('matches Windows ping output pasted from a pod', () => {
      expect(matches('Pinging 8.8.8.8 with 32 bytes of data:\nRequest timed out.\nRequest timed out.')).toBe(true);
      expect(matches('Packets: Sent = 4, Received = 0, Lost = 4 (100% loss),')).toBe(true);
      expect(matches('Request timed out.')).toBe(true);
    });
  });

  describe('valid (not reported)', () => {
    it('both ping and TCP work', () => {
      expect(run(rule, { podFacts: [loadPodFacts('web', 'api-6c9b7d8f4-r7tnw')] })).toEqual([]);
    });

    it('both fail: that is a real connectivity problem, not this one', () => {
      const facts = loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q');
      facts.tcpExternal = { target: '20.112.250.133:443', ok: false, detail: 'timed out after 3000 ms' };
      expect(run(rule, { podFacts: [facts] })).toEqual([]);
    });

    it('ping and TCP went to different addresses', () => {
      const facts = loadPodFacts('web', 'iis-7d9c6b8f5-x2k4q');
      facts.icmpExternal = { target: '1.1.1.1', ok: false, detail: 'Request timed out.' };
      expect(run(rule, { podFacts: [facts] })).toEqual([]);
    });

    it('does not match Linux ping output or generic timeouts', () => {
      expect(matches('PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data. --- 8.8.8.8 ping statistics --- 4 packets transmitted, 0 received, 100% packet loss')).toBe(false);
      expect(matches('context deadline exceeded (Client.Timeout exceeded while awaiting headers)')).toBe(false);
      expect(matches('dial tcp 10.96.0.10:53: i/o timeout')).toBe(false);
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
