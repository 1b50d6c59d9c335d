import { defineCause, message } from '../define.js';
import { findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import type { HnsEndpointFact, HnsLoadBalancerFact, NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

/** The default service-node-port-range of the API server. */
const nodePortLow = 30000;
const nodePortHigh = 32767;

const rule = defineCause({
  title: 'NodePort traffic on a Windows overlay network is not forwarded to backends on other nodes',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe'],
  probe: 'node',
  explanation:
    'On VXLAN overlay networks a Windows node does not reliably forward NodePort (or load-balancer) traffic to a backend pod that runs on another node. ' +
    'With externalTrafficPolicy Cluster the service then answers on the nodes that host a backend and times out on the others.',
  fix: {
    useLocalPolicy: 'Set externalTrafficPolicy: Local on the service and send external traffic only to nodes that run one of its pods (the load balancer health check does this).',
    spreadBackends: 'Run a backend pod on every Windows node that receives NodePort traffic (a DaemonSet, or spread constraints), so the local path is always used.',
    updateWindows: 'Keep the Windows nodes on a current cumulative update and a current kube-proxy, which carry the later NodePort forwarding fixes.',
    testFromOutside: 'Test the NodePort from a machine outside the cluster against each node, not from the node itself.',
  },
  messages: {
    overlay: 'HNS network {network} is an overlay (VXLAN) network',
    remoteOnly: 'NodePort {port} load balancer has {count} backend(s), all on other nodes',
    node: 'NodePort traffic that reaches {node} must be forwarded across the overlay network to another node ({ports}), which Windows overlay networking does not do reliably.',
  },
  symptoms: [
    'NodePort service only answers on the node where the pod is running',
    'NodePort times out on other Windows nodes but works on the node hosting the pod',
    'load balancer health probes fail on some Windows nodes with VXLAN',
    'NodePort works through Linux nodes but not through Windows nodes on Calico or flannel VXLAN',
  ],
  references: [
    'https://kubernetes.io/docs/concepts/services-networking/windows-networking/',
    'https://github.com/kubernetes/website/pull/31759',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/279',
    'https://github.com/projectcalico/calico/issues/7305',
    'https://github.com/microsoft/Windows-Containers/issues/204',
  ],
  detect,
});

function overlayNetwork(facts: NodeFacts): string | undefined {
  return facts.hns?.networks.find((network) => network.type.toLowerCase() === 'overlay')?.name;
}

function isNodePort(balancer: HnsLoadBalancerFact): boolean {
  const port = balancer.externalPort;
  return port !== undefined && port >= nodePortLow && port <= nodePortHigh;
}

/** True when every backend is known and every one is a remote endpoint. */
function allBackendsRemote(balancer: HnsLoadBalancerFact, endpoints: ReadonlyMap<string, HnsEndpointFact>): boolean {
  if (balancer.endpointIds.length === 0) return false;
  return balancer.endpointIds.every((id) => endpoints.get(id.toUpperCase())?.isRemote === true);
}

function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const network = overlayNetwork(facts);
  const hns = facts.hns;
  if (!network || !hns?.loadBalancers || !hns.endpoints) return undefined;
  const endpoints = new Map(hns.endpoints.map((endpoint) => [endpoint.id.toUpperCase(), endpoint]));
  const remoteOnly = hns.loadBalancers.filter((balancer) => isNodePort(balancer) && allBackendsRemote(balancer, endpoints));
  if (remoteOnly.length === 0) return undefined;
  const ports = [...new Set(remoteOnly.map((balancer) => balancer.externalPort!))].sort((a, b) => a - b);
  const evidence: Evidence[] = [
    { source: 'probe', text: message('overlay', { network }) },
    ...ports.map((port): Evidence => {
      const count = remoteOnly.find((balancer) => balancer.externalPort === port)!.endpointIds.length;
      return { source: 'probe', text: message('remoteOnly', { port, count }) };
    }),
  ];
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name, ports: ports.join(', ') }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return findingsOnProbedNodes(ctx, detectOnNode);
}

export default rule;
