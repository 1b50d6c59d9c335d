import { defineCause, message } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import { scoredEntries } from '../../engine/rule-kit.js';
import type { NodeView, PodView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'agentHostPathMissing',
    pattern: /volume (?:bpf-maps|hostproc|cilium-[\w-]+|xtables-lock|lib-modules) .{0,20}hostpath type check failed/,
    weight: 0.7,
    why: 'a Linux network agent asks for Linux host paths that a Windows node does not have',
    phases: ['mount', 'create', 'any'],
  },
  {
    name: 'linuxOnlyCniNamed',
    pattern: /\b(?:cilium|kube-router|weave-net|kindnet)\b.{0,80}\bwindows\b|\bwindows\b.{0,80}\b(?:cilium|kube-router|weave-net|kindnet)\b/,
    weight: 0.35,
    why: 'the text names a network plugin that has no Windows data plane together with Windows',
  },
];

/** Image repositories of network agents that run on Linux only. */
const linuxOnlyAgentImage = /(?:^|\/)(?:cilium|cilium-agent|kube-router|weave-kube|weave-npc|kindnetd)(?::|@|$)/;

/** The Linux-only network agent containers of a pod, as "container (image)". */
function linuxOnlyAgents(pod: PodView): string[] {
  return (pod.pod.spec?.containers ?? [])
    .filter((container) => linuxOnlyAgentImage.test(container.image ?? ''))
    .map((container) => `${container.name} (${container.image ?? ''})`);
}

/** Evidence for one Windows node: the Linux-only agents scheduled on it and what they logged. */
function nodeEvidence(pods: readonly PodView[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const pod of pods) {
    evidence.push({ source: 'status', text: message('agent', { pod: pod.key, containers: linuxOnlyAgents(pod).join(', ') }) });
    evidence.push(...scoredEntries(pod.timeline, signatures).slice(-2).map((hit) => timelineEvidence(hit.entry)));
  }
  return evidence;
}

const rule = defineCause({
  title: 'The cluster\'s CNI has no Windows data plane',
  area: 'cluster',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events'],
  explanation:
    'Some network plugins run on Linux only: Cilium (including Azure CNI powered by Cilium), kube-router, Weave Net, kindnet. ' +
    'Their agent DaemonSet either lands on Windows nodes and fails there, because the Linux host paths, kernel features and binaries it needs do not exist, or it skips them; either way nothing sets up pod networking on the Windows nodes and Windows pods stay in ContainerCreating.',
  fix: {
    chooseWindowsCni: 'Use a network plugin with a Windows data plane for clusters with Windows nodes (Azure CNI, Calico, Flannel, Antrea, the Amazon VPC CNI on EKS); on AKS, Azure CNI powered by Cilium does not support Windows node pools.',
    keepAgentsOnLinux: 'Keep Linux-only network DaemonSets off Windows nodes with a nodeSelector kubernetes.io/os: linux, so they stop failing there.',
    recreatePods: 'After a Windows-capable plugin runs on the nodes, delete the stuck Windows pods so they are created with a network.',
  },
  messages: {
    agent: 'pod {pod} runs the Linux-only network agent {containers} on this Windows node',
    node: 'Windows node {node} runs the agent of a network plugin that has no Windows data plane; its pods get no network.',
  },
  references: [
    'https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium#limitations',
    'https://kubernetes.io/docs/concepts/services-networking/windows-networking/',
  ],
  signatures,
  symptoms: [
    'Windows pods stuck in ContainerCreating after enabling Cilium',
    'cilium agent crashes on the Windows node',
    'Windows node pool has no pod networking with Azure CNI powered by Cilium',
    'which CNI plugins support Windows nodes',
    'network DaemonSet pod fails to mount host paths on the Windows node',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const agentsByNode = new Map<NodeView, PodView[]>();
    for (const pod of ctx.view.pods) {
      if (!pod.node || linuxOnlyAgents(pod).length === 0) continue;
      agentsByNode.set(pod.node, [...(agentsByNode.get(pod.node) ?? []), pod]);
    }
    return [...agentsByNode].map(([node, pods]) =>
      makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), nodeEvidence(pods)));
  },
});

export default rule;
