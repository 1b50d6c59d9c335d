import { defineCause, message } from '../define.js';
import { compact, nodeBuildEvidence, officialPages, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { NodeView } from '../../engine/view.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

const plegPattern = /PLEG is not healthy/i;

/** Pods on the node created within the last hour (from their age in the snapshot). */
function recentPods(node: NodeView): number {
  return node.pods.filter((pod) => pod.ageSeconds !== undefined && pod.ageSeconds < 3600).length;
}

const rule = defineCause({
  title: 'Windows container runtime overwhelmed by pod churn (PLEG not healthy)',
  area: 'node',
  severity: 'error',
  inputs: ['node-status', 'node-events'],
  explanation:
    'Creating and deleting Windows containers is far more expensive than on Linux: each one starts a compute system, networking endpoints and often a large image. ' +
    'When many pods are created or deleted on one node at once, the runtime answers the kubelet too slowly, the pod lifecycle event generator (PLEG) falls behind by minutes and the node turns NotReady until the load drops or the node is restarted.',
  fix: {
    limitChurn: 'Limit how many pods start or stop on a Windows node at a time (rolling-update maxSurge/maxUnavailable, job parallelism, batch sizes).',
    spreadLoad: 'Spread the workload over more Windows nodes, or use larger nodes with CPU and disk headroom.',
    reserve: 'Reserve CPU and memory for the system (kube-reserved/system-reserved) so kubelet, containerd and HNS keep up.',
    checkAntivirus: 'Exclude the container runtime folders and processes from real-time antivirus scanning, which multiplies the cost of each container start.',
  },
  messages: {
    node: 'Node {node} reports PLEG not healthy: its container runtime cannot keep up.',
    recent: '{count} pods on this node were created in the last hour',
  },
  references: [officialPages.reserveCompute, officialPages.windowsDebugging, 'https://github.com/kubernetes/kubernetes/issues/88153'],
  signatures: [
    { name: 'plegUnhealthy', pattern: /pleg is not healthy: pleg was last seen active/, weight: 0.6, why: 'the kubelet has not heard back from the container runtime for minutes', phases: ['node', 'any'] },
  ],
  symptoms: [
    'Windows node goes NotReady during deployments',
    'PLEG is not healthy on the Windows node',
    'node recovers only after reboot when many pods are created',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      if (!node.build) continue;
      const ready = node.node.status?.conditions?.find((c) => c.type === 'Ready');
      const conditionText = ready && ready.status !== 'True' && plegPattern.test(ready.message ?? '') ? `Ready=${ready.status} ${ready.reason ?? ''}: ${ready.message}` : undefined;
      const hits = scoredEntries(node.timeline, rule.signatures ?? [], 0.5);
      if (!conditionText && hits.length === 0) continue;
      const count = recentPods(node);
      const evidence: Evidence[] = compact([
        conditionText ? { source: 'node' as const, text: conditionText } : undefined,
        ...hits.slice(-3).map((h) => timelineEvidence(h.entry)),
        nodeBuildEvidence(node),
        count > 0 ? { source: 'node' as const, text: message('recent', { count }) } : undefined,
      ]);
      findings.push(makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name }), evidence));
    }
    return findings;
  },
});

export default rule;
