import { defineCause, message, type SignatureDefinition } from '../define.js';
import { nodeBuildEvidence, compact } from '../../engine/rule-kit.js';
import { formatBuild } from '../../windows/builds.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'decapLayer',
    pattern: /decap_in\b.{0,40}(?:vfp )?layer/,
    weight: 0.6,
    why: 'the DECAP_IN VFP layer drop is the 2020 Windows Server 2019 update regression',
  },
  {
    name: 'socketForbidden',
    pattern: /an attempt was made to access a socket in a way forbidden by its access permissions/,
    weight: 0.3,
    why: 'connections from pods failing with access denied also appear with the 2024 Windows Server 2022 regression',
  },
];

/** Builds with a known container-networking defect: [first bad revision, first fixed revision). */
const defects = [
  { build: 17763, from: 1432, fixedIn: 1518, message: 'decap2020' },
  { build: 20348, from: 2322, fixedIn: 2762, message: 'vfp2024' },
] as const;

const cause = defineCause({
  title: 'The node\'s Windows build has a known container-networking defect',
  area: 'node',
  severity: 'warning',
  inputs: ['node-status'],
  advisory: true,
  explanation:
    'Some Windows cumulative updates shipped container-networking regressions that a later update fixed. On an affected build, pods or services lose connectivity while every Kubernetes object looks healthy, and rolling the update back or installing the fix restores traffic.',
  fix: {
    installFix: 'Install the cumulative update that carries the fix (the build named in the finding, or any later one) and reboot the node; on managed clusters, upgrade the node image or replace the node pool.',
    clearPolicies: 'For the 2020 Windows Server 2019 defect, until the node is updated: stop kube-proxy, remove the HNS policy lists (Get-HnsPolicyList | Remove-HnsPolicyList), then start kube-proxy again.',
    holdUpdates: 'Test new cumulative updates on one Windows node before rolling them out to all, so a networking regression stays on one node.',
  },
  messages: {
    decap2020: 'Node {node} runs {build}, a Windows Server 2019 build from the August-September 2020 updates: after an HNS restart the DECAP_IN VFP layer can be dropped and pod-to-service traffic fails. The fix is in {fixed} (October 2020).',
    vfp2024: 'Node {node} runs {build}, a Windows Server 2022 build from the 2024 updates that broke container networking (pods unreachable, no traffic out of pods) with Calico and other CNIs. The fix is in {fixed} (October 2024).',
  },
  references: ['https://github.com/microsoft/Windows-Containers/issues/61', 'https://github.com/microsoft/Windows-Containers/issues/516', 'https://github.com/projectcalico/calico/issues/8529', 'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/'],
  signatures,
  symptoms: [
    'Pods on the Windows node cannot reach services any more after the monthly Windows update.',
    'The Windows pods\' IPs cannot be reached at all, while Linux workloads work.',
    'No IPs are reachable from inside the container; on the node itself network communication works fine.',
    'Rolling back the cumulative update makes the Windows pods reachable again.',
    'Windows nodes lose the ability to connect to resources outside the cluster.',
    'the Windows node crashes or stops responding when it carries many pods and network policies',
    'container networking regressed with one Windows build and Microsoft acknowledged it as a platform bug',
    'pods lose connectivity after patch Tuesday and the fix only arrives in a later cumulative update',
    'the host networking service misbehaves on a specific OS build until the node is patched',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const build = node.build;
      if (build?.ubr === undefined) continue;
      const defect = defects.find((d) => d.build === build.build && build.ubr! >= d.from && build.ubr! < d.fixedIn);
      if (!defect) continue;
      const summary = message(defect.message, { node: node.name, build: formatBuild(build), fixed: `10.0.${defect.build}.${defect.fixedIn}` });
      findings.push(makeFinding(cause, nodeTarget(node.node), summary, compact([nodeBuildEvidence(node)])));
    }
    return findings;
  },
});

export default cause;
