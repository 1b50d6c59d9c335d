import { t } from '../i18n/index.js';
import type { NodeView } from '../engine/view.js';
import { makeFinding, nodeTarget } from './finding.js';
import { cloudProviderOf, flannelBackendAnnotation, flannelBackendFromAnnotation, refs } from './probe-rule-helpers.js';
import type { Evidence, Finding, Rule, RuleContext } from './types.js';

const rule: Rule = {
  id: 'vxlan-port-conflict',
  title: 'Flannel VXLAN on vSphere collides with vSphere\'s overlay on UDP 4789',
  area: 'network',
  severity: 'warning',
  inputs: ['node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Flannel\'s vxlan backend on Windows encapsulates pod traffic in VXLAN on UDP port 4789. When the vSphere environment runs its own overlay on the same port, the hypervisor can take those packets, ' +
    'so pod-to-pod traffic between nodes breaks while traffic inside one node still works.',
  remediation: [
    'Find out whether the vSphere hosts use VXLAN on UDP 4789 for their own overlay (ask the vSphere / NSX administrators).',
    'Move one of the two overlays to another UDP port: reconfigure the vSphere overlay, or set a different VXLAN port for Flannel (the Port setting of the vxlan backend in net-conf.json) on every node, Linux and Windows.',
    'Restart flanneld and kube-proxy on all nodes, then test pod-to-pod traffic across nodes.',
  ],
  references: [refs.msCommonProblems, refs.k8sWindowsNetworking, 'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md'],
  detect,
};

interface EnvVar {
  name: string;
  value?: string;
}

/** A flannel or kube-proxy pod on the node whose command line or environment names the vxlan network. */
function vxlanPodEvidence(view: NodeView): Evidence | undefined {
  for (const pod of view.pods) {
    if (!/flannel|kube-proxy/i.test(pod.name)) continue;
    for (const container of pod.pod.spec?.containers ?? []) {
      const env = ((container as { env?: EnvVar[] }).env ?? []).map((v) => `${v.name}=${v.value ?? ''}`);
      const words = [...(container.command ?? []), ...(container.args ?? []), ...env];
      const hit = words.find((word) => /vxlan/i.test(word));
      if (hit) return { source: 'spec', text: t('rules.vxlan-port-conflict.msg.podContainer', { pod: pod.key, container: container.name, setting: hit }) };
    }
  }
  return undefined;
}

function detectOnNode(ctx: RuleContext, view: NodeView): Finding | undefined {
  if (cloudProviderOf(view.node) !== 'vsphere') return undefined;
  const probed = ctx.nodeFacts.get(view.name)?.cni?.flannelBackend?.toLowerCase();
  const annotated = flannelBackendFromAnnotation(view.node);
  const known = probed ?? annotated;
  const fromPod = known === undefined ? vxlanPodEvidence(view) : undefined;
  if (known !== 'vxlan' && !fromPod) return undefined;

  const evidence: Evidence[] = [{ source: 'node', text: `providerID ${view.node.spec?.providerID}` }];
  if (probed) evidence.push({ source: 'probe', text: t('rules.vxlan-port-conflict.msg.backendProbed') });
  if (annotated) evidence.push({ source: 'node', text: `annotation ${flannelBackendAnnotation}=${annotated}` });
  if (fromPod) evidence.push(fromPod);
  return makeFinding(
    rule,
    nodeTarget(view.node),
    t('rules.vxlan-port-conflict.msg.node', { node: view.name }),
    evidence,
  );
}

function detect(ctx: RuleContext): Finding[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is Finding => f !== undefined);
}

export default rule;
