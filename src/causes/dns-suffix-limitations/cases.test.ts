import type { PodNetworkFacts } from '../../probes/facts.js';
import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

function dnsFacts(namespace: string, name: string, partialOk: boolean, fqdnOk = true): Map<string, PodNetworkFacts> {
  return new Map([
    [
      `${namespace}/${name}`,
      {
        schemaVersion: 1,
        pod: { namespace, name },
        vantage: 'pod',
        errors: [],
        dnsFqdn: { target: 'kubernetes.default.svc.cluster.local', ok: fqdnOk },
        dnsPartial: { target: 'kubernetes.default', ok: partialOk, detail: 'DNS name does not exist' },
      },
    ],
  ]);
}

ruleTester(rule, {
  valid: [
    { name: 'Windows pods with ClusterFirst', snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']) },
    {
      name: 'both names resolve',
      snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']),
      podFacts: dnsFacts('web', 'report-ok-6b7c8d9e0f-klmno', true),
    },
    {
      name: 'nothing resolves at all (a DNS outage, not the suffix limit)',
      snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']),
      podFacts: dnsFacts('web', 'report-ok-6b7c8d9e0f-klmno', false, false),
    },
  ],
  invalid: [
    {
      name: 'ClusterFirstWithHostNet on a Windows pod',
      snapshot: () => fixtureSnapshot(['spec-fields.yaml']),
      findings: [{ target: pod('web', 'web-dns-5d6e7f-8g9h0'), evidence: [/dnsPolicy: ClusterFirstWithHostNet/] }],
    },
    {
      name: 'probe: FQDN resolves, partially qualified name does not',
      snapshot: () => fixtureSnapshot(['image-spec-mismatch.yaml']),
      podFacts: dnsFacts('web', 'report-ok-6b7c8d9e0f-klmno', false),
      findings: [
        {
          target: pod('web', 'report-ok-6b7c8d9e0f-klmno'),
          evidence: [/kubernetes\.default\.svc\.cluster\.local resolves/, /kubernetes\.default does not resolve/],
          message: /single DNS suffix \(web\.svc\.cluster\.local\)/,
        },
      ],
    },
  ],

});
