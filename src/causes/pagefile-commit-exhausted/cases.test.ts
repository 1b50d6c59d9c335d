import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'sandbox creation refused for lack of commit memory',
      snapshot: () => fixtureSnapshot(['rt-pagefile.yaml']),
      findings: [{ target: pod('erp', 'erp-server-0'), evidence: [/FailedCreatePodSandBox \(x5\): .*The paging file is too small for this operation to complete/] }],
    },
  ],
});
