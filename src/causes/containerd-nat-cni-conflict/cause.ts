import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'A nat CNI config left by the containerd install is used instead of the cluster CNI',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Installing containerd on Windows with its sample scripts writes a CNI config for the nat plugin (0-containerd-nat.json) into the CNI config directory. ' +
    'containerd takes the first config file by name, so pods are wired to the local NAT network instead of the cluster network: they get NAT addresses, or sandbox creation fails when HNS network creation collides.',
  fix: {
    removeNatConfig: 'Delete the nat config (0-containerd-nat.json) from containerd\'s CNI config directory so the cluster CNI config is the only one there.',
    restartContainerd: 'Restart containerd (and the CNI agent, e.g. flanneld) so the cluster config is loaded.',
    recreatePods: 'Recreate the pods that got NAT addresses or failed sandboxes on the node.',
  },
  messages: {
    natConfig: 'containerd\'s CNI config {path} uses the nat plugin',
    clusterNetwork: 'HNS network {network} ({type}) of the cluster CNI exists as well',
    node: 'Pods on {node} are wired by the nat CNI config left by the containerd install, not by the cluster CNI.',
    pod: 'Pod {pod} was set up by the nat CNI plugin instead of the cluster CNI.',
  },
  signatures: [
    {
      name: 'natPluginFailed',
      pattern: /plugin type=nat name=nat failed/,
      weight: 0.85,
      why: 'the sandbox network was set up by the nat CNI plugin, which a cluster network never configures',
      phases: ['sandbox', 'any'],
    },
    {
      name: 'containerdNatConfig',
      pattern: /0-containerd-nat\.json/,
      weight: 0.6,
      why: 'the message names the nat CNI config that the containerd install scripts write',
    },
  ],
  symptoms: [
    'Windows pods get 172.x addresses from the NAT network instead of the pod CIDR',
    'pods stuck in ContainerCreating with a nat plugin error after installing containerd',
    'flannel starts with the right subnet but pods do not get flannel addresses',
    'sandbox creation fails with hcnCreateNetwork object already exists on a new Windows node',
  ],
  references: [
    'https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/245',
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/128',
  ],
  detect,
});

function usesNatConfig(facts: NodeFacts): boolean {
  const cni = facts.cni;
  return cni?.type?.toLowerCase() === 'nat' || /containerd-nat\.json$/i.test(cni?.confPath ?? '');
}

function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  if (!usesNatConfig(facts)) return undefined;
  const clusterNetwork = facts.hns?.networks.find((network) => network.type.toLowerCase() !== 'nat');
  if (!clusterNetwork) return undefined;
  const evidence: Evidence[] = [
    { source: 'probe', text: message('natConfig', { path: facts.cni?.confPath ?? 'nat' }) },
    { source: 'probe', text: message('clusterNetwork', { network: clusterNetwork.name, type: clusterNetwork.type }) },
  ];
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  const fromFacts = ctx.view.nodes.flatMap((view) => {
    const facts = ctx.nodeFacts.get(view.name);
    const finding = facts ? detectOnNode(view, facts) : undefined;
    return finding ? [finding] : [];
  });
  const fromMessages = findingsFromMessages(rule, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
  return [...fromFacts, ...fromMessages];
}

export default rule;
