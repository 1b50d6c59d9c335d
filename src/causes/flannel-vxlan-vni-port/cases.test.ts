import { causeOf, fixtureSnapshot, node, pod, ruleTester, withItems, withTerminationMessage } from '../../../test/rules/rule-tester.js';

const cause = causeOf(import.meta.url);

const withFlannel = (backend: string, data: string) => () =>
  withItems([], (item) => {
    const meta = item['metadata'] as { name: string; annotations?: Record<string, string> };
    if (item['kind'] === 'Node' && meta.name === 'win19-0') {
      meta.annotations = { ...meta.annotations, 'flannel.alpha.coreos.com/backend-type': backend, 'flannel.alpha.coreos.com/backend-data': data };
    }
    return item;
  });

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'VNI 4096', snapshot: withFlannel('vxlan', '{"VNI":4096,"VtepMAC":"00:15:5d:52:1a:2b"}') },
    { name: 'host-gw backend', snapshot: withFlannel('host-gw', '{"VNI":1}') },
  ],
  invalid: [
    {
      name: 'VNI 1 on a Windows node',
      snapshot: withFlannel('vxlan', '{"VNI":1,"VtepMAC":"00:15:5d:52:1a:2b"}'),
      findings: [{ target: node('win19-0'), evidence: [/"VNI":1/], message: /VNI 1/ }],
    },
    {
      name: 'flanneld exit message',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'E0612 10:01:02 main.go:330] Error registering network: VNI is 1 but it is required to be greater than or equal to 4096 on Windows'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/greater than or equal to 4096/] }],
    },
  ],
});
