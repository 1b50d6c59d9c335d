import { defineCause, message, type SignatureDefinition } from '../define.js';
import { nodeBuildEvidence, podContainers, compact } from '../../engine/rule-kit.js';
import { formatBuild } from '../../windows/builds.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'expectedPolicy',
    pattern: /policy creation failed.{0,40}an expected policy was not found/,
    weight: 0.5,
    why: 'the host build cannot program the load-balancer policy kube-proxy asks for, typical of overlay on builds before 1809 with KB4489899',
  },
];

const calicoImage = /calico\/(?:node-windows|cni-windows|windows)|calico-windows/;

const cause = defineCause({
  title: 'The CNI or network mode does not support the node\'s Windows build',
  area: 'node',
  severity: 'error',
  inputs: ['node-status', 'pod-spec', 'node-probe'],
  probe: 'partial',
  explanation:
    'Windows container networking features arrive with specific Windows builds, and each CNI supports a list of host versions. On a build outside that list the CNI installs but cannot program the host: overlay networks need Windows Server 2019 (1809) with KB4489899 or later, and Calico for Windows supports Windows Server 2019 and 2022 only, not Windows Server 2025.',
  fix: {
    checkMatrix: 'Check the CNI\'s documented list of supported Windows Server versions and network modes against the node\'s build (kubectl get node -o wide shows the kernel version).',
    moveNode: 'Run the workload on nodes with a supported build (for Calico, Windows Server 2019 or 2022), or pick a CNI that supports the newer build.',
    updateHost: 'For overlay on Windows Server 2019, install the cumulative update that carries KB4489899 or later before enabling VXLAN.',
  },
  messages: {
    calico2025: 'Node {node} runs {build}, but Calico for Windows supports only Windows Server 2019 and 2022.',
    overlayOld: 'Node {node} runs {build}; overlay (VXLAN) networking needs Windows Server 2019 (1809) with KB4489899 or later.',
    calicoPod: 'Calico for Windows runs on the node (pod {pod})',
    overlayNetwork: 'HNS network {network} is of type Overlay',
  },
  references: ['https://docs.tigera.io/calico/latest/getting-started/kubernetes/windows-calico/requirements', 'https://github.com/projectcalico/calico/issues/11691', 'https://github.com/rancher/rancher/issues/50915', 'https://github.com/microsoft/SDN/issues/273', 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/'],
  signatures,
  symptoms: [
    'Calico pods fail on the new Windows Server 2025 node pool while the 2022 nodes work.',
    'kube-proxy on the Windows 1803 node keeps logging "Policy creation failed: HNS failed with error : An expected policy was not found" in overlay mode.',
    'The CNI does not work with Windows Server 2016 RTM.',
    'Adding Windows Server 2025 nodes is blocked because Calico and other CNIs do not support 2025 yet.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const build = node.build;
      if (!build) continue;
      const facts = ctx.nodeFacts.get(node.name);
      if (build.build >= 26100) {
        const calicoPod = node.pods.find((pod) => podContainers(pod.pod).some(({ container }) => calicoImage.test(container.image ?? '')));
        const calicoConfig = facts?.cni?.type?.toLowerCase() === 'calico';
        if (calicoPod || calicoConfig) {
          const evidence: Evidence[] = compact([nodeBuildEvidence(node)]);
          if (calicoPod) evidence.push({ source: 'spec', text: message('calicoPod', { pod: calicoPod.key }) });
          findings.push(makeFinding(cause, nodeTarget(node.node), message('calico2025', { node: node.name, build: formatBuild(build) }), evidence));
          continue;
        }
      }
      const overlay = facts?.hns?.networks.find((network) => network.type.toLowerCase() === 'overlay');
      if (build.build < 17763 && overlay) {
        const evidence: Evidence[] = compact([nodeBuildEvidence(node), { source: 'probe', text: message('overlayNetwork', { network: overlay.name }) }]);
        findings.push(makeFinding(cause, nodeTarget(node.node), message('overlayOld', { node: node.name, build: formatBuild(build) }), evidence));
      }
    }
    return findings;
  },
});

export default cause;
