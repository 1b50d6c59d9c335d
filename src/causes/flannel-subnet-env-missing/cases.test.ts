import { causeOf, fixtureSnapshot, node, nodeFacts, pod, ruleTester, withEventMessage } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const flannelFacts = (present: boolean) => ({
  flannel: {
    subnetEnv: { present, path: 'C:\\run\\flannel\\subnet.env' },
    sourceVip: { present: false },
    sourceVipRequest: { present: false },
  },
  cni: { type: 'flannel', delegateType: 'win-bridge' },
});

ruleTester(rule, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'probe finds subnet.env', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('win19-0', flannelFacts(true)) },
    {
      name: 'subnet.env absent on a node that does not use flannel',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', { ...flannelFacts(false), cni: { type: 'azure-vnet' } }),
    },
    {
      name: 'a sandbox failure that only mentions flannel',
      snapshot: () =>
        withEventMessage('subnet-env.yaml', 'Failed to create pod sandbox: plugin type="flannel" failed (add): failed to delegate add: HNS failed with error : Element not found.'),
    },
  ],
  invalid: [
    {
      name: 'Windows path form from containerd',
      snapshot: () => fixtureSnapshot(['subnet-env.yaml']),
      findings: [{ target: pod('web', 'iis-flannel-5b6c7d8e9f-h2j3k'), evidence: [/loadFlannelSubnetEnv failed: open C:\\run\\flannel\\subnet\.env/] }],
    },
    {
      name: 'kubelet dockershim form with the Linux path',
      snapshot: () =>
        withEventMessage('subnet-env.yaml', 'error while adding to cni network: open /run/flannel/subnet.env: The system cannot find the path specified.'),
      findings: [{ target: pod('web', 'iis-flannel-5b6c7d8e9f-h2j3k') }],
    },
    {
      name: 'probe: flannel in use and subnet.env missing',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('win19-0', flannelFacts(false)),
      findings: [{ target: node('win19-0'), evidence: [/C:\\run\\flannel\\subnet\.env: not found/] }],
    },
  ],

});
