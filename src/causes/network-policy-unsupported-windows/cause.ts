import { defineCause, message } from '../define.js';
import type { NodeView, PodView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';
import { parseImageReference } from '../../windows/images.js';

/** AKS ends support for Azure Network Policy Manager on Windows nodes on this day. */
const npmWindowsEndOfSupport = '2026-09-30';

const rule = defineCause({
  title: 'The network policy engine does not cover Windows nodes, or no longer supports them',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-spec', 'node-status'],
  advisory: true,
  explanation:
    'A NetworkPolicy is only as good as the agent that enforces it on each node, and most policy engines never ran on Windows: flannel and the plain Windows bridge/overlay plugins enforce nothing, several engines cover Linux nodes only, and on AKS Windows node pools had no policy support at all until Calico for Windows arrived. ' +
    'Policies that select Windows pods are then accepted by the API server and silently not applied on those nodes, or applied on some pods and not others. ' +
    'Azure Network Policy Manager (NPM) did run on Windows nodes, but AKS ends its support there on 30 September 2026, with no migration path to Cilium for Windows.',
  fix: {
    checkEngine: 'Find out which engine enforces NetworkPolicy on the Windows nodes (the DaemonSet pods running there: calico-node-windows, azure-npm, antrea-agent-windows) and whether that engine supports Windows at all.',
    moveToCalico: 'Use an engine that supports Windows nodes, such as Calico for Windows (on AKS, a cluster created with --network-policy calico), and re-test the policies from inside Windows pods.',
    nodeLevelRules: 'Until then, do not rely on NetworkPolicy for Windows pods: put them in their own node pool and subnet and restrict traffic with network security groups or host firewall rules.',
    separateTrust: 'Keep workloads that must be isolated from each other off the same Windows nodes while policies are not enforced there.',
  },
  messages: {
    npmPod: 'pod {pod} runs Azure NPM ({image}) on this node',
    retired: 'Windows pods on {node} are protected by Azure NPM for Windows, whose support on AKS ended on {date}.',
    retiring: 'Windows pods on {node} are protected by Azure NPM for Windows, whose support on AKS ends on {date}.',
  },
  symptoms: [
    'network policies are not applied to Windows pods',
    'a NetworkPolicy that denies traffic works for Linux pods but Windows pods still accept connections',
    'do network policies work with Windows containers',
    'Calico network policy is applied to some Windows pods but not to others',
    'how to isolate namespaces for Windows pods when network policy is only supported for Linux',
    'Azure Network Policy Manager is no longer supported on Windows nodes in AKS',
    'flannel cluster ignores NetworkPolicy for pods on Windows nodes',
  ],
  references: [
    'https://learn.microsoft.com/en-us/azure/aks/use-network-policies',
    'https://github.com/Azure/AKS/issues/3129',
    'https://github.com/Azure/AKS/issues/1566',
    'https://github.com/projectcalico/calico/issues/4289',
    'https://kubernetes.io/docs/concepts/services-networking/windows-networking/',
  ],
  detect,
});

function isAzureNpm(pod: PodView): boolean {
  if (pod.pod.metadata.labels?.['k8s-app'] === 'azure-npm') return true;
  return (pod.pod.spec?.containers ?? []).some((container) => container.image !== undefined && /(^|\/)azure-npm$/.test(parseImageReference(container.image).repository));
}

function npmImage(pod: PodView): string {
  const containers = pod.pod.spec?.containers ?? [];
  const npm = containers.find((container) => container.image !== undefined && /(^|\/)azure-npm$/.test(parseImageReference(container.image).repository));
  return (npm ?? containers[0])?.image ?? '-';
}

function detectOnNode(view: NodeView, today: string): FindingDraft | undefined {
  const npmPods = view.pods.filter((pod) => pod.pod.status?.phase !== 'Succeeded' && pod.pod.status?.phase !== 'Failed' && isAzureNpm(pod));
  if (npmPods.length === 0) return undefined;
  const ended = today >= npmWindowsEndOfSupport;
  const evidence = npmPods.map((pod) => ({ source: 'spec' as const, text: message('npmPod', { pod: pod.key, image: npmImage(pod) }) }));
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message(ended ? 'retired' : 'retiring', { node: view.name, date: npmWindowsEndOfSupport }),
    evidence,
    ended ? {} : { severity: 'info' },
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  const today = ctx.now.toISOString().slice(0, 10);
  return ctx.view.nodes.flatMap((view) => {
    const finding = detectOnNode(view, today);
    return finding ? [finding] : [];
  });
}

export default rule;
