import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      name: 'Hyper-V RuntimeClass on a node without a hypervisor',
      snapshot: () => fixtureSnapshot(['rt-hyperv-unavailable.yaml']),
      findings: [{ target: pod('legacy', 'legacy-app-5d6e7f8a9b-c3d4e'), evidence: [/No hypervisor is present on this system\. \(0xc0351000\)/, /runtimeClassName: windows-hyperv/] }],
    },
  ],
});
