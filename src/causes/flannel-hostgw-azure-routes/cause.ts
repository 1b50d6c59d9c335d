import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { cloudProviderOf, flannelBackendAnnotation, flannelBackendFromAnnotation, nodePodCidrs, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'Flannel host-gw on Azure needs a user-defined route per node pod subnet',
  area: 'network',
  severity: 'warning',
  inputs: ['node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'With the Flannel host-gw backend, pod packets leave the node unencapsulated with pod addresses. On Azure they pass through the Azure virtual switch, which drops addresses it does not know, ' +
    'so pods cannot reach other nodes or the internet unless the subnet\'s route table sends every node\'s pod range to that node (a "virtual appliance" user-defined route). windbg cannot read the Azure route table, so it reports the setup that needs those routes.',
  fix: {
    createRouteTable: 'Create a route table for the node subnet (az network route-table create --resource-group <rg> --name <table>) and associate it with the subnet.',
    everyNodeAdd: 'For every node, add a route for its pod range with the node as next hop: az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>.',
    enableIpForwarding: 'Enable IP forwarding on each node\'s network interface.',
    alternativelySwitchOverlay: 'Alternatively switch to an overlay backend (Flannel vxlan) or Azure CNI, which need no user-defined routes.',
  },
  messages: {
    backendProbed: 'Flannel backend in net-conf.json is host-gw',
    node: '{node} runs Flannel host-gw on Azure: its pods reach beyond the node only if the Azure route table has a user-defined route per node pod subnet.',
    nodeWithRoute: '{node} runs Flannel host-gw on Azure: its pods reach beyond the node only if the Azure route table has a user-defined route per node pod subnet (a route for {cidr} to this node).',
  },
  symptoms: [
    'Windows pods on Azure VMs cannot reach pods on other nodes with flannel host-gw',
    'cross node pod traffic is dropped on Azure, pods on the same node can talk',
    'the Azure route table has no route for the pod subnet of the Windows node',
    'pods on the Windows node cannot reach the internet on our self-managed Azure cluster',
  ],
  references: [
    refs.msCommonProblems,
    refs.k8sWindowsNetworking,
    'https://learn.microsoft.com/en-us/azure/virtual-network/virtual-networks-udr-overview',
  ],
  detect,
});

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  if (cloudProviderOf(view.node) !== 'azure') return undefined;
  const probed = ctx.nodeFacts.get(view.name)?.cni?.flannelBackend?.toLowerCase();
  const annotated = flannelBackendFromAnnotation(view.node);
  const backend = probed ?? annotated;
  if (backend !== 'host-gw') return undefined;

  const evidence: Evidence[] = [{ source: 'node', text: `providerID ${view.node.spec?.providerID}` }];
  if (probed) evidence.push({ source: 'probe', text: message('backendProbed') });
  if (annotated) evidence.push({ source: 'node', text: `annotation ${flannelBackendAnnotation}=${annotated}` });
  const podCidr = nodePodCidrs(view.node)[0];
  return makeFinding(
    rule,
    nodeTarget(view.node),
    podCidr ? message('nodeWithRoute', { node: view.name, cidr: podCidr.text }) : message('node', { node: view.name }),
    evidence,
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
