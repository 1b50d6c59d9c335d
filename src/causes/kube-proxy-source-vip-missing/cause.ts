import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'kube-proxy on a Windows overlay network has no source VIP',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'pod-events', 'pod-status'],
  probe: 'partial',
  explanation:
    'On overlay (VXLAN) networks the Windows kube-proxy sends service traffic from a source VIP: an address of the node\'s pod subnet held by an HNS endpoint. ' +
    'Without --source-vip (or when that address was never reserved from the CNI IPAM) kube-proxy refuses to start or cannot create the source-VIP endpoint, so services do not work on the node.',
  fix: {
    reserveAddress: 'Reserve the source VIP from the node\'s pod subnet through the CNI IPAM (host-local with the same network name as the overlay network), as the flannel start scripts do with sourceVip.json.',
    passFlag: 'Pass that address to kube-proxy with --source-vip (or winkernel.sourceVip in its configuration file).',
    restartProxy: 'Restart kube-proxy and check that it creates the source-VIP endpoint and the service load balancers.',
  },
  messages: {
    overlay: 'HNS network {network} is an overlay (VXLAN) network',
    noFlag: 'kube-proxy runs without --source-vip and without a configuration file',
    notRunning: 'kube-proxy is not running',
    noReservation: 'no source VIP was reserved on the node (sourceVip.json absent)',
    node: 'kube-proxy on {node} has no source VIP for the overlay network, so it cannot serve services there.',
    pod: 'kube-proxy pod {pod} has no source VIP for the overlay network.',
  },
  signatures: [
    {
      name: 'sourceVipFlagNotSet',
      pattern: /source-vip flag not set/,
      weight: 0.9,
      why: 'kube-proxy refused to create its proxier on an overlay network because no source VIP was given',
    },
    {
      name: 'sourceVipEndpointFailed',
      pattern: /source vip endpoint creation failed/,
      weight: 0.8,
      why: 'kube-proxy could not create the HNS endpoint for its source VIP',
    },
  ],
  symptoms: [
    'kube-proxy on the Windows node exits right after start on a VXLAN cluster',
    'services and cluster DNS do not work from Windows pods on an overlay network',
    'kube-proxy runs but creates no HNS endpoints or load balancers on the Windows node',
    'kube-proxy complains about the source VIP after switching flannel to vxlan',
  ],
  references: [
    'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/',
    'https://github.com/kubernetes/kubernetes/issues/78338',
    'https://github.com/kubernetes/kubernetes/issues/100962',
  ],
  detect,
});

function overlayNetwork(facts: NodeFacts): string | undefined {
  return facts.hns?.networks.find((network) => network.type.toLowerCase() === 'overlay')?.name;
}

/** A --config file may set winkernel.sourceVip, which the probe does not read. */
function hasSourceVipSetting(facts: NodeFacts): boolean {
  const proxy = facts.kubeProxy!;
  return proxy.flags['source-vip'] !== undefined || proxy.flags['config'] !== undefined || /--config[ =]/.test(proxy.commandLine ?? '');
}

function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const network = overlayNetwork(facts);
  if (!network || !facts.kubeProxy || hasSourceVipSetting(facts)) return undefined;
  // Without a command line the probe could not tell which flags kube-proxy got.
  if (facts.kubeProxy.running && facts.kubeProxy.commandLine === undefined) return undefined;
  const evidence: Evidence[] = [
    { source: 'probe', text: message('overlay', { network }) },
    { source: 'probe', text: message(facts.kubeProxy.running ? 'noFlag' : 'notRunning') },
  ];
  if (facts.flannel && !facts.flannel.sourceVip.present) evidence.push({ source: 'probe', text: message('noReservation') });
  if (!facts.kubeProxy.running && evidence.length < 3) return undefined;
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  const fromFacts = ctx.view.nodes.flatMap((view) => {
    const facts = ctx.nodeFacts.get(view.name);
    const finding = facts ? detectOnNode(view, facts) : undefined;
    return finding ? [finding] : [];
  });
  const fromMessages = findingsFromMessages(rule, ctx, {
    podMessage: (pod) => message('pod', { pod: pod.key }),
    nodeMessage: (node) => message('node', { node: node.name }),
  });
  const reported = new Set(fromFacts.map((finding) => finding.target.name));
  return [...fromFacts, ...fromMessages.filter((finding) => finding.target.kind !== 'Node' || !reported.has(finding.target.name))];
}

export default rule;
