import { defineCause, message } from '../define.js';
import { compact, findingsFromMessages, officialPages } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'flannelCniPlugin',
    pattern: /subnet\.env.{0,24}(?:no such file|cannot find the (?:path|file)|does not exist|not exist)/,
    weight: 0.9,
    why: 'the flannel CNI plugin reads the node subnet from subnet.env, which flanneld never wrote',
  },
  {
    name: 'flannelCniPluginCould',
    pattern: /loadflannelsubnetenv failed/,
    weight: 0.85,
    why: 'the flannel CNI plugin could not load subnet.env',
  },
  {
    name: 'messageConcernsFlannel',
    pattern: /subnet\.env/,
    weight: 0.3,
    why: 'the message concerns the flannel subnet.env file',
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: localised "(os error 2)" / "(os error 3)" texts of Windows quoted in public repositories
  {
    name: 'flannelCniPluginLocalised',
    group: 'flannelCniPlugin',
    whyOf: 'flannelCniPlugin',
    pattern: /subnet\.env.{0,24}(?:指定された(?:ファイル|パス)が見つかりません|系统找不到指定的(?:文件|路径)|지정된 (?:파일을|경로를) 찾을 수 없습니다)/,
    weight: 0.9,
    why: 'the flannel CNI plugin reads the node subnet from subnet.env, which flanneld never wrote',
  },
];

const flannelAnnotationPrefix = 'flannel.alpha.coreos.com/';

/** Whether the node is known to use flannel (so a missing subnet.env matters). */
function usesFlannel(node: NodeView, facts: NodeFacts): boolean {
  if (Object.keys(node.node.metadata.annotations ?? {}).some((key) => key.startsWith(flannelAnnotationPrefix))) return true;
  if (/flannel/i.test(`${facts.cni?.type ?? ''} ${facts.cni?.delegateType ?? ''}`)) return true;
  return (facts.services ?? []).some((service) => service.name.toLowerCase() === 'flanneld' && service.present);
}

function flanneldEvidence(facts: NodeFacts): Evidence | undefined {
  const flanneld = (facts.services ?? []).find((service) => service.name.toLowerCase() === 'flanneld');
  if (!flanneld) return undefined;
  if (!flanneld.present) return { source: 'probe', text: message('flanneldMissing') };
  return { source: 'probe', text: flanneld.state ? message('flanneldState', { state: flanneld.state }) : message('flanneldUnknown') };
}

const rule = defineCause({
  title: 'Flannel subnet.env is missing on the node',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'flanneld writes the node pod subnet to /run/flannel/subnet.env (C:\\run\\flannel\\subnet.env on Windows) once it has started and leased a subnet. ' +
    'The flannel CNI plugin reads that file for every new pod, so when flanneld did not start correctly every sandbox creation fails and pods stay in ContainerCreating.',
  fix: {
    checkFlanneldNode: 'Check flanneld on the node (its service or pod, and its log) and fix why it does not start: kubeconfig, NODE_NAME, --iface, podCIDR of the node.',
    restartFlanneldWait: 'Restart flanneld and wait until C:\\run\\flannel\\subnet.env exists.',
    stopgapOnlyWrite: 'As a stopgap only, write C:\\run\\flannel\\subnet.env by hand with FLANNEL_NETWORK, FLANNEL_SUBNET (the node subnet, e.g. 10.244.4.1/24), FLANNEL_MTU and FLANNEL_IPMASQ.',
    deleteStuckPods: 'Delete the stuck pods so their sandboxes are created again.',
  },
  messages: {
    flanneldMissing: 'service flanneld is not installed',
    flanneldState: 'service flanneld is {state}',
    flanneldUnknown: 'service flanneld is in an unknown state',
    node: 'Node {node} uses flannel but {path} does not exist, so new pods get no network.',
    notFound: '{path}: not found',
    podOnNode: 'Pod {pod} gets no network: flannel subnet.env is missing on node {node}, so flanneld did not start correctly.',
    pod: 'Pod {pod} gets no network: flannel subnet.env is missing on its node, so flanneld did not start correctly.',
  },
  symptoms: [
    'pods on the Windows node hang in ContainerCreating because the flannel subnet file does not exist',
    'the flannel subnet.env file is missing on the Windows node',
    'flanneld did not start on the node so the CNI plugin cannot find its subnet',
    'sandbox creation fails with loadFlannelSubnetEnv on a new Windows worker',
    'flannel pod on Windows is not running and every pod sandbox fails',
  ],
  references: [officialPages.windowsDebugging, officialPages.msCommonProblems],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    const fromFacts: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const facts = ctx.nodeFacts.get(node.name);
      const subnetEnv = facts?.flannel?.subnetEnv;
      if (!facts || !subnetEnv || subnetEnv.present || !usesFlannel(node, facts)) continue;
      fromFacts.push(
        makeFinding(
          rule,
          nodeTarget(node.node),
          message('node', { node: node.name, path: subnetEnv.path }),
          compact([{ source: 'probe' as const, text: message('notFound', { path: subnetEnv.path }) }, flanneldEvidence(facts)]),
        ),
      );
    }
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) =>
        pod.node ? message('podOnNode', { pod: pod.key, node: pod.node.name }) : message('pod', { pod: pod.key }),
    });
    return [...fromFacts, ...fromMessages];
  },
});

export default rule;
