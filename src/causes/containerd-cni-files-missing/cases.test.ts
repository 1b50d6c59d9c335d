import { causeOf, fixtureSnapshot, node, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const notReadyMessage =
  'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized: no network config found in C:\\Program Files\\containerd\\cni\\conf';

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'Windows node NotReady because containerd has no CNI configuration',
      snapshot: () =>
        withItems([], (item) => {
          const metadata = item['metadata'] as { name?: string };
          if (item['kind'] !== 'Node' || metadata.name !== 'win19-0') return item;
          const status = item['status'] as { conditions: { type: string; status: string; reason?: string; message?: string }[] };
          status.conditions = status.conditions.map((condition) =>
            condition.type === 'Ready' ? { ...condition, status: 'False', reason: 'KubeletNotReady', message: notReadyMessage } : condition);
          return item;
        }),
      findings: [{ target: node('win19-0'), evidence: [/Ready=False: .*no network config found in C:\\Program Files\\containerd\\cni\\conf/] }],
    },
  ],
});
