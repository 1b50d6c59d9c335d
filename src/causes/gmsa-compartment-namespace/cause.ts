import { defineCause, message } from '../define.js';
import { describeBuild, podContainers } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';
import { runtimeRequirements } from '../../windows/support.js';

const requirement = runtimeRequirements.find((r) => r.feature.startsWith('gMSA with containerd'))!.minimumOs!;

/** The credential spec names the pod or its containers use. */
function credentialSpecs(pod: PodView): string[] {
  const names = new Set<string>();
  const podLevel = pod.pod.spec?.securityContext?.windowsOptions;
  if (podLevel?.gmsaCredentialSpecName) names.add(podLevel.gmsaCredentialSpecName);
  else if (podLevel?.gmsaCredentialSpec) names.add('(inline)');
  for (const { container } of podContainers(pod.pod)) {
    const options = container.securityContext?.windowsOptions;
    if (options?.gmsaCredentialSpecName) names.add(options.gmsaCredentialSpecName);
    else if (options?.gmsaCredentialSpec) names.add('(inline)');
  }
  return [...names];
}

const rule = defineCause({
  title: 'gMSA pod under containerd on a host that cannot give it its domain identity on the network',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-spec', 'node-status'],
  explanation:
    'Under containerd, a pod gets its group Managed Service Account identity through the host, which needs a recent enough Windows update: Windows Server 2019 before 10.0.17763.1817 (KB5000822) cannot apply the credential spec at all. ' +
    'On patched hosts the pod can still fail to reach shares and services by host name or FQDN (by IP address it works) until the HNS registry value EnableCompartmentNamespace is set to 1 and the pod is recreated.',
  fix: {
    patchHost: 'Update Windows Server 2019 nodes to 10.0.17763.1817 (KB5000822) or later, or use a current node image.',
    compartmentKey: 'On every Windows node set HKLM\\SYSTEM\\CurrentControlSet\\Services\\hns\\State\\EnableCompartmentNamespace to 1 (REG_DWORD), then recreate the gMSA pods; pods created before the change keep the old behaviour.',
    verify: 'Inside the pod, nltest /sc_verify:<domain> should succeed and the share should open by its FQDN.',
  },
  messages: {
    oldHost: 'node {node} runs {host}; gMSA under containerd needs 10.0.{build}.{ubr} ({update}) or later',
    specs: 'credential specs used: {specs}',
    pod: 'gMSA pod {pod} runs under containerd on a Windows Server 2019 node too old to apply its credential spec.',
  },
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-gmsa/',
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/gmsa-troubleshooting',
    'https://github.com/kubernetes/website/pull/27131',
  ],
  symptoms: [
    'gMSA pod cannot access the file share by host name but works by IP address',
    'gMSA works with Docker but not after moving to containerd',
    'nltest works in the gMSA pod but the network share is denied',
    'Cannot find path because it does not exist for a UNC path in a Windows pod',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const node = pod.node;
      const host = node?.build;
      if (!node || host?.build !== requirement.build || host.ubr === undefined || host.ubr >= requirement.ubr) continue;
      if (!/^containerd:/.test(node.node.status?.nodeInfo?.containerRuntimeVersion ?? '')) continue;
      const specs = credentialSpecs(pod);
      if (specs.length === 0) continue;
      const evidence: Evidence[] = [
        { source: 'node', text: message('oldHost', { node: node.name, host: describeBuild(host), build: requirement.build, ubr: requirement.ubr, update: requirement.update ?? '' }) },
        { source: 'spec', text: message('specs', { specs: specs.join(', ') }) },
      ];
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), evidence));
    }
    return findings;
  },
});

export default rule;
