import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      // The worker on an image of the node's own revision runs and is not reported.
      name: 'image on a newer 2019 update than the node fails with 0xc0370106',
      snapshot: () => fixtureSnapshot(['rt-host-update.yaml']),
      findings: [
        {
          target: pod('billing', 'billing-api-6f7a8b9c0d-e5f6g'),
          evidence: [/exited unexpectedly\. \(0xc0370106\)/, /is built on 10\.0\.17763\.7314; node runs Windows Server 2019 \(10\.0\.17763\.6293\)/],
        },
      ],
    },
  ],
});
