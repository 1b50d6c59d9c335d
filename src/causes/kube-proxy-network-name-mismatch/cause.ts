import { defineCause, message, type SignatureDefinition } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import type { TimelineEntry } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'checkKubeNetwork',
    pattern: /unable to find hns network spe\w{0,6}ed by .{0,40}check environment variable kube_network/,
    weight: 0.4,
    why: 'kube-proxy is looking for the network under the name in KUBE_NETWORK; if the network exists under another name, the name is wrong',
  },
  {
    name: 'cantFindRetrying',
    pattern: /can'?t find hns network, retrying/,
    weight: 0.4,
    why: 'an agent keeps looking for an HNS network by a name that may not be the one the CNI creates',
  },
];

const wantedPattern = /unable to find hns network spe\w{0,6}ed by\s+"?([\w.-]+)/i;

/** The first kube-proxy message naming the network it wants, with that name. */
function wantedNetwork(entries: readonly TimelineEntry[]): { entry: TimelineEntry; name: string } | undefined {
  for (const entry of entries) {
    const name = wantedPattern.exec(entry.message)?.[1];
    if (name) return { entry, name: name.replace(/\.$/, '') };
  }
  return undefined;
}

const cause = defineCause({
  title: 'kube-proxy looks for an HNS network name the CNI did not create',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'pod-status'],
  probe: 'node',
  explanation:
    'kube-proxy on Windows finds the container network by name (KUBE_NETWORK, --network-name or winkernel.networkName; cbr0 when unset). When the CNI created the network under another name (l2bridge, vxlan0, flannel.4096, Calico, azure), kube-proxy waits or exits with "Unable to find HNS Network specified by <name>" although the network exists, and no Service is programmed on the node.',
  fix: {
    listNetworks: 'On the node, list the HNS networks (Get-HnsNetwork | Select Name, Type) and note the name of the one the CNI created.',
    setName: 'Set KUBE_NETWORK (or --network-name / winkernel.networkName) for kube-proxy to exactly that name; for flannel it is the name in its net-conf.json or flannel.<VNI>.',
    restartKubeProxy: 'Restart kube-proxy and check that it loads the network and creates HNS load balancers.',
  },
  messages: {
    node: 'kube-proxy on {node} looks for the HNS network "{wanted}", but the node\'s networks are {networks}.',
    networks: 'HNS networks on the node: {networks}',
  },
  references: ['https://github.com/MicrosoftDocs/Virtualization-Documentation/issues/776', 'https://github.com/MicrosoftDocs/Virtualization-Documentation/issues/759', 'https://github.com/k3s-io/k3s/issues/6499', 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/'],
  signatures,
  symptoms: [
    'start-kubeproxy.ps1 fails with "Unable to find Hns Network specified by cbr0. Please check environment variable KUBE_NETWORK".',
    'kube-proxy cannot find its network although Get-HnsNetwork shows the l2bridge network.',
    'The agent keeps logging "can\'t find HNS network, retrying" with a network name the CNI never creates.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const networks = ctx.nodeFacts.get(node.name)?.hns?.networks ?? [];
      if (networks.length === 0) continue;
      const wanted = wantedNetwork([...node.timeline, ...node.pods.flatMap((pod) => pod.timeline)]);
      if (!wanted) continue;
      if (networks.some((network) => network.name.toLowerCase() === wanted.name.toLowerCase())) continue;
      const names = networks.map((network) => network.name).join(', ');
      findings.push(
        makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name, wanted: wanted.name, networks: names }), [
          timelineEvidence(wanted.entry),
          { source: 'probe', text: message('networks', { networks: names }) },
        ]),
      );
    }
    return findings;
  },
});

export default cause;
