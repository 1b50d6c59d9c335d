import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another start failure', snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']) },
  ],
  invalid: [
    {
      name: 'agent cannot read instance metadata',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'E1120 10:55:09 main.go:81] could not get instance metadata on Windows node: Get "http://169.254.169.254/metadata/instance": dial tcp 169.254.169.254:80: i/o timeout'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/could not get instance metadata/] }],
    },
  ],
});
