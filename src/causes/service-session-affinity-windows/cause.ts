import { defineCause, message, messageList } from '../define.js';
import type { NodeView, PodView, ServiceView } from '../../engine/view.js';
import { compareVersions, refs } from '../../rules/probe-rule-helpers.js';
import { defaultMaxAffected } from '../../engine/result.js';
import { compact } from '../../engine/rule-kit.js';
import { affectedPods, makeFinding } from '../../rules/finding.js';
import type { Evidence, FindingDraft, RuleContext, Target } from '../../rules/types.js';

/** The first Windows build whose virtual switch can keep ClientIP affinity (kubernetes/kubernetes#91701). */
const firstAffinityBuild = 19551;
/** The first kube-proxy release whose Windows data path (winkernel) applies ClientIP affinity. */
const firstAffinityKubeProxy = '1.19.0';
/** Pods named in the evidence per Service; the rest is counted. */
const maxListedPods = 5;

const rule = defineCause({
  title: 'Service ClientIP session affinity is ignored or broken for Windows endpoints',
  area: 'network',
  severity: 'warning',
  inputs: ['services', 'node-status', 'pod-spec'],
  advisory: true,
  explanation:
    'kube-proxy on Windows applies sessionAffinity: ClientIP only from Kubernetes 1.19 and only on hosts of build 19551 or later, which in practice means Windows Server 2022. ' +
    'On Windows Server 2019 nodes the setting is silently ignored and each connection is balanced on its own, so sticky sessions break. ' +
    'On some Windows Server 2022 builds a load-balancer Service with ClientIP affinity cannot be reached from Windows pods at all until the host carries a virtual switch (VFP) fix.',
  fix: {
    moveToNewerNodes: 'Run workloads that need sticky sessions on Windows Server 2022 or later nodes with a current cumulative update.',
    dropAffinity: 'On Windows Server 2022 builds where the Service cannot be reached, remove sessionAffinity from the Service (accepting per-connection balancing) until the nodes carry the VFP fix.',
    stickyElsewhere: 'On Windows Server 2019, keep the stickiness out of kube-proxy: let an ingress controller or the application hold the session, or run one pod per node with traffic kept on the local node.',
  },
  messages: {
    ignored: 'Service {service} asks for ClientIP session affinity, but {count} pod(s) it selects run on Windows nodes whose kube-proxy ignores it ({nodes}); each connection is balanced on its own.',
    loadBalancer: 'Service {service} is a LoadBalancer with ClientIP session affinity and selects pods on Windows Server 2022 or later nodes ({nodes}); on Windows builds without the virtual switch (VFP) fix, Windows pods cannot reach it.',
    service: 'Service {service} ({type}) has sessionAffinity: ClientIP and selects {count} pod(s) on Windows nodes',
    oldBuild: 'node {node} runs Windows build {build}, older than {minimum}: kube-proxy cannot keep ClientIP affinity there',
    oldKubeProxy: 'node {node} runs kube-proxy {version}, older than {minimum}: its Windows data path ignores ClientIP affinity',
    newBuild: 'node {node} runs Windows build {build}, which keeps ClientIP affinity',
    pod: 'pod {pod} runs on {node}',
    morePods: '{count} more selected pods on Windows nodes',
  },
  symptoms: [
    'session affinity ClientIP does not work for Windows pods, requests go to different pods',
    'sticky sessions break when the backend pods run on Windows Server 2019 nodes',
    'Windows pods cannot reach a load balancer service that has sessionAffinity set',
    'connecting to the ingress pod directly works but through the service with ClientIP affinity it times out',
  ],
  references: [
    'https://github.com/kubernetes/kubernetes/pull/91701',
    'https://github.com/Azure/AKS/issues/3856',
    'https://github.com/MicrosoftDocs/azure-docs/pull/79222',
    refs.k8sWindowsNetworking,
  ],
  detect,
});

/** Why the node ignores ClientIP affinity, or undefined when it can keep it (or its build is unknown). */
function ignoresAffinity(node: NodeView): Evidence | undefined {
  if (node.build && node.build.build < firstAffinityBuild) {
    return { source: 'node', text: message('oldBuild', { node: node.name, build: node.build.build, minimum: firstAffinityBuild }) };
  }
  const info = node.node.status?.nodeInfo;
  const version = (info?.kubeProxyVersion || info?.kubeletVersion || '').replace(/^v/i, '');
  const diff = version ? compareVersions(version, firstAffinityKubeProxy) : undefined;
  if (diff !== undefined && diff < 0) {
    return { source: 'node', text: message('oldKubeProxy', { node: node.name, version: `v${version}`, minimum: `v${firstAffinityKubeProxy}` }) };
  }
  return undefined;
}

function podEvidence(pods: readonly PodView[]): Evidence[] {
  const evidence: Evidence[] = [...pods]
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, maxListedPods).map((pod) => ({ source: 'spec', text: message('pod', { pod: pod.key, node: pod.node!.name }) }));
  if (pods.length > maxListedPods) evidence.push({ source: 'spec', text: message('morePods', { count: pods.length - maxListedPods }) });
  return evidence;
}

function uniqueNodes(pods: readonly PodView[]): NodeView[] {
  return [...new Map(pods.map((pod) => [pod.node!.name, pod.node!])).values()].sort((a, b) => a.name.localeCompare(b.name));
}

function detectOnService(view: ServiceView): FindingDraft | undefined {
  if (view.service.spec?.sessionAffinity !== 'ClientIP') return undefined;
  const onWindows = view.pods.filter((pod) => pod.node !== undefined && pod.pod.status?.phase !== 'Succeeded' && pod.pod.status?.phase !== 'Failed');
  if (onWindows.length === 0) return undefined;
  const target: Target = { kind: 'Service', namespace: view.namespace, name: view.name };
  const type = view.service.spec?.type ?? 'ClusterIP';
  const header: Evidence = { source: 'spec', text: message('service', { service: view.key, type, count: onWindows.length }) };
  const reasons = new Map(uniqueNodes(onWindows).flatMap((node) => {
    const reason = ignoresAffinity(node);
    return reason ? [[node.name, reason] as const] : [];
  }));
  if (reasons.size > 0) {
    const ignoring = onWindows.filter((pod) => reasons.has(pod.node!.name));
    const finding = makeFinding(
      rule,
      target,
      message('ignored', { service: view.key, count: ignoring.length, nodes: messageList([...reasons.keys()], ', ') }),
      [header, ...reasons.values(), ...podEvidence(ignoring)],
    );
    return { ...finding, affected: affectedPods(ignoring, defaultMaxAffected) };
  }
  if (type !== 'LoadBalancer') return undefined;
  // Every node keeps affinity; what is left is the virtual switch defect of some Windows Server 2022 builds.
  const nodes = uniqueNodes(onWindows).filter((node) => node.build !== undefined);
  if (nodes.length === 0) return undefined;
  const finding = makeFinding(
    rule,
    target,
    message('loadBalancer', { service: view.key, nodes: messageList(nodes.map((node) => node.name), ', ') }),
    [header, ...nodes.map((node): Evidence => ({ source: 'node', text: message('newBuild', { node: node.name, build: node.build!.build }) })), ...podEvidence(onWindows)],
    { severity: 'info' },
  );
  return { ...finding, affected: affectedPods(onWindows, defaultMaxAffected) };
}

function detect(ctx: RuleContext): FindingDraft[] {
  return compact((ctx.view.services ?? []).map(detectOnService));
}

export default rule;
