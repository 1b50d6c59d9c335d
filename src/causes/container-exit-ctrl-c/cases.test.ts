import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    // The same exit after failed liveness probes is reported by the probe-timeout cause instead.
    { name: 'stop caused by a failing liveness probe', snapshot: () => fixtureSnapshot(['rt-probe-timeout.yaml']) },
  ],
  invalid: [
    {
      name: 'container stopped by the kubelet after its definition changed',
      snapshot: () => fixtureSnapshot(['rt-ctrl-c-exit.yaml']),
      findings: [
        {
          target: pod('billing', 'report-worker-6f8d7c9b5-q2lmn'),
          evidence: [/container worker ended with 3221225786 \(0xC000013A STATUS_CONTROL_C_EXIT\)/, /definition changed, will be restarted/],
        },
      ],
    },
  ],
});
