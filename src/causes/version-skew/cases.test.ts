import { causeOf, fixtureSnapshot, node, ruleTester } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

ruleTester(rule, {
  valid: [
    { name: 'kubelets 1.30 and 1.29 under API server 1.30', snapshot: () => fixtureSnapshot([]) },
    { name: 'n-3 is still supported (1.29 under 1.32)', snapshot: () => fixtureSnapshot([], { major: '1', minor: '32', gitVersion: 'v1.32.1' }) },
    { name: 'no server version known', snapshot: () => ({ ...fixtureSnapshot([]), serverVersion: undefined }) as never },
  ],
  invalid: [
    {
      name: 'kubelet newer than the API server (EKS-style minor "29+")',
      snapshot: () => fixtureSnapshot([], { major: '1', minor: '29+', gitVersion: 'v1.29.8-eks-a737599' }),
      findings: [{ target: node('akswin22-0'), message: /kubelet v1\.30\.4, newer than the API server v1\.29\.8-eks-a737599/ }],
    },
    {
      name: 'kubelet four minors behind',
      snapshot: () => fixtureSnapshot([], { major: '1', minor: '33', gitVersion: 'v1.33.0' }),
      findings: [{ target: node('win19-0'), message: /4 minor versions behind the API server \(at most 3 are supported\)/, evidence: [/kubelet v1\.29\.8/, /API server v1\.33\.0/] }],
    },
  ],

});
