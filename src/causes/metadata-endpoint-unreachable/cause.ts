import { defineCause, message } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { refs } from '../../rules/probe-rule-helpers.js';
import type { FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'instanceMetadataFailed',
    pattern: /(?:failed to|could not|couldn't|unable to|cannot|error) (?:get|fetch|retrieve|retrieving|query|querying|read|reading|load|loading) (?:the )?instance metadata/,
    weight: 0.6,
    why: 'a client could not fetch the instance metadata of the virtual machine',
    phases: ['run', 'node', 'any'],
  },
  {
    name: 'imdsNoAnswer',
    pattern: /\bimds\b.{0,160}(?:i\/o timeout|timed out|timeout|unreachable|no response|connection refused|actively refused)/,
    weight: 0.55,
    why: 'the instance metadata service (IMDS) did not answer',
    phases: ['run', 'node', 'any'],
  },
];

const rule = defineCause({
  title: 'The cloud metadata endpoint is unreachable from the Windows node or its pods',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'Cloud instance metadata (169.254.169.254) answers only through a host route and, on Azure, only for the node\'s own IP addresses. ' +
    'Creating the first HNS network on a Windows node can remove the route, and traffic from pods leaves with the pod IP rather than the node IP unless a policy NATs it, ' +
    'so the kubelet\'s cloud provider calls, CSI drivers, credential providers and cloud SDKs in pods fail to fetch metadata or tokens.',
  fix: {
    checkFromNode: 'On the node, check the route and the endpoint: route print 169.254.169.254, then Invoke-RestMethod against the cloud\'s metadata URL (Azure needs the header Metadata: true).',
    restoreRoute: 'If the route is missing, add it back towards the node\'s default gateway (New-NetRoute -DestinationPrefix 169.254.169.254/32) and make the node setup re-add it after the CNI network is created.',
    natPodTraffic: 'For clients in pods, either run them as HostProcess containers, or add a CNI policy that NATs traffic to 169.254.169.254 to the node IP (an OutBoundNAT destination exception, or a loopback-DSR style policy where the CNI supports it).',
    preferIdentity: 'Where the platform offers it, give pods a workload identity instead of reading node credentials from the metadata service.',
  },
  messages: {
    pod: 'Pod {pod} on {node} could not reach the cloud metadata endpoint.',
    node: 'The kubelet on {node} could not reach the cloud metadata endpoint.',
  },
  signatures,
  symptoms: [
    'the CSI driver on the Windows node cannot get instance metadata',
    'managed identity does not work from Windows pods, IMDS times out',
    'pods on Windows cannot reach 169.254.169.254 but Linux pods can',
    'kubelet on the Windows node logs errors fetching cloud metadata after the network was set up',
    'the metadata route disappeared after flannel created its network on Windows',
  ],
  references: [
    'https://github.com/rancher/rancher/issues/20156',
    'https://github.com/kubernetes-sigs/cluster-api-provider-azure/issues/2132',
    'https://github.com/kubernetes-sigs/sig-windows-tools/pull/38',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service',
    refs.k8sWindowsNetworking,
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(rule, ctx, {
      podMessage: (pod) => message('pod', { pod: pod.key, node: pod.node?.name ?? '' }),
      nodeMessage: (node) => message('node', { node: node.name }),
      accept: (_hit, pod) => pod === undefined || pod.node !== undefined,
    });
  },
});

export default rule;
