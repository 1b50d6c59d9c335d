import { causeOf, fixtureSnapshot, node, nodeFacts, ruleTester, withItems } from '../../../test/rules/rule-tester.js';
import type { NodeFacts } from '../../probes/facts.js';

const cause = causeOf(import.meta.url);

/** The flannel pod replaced by a Calico for Windows pod, its node (win19-0) on the given kernel. */
const calicoOn = (kernelVersion: string) => () =>
  withItems(['flanneld-waiting.yaml'], (item) => {
    const meta = item['metadata'] as { name: string };
    if (item['kind'] === 'Pod') (item['spec'] as { containers: { image: string }[] }).containers[0]!.image = 'docker.io/calico/node-windows:v3.28.0';
    if (item['kind'] === 'Node' && meta.name === 'win19-0') (item['status'] as { nodeInfo: { kernelVersion: string } }).nodeInfo.kernelVersion = kernelVersion;
    return item;
  });

const onKernel = (kernelVersion: string) => () =>
  withItems([], (item) => {
    const meta = item['metadata'] as { name: string };
    if (item['kind'] === 'Node' && meta.name === 'win19-0') (item['status'] as { nodeInfo: { kernelVersion: string } }).nodeInfo.kernelVersion = kernelVersion;
    return item;
  });

const overlay: Partial<NodeFacts> = { hns: { networks: [{ name: 'vxlan0', type: 'Overlay', subnets: [] }], endpointCount: 1, loadBalancerPolicyCount: 0 } };

ruleTester(cause, {
  valid: [
    { name: 'healthy cluster', snapshot: () => fixtureSnapshot([]) },
    { name: 'Calico on Windows Server 2022', snapshot: calicoOn('10.0.20348.2966') },
    { name: 'overlay on Windows Server 2019', snapshot: () => fixtureSnapshot([]), nodeFacts: nodeFacts('win19-0', overlay) },
  ],
  invalid: [
    {
      name: 'Calico on Windows Server 2025',
      snapshot: calicoOn('10.0.26100.2605'),
      findings: [{ target: node('win19-0'), evidence: [/calico|Calico/], message: /10\.0\.26100\.2605.*2019 and 2022/ }],
    },
    {
      name: 'overlay on Windows Server 1803',
      snapshot: onKernel('10.0.17134.590'),
      nodeFacts: nodeFacts('win19-0', overlay),
      findings: [{ target: node('win19-0'), evidence: [/vxlan0 is of type Overlay/], message: /KB4489899/ }],
    },
  ],
});
