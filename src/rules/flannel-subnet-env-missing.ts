import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { compact, findingsFromMessages, officialPages } from '../engine/rule-kit.js';
import type { NodeView } from '../engine/view.js';
import type { NodeFacts } from '../probes/facts.js';
import { makeFinding, nodeTarget } from './finding.js';
import type { Evidence, Finding, MessageSignature, Rule, RuleContext } from './types.js';

const signatures: MessageSignature[] = withWindowsMessages('flannel-subnet-env-missing', [
  {
    pattern: /subnet\.env.{0,24}(?:no such file|cannot find the (?:path|file)|does not exist|not exist)/,
    weight: 0.9,
    why: 'the flannel CNI plugin reads the node subnet from subnet.env, which flanneld never wrote',
  },
  {
    pattern: /loadflannelsubnetenv failed/,
    weight: 0.85,
    why: 'the flannel CNI plugin could not load subnet.env',
  },
  {
    pattern: /subnet\.env/,
    weight: 0.3,
    why: 'the message concerns the flannel subnet.env file',
  },
]);

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
  if (!flanneld.present) return { source: 'probe', text: t('rules.flannel-subnet-env-missing.msg.flanneldMissing') };
  return { source: 'probe', text: flanneld.state ? t('rules.flannel-subnet-env-missing.msg.flanneldState', { state: flanneld.state }) : t('rules.flannel-subnet-env-missing.msg.flanneldUnknown') };
}

const rule: Rule = {
  id: 'flannel-subnet-env-missing',
  title: 'Flannel subnet.env is missing on the node',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'flanneld writes the node pod subnet to /run/flannel/subnet.env (C:\\run\\flannel\\subnet.env on Windows) once it has started and leased a subnet. ' +
    'The flannel CNI plugin reads that file for every new pod, so when flanneld did not start correctly every sandbox creation fails and pods stay in ContainerCreating.',
  remediation: [
    'Check flanneld on the node (its service or pod, and its log) and fix why it does not start: kubeconfig, NODE_NAME, --iface, podCIDR of the node.',
    'Restart flanneld and wait until C:\\run\\flannel\\subnet.env exists.',
    'As a stopgap only, write C:\\run\\flannel\\subnet.env by hand with FLANNEL_NETWORK, FLANNEL_SUBNET (the node subnet, e.g. 10.244.4.1/24), FLANNEL_MTU and FLANNEL_IPMASQ.',
    'Delete the stuck pods so their sandboxes are created again.',
  ],
  references: [officialPages.windowsDebugging, officialPages.msCommonProblems],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    const fromFacts: Finding[] = [];
    for (const node of ctx.view.nodes) {
      const facts = ctx.nodeFacts.get(node.name);
      const subnetEnv = facts?.flannel?.subnetEnv;
      if (!facts || !subnetEnv || subnetEnv.present || !usesFlannel(node, facts)) continue;
      fromFacts.push(
        makeFinding(
          rule,
          nodeTarget(node.node),
          t('rules.flannel-subnet-env-missing.msg.node', { node: node.name, path: subnetEnv.path }),
          compact([{ source: 'probe' as const, text: t('rules.flannel-subnet-env-missing.msg.notFound', { path: subnetEnv.path }) }, flanneldEvidence(facts)]),
        ),
      );
    }
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) =>
        pod.node ? t('rules.flannel-subnet-env-missing.msg.podOnNode', { pod: pod.key, node: pod.node.name }) : t('rules.flannel-subnet-env-missing.msg.pod', { pod: pod.key }),
    });
    return [...fromFacts, ...fromMessages];
  },
};

export default rule;
