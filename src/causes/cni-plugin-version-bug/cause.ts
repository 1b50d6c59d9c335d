import { defineCause, message } from '../define.js';
import { findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { compareVersions } from '../../rules/probe-rule-helpers.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

/** Plugin releases with a known Windows defect, and the first release that fixed it. */
const knownBadReleases: readonly { plugin: string; fixedIn: string; defect: 'rebootDefect' }[] = [
  { plugin: 'azure-vnet', fixedIn: '1.0.16', defect: 'rebootDefect' },
];

const rule = defineCause({
  title: 'The CNI plugin release on the Windows node has a known Windows defect',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe'],
  probe: 'node',
  explanation:
    'Some CNI plugin releases had Windows-only defects that later releases fixed; for example azure-vnet before 1.0.16 could not set up or tear down pod networks after a node reboot. ' +
    'On such a release pods stay in ContainerCreating or cannot be killed until the plugin is upgraded.',
  fix: {
    checkRelease: 'Read the CNI plugin version on the node (the plugin binary\'s version output, or the image of the CNI DaemonSet).',
    upgradePlugin: 'Upgrade the CNI plugin (and components it depends on, such as OVS for Antrea) to a release with the fix.',
    restartServices: 'Restart the node\'s CNI and runtime services, or reboot the node, and recreate the stuck pods.',
  },
  messages: {
    rebootDefect: 'pod networks cannot be set up or torn down after the node reboots',
    release: 'CNI plugin {plugin} {version} is older than {fixed}',
    node: 'The CNI plugin on {node} ({plugin} {version}) has a known Windows defect: {defect}; fixed in {fixed}.',
  },
  symptoms: [
    'pods stuck in ContainerCreating on the Windows node after it rebooted',
    'KillPodSandbox errors from the CNI after a Windows node restart',
    'pods on the Windows node cannot be deleted and the CNI is an old release',
    'Windows pod networking broke until the CNI plugin was upgraded',
  ],
  references: [
    'https://github.com/Azure/azure-container-networking/releases',
    'https://github.com/Azure/azure-container-networking/issues/287',
    'https://github.com/antrea-io/antrea/issues/4702',
  ],
  detect,
});

function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const plugin = facts.cni?.type?.toLowerCase();
  const version = facts.cni?.pluginVersion?.replace(/^v/i, '');
  if (!plugin || !version) return undefined;
  const bad = knownBadReleases.find((release) => release.plugin === plugin && (compareVersions(version, release.fixedIn) ?? 0) < 0);
  if (!bad) return undefined;
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message('node', { node: view.name, plugin, version, defect: message(bad.defect), fixed: bad.fixedIn }),
    [{ source: 'probe', text: message('release', { plugin, version, fixed: bad.fixedIn }) }],
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return findingsOnProbedNodes(ctx, detectOnNode);
}

export default rule;
