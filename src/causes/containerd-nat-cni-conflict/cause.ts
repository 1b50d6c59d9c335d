import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'natPlugin',
    pattern: /plugin type=nat name=nat failed/,
    weight: 0.85,
    why: 'the sandbox went through containerd\'s default nat config, not the cluster CNI',
  },
];

const cause = defineCause({
  title: 'containerd\'s default nat CNI config is used instead of the cluster CNI',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'node-probe'],
  probe: 'partial',
  explanation:
    'Installing containerd on Windows can leave a 0-containerd-nat.json network config in containerd\'s CNI config directory. containerd uses the first config by file name, so pods are wired to the nat plugin instead of flannel or Calico: they get addresses from the NAT network, or the nat plugin\'s HNS network collides with the one the cluster CNI created and every sandbox fails.',
  fix: {
    removeNatConfig: 'Delete 0-containerd-nat.json (and any other stray config) from containerd\'s CNI conf directory so the cluster CNI\'s config is the only one.',
    restartRuntime: 'Restart containerd, then check that new pods get addresses from the node\'s pod CIDR.',
    recreatePods: 'Recreate the pods that got a NAT address or failed while the nat config was present.',
  },
  messages: {
    pod: 'Pod {pod} was wired to containerd\'s nat CNI plugin instead of the cluster network.',
    node: 'containerd on {node} uses the nat CNI config ({conf}) rather than the cluster CNI.',
    conf: 'CNI config in use: {conf} (type {type})',
  },
  references: ['https://github.com/kubernetes-sigs/sig-windows-tools/issues/245', 'https://github.com/kubernetes-sigs/sig-windows-tools/issues/128', 'https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/'],
  signatures,
  symptoms: [
    'Pods on the Windows node fail with plugin type="nat" name="nat" failed (add) and "The object already exists".',
    'flannel first gets the correct IP and then falls back to an address from the NAT network.',
    'kube-proxy and every client pod on the Windows node get IPs from the NAT network.',
    'Removing 0-containerd-nat.json made the pods get cluster addresses.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings = findingsFromMessages(cause, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
    for (const node of ctx.view.nodes) {
      const cni = ctx.nodeFacts.get(node.name)?.cni;
      if (cni?.type?.toLowerCase() !== 'nat') continue;
      const conf = cni.confPath ?? '0-containerd-nat.json';
      findings.push(
        makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name, conf }), [
          { source: 'probe', text: message('conf', { conf, type: cni.type }) },
        ]),
      );
    }
    return findings;
  },
});

export default cause;
