import { causeOf, fixtureSnapshot, node, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'Windows node NotReady with PLEG during a batch run',
      snapshot: () => fixtureSnapshot(['rt-pleg.yaml']),
      findings: [{ target: node('akswinjob-0'), evidence: [/Ready=False KubeletNotReady: PLEG is not healthy/, /1 pods on this node were created in the last hour/] }],
    },
  ],
});
