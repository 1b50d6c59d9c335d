import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'another kube-proxy start failure', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'unable to create proxier: source-vip flag not set') },
  ],
  invalid: [
    {
      name: '1.21 host MAC lookup',
      snapshot: () =>
        withTerminationMessage(
          'flanneld-waiting.yaml',
          'F0729 15:22:54.388647 3828 server.go:489] unable to create proxier: unable to create ipv4 proxier: Could not find host mac address for 0.0.0.0, hostname: w3, clusterCIDR : 10.244.0.0/16, nodeIP:0.0.0.0',
        ),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/Could not find host mac address/, /kube-proxy version on win19-0: v1\.29\.8/] }],
    },
  ],
});
