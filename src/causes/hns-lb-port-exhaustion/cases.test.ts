import { describe, expect, it } from 'vitest';
import { bestSignature } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { scoreMessage } from '../../engine/score.js';
import { evidenceTexts, loadNodeFacts, pageProblems, parsedNodeFacts, run } from '../../../test/fixtures/rules/probe/context.js';
import { causeOf } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function weight(text: string): number | undefined {
  return bestSignature(normalizeMessage(text), rule.signatures ?? [])?.weight;
}

describe('hns-lb-port-exhaustion', () => {
  describe('invalid (reported)', () => {
    it('the reservation test shows the dynamic range exhausted', () => {
      const facts = loadNodeFacts('win-flannel-0');
      facts.ports!.reservationTest = { attempted: 10, succeeded: 3, error: 'WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055' };
      facts.hns!.loadBalancerPolicyCount = 812;
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win-flannel-0');
      expect(finding).toMatchObject({ ruleId: 'hns-lb-port-exhaustion', severity: 'error', target: { kind: 'Node', name: 'win-flannel-0' } });
      expect(evidenceTexts(finding!)).toEqual([
        'probe: dynamic TCP port range 49152-65535 (16384 ports); 3 of 10 64-port reservations succeeded; 812 HNS load balancers',
        'probe: port reservation error: WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055',
        'probe: kube-proxy runs with --enable-dsr=false (DSR off)',
      ]);
    });

    it('a recorded probe output of an exhausted AKS node, through the probe parser', () => {
      const [finding] = run(rule, { nodeFacts: [parsedNodeFacts('port-exhaustion.txt', 'akswin22-0')] }, 'akswin22-0');
      expect(finding?.severity).toBe('error');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: dynamic TCP port range 49152-65535 (16384 ports); 0 of 10 64-port reservations succeeded; 1103 HNS load balancers',
        'probe: port reservation error: WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error 10055',
        'probe: kube-proxy runs with no --enable-dsr (DSR off)',
      ]);
    });

    it('many non-DSR load balancers on the default range are a risk (warning)', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.hns!.loadBalancerPolicyCount = 240;
      const [finding] = run(rule, { nodeFacts: [facts] }, 'win19-old-0');
      expect(finding?.severity).toBe('warning');
      expect(evidenceTexts(finding!)).toEqual([
        'probe: dynamic TCP port range 49152-65535 (16384 ports); 240 HNS load balancers',
        'probe: kube-proxy runs with no --enable-dsr (DSR off)',
      ]);
    });

    it('matches the kube-proxy wording in its variants', () => {
      expect(
        weight('E0620 17:46:15.265974    2876 proxier.go:1227] "Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013) {\\"Success\\":false,\\"Error\\":\\"The specified port already exists. \\",\\"ErrorCode\\":2151350291}"'),
      ).toBe(0.45);
      expect(weight('Policy creation failed: hcnCreateLoadBalancer failed in Win32: The specified port already exists.')).toBe(0.45);
      expect(weight('hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013)')).toBe(0.45);
      expect(weight('HNS failed with error : The specified port already exists.')).toBe(0.3);
      expect(weight('"Healthcheck loadbalancer policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013)')).toBe(0.45);
    });
  });

  describe('valid (not reported)', () => {
    it('all reservations succeed and load balancers use DSR', () => {
      expect(run(rule, { nodeFacts: [loadNodeFacts('akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('a recorded healthy AKS probe output with DSR on', () => {
      expect(run(rule, { nodeFacts: [parsedNodeFacts('ws2022-aks-healthy.txt', 'akswin22-0')] }, 'akswin22-0')).toEqual([]);
    });

    it('many load balancers but DSR on', () => {
      const facts = loadNodeFacts('akswin22-0');
      facts.hns!.loadBalancerPolicyCount = 900;
      expect(run(rule, { nodeFacts: [facts] }, 'akswin22-0')).toEqual([]);
    });

    it('a widened dynamic range with all reservations succeeding', () => {
      const facts = loadNodeFacts('win19-old-0');
      facts.hns!.loadBalancerPolicyCount = 240;
      facts.ports = { dynamicStart: 33000, dynamicCount: 32536, excludedRanges: [], reservationTest: { attempted: 10, succeeded: 10 } };
      expect(run(rule, { nodeFacts: [facts] }, 'win19-old-0')).toEqual([]);
    });

    it('no probe facts: the HNS message alone is not enough (port collisions say the same)', () => {
      expect(run(rule)).toEqual([]);
    });

    it('the repeated HNS text in one kube-proxy line does not add up to more than one fragment', () => {
      const line =
        'E0620 17:46:15.265974    2876 proxier.go:1227] "Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013) {\\"Success\\":false,\\"Error\\":\\"The specified port already exists. \\",\\"ErrorCode\\":2151350291}"';
      expect(scoreMessage(normalizeMessage(line), undefined, rule.signatures ?? [], undefined).score).toBeCloseTo(0.45, 6);
    });

    it('does not match other HNS failures', () => {
      expect(weight('hcnCreateLoadBalancer failed in Win32: The switch-port was not found. (0x803b0007)')).toBeUndefined();
      expect(weight('hcnCreateLoadBalancer failed in Win32: Cannot create a file when that file already exists. (0xb7)')).toBeUndefined();
      expect(weight('listen tcp 0.0.0.0:10256: bind: Only one usage of each socket address is normally permitted.')).toBeUndefined();
    });
  });

  it('has its page with symptoms, cause, detection, numbered fix and references', () => {
    expect(pageProblems(rule)).toEqual([]);
  });
});
