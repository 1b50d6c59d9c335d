import { defineCause, message, messageList, type Text } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { timelineEvidence } from '../../engine/match.js';
import type { NodeFacts, PortFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { dsrEnabled, flagText, hitsOnNode, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/**
 * The same HNS error also comes from a single port collision (a NodePort or health-check port
 * that Windows already holds), so these fragments alone never decide the cause: the probe's
 * port facts do.
 */
const signatures: MessageSignature[] = [
  {
    name: 'hnsRefusedLoad',
    pattern: /hcncreateloadbalancer failed.{0,40}(?:specified port already exists|hcn_e_port_already_exists)/,
    // Below the level of a confident claim: a single NodePort overlap produces the same line.
    weight: 0.45,
    why: 'HNS refused a load balancer because its ports are taken: an exhausted dynamic port range, or a single port overlap (--probe tells which)',
  },
  {
    name: 'hnsRanOut',
    // The bare HNS text, when the message is not the load-balancer failure above.
    pattern: /^(?!.*hcncreateloadbalancer).*\bthe specified port already exists\b/,
    weight: 0.3,
    why: 'HNS ran out of (or collided on) reservable ports',
  },
  // The same error by its code, in any Windows UI language. Source: kube-proxy log in kubernetes/kubernetes#98499: "hcnCreateLoadBalancer failed in Win32: ... (0x803b0013) ... ErrorCode:2151350291"
  {
    name: 'hnsRefusedLoadCode',
    group: 'hnsRefusedLoad',
    whyOf: 'hnsRefusedLoad',
    pattern: /hcncreateloadbalancer failed.{0,300}(?:\(0x803b0013\)|errorcode:2151350291)/,
    weight: 0.45,
    why: 'HNS refused a load balancer because its ports are taken: an exhausted dynamic port range, or a single port overlap (--probe tells which)',
  },
];

/** HNS reserves ports per non-DSR load balancer; above this many the default range is at risk. */
const manyLoadBalancers = 100;
/** The default dynamic range 49152-65535. */
const defaultDynamicCount = 16384;

const rule = defineCause({
  title: 'HNS load balancers exhausted the dynamic TCP port range',
  area: 'network',
  severity: 'error',
  inputs: ['node-probe', 'pod-events', 'node-events'],
  probe: 'node',
  explanation:
    'kube-proxy creates one HNS load balancer per service port on every Windows node, and each load balancer that does not use Direct Server Return reserves ports from the dynamic (ephemeral) TCP range. ' +
    'With many services the range runs out; HNS then rejects new policies with "The specified port already exists" and those services stop working on the node.',
  fix: {
    turnDirectServer: 'Turn on Direct Server Return in kube-proxy: --enable-dsr=true (with --feature-gates=WinDSR=true on versions where the gate is not on by default), then restart kube-proxy.',
    stopgapWidenDynamic: 'As a stopgap, widen the dynamic port range: netsh int ipv4 set dynamicportrange tcp <start> <count>, choosing a range that no NodePort and no host service uses.',
    installKb4551853Any: 'Install KB4551853 or any later cumulative update, which shares the port pool between non-DSR load balancers.',
    restartKubeProxy: 'Restart kube-proxy (or reboot the node) so the failed policies are created again, and confirm with a service request from a pod.',
  },
  messages: {
    portRange: 'dynamic TCP port range {start}-{end} ({count} ports)',
    reservations: '{succeeded} of {attempted} 64-port reservations succeeded',
    loadBalancers: '{count} HNS load balancers',
    reservationError: 'port reservation error: {error}',
    kubeProxyDsrOn: 'kube-proxy runs with {flags} (DSR on)',
    kubeProxyDsrOff: 'kube-proxy runs with {flags} (DSR off)',
    exhausted: 'The dynamic TCP port range on {node} is exhausted: only {succeeded} of {attempted} 64-port reservations succeeded, so new HNS load balancers fail.',
    atRisk: '{count} non-DSR HNS load balancers share {ports} dynamic ports on {node}; the range is at risk of running out.',
  },
  symptoms: [
    'services stop working on one Windows node after many services were created',
    'kube-proxy on Windows fails to create load balancer policies, the port already exists',
    'new services are unreachable from Windows pods while old ones still work',
    'ClusterIP services are not programmed on the Windows node when the cluster has hundreds of services',
    'the node ran out of dynamic ports for HNS load balancers',
    'services time out on one Windows node once the cluster grows past a hundred services',
    'kube-proxy keeps logging policy creation errors for load balancers and some services never work on that node',
    'the ephemeral port range of the Windows node is used up by service load balancers',
    'enabling direct server return helped with the services that failed on Windows',
    'outbound connections and name lookups from pods on a busy Windows node fail intermittently once dynamic ports run out',
    'there is a practical ceiling on how many Kubernetes services a Windows node can program',
    'netsh int ipv4 show dynamicport shows a small range that is almost fully reserved',
    'many services and endpoints use up the ports the Windows node can reserve for load balancers',
  ],
  references: [refs.msCommonProblems, refs.k8sWindowsNetworking, refs.k8sKubeProxy, 'https://support.microsoft.com/help/4551853'],
  signatures,
  detect,
});

function describePorts(ports: PortFacts, facts: NodeFacts): Text {
  const end = ports.dynamicStart + ports.dynamicCount - 1;
  const parts = [message('portRange', { start: ports.dynamicStart, end, count: ports.dynamicCount })];
  const test = ports.reservationTest;
  if (test) parts.push(message('reservations', { succeeded: test.succeeded, attempted: test.attempted }));
  if (facts.hns) parts.push(message('loadBalancers', { count: facts.hns.loadBalancerPolicyCount }));
  return messageList(parts, '; ');
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const facts = ctx.nodeFacts.get(view.name);
  const ports = facts?.ports;
  if (!facts || !ports) return undefined;
  const test = ports.reservationTest;
  const reservationsFail = test !== undefined && test.attempted > 0 && test.succeeded < test.attempted;
  const kubeProxy = facts.kubeProxy;
  const dsrKnown = kubeProxy?.running === true;
  const dsr = kubeProxy ? dsrEnabled(kubeProxy) : false;
  const lbCount = facts.hns?.loadBalancerPolicyCount;
  const atRisk = dsrKnown && !dsr && lbCount !== undefined && lbCount >= manyLoadBalancers && ports.dynamicCount <= defaultDynamicCount;
  if (!reservationsFail && !atRisk) return undefined;

  const evidence: Evidence[] = [{ source: 'probe', text: describePorts(ports, facts) }];
  if (test?.error) evidence.push({ source: 'probe', text: message('reservationError', { error: test.error }) });
  if (kubeProxy && dsrKnown) {
    const gates = kubeProxy.flags['feature-gates'];
    evidence.push({
      source: 'probe',
      text: message(dsr ? 'kubeProxyDsrOn' : 'kubeProxyDsrOff', {
        flags: messageList([flagText(kubeProxy, 'enable-dsr'), ...(gates ? [`--feature-gates=${gates}`] : [])], ' '),
      }),
    });
  }
  const hits = hitsOnNode(view, signatures);
  for (const hit of hits.slice(0, 3)) evidence.push(timelineEvidence(hit.entry));

  if (reservationsFail) {
    return makeFinding(
      rule,
      nodeTarget(view.node),
      message('exhausted', { node: view.name, succeeded: test!.succeeded, attempted: test!.attempted }),
      evidence,
    );
  }
  // Not exhausted yet: a warning, unless kube-proxy already reports the failure.
  const severity = hits.length > 0 ? 'error' : 'warning';
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message('atRisk', { count: lbCount!, ports: ports.dynamicCount, node: view.name }),
    evidence,
    { severity },
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
