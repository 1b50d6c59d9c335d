import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages, parseMinorVersion } from '../../engine/rule-kit.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'lockedGate',
    pattern: /cannot set feature gate \w+ to false,? feature is locked to true/,
    weight: 0.9,
    why: 'the component refuses a feature gate that graduated and is locked to its default',
  },
];

/** Gates locked to true, by the first minor release that locks them. */
const lockedSince: Readonly<Record<string, number>> = { IPv6DualStack: 23, WinOverlay: 34, WinDSR: 34 };

/** "WinOverlay=false,WinDSR=true" -> the gates set to false that are locked on this minor version. */
function lockedGatesSetFalse(value: string | undefined, minor: number): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim().split('='))
    .filter(([name, setting]) => name !== undefined && setting?.trim().toLowerCase() === 'false')
    .map(([name]) => name!.trim())
    .filter((name) => lockedSince[name] !== undefined && minor >= lockedSince[name]!);
}

const cause = defineCause({
  title: 'kube-proxy on Windows sets a feature gate that is locked to its default',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'pod-status', 'node-status'],
  probe: 'partial',
  explanation:
    'Once a feature graduates, its gate is locked to true and kube-proxy refuses to start when told to turn it off. Windows kube-proxy set-ups often still pass IPv6DualStack=false (locked since 1.23) or WinOverlay=false / WinDSR=false (locked since 1.34), so after an upgrade kube-proxy exits at start-up and Windows pods lose cluster DNS and Service access.',
  fix: {
    removeGate: 'Remove the locked gates (IPv6DualStack, WinOverlay, WinDSR) from kube-proxy\'s --feature-gates or from featureGates in its configuration file; control DSR with --enable-dsr (winkernel.enableDSR) instead.',
    restartKubeProxy: 'Restart kube-proxy (the Windows service or the DaemonSet pod) and check that it stays running.',
    checkServices: 'From a Windows pod, resolve kubernetes.default.svc.cluster.local and connect to a ClusterIP to confirm that Services are programmed again.',
  },
  messages: {
    gates: 'kube-proxy feature gates: {gates}',
    node: 'kube-proxy on {node} is started with {gates}, but on Kubernetes {version} these gates are locked to true, so kube-proxy exits at start-up.',
    pod: 'kube-proxy in pod {pod} exits because it sets a feature gate that is locked to true.',
  },
  references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/', 'https://github.com/Azure/AgentBaker/pull/6925', 'https://github.com/projectcalico/calico/issues/5539', 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/'],
  signatures,
  symptoms: [
    'After upgrading the cluster, Windows pods cannot resolve in-cluster DNS names or reach ClusterIP services.',
    'kube-proxy on the Windows node terminates right after start-up; Linux nodes are unaffected.',
    'kube-proxy restarts thousands of times, but kube-proxy.log shows no error.',
    'kube-proxy.err.log says it cannot set a feature gate to false because the feature is locked to true.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const kubeProxy = ctx.nodeFacts.get(node.name)?.kubeProxy;
      const info = node.node.status?.nodeInfo;
      const versionText = info?.kubeProxyVersion || info?.kubeletVersion;
      const version = parseMinorVersion(versionText);
      if (!kubeProxy || !version || version.major !== 1) continue;
      const gates = lockedGatesSetFalse(kubeProxy.flags['feature-gates'], version.minor);
      if (gates.length === 0) continue;
      const gateText = gates.map((gate) => `${gate}=false`).join(', ');
      findings.push(
        makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name, gates: gateText, version: versionText! }), [
          { source: 'probe', text: message('gates', { gates: kubeProxy.flags['feature-gates']! }) },
        ]),
      );
    }
    findings.push(...findingsFromMessages(cause, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) }));
    return findings;
  },
});

export default cause;
