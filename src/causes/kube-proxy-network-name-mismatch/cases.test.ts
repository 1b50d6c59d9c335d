import { causeOf, fixtureSnapshot, node, nodeFacts, ruleTester, withTerminationMessage } from '../../../test/rules/rule-tester.js';
import type { NodeFacts } from '../../probes/facts.js';

const cause = causeOf(import.meta.url);

const exitMessage = 'F0518 14:24:32.251322 2656 proxier.go:477] Unable to find Hns Network speficied by cbr0. Please check environment variable KUBE_NETWORK';
const hns = (...names: string[]): Partial<NodeFacts> => ({
  hns: { networks: names.map((name) => ({ name, type: 'L2Bridge', subnets: [] })), endpointCount: 2, loadBalancerPolicyCount: 0 },
});

ruleTester(cause, {
  valid: [
    { name: 'no probe facts', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', exitMessage) },
    { name: 'the network exists under that name', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', exitMessage), nodeFacts: nodeFacts('win19-0', hns('nat', 'cbr0')) },
    { name: 'no HNS network at all (another cause)', snapshot: () => withTerminationMessage('flanneld-waiting.yaml', exitMessage), nodeFacts: nodeFacts('win19-0', hns()) },
    { name: 'no kube-proxy message', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('win19-0', hns('l2bridge')) },
  ],
  invalid: [
    {
      name: 'kube-proxy wants cbr0, the CNI made l2bridge',
      snapshot: () => withTerminationMessage('flanneld-waiting.yaml', exitMessage),
      nodeFacts: nodeFacts('win19-0', hns('nat', 'l2bridge')),
      findings: [{ target: node('win19-0'), evidence: [/KUBE_NETWORK/, /HNS networks on the node: nat, l2bridge/], message: /"cbr0"/ }],
    },
  ],
});
