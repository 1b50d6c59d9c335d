import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'flagNotSet',
    pattern: /source-?vip flag not set/,
    weight: 0.9,
    why: 'kube-proxy in overlay mode was started without --source-vip',
  },
  {
    name: 'endpointFailed',
    pattern: /source vip endpoint creation failed/,
    weight: 0.7,
    why: 'kube-proxy could not create the source-VIP endpoint, usually because the address was not reserved through the CNI\'s IPAM',
  },
];

const cause = defineCause({
  title: 'kube-proxy on an overlay network has no source VIP',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'pod-status'],
  probe: 'partial',
  explanation:
    'On overlay (VXLAN) networks, kube-proxy on Windows needs a source VIP: an address from the node\'s pod subnet, reserved through the CNI\'s IPAM, that service traffic leaving the node is rewritten to. Without --source-vip kube-proxy refuses to start, and with an address the IPAM did not reserve it cannot create the source-VIP endpoint, so no Service works from the node\'s pods.',
  fix: {
    reserveVip: 'Reserve the source VIP from the node\'s pod subnet through the same IPAM the CNI uses (for flannel, run host-local with the flannel network name and keep the result in sourceVip.json).',
    passFlag: 'Start kube-proxy with --source-vip=<that address> (or winkernel.sourceVip in its config file) together with --network-name / KUBE_NETWORK of the overlay network.',
    restartKubeProxy: 'Restart kube-proxy and check that it logs no source VIP error and that pods reach ClusterIPs.',
  },
  messages: {
    node: 'kube-proxy on {node} runs on the overlay network {network} without --source-vip.',
    network: 'HNS network {network} is of type {type}',
    pod: 'kube-proxy in pod {pod} has no usable source VIP for the overlay network.',
  },
  references: ['https://github.com/kubernetes/kubernetes/issues/78338', 'https://github.com/kubernetes/kubernetes/issues/100962', 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/'],
  signatures,
  symptoms: [
    'kube-proxy on the Windows overlay node exits with "source-vip flag not set".',
    'kube-proxy is not creating HNS endpoints and logs "Source Vip endpoint creation failed".',
    'After switching flannel to vxlan, Windows pods can no longer reach services.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings = findingsFromMessages(cause, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
    for (const node of ctx.view.nodes) {
      const facts = ctx.nodeFacts.get(node.name);
      const overlay = facts?.hns?.networks.find((network) => network.type.toLowerCase() === 'overlay');
      const kubeProxy = facts?.kubeProxy;
      if (!overlay || !kubeProxy?.running) continue;
      if (kubeProxy.flags['source-vip'] !== undefined || kubeProxy.flags['config'] !== undefined) continue;
      findings.push(
        makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name, network: overlay.name }), [
          { source: 'probe', text: message('network', { network: overlay.name, type: overlay.type }) },
        ]),
      );
    }
    return findings;
  },
});

export default cause;
