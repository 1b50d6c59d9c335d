import { defineCause, message } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import { scoredEntries } from '../../engine/rule-kit.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const ipv4Resource = 'vpc.amazonaws.com/PrivateIPv4Address';

const signatures: MessageSignature[] = [
  {
    name: 'noPrivateIpLabel',
    pattern: /pod does not have label vpc\.amazonaws\.com\/privateipv4address/,
    weight: 0.85,
    why: 'the VPC CNI on Windows found no IP address assigned to the pod by the VPC resource controller',
    phases: ['sandbox', 'any'],
  },
];

const rule = defineCause({
  title: 'Windows IP address management is not enabled on EKS',
  area: 'cluster',
  severity: 'error',
  inputs: ['node-status', 'pod-events'],
  explanation:
    'On EKS, Windows pods get their IP addresses from the VPC resource controller, not from the node. ' +
    'Unless Windows IPAM is enabled (enable-windows-ipam: "true" in the amazon-vpc-cni ConfigMap, or the legacy VPC controllers on old clusters), Windows nodes advertise no vpc.amazonaws.com/PrivateIPv4Address resource, pods get no address and stay in ContainerCreating.',
  fix: {
    enableWindowsIpam: 'Set enable-windows-ipam to "true" in the kube-system/amazon-vpc-cni ConfigMap (through the add-on configuration when the VPC CNI is an EKS managed add-on).',
    checkClusterRole: 'Make sure the cluster IAM role has the AmazonEKSVPCResourceController policy so the controller can assign addresses.',
    recreatePods: 'Delete the stuck Windows pods so they are admitted again and receive an address.',
  },
  messages: {
    noCapacity: 'node {node} (EKS) advertises no {resource} capacity',
    pod: 'Pod {pod} gets no IP address because Windows IPAM is not enabled on this EKS cluster.',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html'],
  signatures,
  symptoms: [
    'Windows pods on EKS stuck in ContainerCreating',
    'pod does not have the PrivateIPv4Address label on EKS Windows nodes',
    'EKS Windows node has no private IPv4 address capacity',
    'Windows pods get no IP address after adding a Windows node group to EKS',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const node = pod.node?.node;
      if (!node || !(node.spec?.providerID ?? '').startsWith('aws://')) continue;
      const hits = scoredEntries(pod.timeline, signatures);
      if (hits.length === 0) continue;
      const capacity = node.status?.capacity ?? {};
      const nodeEvidence = ipv4Resource in capacity ? [] : [{ source: 'node' as const, text: message('noCapacity', { node: node.metadata.name, resource: ipv4Resource }) }];
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [...hits.slice(-1).map((hit) => timelineEvidence(hit.entry)), ...nodeEvidence]));
    }
    return findings;
  },
});

export default rule;
