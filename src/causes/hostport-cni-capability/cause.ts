import { defineCause, message } from '../define.js';
import type { Container } from '../../kube/types.js';
import type { NodeView, PodView } from '../../engine/view.js';
import type { CniFacts } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import { compareVersions, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

/** First release of the reference CNI plugins whose Windows plugins honour portMappings. */
const minimumPluginVersion = '0.8.6';

/** Binaries from containernetworking/plugins, whose version numbers the 0.8.6 threshold refers to. */
const referencePlugins = new Set(['win-bridge', 'win-overlay', 'flannel']);

const rule = defineCause({
  title: 'hostPort needs CNI plugins v0.8.6+ with the portMappings capability',
  area: 'network',
  // The pod spec is what to change.
  rootTarget: 'workload',
  severity: 'error',
  inputs: ['pod-spec', 'node-probe'],
  probe: 'partial',
  explanation:
    'On Windows, a container hostPort is published only when the CNI plugin supports port mappings (the reference win-bridge / win-overlay plugins from v0.8.6 on) and the CNI configuration declares "capabilities": {"portMappings": true}. ' +
    'Otherwise the pod starts normally but nothing listens on the node port.',
  fix: {
    upgradeCniPlugins: 'Upgrade the CNI plugins on the node to v0.8.6 or newer (or the current release of your CNI).',
    addCapabilitiesPortmappings: 'Add "capabilities": {"portMappings": true} to the plugin entry of the CNI configuration on every Windows node.',
    recreatePodsUse: 'Recreate the pods that use hostPort so their port mappings are programmed.',
    wherePossibleExpose: 'Where possible, expose the pod through a NodePort or LoadBalancer service instead of hostPort.',
  },
  messages: {
    noPortMappings: 'CNI config does not declare capabilities.portMappings',
    noPortMappingsIn: 'CNI config {file} does not declare capabilities.portMappings',
    oldPlugin: 'CNI plugin {plugin} version {version} is older than {minimum}',
    hostPort: 'container {container} publishes hostPort {hostPort} -> containerPort {containerPort}/{protocol}',
    notPublished: 'hostPort of {pod} is not published: the CNI on {node} does not support port mappings.',
    reminder: '{pod} uses hostPort on Windows node {node}; it works only with CNI plugins v0.8.6+ that declare portMappings (run with --probe to check the node).',
  },
  symptoms: [
    'hostPort does not work on Windows pods, nothing listens on the node port',
    'the pod with a hostPort runs but the node address and port do not answer',
    'port mapping is ignored on the Windows node',
    'hostPort works on Linux nodes but not on Windows nodes',
  ],
  references: [refs.msCommonProblems, refs.k8sWindowsNetworking, 'https://github.com/containernetworking/plugins/releases/tag/v0.8.6'],
  detect,
});

function hostPortsOf(pod: PodView): { container: Container; hostPort: number; containerPort: number; protocol: string }[] {
  const containers = [...(pod.pod.spec?.containers ?? []), ...(pod.pod.spec?.initContainers ?? [])];
  return containers.flatMap((container) =>
    (container.ports ?? [])
      .filter((port) => port.hostPort !== undefined && port.hostPort > 0)
      .map((port) => ({ container, hostPort: port.hostPort!, containerPort: port.containerPort, protocol: port.protocol ?? 'TCP' })),
  );
}

function cniProblems(cni: CniFacts): Evidence[] {
  const problems: Evidence[] = [];
  if (cni.portMappings !== true) {
    const text = cni.confPath ? message('noPortMappingsIn', { file: cni.confPath }) : message('noPortMappings');
    problems.push({ source: 'probe', text });
  }
  // The probe reports the version of the binary that does the work: the delegate when there is one.
  const binary = cni.delegateType ?? cni.type ?? '';
  if (referencePlugins.has(binary.toLowerCase()) && cni.pluginVersion) {
    const diff = compareVersions(cni.pluginVersion, minimumPluginVersion);
    if (diff !== undefined && diff < 0) {
      problems.push({ source: 'probe', text: message('oldPlugin', { plugin: binary, version: cni.pluginVersion, minimum: minimumPluginVersion }) });
    }
  }
  return problems;
}

function detectOnNode(ctx: RuleContext, node: NodeView): FindingDraft[] {
  const pods = node.pods.filter((pod) => pod.pod.spec?.hostNetwork !== true && hostPortsOf(pod).length > 0);
  if (pods.length === 0) return [];
  const cni = ctx.nodeFacts.get(node.name)?.cni;
  const problems = cni ? cniProblems(cni) : undefined;
  if (problems && problems.length === 0) return [];

  return pods.map((pod) => {
    const evidence: Evidence[] = hostPortsOf(pod).map((port) => ({
      source: 'spec',
      text: message('hostPort', { container: port.container.name, hostPort: port.hostPort, containerPort: port.containerPort, protocol: port.protocol }),
    }));
    if (problems) {
      evidence.push(...problems);
      return makeFinding(rule, podTarget(pod.pod), message('notPublished', { pod: pod.key, node: node.name }), evidence);
    }
    // Without the node's CNI facts the spec alone is a reminder, not a cause.
    return makeFinding(
      rule,
      podTarget(pod.pod),
      message('reminder', { pod: pod.key, node: node.name }),
      evidence,
      { severity: 'info' },
    );
  });
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.flatMap((node) => detectOnNode(ctx, node));
}

export default rule;
