import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'the old 2019 node runs Docker, which applies credential specs itself',
      snapshot: () =>
        withItems(['rt-gmsa.yaml'], (item) => {
          if (item['kind'] === 'Node' && (item['metadata'] as { name: string }).name === 'win19-old') {
            ((item['status'] as Record<string, Record<string, unknown>>)['nodeInfo']!)['containerRuntimeVersion'] = 'docker://19.3.14';
          }
          return item;
        }),
    },
  ],
  invalid: [
    {
      // The replica on the patched win19-0 (17763.6293) is not reported.
      name: 'gMSA pod under containerd on Windows Server 2019 17763.1577',
      snapshot: () => fixtureSnapshot(['rt-gmsa.yaml']),
      findings: [
        {
          target: pod('intranet', 'intranet-5d6e7f8a9b-c0d1e'),
          evidence: [/node win19-old runs Windows Server 2019 \(10\.0\.17763\.1577\); gMSA under containerd needs 10\.0\.17763\.1817 \(KB5000822\)/, /credential specs used: intranet-gmsa/],
        },
      ],
    },
  ],
});
