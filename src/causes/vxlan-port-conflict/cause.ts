import { defineCause, message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { cloudProviderOf, flannelBackendAnnotation, flannelBackendFromAnnotation, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'Flannel VXLAN on vSphere collides with vSphere\'s overlay on UDP 4789',
  area: 'network',
  severity: 'warning',
  inputs: ['node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Flannel\'s vxlan backend on Windows encapsulates pod traffic in VXLAN on UDP port 4789. When the vSphere environment runs its own overlay on the same port, the hypervisor can take those packets, ' +
    'so pod-to-pod traffic between nodes breaks while traffic inside one node still works.',
  fix: {
    findOutWhether: 'Find out whether the vSphere hosts use VXLAN on UDP 4789 for their own overlay (ask the vSphere / NSX administrators).',
    moveOneTwo: 'Move one of the two overlays to another UDP port: reconfigure the vSphere overlay, or set a different VXLAN port for Flannel (the Port setting of the vxlan backend in net-conf.json) on every node, Linux and Windows.',
    restartFlanneldKube: 'Restart flanneld and kube-proxy on all nodes, then test pod-to-pod traffic across nodes.',
  },
  messages: {
    podContainer: 'pod {pod} container {container}: {setting}',
    backendProbed: 'Flannel backend in net-conf.json is vxlan',
    node: '{node} runs Flannel vxlan (UDP 4789) on vSphere; if vSphere\'s overlay uses the same port, cross-node pod traffic is intercepted.',
  },
  symptoms: [
    'on vSphere pods on different nodes cannot talk to each other',
    'flannel vxlan traffic is dropped on VMware with NSX',
    'cross node pod traffic fails on vSphere but pods on the same node are fine',
    'UDP port 4789 is already used by the vSphere overlay',
  ],
  references: [refs.msCommonProblems, refs.k8sWindowsNetworking, 'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md'],
  detect,
});

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
      if (hit) return { source: 'spec', text: message('podContainer', { pod: pod.key, container: container.name, setting: hit }) };
    }
  }
  return undefined;
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  if (cloudProviderOf(view.node) !== 'vsphere') return undefined;
  const probed = ctx.nodeFacts.get(view.name)?.cni?.flannelBackend?.toLowerCase();
  const annotated = flannelBackendFromAnnotation(view.node);
  const known = probed ?? annotated;
  const fromPod = known === undefined ? vxlanPodEvidence(view) : undefined;
  if (known !== 'vxlan' && !fromPod) return undefined;

  const evidence: Evidence[] = [{ source: 'node', text: `providerID ${view.node.spec?.providerID}` }];
  if (probed) evidence.push({ source: 'probe', text: message('backendProbed') });
  if (annotated) evidence.push({ source: 'node', text: `annotation ${flannelBackendAnnotation}=${annotated}` });
  if (fromPod) evidence.push(fromPod);
  return makeFinding(
    rule,
    nodeTarget(view.node),
    message('node', { node: view.name }),
    evidence,
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
