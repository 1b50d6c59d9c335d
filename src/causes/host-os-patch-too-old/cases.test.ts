import { causeOf, fixtureSnapshot, node, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'the same error on a patched node is left to other causes',
      snapshot: () =>
        withItems(['rt-os-patch.yaml'], (item) => {
          if (item['kind'] === 'Node' && (item['metadata'] as { name: string }).name === 'rke2-win-0') {
            ((item['status'] as Record<string, Record<string, unknown>>)['nodeInfo']!)['kernelVersion'] = '10.0.17763.6293';
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'RKE2 agent on 17763.1039: CreateComputeSystem says the directory name is invalid',
      snapshot: () => fixtureSnapshot(['rt-os-patch.yaml']),
      findings: [
        {
          target: node('rke2-win-0'),
          evidence: [/CreateComputeSystem .*The directory name is invalid/, /node rke2-win-0 runs Windows Server 2019 \(10\.0\.17763\.1039\); agents are validated from revision 10\.0\.17763\.2061/],
        },
      ],
    },
  ],
});
