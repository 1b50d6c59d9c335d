import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [{ name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) }],
  invalid: [
    {
      // The same fixture holds a pod on a Linux node with an unregistered-driver message: not reported.
      name: 'SMB mount on a Windows node cannot open the csi-proxy pipe',
      snapshot: () => fixtureSnapshot(['rt-csi-proxy.yaml']),
      findings: [{ target: pod('finance', 'reports-db-0'), evidence: [/FailedMount \(x12\): .*csi-proxy-filesystem-v1: The system cannot find the file specified/, /Windows Server 2022/] }],
    },
  ],
});
