import { defineCause, message, messageList } from '../define.js';
import type { NodeView, ServiceView } from '../../engine/view.js';
import { findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { compareVersions, dsrEnabled, flagText, networkedPods, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

/**
 * CNI plugins whose releases before `loopbackFrom` cannot add the loopback DSR policy to a pod's
 * endpoint, whatever their config says (azure-vnet: the enableLoopbackDSR setting, Azure/AgentBaker#1356).
 */
const pluginsWithoutLoopback: readonly { plugin: string; loopbackFrom: string }[] = [{ plugin: 'azure-vnet', loopbackFrom: '1.4.16' }];

/** Local backends listed per node; the rest is counted. */
const maxListed = 5;

const rule = defineCause({
  title: 'A pod cannot reach itself through its own Service with DSR on',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe'],
  probe: 'node',
  explanation:
    'With Direct Server Return (DSR) on in kube-proxy, a Windows pod that calls a Service VIP and is load-balanced back to itself has its traffic dropped, unless the CNI config turns on loopbackDSR. ' +
    'Calls that land on any other backend work, so with N backends roughly one call in N fails and the failures look random; with a single replica every call to the Service fails.',
  fix: {
    enableLoopbackDsr: 'Set "loopbackDSR": true in the CNI network config of the Windows nodes (win-bridge, win-overlay, sdnbridge or sdnoverlay), then recreate the pods on those nodes so their endpoints get the policy.',
    checkSupport: 'Make sure the CNI plugin release and the Windows build support loopback DSR (azure-vnet from 1.4.16, where the setting is called enableLoopbackDSR; Windows Server 2019 from 10.0.17763.1432); older ones ignore or reject the setting.',
    disableDsr: 'If loopback DSR cannot be used, turn DSR off in kube-proxy (--enable-dsr=false) and restart kube-proxy, accepting the non-DSR data path.',
    avoidSelfCalls: 'Meanwhile, let the application call itself on localhost rather than through its own Service.',
  },
  messages: {
    kubeProxyDsr: 'kube-proxy balances with Direct Server Return ({flags})',
    oldPlugin: 'CNI plugin {plugin} {version} is older than {minimum}, the first release that can add the loopback DSR policy to a pod endpoint',
    selfBackend: 'pod {pod} ({ip}) is a backend of the DSR load balancer for {vips}',
    moreBackends: '{count} more local pods are backends of DSR load balancers',
    node: 'Pods on {node} cannot reach themselves through their own Services: kube-proxy uses DSR and the CNI plugin ({plugin} {version}) cannot add the loopback DSR policy.',
    loopbackOff: 'the CNI config {path} ({plugin}) does not turn on loopback DSR ({setting} is not true)',
    servicePods: 'Service {service} selects {pods} on this node',
    moreServices: '{count} more Services select pods on this node',
    configOff: 'Pods on {node} cannot reach themselves through their own Services: kube-proxy uses DSR and the CNI config does not turn on loopback DSR.',
  },
  symptoms: [
    'a Windows pod cannot reach its own service IP',
    'calls to the service from one of its own pods fail randomly, about one in N replicas',
    'a single replica Windows deployment cannot call itself through the service name',
    'hairpin traffic broken on Windows after enabling DSR in kube-proxy',
    'curl to the service VIP from the backend pod times out only when it is routed to itself',
  ],
  references: [
    'https://github.com/kubernetes-sigs/sig-windows-tools/issues/119',
    'https://github.com/projectcalico/calico/issues/5522',
    'https://github.com/Azure/AKS/issues/2608',
    'https://github.com/Azure/AgentBaker/pull/1356',
    refs.k8sWindowsNetworking,
  ],
  detect,
});

/** The release that first supports loopback DSR, when the node's plugin release is older. */
function missingLoopbackSupport(facts: NodeFacts): { plugin: string; version: string; minimum: string } | undefined {
  const plugin = facts.cni?.type?.toLowerCase();
  const version = facts.cni?.pluginVersion?.trim().replace(/^v/i, '');
  if (!plugin || !version) return undefined;
  const known = pluginsWithoutLoopback.find((entry) => entry.plugin === plugin);
  if (!known) return undefined;
  const diff = compareVersions(version, known.loopbackFrom);
  return diff !== undefined && diff < 0 ? { plugin, version, minimum: known.loopbackFrom } : undefined;
}

/** Pods on the node whose endpoint backs a DSR load balancer: the ones whose calls to that Service can land on themselves. */
function selfBackends(view: NodeView, facts: NodeFacts): Evidence[] {
  const endpoints = facts.hns?.endpoints;
  const balancers = facts.hns?.loadBalancers;
  if (!endpoints || !balancers) return [];
  const podByIp = new Map(networkedPods(view).flatMap((pod) => (pod.pod.status?.podIP ? [[pod.pod.status.podIP, pod.key] as const] : [])));
  const lines: { pod: string; ip: string; vips: string[] }[] = [];
  for (const endpoint of endpoints) {
    const pod = endpoint.ipAddress ? podByIp.get(endpoint.ipAddress) : undefined;
    if (endpoint.isRemote || !pod) continue;
    const vips = balancers.filter((lb) => lb.isDsr && lb.endpointIds.includes(endpoint.id.toUpperCase())).flatMap((lb) => lb.vips);
    if (vips.length > 0) lines.push({ pod, ip: endpoint.ipAddress!, vips: [...new Set(vips)] });
  }
  lines.sort((a, b) => a.pod.localeCompare(b.pod));
  const evidence: Evidence[] = lines.slice(0, maxListed).map((line) => ({
    source: 'probe',
    text: message('selfBackend', { pod: line.pod, ip: line.ip, vips: messageList(line.vips, ', ') }),
  }));
  if (lines.length > maxListed) evidence.push({ source: 'probe', text: message('moreBackends', { count: lines.length - maxListed }) });
  return evidence;
}

/**
 * Services whose selected pods run on the node (each such pod can be balanced back to itself),
 * as evidence lines; undefined when Services were not read.
 */
function localServicePods(view: NodeView, services: readonly ServiceView[] | undefined): Evidence[] | undefined {
  if (!services) return undefined;
  const local = new Set(networkedPods(view).map((pod) => pod.key));
  const lines = services.flatMap((service) => {
    const pods = service.pods.filter((pod) => local.has(pod.key)).map((pod) => pod.key);
    return pods.length > 0 && service.service.spec?.type !== 'ExternalName' ? [{ service: service.key, pods }] : [];
  });
  const evidence: Evidence[] = lines.slice(0, maxListed).map((line) => ({
    source: 'spec',
    text: message('servicePods', { service: line.service, pods: messageList(line.pods.slice(0, maxListed), ', ') }),
  }));
  if (lines.length > maxListed) evidence.push({ source: 'spec', text: message('moreServices', { count: lines.length - maxListed }) });
  return evidence;
}

function dsrEvidence(kubeProxy: NonNullable<NodeFacts['kubeProxy']>): Evidence {
  const gates = kubeProxy.flags['feature-gates'];
  return { source: 'probe', text: message('kubeProxyDsr', { flags: messageList([flagText(kubeProxy, 'enable-dsr'), ...(gates ? [`--feature-gates=${gates}`] : [])], ' ') }) };
}

function detectOnNode(view: NodeView, facts: NodeFacts, services: readonly ServiceView[] | undefined): FindingDraft | undefined {
  const kubeProxy = facts.kubeProxy;
  if (!kubeProxy?.running || !dsrEnabled(kubeProxy)) return undefined;
  const missing = missingLoopbackSupport(facts);
  if (missing) {
    const evidence: Evidence[] = [dsrEvidence(kubeProxy), { source: 'probe', text: message('oldPlugin', missing) }, ...selfBackends(view, facts)];
    return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name, plugin: missing.plugin, version: missing.version }), evidence);
  }
  if (facts.cni?.loopbackDsr !== false) return undefined;
  // A pod of a Service on this node is what makes the missing setting matter: from the Services, else from the HNS load balancers.
  const pods = localServicePods(view, services) ?? selfBackends(view, facts);
  if (pods.length === 0) return undefined;
  const plugin = facts.cni.delegateType ?? facts.cni.type ?? '-';
  const setting = plugin.toLowerCase() === 'azure-vnet' ? 'enableLoopbackDSR' : 'loopbackDSR';
  const evidence: Evidence[] = [
    dsrEvidence(kubeProxy),
    { source: 'probe', text: message('loopbackOff', { path: facts.cni.confPath ?? '-', plugin, setting }) },
    ...pods,
  ];
  return makeFinding(rule, nodeTarget(view.node), message('configOff', { node: view.name }), evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return findingsOnProbedNodes(ctx, (view, facts) => detectOnNode(view, facts, ctx.view.services));
}

export default rule;
