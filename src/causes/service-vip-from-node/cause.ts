import { defineCause, message } from '../define.js';
import { withDetail } from '../../engine/rule-kit.js';
import type { NodeView, PodView } from '../../engine/view.js';
import type { ReachabilityFact } from '../../probes/facts.js';
import { makeFinding, nodeTarget, podTarget } from '../../rules/finding.js';
import { hostOf, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'The Windows node itself cannot reach ClusterIP services',
  area: 'network',
  severity: 'info',
  inputs: ['pod-probe', 'node-probe'],
  probe: 'pod',
  explanation:
    'Service addresses (ClusterIPs) on Windows are programmed as HNS load balancers for the container network. On many Windows builds the host\'s own network stack does not go through them, ' +
    'so a process on the node (or a hostNetwork / HostProcess pod) cannot connect to a ClusterIP while every ordinary pod on the same node can.',
  fix: {
    reachServicesPods: 'Reach services from pods rather than from the node, or use the endpoint addresses (or a NodePort on another node) from host processes.',
    hostprocessPodsMust: 'For HostProcess pods that must call a service, connect to the API server or the service\'s endpoints directly.',
    keepNodeCurrent: 'Keep the node on a current Windows build and kube-proxy version, where host-to-service access has been improved.',
  },
  messages: {
    succeeded: 'succeeded',
    failed: 'failed',
    fromPod: 'TCP from the pod to ClusterIP {target} {outcome}',
    fromHost: 'TCP from the node host network to ClusterIP {target} {outcome}',
    fromWitness: 'TCP from pod {pod} to ClusterIP {target} {outcome}',
    pod: 'ClusterIP {vip} answers from {pod} but not from the host network of {node}: a known Windows limitation, not a broken service.',
    podUnknownNode: 'ClusterIP {vip} answers from {pod} but not from the host network of its node: a known Windows limitation, not a broken service.',
    node: 'ClusterIP {vip} is not reachable from the host network of {node}, while pod {pod} on the node reaches it: a known Windows limitation.',
  },
  symptoms: [
    'the Windows node cannot reach ClusterIP services',
    'a hostNetwork or HostProcess pod cannot connect to a service IP',
    'curl to the service IP fails from the node but works from a pod',
    'service IPs are unreachable from the Windows host itself',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  detect,
});

type Path = { from: 'pod' } | { from: 'host' } | { from: 'witness'; pod: string };

function line(path: Path, fact: ReachabilityFact): Evidence {
  const outcome = fact.ok ? message('succeeded') : message('failed');
  const params = { target: fact.target, outcome };
  const text =
    path.from === 'pod'
      ? message('fromPod', params)
      : path.from === 'host'
        ? message('fromHost', params)
        : message('fromWitness', { ...params, pod: path.pod });
  return { source: 'probe', text: withDetail(text, fact.detail) };
}

function podFinding(ctx: RuleContext, pod: PodView): FindingDraft | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const fromPod = facts?.tcpClusterIp;
  const fromHost = facts?.tcpClusterIpFromHost;
  if (!fromPod?.ok || !fromHost || fromHost.ok) return undefined;
  const node = pod.node?.name ?? pod.pod.spec?.nodeName;
  const params = { vip: hostOf(fromHost.target), pod: pod.key };
  return makeFinding(
    rule,
    podTarget(pod.pod),
    node ? message('pod', { ...params, node }) : message('podUnknownNode', params),
    [line({ from: 'pod' }, fromPod), line({ from: 'host' }, fromHost)],
  );
}

/** Node probe result compared with any pod on the same node that reached the same service. */
function nodeFinding(ctx: RuleContext, node: NodeView): FindingDraft | undefined {
  const fromHost = ctx.nodeFacts.get(node.name)?.serviceVipFromHost;
  if (!fromHost || fromHost.ok) return undefined;
  const vip = hostOf(fromHost.target);
  const witness = node.pods
    .map((pod) => ({ pod, fact: ctx.podFacts.get(pod.key)?.tcpClusterIp }))
    .find(({ fact }) => fact?.ok === true && hostOf(fact.target) === vip);
  if (!witness) return undefined;
  return makeFinding(
    rule,
    nodeTarget(node.node),
    message('node', { vip, node: node.name, pod: witness.pod.key }),
    [
      { source: 'probe', text: message('fromHost', { target: fromHost.target, outcome: message('failed') }) },
      line({ from: 'witness', pod: witness.pod.key }, witness.fact!),
    ],
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const node of ctx.view.nodes) {
    const fromPods = node.pods.map((pod) => podFinding(ctx, pod)).filter((f): f is FindingDraft => f !== undefined);
    findings.push(...fromPods);
    if (fromPods.length === 0) {
      const fromNode = nodeFinding(ctx, node);
      if (fromNode) findings.push(fromNode);
    }
  }
  return findings;
}

export default rule;
