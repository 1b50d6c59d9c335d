import { defineCause, message, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';
import type { Evidence } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'hostMac',
    pattern: /could not find host mac address for (?:0\.0\.0\.0|<ip>|::)/,
    weight: 0.8,
    why: 'the 1.21 winkernel proxier looks up the host MAC of an unspecified address when dual-stack is on by default',
  },
  {
    name: 'lbExists',
    pattern: /hcncreateloadbalancer failed in win32: cannot create a file when that file already exists/,
    weight: 0.6,
    why: 'kube-proxy re-created a load balancer that HNS still had, the defect around HNS restarts',
  },
  {
    name: 'dsrUnsupported',
    pattern: /platform does not support feature direct server return/,
    weight: 0.45,
    why: 'kube-proxy\'s HNS version check refused DSR; on Windows Server 2019 builds that support it, this was a kube-proxy defect',
  },
];

const cause = defineCause({
  title: 'kube-proxy hit a known Windows (winkernel) defect of its release',
  area: 'node',
  severity: 'error',
  inputs: ['pod-status', 'node-events', 'node-status'],
  explanation:
    'Several kube-proxy releases shipped Windows-only defects in the winkernel proxier that later patch releases fixed: 1.21 crashed looking up the host MAC address when dual-stack was on by default, some releases left stale or duplicate HNS load balancers after pod deletions or an HNS restart, and 1.19 refused DSR on Windows Server 2019 builds that support it. Services on the node fail until kube-proxy is updated.',
  fix: {
    upgradeKubeProxy: 'Move kube-proxy on the Windows nodes to the latest patch release of its minor version (the fixes were backported), keeping it within the version skew of the cluster.',
    restartKubeProxy: 'After the upgrade, restart kube-proxy; if stale load balancers remain, stop kube-proxy, remove them (Get-HnsPolicyList | Remove-HnsPolicyList, or hnsdiag delete loadbalancers), and start it again.',
    workaround: 'Until the upgrade, use the workaround named in the matching issue (for the 1.21 MAC lookup, disable IPv6DualStack on overlay nodes or pass --bind-address with the node IP).',
  },
  messages: {
    pod: 'kube-proxy in pod {pod} hit a known winkernel defect; a later kube-proxy patch release fixes it.',
    node: 'kube-proxy on {node} hit a known winkernel defect; a later kube-proxy patch release fixes it.',
    version: 'kube-proxy version on {node}: {version}',
  },
  references: ['https://github.com/kubernetes/kubernetes/issues/100966', 'https://github.com/kubernetes/kubernetes/issues/139519', 'https://github.com/kubernetes/kubernetes/issues/112836', 'https://github.com/kubernetes/kubernetes/issues/93304', 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/'],
  signatures,
  symptoms: [
    'After upgrading to 1.21, kube-proxy on Windows crashes with "Could not find host mac address for 0.0.0.0".',
    'Services on Windows nodes stop working after the HNS service restarts, and kube-proxy logs "Cannot create a file when that file already exists".',
    'Stale HNS load balancer rules pile up every time a backend pod is deleted, causing occasional connection failures.',
    'kube-proxy says the platform does not support Direct Server Return on a Windows Server 2019 node that should support it.',
  ],
  detect: messageDetector({
    nodes: true,
    extraEvidence: (_pod, node): Evidence[] => {
      const version = node?.node.status?.nodeInfo?.kubeProxyVersion;
      return node && version ? [{ source: 'node', text: message('version', { node: node.name, version }) }] : [];
    },
  }),
});

export default cause;
