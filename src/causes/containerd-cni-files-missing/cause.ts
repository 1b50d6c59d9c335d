import { defineCause, message, type SignatureDefinition } from '../define.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { runtimeOf } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'noNetworkConfig',
    pattern: /no network config found in/,
    weight: 0.7,
    why: 'containerd looked in its CNI conf directory and found no network config',
  },
];

const cause = defineCause({
  title: 'containerd finds no CNI config or plugin binaries',
  area: 'node',
  severity: 'error',
  inputs: ['node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'containerd on Windows reads CNI network configs and plugin binaries from the directories in its own config.toml (by default C:\\Program Files\\containerd\\cni\\conf and \\cni\\bin). When the CNI was never installed there, was put in other paths, or an upgrade changed the layout, containerd reports "no network config found" and "cni plugin not initialized", the node stays NotReady and pods get no network.',
  fix: {
    findDirs: 'Read conf_dir and bin_dir of the CRI plugin in containerd\'s config.toml (containerd config dump) to see where it looks.',
    installCni: 'Put the CNI plugin binaries and the network config of the cluster\'s CNI into those directories (or point conf_dir / bin_dir at where the CNI installs them).',
    restartRuntime: 'Restart containerd and check that the node\'s Ready condition no longer mentions the CNI.',
  },
  messages: {
    node: 'containerd on {node} finds no CNI network config, so the node\'s network is not ready.',
    condition: 'Ready={status}: {message}',
    noConf: 'the probe found no CNI config in containerd\'s conf directory',
  },
  references: ['https://github.com/containerd/containerd/issues/6305', 'https://github.com/kubernetes/kubernetes/pull/109657', 'https://github.com/microsoft/windows-container-networking/issues/70', 'https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/'],
  signatures,
  symptoms: [
    'The Windows node stays NotReady with "container runtime network not ready ... cni plugin not initialized".',
    'ctr or the kubelet says "no network config found in /etc/cni/net.d".',
    'After upgrading containerd the Windows nodes no longer have the CNI binaries needed to set up pod networks.',
    'The CNI plugin is installed, but containerd looks for it in another directory.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      if (runtimeOf(node.node)?.kind !== 'containerd') continue;
      const ready = node.node.status?.conditions?.find((condition) => condition.type === 'Ready');
      if (!ready || ready.status === 'True' || !ready.message) continue;
      const noConfig = /no network config found in/i.test(ready.message);
      const facts = ctx.nodeFacts.get(node.name);
      const notInitialised = /cni plugin not initiali[sz]ed/i.test(ready.message);
      const probeSaysNoConf = facts?.cni !== undefined && facts.cni.confPath === undefined;
      if (!noConfig && !(notInitialised && probeSaysNoConf)) continue;
      const evidence: Evidence[] = [{ source: 'status', text: message('condition', { status: ready.status, message: ready.message }) }];
      if (probeSaysNoConf) evidence.push({ source: 'probe', text: message('noConf') });
      findings.push(makeFinding(cause, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default cause;
