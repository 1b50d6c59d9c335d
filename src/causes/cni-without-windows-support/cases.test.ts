import { causeOf, fixtureSnapshot, node, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'Windows pods with their own images only', snapshot: () => fixtureSnapshot(['rt-ctrl-c-exit.yaml']) },
  ],
  invalid: [
    {
      name: 'Cilium agent scheduled on a Windows node fails to mount its host paths',
      snapshot: () => fixtureSnapshot(['cni-linux-only-agent.yaml']),
      findings: [
        {
          target: node('win19-0'),
          evidence: [/pod kube-system\/cilium-x7k2p runs the Linux-only network agent cilium-agent \(mcr\.microsoft\.com\/oss\/cilium\/cilium:1\.14\.10\)/, /hostPath type check failed/],
        },
      ],
    },
  ],
});
