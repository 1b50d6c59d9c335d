import { t } from '../i18n/index.js';
import { withDetail } from '../engine/rule-kit.js';
import type { NodeView, PodView } from '../engine/view.js';
import type { ReachabilityFact } from '../probes/facts.js';
import { makeFinding, nodeTarget, podTarget } from './finding.js';
import { hostOf, refs } from './probe-rule-helpers.js';
import type { Evidence, Finding, Rule, RuleContext } from './types.js';

const rule: Rule = {
  id: 'service-vip-from-node',
  title: 'The Windows node itself cannot reach ClusterIP services',
  area: 'network',
  severity: 'info',
  inputs: ['pod-probe', 'node-probe'],
  probe: 'pod',
  explanation:
    'Service addresses (ClusterIPs) on Windows are programmed as HNS load balancers for the container network. On many Windows builds the host\'s own network stack does not go through them, ' +
    'so a process on the node (or a hostNetwork / HostProcess pod) cannot connect to a ClusterIP while every ordinary pod on the same node can.',
  remediation: [
    'Reach services from pods rather than from the node, or use the endpoint addresses (or a NodePort on another node) from host processes.',
    'For HostProcess pods that must call a service, connect to the API server or the service\'s endpoints directly.',
    'Keep the node on a current Windows build and kube-proxy version, where host-to-service access has been improved.',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsNetworking],
  detect,
};

type Path = { from: 'pod' } | { from: 'host' } | { from: 'witness'; pod: string };

function line(path: Path, fact: ReachabilityFact): Evidence {
  const outcome = fact.ok ? t('rules.service-vip-from-node.msg.succeeded') : t('rules.service-vip-from-node.msg.failed');
  const params = { target: fact.target, outcome };
  const text =
    path.from === 'pod'
      ? t('rules.service-vip-from-node.msg.fromPod', params)
      : path.from === 'host'
        ? t('rules.service-vip-from-node.msg.fromHost', params)
        : t('rules.service-vip-from-node.msg.fromWitness', { ...params, pod: path.pod });
  return { source: 'probe', text: withDetail(text, fact.detail) };
}

function podFinding(ctx: RuleContext, pod: PodView): Finding | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const fromPod = facts?.tcpClusterIp;
  const fromHost = facts?.tcpClusterIpFromHost;
  if (!fromPod?.ok || !fromHost || fromHost.ok) return undefined;
  const node = pod.node?.name ?? pod.pod.spec?.nodeName;
  const params = { vip: hostOf(fromHost.target), pod: pod.key };
  return makeFinding(
    rule,
    podTarget(pod.pod),
    node ? t('rules.service-vip-from-node.msg.pod', { ...params, node }) : t('rules.service-vip-from-node.msg.podUnknownNode', params),
    [line({ from: 'pod' }, fromPod), line({ from: 'host' }, fromHost)],
  );
}

/** Node probe result compared with any pod on the same node that reached the same service. */
function nodeFinding(ctx: RuleContext, node: NodeView): Finding | undefined {
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
    t('rules.service-vip-from-node.msg.node', { vip, node: node.name, pod: witness.pod.key }),
    [
      { source: 'probe', text: t('rules.service-vip-from-node.msg.fromHost', { target: fromHost.target, outcome: t('rules.service-vip-from-node.msg.failed') }) },
      line({ from: 'witness', pod: witness.pod.key }, witness.fact!),
    ],
  );
}

function detect(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const node of ctx.view.nodes) {
    const fromPods = node.pods.map((pod) => podFinding(ctx, pod)).filter((f): f is Finding => f !== undefined);
    findings.push(...fromPods);
    if (fromPods.length === 0) {
      const fromNode = nodeFinding(ctx, node);
      if (fromNode) findings.push(fromNode);
    }
  }
  return findings;
}

export default rule;
