import { causeOf, fixtureSnapshot, pod, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'Windows pods on non-EKS nodes', snapshot: () => fixtureSnapshot(['rt-ctrl-c-exit.yaml']) },
  ],
  invalid: [
    {
      name: 'EKS Windows node without the private IPv4 resource, pod sandbox fails',
      snapshot: () => fixtureSnapshot(['eks-windows-ipam.yaml']),
      findings: [
        {
          target: pod('web', 'iis-web-5c7d9f8b6-h4k8r'),
          evidence: [/pod does not have label vpc\.amazonaws\.com\/PrivateIPv4Address/, /node ip-10-0-12-34\.ec2\.internal \(EKS\) advertises no vpc\.amazonaws\.com\/PrivateIPv4Address capacity/],
        },
      ],
    },
  ],
});
