import { defineCause } from '../define.js';

/**
 * An unhealthy pod or node that no cause explains. It has no detector of its own: the engine adds
 * it last, for the targets no other finding explains.
 */
export default defineCause({
  title: 'No known cause',
  area: 'cluster',
  severity: 'warning',
  reportedBy: 'engine',
  inputs: ['pod-status', 'pod-events', 'node-status', 'node-events'],
  explanation:
    'The pod or node is unhealthy and its evidence matches no known cause in the catalogue. ' +
    'windbg says so and shows the raw evidence rather than guess: a wrong cause sends you in the wrong direction.',
  fix: {
    readEvidenceLines: 'Read the evidence lines above: they are the messages exactly as the cluster wrote them.',
    pasteMostSpecific: 'Paste the most specific message into `kubectl windbg explain "<message>"` to rank possible causes.',
    runCommandAgain: 'Run the command again with --probe to add evidence from the node itself.',
  },
  messages: {
    pod: 'Pod {pod} is unhealthy ({reasons}) and no catalogue rule explains it; the raw evidence follows.',
    node: 'Node {node} is unhealthy ({state}) and no catalogue rule explains it; the raw evidence follows.',
  },
  references: [
    'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/',
    'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/common-problems',
  ],
});
