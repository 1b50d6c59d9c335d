import { causeOf, fixtureSnapshot, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

/** The flannel DaemonSet pod with its image replaced. */
const withImage = (image: string) =>
  withItems(['flanneld-waiting.yaml'], (item) => {
    if (item['kind'] === 'Pod') (item['spec'] as { containers: { image: string }[] }).containers[0]!.image = image;
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'flannel for Windows', snapshot: () => fixtureSnapshot(['flanneld-waiting.yaml']) },
    { name: 'Calico for Windows', snapshot: () => withImage('docker.io/calico/node-windows:v3.28.0') },
  ],
  invalid: [
    {
      name: 'cilium agent on a Windows node',
      snapshot: () => withImage('quay.io/cilium/cilium:v1.15.3'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/quay\.io\/cilium\/cilium/], message: /Cilium.*win19-0/ }],
    },
  ],
});
