import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'the same failure with pause 3.10.2 is something else',
      snapshot: () =>
        withItems(['rt-pause-2025.yaml'], (item) => {
          if (item['kind'] === 'Event') item['message'] = String(item['message']).replace('pause:3.10.1', 'pause:3.10.2');
          return item;
        }),
    },
  ],
  invalid: [
    {
      name: 'Hyper-V pod on a 2025 node with pause 3.10.1',
      snapshot: () => fixtureSnapshot(['rt-pause-2025.yaml']),
      findings: [
        {
          target: pod('shop', 'orders-hv-5b6c7d8e9f-g7h8i'),
          evidence: [/HCS_E_IMAGE_MISMATCH/, /registry\.k8s\.io\/pause:3\.10\.1 has no Windows Server 2025 variant \(first release with one: 3\.10\.2\)/, /node akswin25-0 runs Windows Server 2025/],
        },
      ],
    },
  ],
});
