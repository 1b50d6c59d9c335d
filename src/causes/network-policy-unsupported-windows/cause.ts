import { defineCause, message, messageList } from '../define.js';
import type { NetworkPolicyView, NodeView, PodView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { defaultMaxAffected } from '../../engine/result.js';
import { compact } from '../../engine/rule-kit.js';
import { affectedPods, makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';
import { parseImageReference } from '../../windows/images.js';

/**
 * CNI plugins that never enforce NetworkPolicy on Windows: flannel (on any OS) and the plain
 * Windows host networking plugins it and others delegate to. Calico, Antrea and Azure CNI are not
 * here: Calico for Windows and Antrea enforce policies themselves, and whether Azure CNI nodes
 * are covered depends on an engine (Azure NPM, Calico installed as Windows services) that the
 * cluster view cannot always see, so those nodes are not reported by this check.
 */
const nonEnforcingPlugins: ReadonlySet<string> = new Set(['flannel', 'win-bridge', 'win-overlay', 'sdnbridge', 'sdnoverlay', 'l2bridge', 'l2tunnel', 'nat']);

/** Annotations flanneld writes on its node (Windows nodes included). */
const flannelAnnotation = 'flannel.alpha.coreos.com/backend-type';
/** Calico writes annotations under this prefix on every node it runs on (calico-node-windows too). */
const calicoAnnotationPrefix = 'projectcalico.org/';

/** Policy agents that run as pods on Windows nodes, by k8s-app label or image repository. */
const agentLabels: ReadonlySet<string> = new Set(['azure-npm', 'calico-node', 'calico-node-windows', 'antrea-agent', 'antrea-agent-windows']);
const agentImage = /(^|\/)(azure-npm|node-windows|calico-node-windows|antrea-windows|antrea-agent-windows)$/;

/** Selected pods named in the evidence per policy; the rest is counted. */
const maxListedPods = 5;

/** AKS ends support for Azure Network Policy Manager on Windows nodes on this day. */
const npmWindowsEndOfSupport = '2026-09-30';

const rule = defineCause({
  title: 'The network policy engine does not cover Windows nodes, or no longer supports them',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-spec', 'node-status', 'network-policies'],
  probe: 'partial',
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
    policy: 'NetworkPolicy {policy} selects {count} pod(s) on Windows nodes whose network plugin does not enforce NetworkPolicy ({nodes}); the policy is not applied to them.',
    policySelects: 'NetworkPolicy {policy} ({types}) selects {count} pod(s) on Windows nodes',
    pluginFromProbe: 'node {node}: the CNI config {path} uses {plugin}, which does not enforce NetworkPolicy, and no policy agent runs there',
    pluginFromAnnotation: 'node {node}: flannel ({annotation}={value}) provides its pod network, which does not enforce NetworkPolicy, and no policy agent runs there',
    selectedPod: 'pod {pod} runs on {node}',
    morePods: '{count} more selected pods on Windows nodes',
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

/** The pod's Azure NPM container, found by its image repository. */
function npmContainer(pod: PodView) {
  return (pod.pod.spec?.containers ?? []).find((container) => container.image !== undefined && /(^|\/)azure-npm$/.test(parseImageReference(container.image).repository));
}

function isAzureNpm(pod: PodView): boolean {
  return pod.pod.metadata.labels?.['k8s-app'] === 'azure-npm' || npmContainer(pod) !== undefined;
}

function npmImage(pod: PodView): string {
  return (npmContainer(pod) ?? pod.pod.spec?.containers[0])?.image ?? '-';
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

function isPolicyAgent(pod: PodView): boolean {
  if (pod.pod.status?.phase === 'Succeeded' || pod.pod.status?.phase === 'Failed') return false;
  const app = pod.pod.metadata.labels?.['k8s-app'] ?? pod.pod.metadata.labels?.['component'];
  if (app !== undefined && agentLabels.has(app)) return true;
  return (pod.pod.spec?.containers ?? []).some((container) => container.image !== undefined && agentImage.test(parseImageReference(container.image).repository));
}

/**
 * Why the node's pod network is known not to enforce NetworkPolicy: the plugin of the CNI config
 * the probe read, else flannel's node annotation. Undefined when a policy agent (a pod, or Calico's
 * node annotations) is there, or when the plugin is unknown or one that can enforce.
 */
function nonEnforcingReason(node: NodeView, facts: NodeFacts | undefined): Evidence | undefined {
  const annotations = node.node.metadata.annotations ?? {};
  if (Object.keys(annotations).some((key) => key.startsWith(calicoAnnotationPrefix))) return undefined;
  if (node.pods.some(isPolicyAgent)) return undefined;
  const cni = facts?.cni;
  const plugin = cni?.type?.toLowerCase();
  if (plugin) {
    const delegate = cni?.delegateType?.toLowerCase();
    if (!nonEnforcingPlugins.has(plugin) || (delegate !== undefined && !nonEnforcingPlugins.has(delegate))) return undefined;
    const name = delegate ? `${plugin} (${delegate})` : plugin;
    return { source: 'probe', text: message('pluginFromProbe', { node: node.name, path: cni?.confPath ?? '-', plugin: name }) };
  }
  const backend = annotations[flannelAnnotation];
  if (backend === undefined) return undefined;
  return { source: 'node', text: message('pluginFromAnnotation', { node: node.name, annotation: flannelAnnotation, value: backend }) };
}

function detectOnPolicy(view: NetworkPolicyView, reasons: ReadonlyMap<string, Evidence | undefined>): FindingDraft | undefined {
  const unprotected = view.pods
    .filter((pod) => pod.node !== undefined && reasons.get(pod.node.name) !== undefined && pod.pod.spec?.hostNetwork !== true)
    .sort((a, b) => a.key.localeCompare(b.key));
  if (unprotected.length === 0) return undefined;
  const nodes = [...new Set(unprotected.map((pod) => pod.node!.name))].sort();
  const types = view.policy.spec?.policyTypes?.length ? view.policy.spec.policyTypes : ['Ingress'];
  const evidence: Evidence[] = [
    { source: 'spec', text: message('policySelects', { policy: view.key, types: messageList(types, ', '), count: unprotected.length }) },
    ...nodes.map((node) => reasons.get(node)!),
    ...unprotected.slice(0, maxListedPods).map((pod): Evidence => ({ source: 'spec', text: message('selectedPod', { pod: pod.key, node: pod.node!.name }) })),
  ];
  if (unprotected.length > maxListedPods) evidence.push({ source: 'spec', text: message('morePods', { count: unprotected.length - maxListedPods }) });
  const finding = makeFinding(
    rule,
    { kind: 'NetworkPolicy', namespace: view.namespace, name: view.name },
    message('policy', { policy: view.key, count: unprotected.length, nodes: messageList(nodes, ', ') }),
    evidence,
  );
  return { ...finding, affected: affectedPods(unprotected, defaultMaxAffected) };
}

function detect(ctx: RuleContext): FindingDraft[] {
  const today = ctx.now.toISOString().slice(0, 10);
  const npm = compact(ctx.view.nodes.map((view) => detectOnNode(view, today)));
  if (!ctx.view.networkPolicies || ctx.view.networkPolicies.length === 0) return npm;
  const reasons = new Map(ctx.view.nodes.map((node) => [node.name, nonEnforcingReason(node, ctx.nodeFacts.get(node.name))] as const));
  const policies = compact(ctx.view.networkPolicies.map((view) => detectOnPolicy(view, reasons)));
  return [...npm, ...policies];
}

export default rule;
