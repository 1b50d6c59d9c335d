import { causeOf, fixtureSnapshot, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'timeout to another port', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'dial tcp 10.96.0.1:443: i/o timeout') },
    { name: 'kubelet refused (down, not blocked)', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'dial tcp 10.224.0.33:10250: connect: connection refused') },
  ],
  invalid: [
    {
      name: 'scrape of the kubelet port times out',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'E1120 10:55:09 scraper.go:140] Failed to scrape node: Get "https://10.224.0.41:10250/metrics/resource": dial tcp 10.224.0.41:10250: i/o timeout'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/:10250: i\/o timeout/] }],
    },
    {
      name: 'logs through an older API server time out in getsockopt',
      snapshot: () =>
        withTerminationMessage(
          'flanneld-waiting.yaml',
          'Error from server: Get https://18430k8s9010:10250/containerLogs/default/app-5f97c8b4f4-bml9s/app: dial tcp 10.240.0.65:10250: getsockopt: connection timed out',
        ),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/:10250: getsockopt: connection timed out/] }],
    },
    {
      name: 'the kubelet port on an IPv6 node address times out',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'error dialing backend: dial tcp [fd00:10:224::41]:10250: connect: connection timed out'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/\]:10250: connect: connection timed out/] }],
    },
  ],
});
