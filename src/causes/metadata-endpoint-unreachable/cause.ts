import { defineCause, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'instanceMetadata',
    pattern:
      /(?:could not|couldnt|cannot|cant|failed to|unable to) (?:get|fetch|retrieve|query|read) (?:the )?(?:instance )?metadata|error (?:getting|fetching|retrieving|querying|reading) (?:the )?instance metadata/,
    weight: 0.6,
    why: 'the cloud metadata endpoint did not answer, which on Windows is often a missing host route or pod traffic not NATed to the node',
  },
  {
    name: 'imdsTimeout',
    // Go and Windows socket wording (timeouts, refusals, "a socket operation was attempted to an unreachable network"),
    // after the name IMDS or on a dial to 169.254.169.254, the metadata address on Azure, AWS and GCE alike.
    pattern:
      /\bimds\b.{0,80}(?:timeout|timed out|unreachable|connection refused|actively refused|a connection attempt failed)|dial tcp 169\.254\.169\.254:\d+: (?:i\/o timeout|(?:connect(?:ex)?|getsockopt): )/,
    weight: 0.5,
    why: 'the instance metadata service could not be reached',
  },
];

const cause = defineCause({
  title: 'The cloud metadata endpoint is unreachable from the Windows node or its pods',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-status', 'pod-events', 'node-events'],
  explanation:
    'Cloud metadata (169.254.169.254) must be reached through a host route and from the node\'s own address. Creating the first HNS network on Windows can remove that route, and pod traffic to it is not NATed to the node IP, so the kubelet\'s cloud provider, CSI drivers or SDKs in pods fail to read instance metadata or credentials.',
  fix: {
    restoreRoute: 'On the node, check for the route (Get-NetRoute -DestinationPrefix 169.254.169.254/32) and add it back on the host adapter if it is missing; make the node setup re-add it after the HNS network is created.',
    natForPods: 'For pods, NAT metadata traffic to the node IP (an OutBoundNAT / destination-based policy in the CNI config, as Azure CNI and CAPZ do) or run the metadata client as a HostProcess container.',
    checkProxy: 'If an HTTP proxy is configured, add 169.254.169.254 to NO_PROXY so metadata calls are not sent to the proxy.',
  },
  messages: {
    pod: 'Pod {pod} cannot read the cloud metadata endpoint (169.254.169.254) from the Windows node.',
    node: 'The kubelet or an agent on {node} cannot read the cloud metadata endpoint (169.254.169.254).',
  },
  references: ['https://github.com/rancher/rancher/issues/20156', 'https://github.com/kubernetes-sigs/cluster-api-provider-azure/issues/2132', 'https://github.com/kubernetes-sigs/sig-windows-tools/pull/38', 'https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service'],
  signatures,
  symptoms: [
    'Cannot fetch metadata when using the GCE cloud provider on a Windows node; patching the 169.254.169.254/32 route back made the errors go away.',
    'Could not get instance metadata on the Windows node.',
    'A CSI driver or credential provider in a Windows pod times out calling the metadata server, while it works on Linux nodes.',
  ],
  detect: messageDetector({ nodes: true }),
});

export default cause;
