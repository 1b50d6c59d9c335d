import { defineCause, message } from '../define.js';
import type { Text } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { cidrContainsIp, nodePodCidrs, parseCidr, parseIpv4, refs } from '../../rules/probe-rule-helpers.js';
import type { Ipv4Cidr } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'flannelSourceVip',
    pattern: /\bsourcevip(?:request)?\.json\b/,
    weight: 0.4,
    why: 'the Flannel source VIP files keep a node\'s old pod subnet after it re-joins',
  },
  {
    name: 'kubeProxyCould',
    pattern: /source vip endpoint creation failed/,
    weight: 0.3,
    why: 'kube-proxy could not create its source VIP endpoint, which happens when the stored source VIP lies outside the node\'s new subnet',
  },
];

const rule = defineCause({
  title: 'Stale Flannel SourceVip files from before the node re-joined',
  area: 'network',
  severity: 'error',
  inputs: ['node-probe', 'node-status'],
  probe: 'node',
  explanation:
    'When a node that was removed from the cluster joins again, Flannel leases it a new pod subnet. The files C:\\k\\SourceVip.json and C:\\k\\SourceVipRequest.json still hold the source VIP of the old subnet, ' +
    'and kube-proxy keeps using that address, so service and cross-node traffic from the node\'s pods breaks.',
  fix: {
    drainNodeKubectl: 'Drain the node: kubectl drain <node> --ignore-daemonsets.',
    nodeDeleteStale: 'On the node, delete the stale files: Remove-Item C:\\k\\SourceVip.json and Remove-Item C:\\k\\SourceVipRequest.json.',
    restartFlanneldKube: 'Restart flanneld and kube-proxy (or re-run the node start script) so a source VIP is taken from the current subnet.',
    uncordonNodeKubectl: 'Uncordon the node (kubectl uncordon <node>) and check cross-node pod traffic.',
  },
  messages: {
    podCidrRange: 'node podCIDR {cidrs}',
    staleFile: '{file} holds {ip}, outside the {range}',
    node: '{node} still carries Flannel source VIP files from an earlier pod subnet ({ips}).',
  },
  symptoms: [
    'after the Windows node was removed and joined again its pods have no connectivity',
    'services are unreachable from the pods of a re-joined Windows node',
    'kube-proxy fails to create the source VIP endpoint after the node re-joined',
    'the node got a new pod subnet but an old sourceVip file is still on disk',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems],
  signatures,
  detect,
});

interface CurrentRange {
  ranges: Ipv4Cidr[];
  source: Text;
}

function currentRange(view: NodeView, subnetEnvSubnet: string | undefined): CurrentRange | undefined {
  const podCidrs = nodePodCidrs(view.node);
  if (podCidrs.length > 0) return { ranges: podCidrs, source: message('podCidrRange', { cidrs: podCidrs.map((c) => c.text).join(', ') }) };
  const subnet = subnetEnvSubnet ? parseCidr(subnetEnvSubnet) : undefined;
  if (subnet && subnet.bits < 32) return { ranges: [subnet], source: `FLANNEL_SUBNET ${subnetEnvSubnet}` };
  return undefined;
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const flannel = ctx.nodeFacts.get(view.name)?.flannel;
  if (!flannel) return undefined;
  const range = currentRange(view, flannel.subnetEnv.present ? flannel.subnetEnv.subnet : undefined);
  if (!range) return undefined;

  const files = [
    { name: 'SourceVip.json', fact: flannel.sourceVip },
    { name: 'SourceVipRequest.json', fact: flannel.sourceVipRequest },
  ];
  // SourceVip.json holds "10.244.3.2/24", SourceVipRequest.json the subnet it asked for: the address part decides.
  const stale = files.filter(({ fact }) => {
    const ip = fact.present && fact.ip ? parseIpv4(fact.ip.split('/')[0]!) : undefined;
    return ip !== undefined && !range.ranges.some((cidr) => cidrContainsIp(cidr, ip));
  });
  if (stale.length === 0) return undefined;

  const evidence: Evidence[] = stale.map(({ name, fact }) => ({
    source: 'probe',
    text: message('staleFile', { file: `C:\\k\\${name}`, ip: fact.ip ?? '', range: range.source }),
  }));
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message('node', { node: view.name, ips: stale.map((s) => s.fact.ip).join(', ') }),
    evidence,
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
