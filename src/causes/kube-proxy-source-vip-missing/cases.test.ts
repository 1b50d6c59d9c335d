import { causeOf, fixtureSnapshot, node, nodeFacts, pod, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';
import type { NodeFacts } from '../../probes/facts.js';

const cause = causeOf(import.meta.url);

const facts = (type: string, flags: Record<string, string>): Partial<NodeFacts> => ({
  hns: { networks: [{ name: type === 'Overlay' ? 'vxlan0' : 'cbr0', type, subnets: [] }], endpointCount: 3, loadBalancerPolicyCount: 4 },
  kubeProxy: { running: true, flags },
});

ruleTester(cause, {
  valid: [
    { name: 'no probe facts', snapshot: () => fixtureSnapshot([]) },
    { name: 'overlay with --source-vip', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('akswin22-0', facts('Overlay', { 'source-vip': '10.244.3.2' })) },
    { name: 'L2Bridge without --source-vip', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('akswin22-0', facts('L2Bridge', {})) },
    { name: 'overlay with a config file', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('akswin22-0', facts('Overlay', { config: 'C:\\k\\kube-proxy.yaml' })) },
  ],
  invalid: [
    {
      name: 'probe: overlay, no --source-vip',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', facts('Overlay', { 'network-name': 'vxlan0' })),
      findings: [{ target: node('akswin22-0'), evidence: [/vxlan0 is of type Overlay/] }],
    },
    {
      name: 'kube-proxy exit message',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', 'F0527 12:04:11.123 server.go:489] unable to create proxier: source-vip flag not set'),
      findings: [{ target: pod('kube-system', 'kube-flannel-ds-windows-amd64-9tffg'), evidence: [/source-vip flag not set/] }],
    },
  ],
});
