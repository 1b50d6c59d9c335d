import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const withTermination = (message: string) => withTerminationMessage('flanneld-waiting.yaml', message);

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'flanneld fails because the node has no podCIDR',
      snapshot: () => withTermination('Error registering network: failed to acquire lease: node "win19-0" pod cidr not assigned'),
    },
    { name: 'only the waiting loop line, which other start failures print too', snapshot: () => withTermination('Waiting for the Network to be created') },
  ],
  invalid: [
    {
      name: 'flanneld cannot find the network by management IP',
      snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Error: .*Cannot find network with Management IP/] }],
    },
  ],

});
