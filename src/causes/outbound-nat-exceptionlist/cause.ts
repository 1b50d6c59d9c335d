import { defineCause, message, messageList, type Message, type Text } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import type { CniFacts, NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import {
  cidrCovers,
  flannelBackendFromAnnotation,
  hostOf,
  isPrivateCidr,
  nodeInternalIp,
  nodePodCidrs,
  parseCidr,
  refs,
} from '../../rules/probe-rule-helpers.js';
import type { Ipv4Cidr } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'The CNI OutBoundNAT ExceptionList does not match the cluster ranges',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe', 'node-status'],
  probe: 'node',
  explanation:
    'Windows CNI configurations NAT every packet that leaves a pod, except traffic to the ranges in the OutBoundNAT ExceptionList. ' +
    'The list must hold the cluster (pod) range, the service range and, for bridge networks, the node (management) subnet, and nothing else: a missing cluster range NATs pod-to-pod traffic, and an external range in the list stops SNAT towards it, so replies never come back.',
  fix: {
    openCniConfiguration: 'Open the CNI configuration on the node (the file the probe names, usually under C:\\k\\cni\\config or C:\\etc\\cni\\net.d).',
    setOutboundnatExceptionlist: 'Set the OutBoundNAT ExceptionList to exactly the cluster pod range, the service range and, for l2bridge / host-gw networks, the node subnet, e.g. ["10.244.0.0/16", "10.96.0.0/12", "10.127.130.0/24"].',
    removeAnyPublic: 'Remove any public (non-private) range from the list, so traffic to it is SNATed to the node address.',
    fileReadEvery: 'The file is read for every new pod: recreate the affected pods (or roll the deployments) to pick up the change; if a CNI DaemonSet writes the file, change its ConfigMap instead.',
  },
  messages: {
    fromServiceProbe: 'service address {ip} probed from the node',
    fromClusterIp: 'ClusterIP {ip} probed from pod {pod}',
    clusterRange: 'cluster range',
    serviceRange: 'service range',
    nodeSubnet: 'node (management) subnet',
    fromFlannelNetwork: 'FLANNEL_NETWORK in {path}',
    fromPodCidr: 'this node\'s podCIDR {cidr}; the whole cluster range is not known',
    fromInternalIp: 'node InternalIP {ip}',
    empty: '(empty)',
    list: 'OutBoundNAT ExceptionList: {entries}',
    listIn: 'OutBoundNAT ExceptionList in {file}: {entries}',
    notCovered: 'no entry covers the {what} (from {source})',
    publicEntry: 'entry {cidr} is a public range: traffic to it leaves the pod without SNAT',
    misses: 'misses the {what}',
    holdsPublicRange: 'holds public range {ranges}',
    holdsPublicRanges: 'holds public ranges {ranges}',
    and: ' and ',
    node: 'The OutBoundNAT ExceptionList on {node} {problems}.',
    nodeUnchecked: 'The OutBoundNAT ExceptionList on {node} {problems} ({unknown} not known, not checked).',
  },
  symptoms: [
    'Windows pods cannot reach pods on other nodes',
    'the other side sees the node IP instead of the pod IP',
    'traffic from Windows pods to one external network gets no reply',
    'outbound NAT is applied to traffic that should stay inside the cluster',
    'cross node pod to pod traffic fails only from Windows pods',
    'the cluster CIDR or service CIDR is missing from the OutBoundNAT exception list of the Windows CNI config',
    'Windows pods can reach the internet but not pods on Linux nodes',
    'destinations in peered or on-premises networks see the node address instead of the pod address and reject the traffic',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  detect,
});

interface Requirement {
  what: Message;
  /** The range (or single address) an ExceptionList entry must cover. */
  range: Ipv4Cidr;
  source: Text;
}

function isBridgeMode(cni: CniFacts, annotationBackend: string | undefined): boolean {
  const plugin = (cni.type ?? '').toLowerCase();
  const delegate = (cni.delegateType ?? '').toLowerCase();
  const backend = (cni.flannelBackend ?? annotationBackend ?? '').toLowerCase();
  if (plugin === 'flannel') return backend === 'host-gw' || delegate.includes('bridge');
  return plugin === 'sdnbridge' || plugin === 'win-bridge' || plugin === 'l2bridge';
}

function isAzureCni(cni: CniFacts): boolean {
  return (cni.type ?? '').toLowerCase().startsWith('azure');
}

/** An address the kubelet or a probe knows to be a ClusterIP, which lies in the service range. */
function knownServiceIp(ctx: RuleContext, view: NodeView, facts: NodeFacts): { ip: string; source: Text } | undefined {
  const dns = facts.kubelet?.flags['cluster-dns']?.split(',')[0]?.trim();
  if (dns && parseCidr(dns)) return { ip: dns, source: `kubelet --cluster-dns=${dns}` };
  const target = facts.serviceVipFromHost?.target;
  if (target && parseCidr(hostOf(target))) return { ip: hostOf(target), source: message('fromServiceProbe', { ip: hostOf(target) }) };
  for (const pod of view.pods) {
    const clusterIp = ctx.podFacts.get(pod.key)?.tcpClusterIp?.target;
    if (clusterIp && parseCidr(hostOf(clusterIp))) {
      return { ip: hostOf(clusterIp), source: message('fromClusterIp', { ip: hostOf(clusterIp), pod: pod.key }) };
    }
  }
  return undefined;
}

function requirements(ctx: RuleContext, view: NodeView, facts: NodeFacts, cni: CniFacts, unknown: Message[]): Requirement[] {
  const list: Requirement[] = [];
  const flannelNetwork = facts.flannel?.subnetEnv.present ? facts.flannel.subnetEnv.network : undefined;
  const clusterRange = flannelNetwork ? parseCidr(flannelNetwork) : undefined;
  const podCidr = nodePodCidrs(view.node)[0];
  if (clusterRange) {
    list.push({ what: message('clusterRange'), range: clusterRange, source: message('fromFlannelNetwork', { path: facts.flannel!.subnetEnv.path }) });
  } else if (podCidr) {
    // The cluster range contains every node's podCIDR: an entry must at least cover this one.
    list.push({ what: message('clusterRange'), range: podCidr, source: message('fromPodCidr', { cidr: podCidr.text }) });
  } else {
    unknown.push(message('clusterRange'));
  }
  // Azure CNI routes service traffic with a ROUTE policy instead of listing the service range.
  if (!isAzureCni(cni)) {
    const service = knownServiceIp(ctx, view, facts);
    if (service) list.push({ what: message('serviceRange'), range: parseCidr(service.ip)!, source: service.source });
    else unknown.push(message('serviceRange'));
  }
  if (isBridgeMode(cni, flannelBackendFromAnnotation(view.node))) {
    const internalIp = nodeInternalIp(view.node);
    if (internalIp) list.push({ what: message('nodeSubnet'), range: parseCidr(internalIp)!, source: message('fromInternalIp', { ip: internalIp }) });
    else unknown.push(message('nodeSubnet'));
  }
  return list;
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const facts = ctx.nodeFacts.get(view.name);
  const cni = facts?.cni;
  if (!facts || !cni?.exceptionList) return undefined;
  const entries = cni.exceptionList.map((text) => ({ text, cidr: parseCidr(text) }));
  const parsed = entries.map((entry) => entry.cidr).filter((cidr): cidr is Ipv4Cidr => cidr !== undefined);

  const unknown: Message[] = [];
  const needed = requirements(ctx, view, facts, cni, unknown);
  const missing = needed.filter((req) => !parsed.some((entry) => cidrCovers(entry, req.range)));
  const external = parsed.filter((cidr) => !isPrivateCidr(cidr));
  if (missing.length === 0 && external.length === 0) return undefined;

  const listed = cni.exceptionList.length > 0 ? cni.exceptionList.join(', ') : message('empty');
  const listText = cni.confPath ? message('listIn', { file: cni.confPath, entries: listed }) : message('list', { entries: listed });
  const evidence: Evidence[] = [{ source: 'probe', text: listText }];
  for (const req of missing) {
    evidence.push({ source: 'probe', text: message('notCovered', { what: req.what, source: req.source }) });
  }
  for (const cidr of external) {
    evidence.push({ source: 'probe', text: message('publicEntry', { cidr: cidr.text }) });
  }
  const problems = [
    ...missing.map((req) => message('misses', { what: req.what })),
    ...(external.length > 0
      ? [message(external.length > 1 ? 'holdsPublicRanges' : 'holdsPublicRange', { ranges: external.map((c) => c.text).join(', ') })]
      : []),
  ];
  const and = message('and');
  const summary =
    unknown.length > 0
      ? message('nodeUnchecked', { node: view.name, problems: messageList(problems, and), unknown: messageList(unknown, and) })
      : message('node', { node: view.name, problems: messageList(problems, and) });
  return makeFinding(rule, nodeTarget(view.node), summary, evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
