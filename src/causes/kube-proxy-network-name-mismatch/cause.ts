import { defineCause, message } from '../define.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'kubeNetworkHint',
    pattern: /unable to find hns network spe\w*ed by \S+\.? please check environment variable kube_network/,
    weight: 0.75,
    why: 'kube-proxy looked up the HNS network named by KUBE_NETWORK and found none with that name',
  },
  {
    name: 'kubeProxyRetrying',
    pattern: /can'?t find hns network, retrying/,
    weight: 0.55,
    why: 'kube-proxy keeps retrying to find the HNS network it was given by name',
    group: 'kubeNetworkHint',
  },
];

/** The HNS network kube-proxy was told to use by flag, when the probe read its command line. */
function configuredNetworkName(facts: NodeFacts): string | undefined {
  const flag = facts.kubeProxy?.running ? facts.kubeProxy.flags['network-name'] : undefined;
  return flag?.trim() ? flag.trim() : undefined;
}

/** Evidence when kube-proxy names a network HNS does not have while other networks exist. */
function mismatchEvidence(facts: NodeFacts): Evidence[] | undefined {
  const wanted = configuredNetworkName(facts);
  const networks = facts.hns?.networks ?? [];
  const containerNetworks = networks.filter((network) => network.type.toLowerCase() !== 'nat' && network.name.toLowerCase() !== 'nat');
  if (!wanted || containerNetworks.length === 0) return undefined;
  if (networks.some((network) => network.name.toLowerCase() === wanted.toLowerCase())) return undefined;
  return [
    { source: 'probe', text: message('flag', { name: wanted }) },
    { source: 'probe', text: message('networks', { networks: containerNetworks.map((network) => `${network.name} (${network.type})`).join(', ') }) },
  ];
}

const rule = defineCause({
  title: 'kube-proxy looks for an HNS network name that does not exist',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'node-events', 'pod-events'],
  probe: 'node',
  explanation:
    'On Windows, kube-proxy programs Services into one HNS network that it finds by name: the --network-name flag, the KUBE_NETWORK environment variable, or the default cbr0. ' +
    'When the CNI created its network under another name (vxlan0, l2bridge, Calico, azure, ...), kube-proxy finds nothing, exits or retries forever, and no Service or ClusterIP works from the node\'s pods.',
  fix: {
    listNetworks: 'On the node, list the network names with Get-HnsNetwork | Select-Object Name, Type and note the one your CNI created.',
    setNetworkName: 'Give kube-proxy that name: --network-name in its arguments or KUBE_NETWORK in the environment of the service or the kube-proxy DaemonSet (names are matched exactly).',
    restartKubeProxy: 'Restart kube-proxy and check that its log no longer reports the network as not found and that Services answer from Windows pods.',
  },
  messages: {
    flag: 'kube-proxy runs with --network-name={name}',
    networks: 'HNS networks on the node: {networks}',
    node: 'kube-proxy on {node} is configured for an HNS network that does not exist, so it programs no Services.',
  },
  references: [
    refs.k8sWindowsNetworking,
    'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/',
  ],
  signatures,
  symptoms: [
    'kube-proxy on the Windows node crashes saying the network cbr0 is not found',
    'Services do not work from Windows pods and kube-proxy keeps retrying to find the HNS network',
    'kube-proxy KUBE_NETWORK does not match the Calico or flannel vxlan network name',
    'after switching to VXLAN, kube-proxy cannot find its network',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const facts = ctx.nodeFacts.get(node.name);
      const evidence = facts ? mismatchEvidence(facts) : undefined;
      if (!evidence) continue;
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default rule;
