import { defineCause, message, messageList } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { HnsEndpointFact, HnsFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { networkedPods, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

/** Evidence lines listed per node; the rest is counted. */
const maxListed = 5;

const rule = defineCause({
  title: 'A stale remote HNS endpoint holds an IP that now belongs to a local pod',
  area: 'network',
  severity: 'error',
  inputs: ['node-probe', 'pod-status'],
  probe: 'node',
  explanation:
    'kube-proxy on Windows creates a remote HNS endpoint for every Service backend that lives on another node, and removes it only after that pod has fully gone. ' +
    'When the pod IP range is tight, the address of a deleted pod (on another node, or a Linux pod) can be handed to a new pod on this node before kube-proxy has removed the old remote endpoint. ' +
    'HNS then holds a remote and a local endpoint for one address: the new pod\'s endpoint may fail to be created, or its traffic (DNS first) is sent to the node where the address used to live, so the pod looks healthy but cannot resolve or reach anything.',
  fix: {
    upgradeKubeProxy: 'Move kube-proxy on the Windows nodes to a release that deletes a remote endpoint whose address is also a local endpoint (the fix of kubernetes/kubernetes#138000, backported to the 1.34, 1.35 and 1.36 release lines).',
    deleteStaleEndpoint: 'Meanwhile, on the node, delete the remote endpoint that holds the local pod\'s address (hnsdiag list endpoints, then hnsdiag delete endpoints <id>) and restart kube-proxy so it rebuilds its load balancers.',
    recreatePod: 'If the pod still cannot resolve names, delete it so it gets a fresh endpoint.',
    widenRange: 'Give the pod network more addresses (a larger pod subnet) so freed addresses are not handed out again at once.',
  },
  messages: {
    sharedWithEndpoint: 'remote endpoint {remote} and local endpoint {local} both hold {ip}',
    sharedWithPod: 'remote endpoint {remote} holds {ip}, the address of pod {pod} on this node',
    more: '{count} more remote endpoints hold addresses that are local on this node',
    node: 'HNS on {node} keeps remote endpoints for addresses that now belong to this node: {addresses}.',
  },
  symptoms: [
    'a new Windows pod gets an IP address that a deleted pod had and then has no network',
    'DNS lookups time out in some Windows pods while other pods on the same node work',
    'stale HNS remote endpoints stay on the node after pods were deleted',
    'Windows pod has no IP configuration inside the container after its address was reused from a Linux pod',
    'network connectivity fails for some pods on Windows nodes under high pod churn',
    'hnsdiag shows a remote endpoint and a local endpoint with the same IP address',
  ],
  references: [
    'https://github.com/kubernetes/kubernetes/pull/138000',
    'https://github.com/microsoft/Windows-Containers/issues/631',
    'https://github.com/kubernetes/kubernetes/issues/130963',
    refs.k8sWindowsNetworking,
  ],
  detect,
});

interface Reuse {
  ip: string;
  evidence: Evidence;
}

/**
 * The node's own addresses: kube-proxy stands in for host-network backends with remote endpoints on
 * the node address, which is not a reused pod address.
 */
function hostAddresses(view: NodeView, hns: HnsFacts): Set<string> {
  const addresses = (view.node.status?.addresses ?? []).map((address) => address.address);
  const managementIps = hns.networks.map((network) => network.managementIp).filter((ip): ip is string => !!ip);
  return new Set([...addresses, ...managementIps]);
}

function reusedAddresses(view: NodeView, hns: HnsFacts, endpoints: readonly HnsEndpointFact[]): Reuse[] {
  const hostIps = hostAddresses(view, hns);
  const localByIp = new Map<string, HnsEndpointFact>();
  for (const endpoint of endpoints) {
    if (!endpoint.isRemote && endpoint.ipAddress && !localByIp.has(endpoint.ipAddress)) localByIp.set(endpoint.ipAddress, endpoint);
  }
  const podByIp = new Map<string, string>();
  for (const pod of networkedPods(view)) {
    const ip = pod.pod.status?.podIP;
    if (ip && !podByIp.has(ip)) podByIp.set(ip, pod.key);
  }
  const reuses: Reuse[] = [];
  for (const remote of endpoints) {
    const ip = remote.ipAddress;
    if (!remote.isRemote || !ip || hostIps.has(ip)) continue;
    const local = localByIp.get(ip);
    const pod = podByIp.get(ip);
    if (local) {
      reuses.push({ ip, evidence: { source: 'probe', text: message('sharedWithEndpoint', { remote: remote.id, local: local.id, ip }) } });
    } else if (pod) {
      reuses.push({ ip, evidence: { source: 'probe', text: message('sharedWithPod', { remote: remote.id, ip, pod }) } });
    }
  }
  return reuses.sort((a, b) => a.ip.localeCompare(b.ip, 'en', { numeric: true }));
}

function detectOnNode(view: NodeView, hns: HnsFacts, endpoints: readonly HnsEndpointFact[]): FindingDraft | undefined {
  const reuses = reusedAddresses(view, hns, endpoints);
  if (reuses.length === 0) return undefined;
  const evidence = reuses.slice(0, maxListed).map((reuse) => reuse.evidence);
  if (reuses.length > maxListed) evidence.push({ source: 'probe', text: message('more', { count: reuses.length - maxListed }) });
  const addresses = [...new Set(reuses.map((reuse) => reuse.ip))];
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name, addresses: messageList(addresses.slice(0, maxListed), ', ') }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return findingsOnProbedNodes(ctx, (view, facts) => (facts.hns?.endpoints ? detectOnNode(view, facts.hns, facts.hns.endpoints) : undefined));
}

export default rule;
