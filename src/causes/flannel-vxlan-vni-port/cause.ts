import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

/** The lowest VXLAN network identifier Windows overlay networking accepts. */
const lowestWindowsVni = 4096;

const rule = defineCause({
  title: 'Flannel VXLAN uses a VNI or UDP port that Windows cannot use',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Windows overlay networking only accepts a VXLAN network identifier (VNI) of 4096 or higher and carries VXLAN on UDP port 4789. ' +
    'Flannel\'s Linux defaults (VNI 1, port 8472) therefore leave Windows nodes without a working overlay network: flannel fails on them or pods cannot reach other nodes.',
  fix: {
    setVniPort: 'Set "VNI": 4096 and "Port": 4789 in the Backend section of flannel\'s net-conf.json (kube-flannel-cfg ConfigMap, or the distribution\'s flannel settings).',
    wholeCluster: 'Apply the same values to every node, Linux included: all nodes of one VXLAN network must agree on VNI and port.',
    restartFlannel: 'Restart flannel on every node and recreate the pods on the Windows nodes.',
  },
  messages: {
    network: 'HNS overlay network {network} uses VNI {vni}, below {lowest}',
    node: 'The flannel VXLAN network on {node} uses a VNI below {lowest}, which Windows overlay networking does not accept.',
    pod: 'Flannel on the node of pod {pod} rejects the VXLAN settings: Windows needs VNI 4096 or higher and UDP port 4789.',
  },
  signatures: [
    {
      name: 'vniBelowWindowsMinimum',
      pattern: /vni\b.{0,60}(?:greater than or equal to|at least|>=) ?4096/,
      weight: 0.9,
      why: 'flannel refused the VXLAN network identifier because Windows needs 4096 or higher',
    },
    {
      name: 'portMustBe4789',
      pattern: /port\b.{0,40}must be 4789/,
      weight: 0.8,
      why: 'flannel refused the VXLAN UDP port because Windows only carries VXLAN on 4789',
    },
  ],
  symptoms: [
    'flannel crash-loops on the Windows node of a VXLAN cluster',
    'Windows pods cannot reach pods on Linux nodes after switching flannel to vxlan',
    'kube-flannel on Windows complains about the VNI',
    'cross-node pod traffic fails only for Windows nodes with the default flannel vxlan settings',
  ],
  references: [
    'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md#vxlan',
    'https://github.com/rancher/rke2/issues/5952',
    'https://github.com/rancher/rke2-charts/pull/462',
  ],
  detect,
});

/** Windows flannel names its overlay network "flannel.<VNI>". */
function lowVniNetwork(facts: NodeFacts): { network: string; vni: number } | undefined {
  for (const network of facts.hns?.networks ?? []) {
    const match = /^flannel\.(\d+)$/i.exec(network.name);
    if (network.type.toLowerCase() === 'overlay' && match && Number(match[1]) < lowestWindowsVni) {
      return { network: network.name, vni: Number(match[1]) };
    }
  }
  return undefined;
}

function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const low = lowVniNetwork(facts);
  if (!low) return undefined;
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name, lowest: lowestWindowsVni }), [
    { source: 'probe', text: message('network', { network: low.network, vni: low.vni, lowest: lowestWindowsVni }) },
  ]);
}

function detect(ctx: RuleContext): FindingDraft[] {
  const fromFacts = ctx.view.nodes.flatMap((view) => {
    const facts = ctx.nodeFacts.get(view.name);
    const finding = facts ? detectOnNode(view, facts) : undefined;
    return finding ? [finding] : [];
  });
  return [...fromFacts, ...findingsFromMessages(rule, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) })];
}

export default rule;
