import { defineCause, message, messageList, type Message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { bestSignature, timelineEvidence } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import type { AdapterFact, CniFacts, HnsNetworkFact, NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { flannelBackendFromAnnotation, hitsOnNode, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Messages that name the missing network or adapter itself. */
const strongSignatures: MessageSignature[] = [
  {
    name: 'hnsCouldFind',
    pattern: /\ban adapter was not found\b/,
    weight: 0.8,
    why: 'HNS could not find the host adapter to build the container network on',
  },
  {
    name: 'kubeProxyLooked',
    pattern: /unable to find hns network specified by/,
    weight: 0.8,
    why: 'kube-proxy looked for the HNS network by name and it does not exist',
  },
  {
    name: 'hnsCallFailed',
    pattern: /\bhns network\b.{0,40}\bnot found\b|\bnetwork\b.{0,20}\bnot found\b.{0,40}\bhns\b|hnscall failed in win32: network not found|\bnetwork id\s+not found/,
    weight: 0.7,
    why: 'an HNS call failed because the container network does not exist',
  },
  {
    name: 'kubeletFoundVirtual',
    pattern: /\bno network adapters? (?:is |was )?found\b|\bno network adapter\b/,
    weight: 0.7,
    why: 'the kubelet found no virtual network adapter for the container network',
  },
  {
    name: 'nodeSetupScript',
    pattern: /\bethernet(?: \d+)? doesn'?t exist\b/,
    weight: 0.7,
    why: 'the node setup script was given an InterfaceName that does not exist on the host',
  },
];

/** "CNI not initialised" wording: often this cause, but also a CNI DaemonSet image that never started. */
const weakSignatures: MessageSignature[] = [
  {
    name: 'cniConfigurationYet',
    pattern: /network plugin is not ready: cni config uninitiali[sz]ed/,
    weight: 0.45,
    why: 'no CNI configuration yet: the container network was never set up on the node (or the CNI pod did not start)',
  },
  {
    name: 'cniPluginHas',
    pattern: /networkplugin(?:not)?ready.{0,60}cni plugin not initiali[sz]ed|\bcni plugin not initiali[sz]ed\b/,
    weight: 0.4,
    why: 'the CNI plugin has not initialised: the container network was not created',
  },
];

const signatures = [...strongSignatures, ...weakSignatures];

const rule = defineCause({
  title: 'The HNS container network or its vEthernet adapter does not exist',
  area: 'node',
  // Without the network no sandbox on the node can start.
  explainsPhases: ['sandbox'],
  severity: 'error',
  inputs: ['node-status', 'node-events', 'pod-events', 'node-probe'],
  probe: 'partial',
  explanation:
    'Windows container networking needs a Host Network Service (HNS) network (cbr0, vxlan0, azure, ...) and the vEthernet adapter HNS creates for it on the host. ' +
    'If the node setup failed to create them, for example because the script was given an interface name the host does not have, the kubelet finds no network adapter, the node stays NotReady and pods get no network.',
  fix: {
    nodeListNetworks: 'On the node, list the networks and adapters: Get-HnsNetwork | Select-Object Name, Type and Get-NetAdapter | Where-Object Name -Like "vEthernet (*".',
    checkAdapterName: 'Check the adapter name the node setup used (the InterfaceName parameter of start.ps1 / the CNI install script) against Get-NetAdapter; pass the real name when the host NIC is not called "Ethernet".',
    readOutputSetup: 'Read the output of the setup script (start-kubelet.ps1, the CNI DaemonSet pod log or flanneld log) for the error that stopped the network creation.',
    reRunNetwork: 'Re-run the network setup (restart flanneld / the CNI pod, or the setup script) so the HNS network and its vEthernet adapter are created again.',
    confirmNodeReports: 'Confirm the node reports Ready and new pods get an IP address.',
  },
  messages: {
    noNetworks: 'no HNS networks at all',
    networks: 'HNS networks: {networks}',
    noNetworkOfType: 'no {types} network',
    noNetworkButNat: 'no network other than nat',
    noContainerNetwork: 'no HNS container network exists on {node}.',
    noAdapters: 'none',
    noAdapter: 'no vEthernet adapter other than nat (adapters: {adapters})',
    noContainerAdapter: 'no vEthernet adapter for the container network exists on {node}.',
    readyCondition: 'Ready={status} ({reason}): {message}',
    noReason: 'no reason',
    networkMissing: 'the container network is missing.',
    missing: 'The container network (HNS network / vEthernet adapter) on {node} is missing.',
    notInitialised: '{node} reports that its network plugin is not initialised; the HNS container network was probably never created (run with --probe to confirm).',
  },
  symptoms: [
    'the Windows node stays NotReady because the network plugin is not ready',
    'cni plugin not initialized on the Windows node after install',
    'the HNS network the CNI config names does not exist on the node',
    'the vEthernet adapter disappeared and pods cannot get a network',
    'kube-proxy cannot find the HNS network and exits',
    'the node setup script fails because the network adapter name is wrong',
    'pods cannot be created because the container network on the Windows node is gone',
    'after a reboot the external switch of the Windows node was not recreated',
    'the CNI cannot attach pods because the HNS network name in its config is wrong',
    'Get-HnsNetwork returns nothing on the Windows node',
    'kube-proxy on Windows starts before any HNS network exists and fails',
    'the network named in the CNI configuration is not found by HNS',
    'the HNS network must exist before kube-proxy and the pods start, and the CNI or the node setup script has not created it',
  ],
  windowsCodes: ['HCN_E_NETWORK_NOT_FOUND'],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  signatures,
  detect,
});

function isNatNetwork(network: HnsNetworkFact): boolean {
  return network.type.toLowerCase() === 'nat' || network.name.toLowerCase() === 'nat';
}

/** HNS network types the node's CNI configuration creates, when that is known. */
function expectedTypes(cni: CniFacts | undefined, annotationBackend: string | undefined): string[] | undefined {
  const plugin = (cni?.type ?? '').toLowerCase();
  const delegate = (cni?.delegateType ?? '').toLowerCase();
  const backend = (cni?.flannelBackend ?? annotationBackend ?? '').toLowerCase();
  if (plugin === 'flannel' || backend) {
    if (backend === 'vxlan' || delegate.includes('overlay')) return ['overlay'];
    if (backend === 'host-gw' || delegate.includes('bridge')) return ['l2bridge'];
  }
  if (plugin.includes('overlay')) return ['overlay'];
  if (plugin === 'sdnbridge' || plugin === 'win-bridge' || plugin === 'l2bridge') return ['l2bridge'];
  if (plugin.startsWith('azure')) return ['l2bridge', 'l2tunnel', 'transparent'];
  return undefined;
}

/** HNS spelling of the network types, for evidence. */
const typeNames: Readonly<Record<string, string>> = {
  l2bridge: 'L2Bridge',
  l2tunnel: 'L2Tunnel',
  overlay: 'Overlay',
  transparent: 'Transparent',
};

function describeNetworks(networks: HnsNetworkFact[]): Message {
  if (networks.length === 0) return message('noNetworks');
  return message('networks', { networks: networks.map((n) => `${n.name} (${n.type})`).join(', ') });
}

function isContainerAdapter(adapter: AdapterFact): boolean {
  const name = adapter.name.toLowerCase();
  return name.startsWith('vethernet (') && name !== 'vethernet (nat)';
}

interface ProbeVerdict {
  missing: boolean;
  evidence: Evidence[];
  summary?: Message;
}

function judgeFacts(view: NodeView, facts: NodeFacts): ProbeVerdict | undefined {
  const hns = facts.hns;
  if (!hns) return undefined;
  const evidence: Evidence[] = [];
  const expected = expectedTypes(facts.cni, flannelBackendFromAnnotation(view.node));
  const candidates = hns.networks.filter((network) => !isNatNetwork(network));
  const matching = expected ? candidates.filter((n) => expected.includes(n.type.toLowerCase())) : candidates;
  let missing = false;
  let summary: Message | undefined;
  if (matching.length === 0) {
    missing = true;
    const wanted = expected
      ? message('noNetworkOfType', { types: expected.map((type) => typeNames[type] ?? type).join('/') })
      : message('noNetworkButNat');
    evidence.push({ source: 'probe', text: messageList([describeNetworks(hns.networks), wanted], '; ') });
    summary = message('noContainerNetwork', { node: view.name });
  }
  if (facts.adapters) {
    const adapters = facts.adapters.filter(isContainerAdapter);
    if (adapters.length === 0) {
      missing = true;
      const names = facts.adapters.map((a) => a.name).join(', ') || message('noAdapters');
      evidence.push({ source: 'probe', text: message('noAdapter', { adapters: names }) });
      summary ??= message('noContainerAdapter', { node: view.name });
    }
  }
  return { missing, evidence, ...(summary ? { summary } : {}) };
}

function conditionHit(view: NodeView): Evidence | undefined {
  const condition = view.node.status?.conditions?.find((c) => c.type === 'Ready');
  if (!condition || condition.status === 'True' || !condition.message) return undefined;
  if (!bestSignature(normalizeMessage(condition.message), signatures)) return undefined;
  return {
    source: 'node',
    text: message('readyCondition', { status: condition.status, reason: condition.reason ?? message('noReason'), message: condition.message }),
  };
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const facts = ctx.nodeFacts.get(view.name);
  const verdict = facts ? judgeFacts(view, facts) : undefined;
  // The probe saw the network and the adapter: whatever the messages say, it is not this cause.
  if (verdict && !verdict.missing) return undefined;

  const condition = conditionHit(view);
  const hits = hitsOnNode(view, signatures);
  const evidence: Evidence[] = [];
  if (condition) evidence.push(condition);
  for (const hit of hits.slice(0, 5)) evidence.push(timelineEvidence(hit.entry));

  if (verdict?.missing) {
    evidence.push(...verdict.evidence);
    return makeFinding(rule, nodeTarget(view.node), verdict.summary ?? message('networkMissing'), evidence);
  }
  if (!condition && hits.length === 0) return undefined;
  const strong = hits.some((hit) => strongSignatures.includes(hit.signature));
  const summary = strong
    ? message('missing', { node: view.name })
    : message('notInitialised', { node: view.name });
  return makeFinding(rule, nodeTarget(view.node), summary, evidence, strong ? {} : { severity: 'warning' });
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
