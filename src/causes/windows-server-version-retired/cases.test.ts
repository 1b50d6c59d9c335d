import { causeOf, fixtureSnapshot, fixtureText, listItems, node, ruleTester, snapshotOf, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** base-nodes.yaml without its Windows Server 2019 node. */
const onlyServer2022 = () =>
  withItems([], (item) => ((item['metadata'] as { name?: string }).name === 'win19-0' ? undefined : item));

ruleTester(rule, {
  valid: [{ name: 'a Windows Server 2022 node on AKS before its retirement', snapshot: onlyServer2022 }],
  invalid: [
    {
      name: 'the Windows Server 2019 node is off the upstream list',
      snapshot: () => fixtureSnapshot([]),
      findings: [{ target: node('win19-0'), evidence: [/runs Windows Server 2019 .*not on upstream Kubernetes' list/] }],
    },
    {
      // On a 1.33 cluster AKS no longer supports Windows Server 2019, whatever the snapshot date.
      name: 'a Windows Server 2019 node on AKS with a 1.33 control plane',
      snapshot: () =>
        snapshotOf(
          listItems(fixtureText('base-nodes.yaml'))
            .filter((item) => (item['metadata'] as { name?: string }).name !== 'akswin22-0')
            .map((item) => {
              const metadata = item['metadata'] as { labels?: Record<string, string> };
              metadata.labels = { ...metadata.labels, 'kubernetes.azure.com/os-sku': 'Windows2019' };
              return item;
            }),
          { major: '1', minor: '33', gitVersion: 'v1.33.2' },
        ),
      findings: [{ target: node('win19-0'), evidence: [/not on upstream/, /AKS retired Windows Server 2019 on 2026-03-01 \(not supported from Kubernetes 1\.33\)/] }],
    },
  ],
});
