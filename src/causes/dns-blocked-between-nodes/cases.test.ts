import type { PodNetworkFacts } from '../../probes/facts.js';
import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

function facts(dnsOk: boolean, tcpOk: boolean): Map<string, PodNetworkFacts> {
  return new Map([
    [
      'web/report-ok-6b7c8d9e0f-klmno',
      {
        schemaVersion: 1,
        pod: { namespace: 'web', name: 'report-ok-6b7c8d9e0f-klmno' },
        vantage: 'pod',
        errors: [],
        dnsFqdn: { target: 'kubernetes.default.svc.cluster.local', ok: dnsOk, detail: 'DNS request timed out' },
        tcpClusterIp: { target: '10.0.0.1:443', ok: tcpOk },
      },
    ],
  ]);
}

ruleTester(cause, {
  valid: [
    { name: 'no probe', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']) },
    { name: 'DNS resolves', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']), podFacts: facts(true, true) },
    { name: 'nothing reachable (pod network down, another cause)', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']), podFacts: facts(false, false) },
  ],
  invalid: [
    {
      name: 'DNS times out, ClusterIP reachable',
      snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']),
      podFacts: facts(false, true),
      findings: [{ target: pod('web', 'report-ok-6b7c8d9e0f-klmno'), evidence: [/does not resolve: DNS request timed out/, /10\.0\.0\.1:443 is reachable/] }],
    },
  ],
});
