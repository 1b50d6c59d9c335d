import { defineCause, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'kubeletPortTimeout',
    // Go's dialer: `connect:` on Linux, `connectex:` on Windows, `getsockopt:` from older Go releases; IPv4 or bracketed IPv6.
    pattern: /dial tcp (?:[\d.]+|\[[\da-f:]+\]):10250: (?:i\/o timeout|(?:connect(?:ex)?|getsockopt): (?:a connection attempt failed|connection timed out))/,
    weight: 0.75,
    why: 'the API server could not open a connection to the kubelet port of the node, usually a firewall rule missing',
  },
];

const cause = defineCause({
  title: 'A firewall blocks the kubelet port of the Windows node',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'The API server reaches the kubelet on TCP 10250 for kubectl logs, exec, attach, port-forward and for metrics. When Windows Firewall on the node (or a security group / NSG in front of it) has no inbound rule for that port, those calls time out for pods on the Windows node while the pods themselves run normally.',
  fix: {
    openPort: 'On the node, allow inbound TCP 10250 (New-NetFirewallRule -DisplayName kubelet -Direction Inbound -Protocol TCP -LocalPort 10250 -Action Allow), and make the node provisioning add the rule.',
    checkCloudRules: 'Check the security groups / NSGs between the control plane and the Windows nodes allow TCP 10250 as well.',
    retest: 'Run kubectl logs or kubectl exec against a pod on the node again.',
  },
  messages: {
    pod: 'Pod {pod} reports connections to a kubelet on port 10250 timing out; a firewall on the node (or in front of it) blocks the kubelet port.',
    node: 'Connections to the kubelet of {node} on port 10250 time out; a firewall on the node (or in front of it) blocks the kubelet port.',
  },
  references: ['https://kubernetes.io/docs/reference/networking/ports-and-protocols/', 'https://github.com/rancher/rke2/issues/1762', 'https://github.com/Azure/acs-engine/issues/2912'],
  signatures,
  symptoms: [
    'kubectl logs and kubectl exec time out for pods on the Windows node, while the pods run fine.',
    'Error from server: Get "https://<node-ip>:10250/containerLogs/...": dial tcp <node-ip>:10250: i/o timeout.',
    'metrics-server cannot scrape the Windows node.',
    'Everything works on Linux nodes; only the Windows nodes cannot be reached for logs.',
  ],
  detect: messageDetector({ nodes: true }),
});

export default cause;
