import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'flanneld fails on the management IP instead', snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']) },
  ],
  invalid: [
    {
      name: 'no valid interface',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'E1120 10:55:09.218797 2576 main.go:234] Failed to find any valid interface to use: failed to get default interface: Unable to find default route'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Failed to find any valid interface/] }],
    },
    {
      name: 'none of the interfaces given to flanneld matched',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'E1120 10:55:09.218797 2576 main.go:234] Failed to find interface to use that matches the interfaces and/or regexes provided'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Failed to find interface to use that matches/] }],
    },
  ],
});
