import { defineCause, message, type SignatureDefinition } from '../define.js';
import { podContainers } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'procHostPath',
    pattern: /hostpath type check failed: \/proc(?:\/sys\/\w+)? is not a directory/,
    weight: 0.5,
    why: 'a Linux-only agent (often a CNI such as Cilium) was scheduled on a Windows node, which has no /proc',
  },
];

/** Images of network plugins that have no Windows agent. */
const linuxOnlyPlugins: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Cilium', pattern: /(?:^|\/)cilium(?:-agent)?(?::|@|$)|\/cilium\/cilium/ },
  { name: 'Weave Net', pattern: /weaveworks\/weave-(?:kube|npc)/ },
  { name: 'kube-router', pattern: /cloudnativelabs\/kube-router/ },
];

const cause = defineCause({
  title: 'A network plugin without Windows support runs on the Windows node',
  area: 'cluster',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events'],
  explanation:
    'Some network plugins have no Windows data plane at all: Cilium (including Azure CNI powered by Cilium), Weave Net, kube-router. When such a plugin is the cluster\'s CNI, its DaemonSet either lands on Windows nodes and fails (Linux host paths like /proc do not exist) or skips them, and Windows pods never get a network.',
  fix: {
    chooseCni: 'Use a CNI with Windows support for the Windows nodes (Azure CNI, Calico, Flannel, Antrea, the Amazon VPC CNI); on AKS, Windows node pools need the Azure (not Cilium) dataplane.',
    pinToLinux: 'Keep Linux-only network DaemonSets off Windows nodes with nodeSelector kubernetes.io/os: linux (and no catch-all toleration for the Windows taint).',
    recreatePods: 'Once a Windows-capable CNI runs on the node, recreate the Windows pods that were stuck.',
  },
  messages: {
    pod: 'Pod {pod} runs {plugin}, a network plugin without Windows support, on Windows node {node}.',
    image: 'image {image}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/aks/azure-cni-powered-by-cilium#limitations', 'https://github.com/Azure/AKS/issues/3737', 'https://github.com/cilium/cilium/issues/14410', 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/'],
  signatures,
  symptoms: [
    'Pods are not getting created on the Windows node pool of a cluster that uses Cilium as the CNI.',
    'The cilium agent pod on the Windows node fails with "hostPath type check failed: /proc is not a directory".',
    'cilium-agent gets scheduled to Windows nodes and never becomes ready.',
    'Windows pods stay in ContainerCreating because no CNI is configured on the Windows nodes.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      for (const { container } of podContainers(pod.pod)) {
        const image = container.image ?? '';
        const plugin = linuxOnlyPlugins.find((candidate) => candidate.pattern.test(image));
        if (!plugin) continue;
        const evidence: Evidence[] = [{ source: 'spec', text: message('image', { image }) }];
        const mountFailure = pod.timeline.find((entry) => /hostpath type check failed/i.test(entry.message));
        if (mountFailure) evidence.push(timelineEvidence(mountFailure));
        findings.push(makeFinding(cause, podTarget(pod.pod), message('pod', { pod: pod.key, plugin: plugin.name, node: pod.node.name }), evidence));
        break;
      }
    }
    return findings;
  },
});

export default cause;
