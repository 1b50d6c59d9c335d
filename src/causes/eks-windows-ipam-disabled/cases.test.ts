import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withMessage = (message: string) =>
  withItems(['ip-range.yaml'], (item) => {
    if (item['kind'] === 'Event') item['message'] = message;
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another sandbox network failure', snapshot: () => fixtureSnapshot(['ip-range.yaml']) },
  ],
  invalid: [
    {
      name: 'vpc-bridge finds no address label on the pod',
      snapshot: () =>
        withMessage(
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "dd764292de39" network for pod "sample-windows-54dfc4d87d-76tzv": networkPlugin cni failed to set up pod "sample-windows-54dfc4d87d-76tzv_sandbox" network: failed to parse Kubernetes args: pod does not have label vpc.amazonaws.com/PrivateIPv4Address',
        ),
      findings: [
        {
          target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'),
          evidence: [/pod does not have label vpc\.amazonaws\.com\/PrivateIPv4Address/, /does not advertise/],
        },
      ],
    },
  ],
});
