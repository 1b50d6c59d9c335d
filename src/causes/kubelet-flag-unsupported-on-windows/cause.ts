import { defineCause, message } from '../define.js';
import { findingsOnProbedNodes } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const rule = defineCause({
  title: 'kubelet is started with a cgroup setting that Windows does not support',
  area: 'node',
  severity: 'error',
  inputs: ['node-probe', 'node-status'],
  probe: 'node',
  explanation:
    'Windows has no cgroups, so the kubelet on Windows must run with --cgroups-per-qos=false and an empty --enforce-node-allocatable. ' +
    'When a Linux-style setting reaches the Windows kubelet (a shared configuration file, a provisioning template) it stops at start with an invalid-configuration error and the node never becomes Ready.',
  fix: {
    removeCgroupSettings: 'Start the Windows kubelet with --cgroups-per-qos=false and --enforce-node-allocatable="" (or cgroupsPerQOS: false and enforceNodeAllocatable: [] in its configuration file).',
    keepReservations: 'Keep --kube-reserved, --system-reserved and eviction thresholds: they still shape the node\'s allocatable resources on Windows.',
    restartKubelet: 'Restart the kubelet service and check that the node turns Ready.',
  },
  messages: {
    flags: 'kubelet runs with --enforce-node-allocatable={enforce} and --cgroups-per-qos={perQos}',
    node: 'The kubelet on {node} asks for cgroup-based node allocatable enforcement, which Windows does not support.',
  },
  signatures: [
    {
      name: 'enforceNeedsCgroupsPerQos',
      pattern: /enforcenodeallocatable \(--enforce-node-allocatable\) is not supported unless cgroupsperqos/,
      weight: 0.95,
      why: 'the kubelet rejected its configuration because node allocatable enforcement needs cgroups, which Windows lacks',
      phases: ['node', 'any'],
    },
  ],
  symptoms: [
    'kubelet on the new Windows node exits right after start and the node never becomes Ready',
    'the Windows kubelet service keeps stopping with an invalid configuration error',
    'the kubelet configuration shared with Linux nodes breaks the Windows node',
    'the Windows node joined but kubelet crashes complaining about CgroupsPerQOS',
  ],
  references: [
    'https://kubernetes.io/docs/concepts/configuration/windows-resource-management/',
    'https://github.com/kubernetes/kubernetes/issues/69938',
    'https://github.com/Azure/acs-engine/issues/3999',
  ],
  detect,
});

/** Only settings given explicitly count: kubelet defaults for Windows differ between releases. */
function detectOnNode(view: NodeView, facts: NodeFacts): FindingDraft | undefined {
  const kubelet = facts.kubelet;
  if (!kubelet) return undefined;
  const enforceFlag = kubelet.flags['enforce-node-allocatable'];
  const perQosFlag = kubelet.flags['cgroups-per-qos'];
  const enforces = enforceFlag !== undefined && enforceFlag.replace(/["']/g, '').trim() !== '';
  const perQos = perQosFlag !== undefined && perQosFlag.toLowerCase() === 'true';
  if (!enforces && !perQos) return undefined;
  return makeFinding(rule, nodeTarget(view.node), message('node', { node: view.name }), [
    { source: 'probe', text: message('flags', { enforce: enforceFlag ?? '(default)', perQos: perQosFlag ?? '(default)' }) },
  ]);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return findingsOnProbedNodes(ctx, detectOnNode);
}

export default rule;
