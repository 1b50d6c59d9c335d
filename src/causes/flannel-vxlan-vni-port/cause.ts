import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { flannelBackendFromAnnotation } from '../../rules/probe-rule-helpers.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'vniTooLow',
    pattern: /vni is \S+ but it is required to be greater than or equal to 4096/,
    weight: 0.9,
    why: 'flanneld for Windows refuses a VXLAN VNI below 4096',
  },
];

const backendDataAnnotation = 'flannel.alpha.coreos.com/backend-data';

/** The VNI flannel recorded for the node ({"VNI":1,"VtepMAC":"..."}), when it is there. */
function vniOf(data: string | undefined): number | undefined {
  const match = data ? /"vni"\s*:\s*(\d+)/i.exec(data) : null;
  return match ? Number(match[1]) : undefined;
}

const cause = defineCause({
  title: 'Flannel VXLAN uses a VNI or UDP port that Windows cannot use',
  area: 'network',
  severity: 'error',
  inputs: ['node-status', 'pod-status'],
  explanation:
    'On Windows, flannel\'s VXLAN backend needs VNI 4096 or higher and UDP port 4789. A cluster whose net-conf.json keeps the Linux defaults (VNI 1, port 8472) leaves flanneld on the Windows nodes unable to create its overlay network, or leaves Windows pods without traffic to other nodes.',
  fix: {
    setVni: 'Set "VNI": 4096 and "Port": 4789 in the Backend section of flannel\'s net-conf.json (the kube-flannel-cfg ConfigMap, or the distribution\'s flannel settings such as RKE2\'s flannel values).',
    restartFlannel: 'Restart flannel on every node, Linux and Windows, so all nodes use the same VNI and port.',
    recreatePods: 'Recreate the Windows pods created before the change.',
  },
  messages: {
    node: 'flannel on {node} uses VXLAN with VNI {vni}; Windows needs VNI 4096 or higher and UDP port 4789.',
    annotation: 'flannel.alpha.coreos.com/backend-data: {data}',
    pod: 'flanneld in pod {pod} refuses the VXLAN VNI configured for the cluster.',
  },
  references: ['https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md#vxlan', 'https://github.com/rancher/rke2/issues/5952', 'https://github.com/rancher/rancher/issues/19699', 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/'],
  signatures,
  symptoms: [
    'flanneld on the Windows node fails with "VNI is 1 but it is required to be greater than or equal to 4096 on Windows".',
    'Windows pods cannot reach pods on other nodes while flannel vxlan works between Linux nodes.',
    'Following the flannel docs, Windows VXLAN mode needs VNI 4096 and port 4789, but the cluster uses the defaults.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings = findingsFromMessages(cause, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
    for (const node of ctx.view.nodes) {
      if (flannelBackendFromAnnotation(node.node) !== 'vxlan') continue;
      const data = node.node.metadata.annotations?.[backendDataAnnotation];
      const vni = vniOf(data);
      if (vni === undefined || vni >= 4096) continue;
      findings.push(
        makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name, vni }), [{ source: 'node', text: message('annotation', { data: data! }) }]),
      );
    }
    return findings;
  },
});

export default cause;
