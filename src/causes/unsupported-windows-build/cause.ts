import { defineCause, message } from '../define.js';
import { describeBuild, officialPages } from '../../engine/rule-kit.js';
import { buildInfoFromNumber, supportedBuilds, windowsBuildLabel } from '../../windows/builds.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

function supportedList(): string {
  return supportedBuilds.map((build) => `${buildInfoFromNumber(build).short} (10.0.${build})`).join(', ');
}

const channelKeys: Record<string, string> = {
  sac: 'channelSac',
  client: 'channelClient',
  insider: 'channelInsider',
  unknown: 'channelUnknown',
  ltsc: 'channelLtsc',
};

const rule = defineCause({
  title: 'Node runs a Windows build Kubernetes does not support',
  area: 'node',
  severity: 'warning',
  inputs: ['node-status'],
  explanation:
    'Kubernetes supports Windows nodes on the long-term servicing (LTSC) server releases only: Windows Server 2019 (10.0.17763), 2022 (10.0.20348) and 2025 (10.0.26100). ' +
    'Semi-annual channel releases such as 1709, 1803, 1903, 1909, 2004 and 20H2 are out of support, and client or preview builds were never supported, so images, pause containers and fixes for them are no longer published.',
  fix: {
    planReplaceNode: 'Plan to replace the node with one running a supported LTSC build (Windows Server 2019, 2022 or 2025).',
    rebuildRetagWorkload: 'Rebuild or retag the workload images for that build (ltsc2019, ltsc2022, ltsc2025).',
    drainOldNode: 'Drain the old node (kubectl drain <node> --ignore-daemonsets) and remove it once the replacement is Ready.',
  },
  messages: {
    channelSac: 'a retired semi-annual channel release',
    channelClient: 'a client (desktop) edition',
    channelInsider: 'a preview build',
    channelUnknown: 'a build Kubernetes does not list',
    channelLtsc: 'a long-term servicing release no longer supported by Kubernetes',
    node: 'Node {node} runs {build}, {channel}; supported builds are {supported}.',
  },
  advisory: true,
  symptoms: [
    'the node runs a semi-annual Windows version that Kubernetes no longer supports',
    'no pause image exists for the Windows version of our node',
    'we installed a Windows 10 or preview build as a worker and pods do not start',
    'the Windows build of the node is out of support',
    'Windows client editions such as Windows 10 or 11 Pro and Enterprise are not supported as Kubernetes worker nodes',
  ],
  references: [officialPages.windowsIntro, officialPages.msVersionCompatibility, officialPages.msReleaseHealth],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const build = node.build;
      if (!build || build.supported) continue;
      const info = node.node.status?.nodeInfo;
      const evidence: Evidence[] = [];
      const label = node.node.metadata.labels?.[windowsBuildLabel];
      if (label) evidence.push({ source: 'node', text: `label ${windowsBuildLabel}=${label}` });
      if (info?.kernelVersion) evidence.push({ source: 'node', text: `kernelVersion ${info.kernelVersion}` });
      if (info?.osImage) evidence.push({ source: 'node', text: `osImage ${info.osImage}` });
      findings.push(
        makeFinding(
          rule,
          nodeTarget(node.node),
          message('node', {
            node: node.name,
            build: describeBuild(build),
            channel: message(channelKeys[build.channel] ?? channelKeys['unknown']!),
            supported: supportedList(),
          }),
          evidence,
        ),
      );
    }
    return findings;
  },
});

export default rule;
