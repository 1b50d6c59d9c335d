import { causeOf, fixtureSnapshot, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const withMessage = (message: string) => withEventMessage('ip-range.yaml', message);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'sandbox network failure of another kind',
      snapshot: () => withMessage('Failed to create pod sandbox: rpc error: code = Unknown desc = failed to reserve sandbox name'),
    },
  ],
  invalid: [
    {
      name: 'host-local range exhausted (flannel + HNS)',
      snapshot: () => fixtureSnapshot(['ip-range.yaml']),
      findings: [
        {
          target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m'),
          evidence: [/failed to allocate for range 0: no IP addresses available in range set/, /podCIDR 10\.244\.3\.0\/24/],
        },
      ],
    },
    {
      name: 'kubelet cni.go wording without the "failed to allocate" prefix',
      snapshot: () =>
        withMessage(
          'NetworkPlugin cni failed to set up pod network: Error while ProvisionEndpoint(fbe0d3bf_vxlan0): Error while ipam.ExecAdd: no IP addresses available in range set: 10.244.3.1-10.244.3.254',
        ),
      findings: [{ target: pod('cattle-system', 'secure-scan-5f6g7h8j9-k2l3m') }],
    },
  ],

});
