import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'ext4 disk formatted on a Windows node',
      snapshot: () => fixtureSnapshot(['rt-linux-fstype.yaml']),
      findings: [{ target: pod('default', 'busybox-azuredisk-win-0'), evidence: [/FailedMount \(x15\): .*Format-Volume/] }],
    },
  ],
});
