import { defineCause, message } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { hitsOnNode } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'noNetworkConfig',
    pattern: /no network config found in/,
    weight: 0.75,
    why: 'the runtime found no CNI network configuration in the directory it reads',
  },
  {
    name: 'pluginBinaryMissing',
    pattern: /failed to find plugin \S+ in path/,
    weight: 0.7,
    why: 'the CNI configuration names a plugin binary that is not in the runtime\'s CNI bin directory',
    phases: ['sandbox', 'any'],
  },
];

const rule = defineCause({
  title: 'containerd finds no CNI config or plugin binaries',
  area: 'node',
  severity: 'error',
  inputs: ['node-status', 'node-events', 'pod-events'],
  explanation:
    'containerd on Windows reads CNI network configurations and plugin binaries from its own directories (by default %ProgramFiles%\\containerd\\cni\\conf and cni\\bin, or conf_dir and bin_dir in config.toml). ' +
    'When the CNI was never installed there, was copied to Linux default paths, or an upgrade changed the layout, the node reports that the CNI is not initialised and no pod gets a network.',
  fix: {
    readConfigDirs: 'Read conf_dir and bin_dir of the CRI plugin in containerd\'s config.toml on the node and list both directories.',
    installCniFiles: 'Put the CNI plugin binaries and one network configuration in those directories (or point conf_dir and bin_dir at where the CNI installs them).',
    restartContainerd: 'Restart containerd and check that the node becomes Ready and new pods get addresses.',
  },
  messages: {
    condition: 'Ready={status}: {message}',
    node: 'containerd on {node} finds no CNI configuration or plugin binary, so pods get no network.',
  },
  references: ['https://github.com/containerd/containerd/blob/main/docs/cri/config.md', 'https://kubernetes.io/docs/setup/production-environment/windows/'],
  signatures,
  symptoms: [
    'Windows node NotReady with cni plugin not initialized after installing containerd',
    'no network config found in the containerd cni conf directory',
    'pods fail because the CNI plugin binary cannot be found on the Windows node',
    'CNI stopped working on Windows nodes after upgrading containerd',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const ready = (node.node.status?.conditions ?? []).find((condition) => condition.type === 'Ready');
      const evidence: Evidence[] = [];
      if (ready && ready.status !== 'True' && signatures.some((signature) => signature.pattern.test(normalizeMessage(ready.message ?? '')))) {
        evidence.push({ source: 'node', text: message('condition', { status: ready.status, message: ready.message ?? '' }) });
      }
      evidence.push(...hitsOnNode(node, signatures).slice(-2).map((hit) => timelineEvidence(hit.entry)));
      if (evidence.length === 0) continue;
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default rule;
