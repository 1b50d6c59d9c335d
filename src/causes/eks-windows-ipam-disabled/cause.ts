import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'missingLabel',
    pattern: /pod does not have label vpc\.amazonaws\.com\/privateipv4address/,
    weight: 0.95,
    why: 'the VPC resource controller did not give the Windows pod an IP address, which happens when Windows IPAM is off',
  },
  {
    name: 'insufficientResource',
    pattern: /insufficient vpc\.amazonaws\.com\/privateipv4address/,
    weight: 0.6,
    why: 'no Windows node advertises VPC IP addresses, so Windows IPAM is not running',
  },
];

const cause = defineCause({
  title: 'Windows IP address management is not enabled on EKS',
  area: 'cluster',
  severity: 'error',
  inputs: ['pod-events', 'node-status'],
  explanation:
    'On Amazon EKS, Windows pods get their IP addresses from the VPC resource controller, not from the aws-node DaemonSet. Unless Windows IPAM is enabled (enable-windows-ipam in the amazon-vpc-cni ConfigMap, or the older VPC admission webhook and resource controller), the pods never receive the vpc.amazonaws.com/PrivateIPv4Address resource and their sandboxes fail.',
  fix: {
    enableIpam: 'Set enable-windows-ipam: "true" in the kube-system/amazon-vpc-cni ConfigMap (through the add-on configuration when the VPC CNI is a managed add-on).',
    checkRole: 'Make sure the cluster IAM role has the AmazonEKSVPCResourceController policy, and that the Windows nodes then show vpc.amazonaws.com/PrivateIPv4Address under allocatable.',
    recreatePods: 'Delete and recreate the Windows pods that were created before IPAM was enabled.',
  },
  messages: {
    pod: 'Pod {pod} got no VPC IP address: Windows IPAM is not enabled for the cluster (the pod has no vpc.amazonaws.com/PrivateIPv4Address).',
    noResource: 'node {node} does not advertise vpc.amazonaws.com/PrivateIPv4Address',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html', 'https://github.com/aws/containers-roadmap/issues/463', 'https://github.com/aws/amazon-vpc-resource-controller-k8s/issues/86'],
  signatures,
  symptoms: [
    'Windows pods on EKS stay in ContainerCreating with "pod does not have label vpc.amazonaws.com/PrivateIPv4Address".',
    'Not able to schedule any Windows containers in a mixed cluster with a Windows node.',
    'The Windows node does not show vpc.amazonaws.com/PrivateIPv4Address in its capacity or annotations.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(cause, ctx, {
      podMessage: (pod) => message('pod', { pod: pod.key }),
      extraEvidence: (_pod, node): Evidence[] => {
        const allocatable = node?.node.status?.allocatable ?? {};
        if (!node || 'vpc.amazonaws.com/PrivateIPv4Address' in allocatable) return [];
        return [{ source: 'node', text: message('noResource', { node: node.name }) }];
      },
    });
  },
});

export default cause;
