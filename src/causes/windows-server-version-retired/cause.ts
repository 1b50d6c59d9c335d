import { defineCause, message } from '../define.js';
import { describeBuild, officialPages, parseMinorVersion } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';
import { aksRetirementFor, compareReleaseVersions, upstreamSupportedServerBuilds, upstreamSupportsBuild } from '../../windows/support.js';

const aksOsSkuLabel = 'kubernetes.azure.com/os-sku';

function onAks(node: NodeView): boolean {
  return (node.node.spec?.providerID ?? '').startsWith('azure://') || node.node.metadata.labels?.[aksOsSkuLabel] !== undefined;
}

/** Why this node's Windows version is out of support, as evidence lines (empty when it is supported). */
function retirementEvidence(node: NodeView, today: string, clusterMinor: string | undefined): Evidence[] {
  const evidence: Evidence[] = [];
  const build = node.build;
  if (build && build.channel === 'ltsc' && build.supported && !upstreamSupportsBuild(build.build)) {
    evidence.push({ source: 'node', text: message('upstream', { node: node.name, build: describeBuild(build), asOf: upstreamSupportedServerBuilds.asOf }) });
  }
  if (onAks(node)) {
    const osSku = node.node.metadata.labels?.[aksOsSkuLabel];
    const status = aksRetirementFor({ ...(build ? { build: build.build } : {}), ...(osSku ? { osSku } : {}) }, today);
    const retirement = status?.retirement;
    const pastMinor = retirement?.unsupportedFromKubernetes !== undefined && clusterMinor !== undefined && compareReleaseVersions(clusterMinor, retirement.unsupportedFromKubernetes) >= 0;
    if (status && retirement && (status.retired || pastMinor)) {
      evidence.push({
        source: 'node',
        text: status.imagesRemoved
          ? message('aksImagesRemoved', { product: retirement.product, retiredOn: retirement.retiredOn, removedOn: retirement.imagesRemovedOn ?? '' })
          : message('aksRetired', { product: retirement.product, retiredOn: retirement.retiredOn, minor: retirement.unsupportedFromKubernetes ?? '-' }),
      });
    }
  }
  return evidence;
}

const rule = defineCause({
  title: 'Node runs a Windows Server version that is no longer supported',
  area: 'node',
  severity: 'info',
  advisory: true,
  inputs: ['node-status', 'server-version'],
  explanation:
    'Upstream Kubernetes lists only Windows Server 2022 and 2025 for Windows nodes; Windows Server 2019 has left the list. ' +
    'AKS retired Windows Server 2019 on 1 March 2026 (no support from Kubernetes 1.33, node images deleted on 1 April 2027), retires the Annual Channel preview on 15 May 2026 and Windows Server 2022 on 15 March 2027 (no new 2022 pools from 1.35). Nodes past these dates get no fixes, and scaling or reimaging fails once images are removed.',
  fix: {
    addNewPool: 'Add node pools (or nodes) on Windows Server 2025, or 2022 where it is still supported.',
    rebuildImages: 'Rebuild workload images on the matching base (ltsc2025 / ltsc2022) or publish multi-build manifests, and move workloads with nodeSelector node.kubernetes.io/windows-build.',
    removeOldPool: 'Drain and delete the old pools before the platform deletes their images.',
  },
  messages: {
    upstream: 'node {node} runs {build}, which is not on upstream Kubernetes\' list of supported Windows Server versions (as of {asOf}: 2022 and 2025)',
    aksRetired: 'AKS retired {product} on {retiredOn} (not supported from Kubernetes {minor})',
    aksImagesRemoved: 'AKS retired {product} on {retiredOn} and removed its node images on {removedOn}: scaling and reimaging fail',
    node: 'Node {node} runs a Windows Server version that is out of support.',
  },
  references: [officialPages.windowsIntro, 'https://learn.microsoft.com/azure/aks/upgrade-windows-os', 'https://github.com/Azure/AKS/issues/4091', 'https://github.com/Azure/AKS/issues/4168', 'https://github.com/Azure/AKS/issues/5608'],
  symptoms: [
    'is Windows Server 2019 still supported',
    'cannot create Windows Server 2019 node pool',
    'AKS Windows 2019 retirement',
    'scaling the Windows node pool fails after the OS retirement',
    'our Windows node pool runs a Windows Server version that is no longer supported',
    'Windows Server 2019 node pools are retired',
    'we cannot create new node pools with this Windows version anymore',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const today = ctx.now.toISOString().slice(0, 10);
    const server = ctx.snapshot.serverVersion;
    const minor = parseMinorVersion(server ? `${server.major}.${server.minor}` : undefined);
    const clusterMinor = minor ? `${minor.major}.${minor.minor}` : undefined;
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const evidence = retirementEvidence(node, today, clusterMinor);
      if (evidence.length === 0) continue;
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default rule;
