import { defineCause, message } from '../define.js';
import { officialPages, parseMemoryQuantity } from '../../engine/rule-kit.js';
import type { NodeView, PodView } from '../../engine/view.js';
import { isHostProcessPod } from '../../windows/pods.js';
import { makeFinding, nodeTarget, podTarget } from '../../rules/finding.js';
import type { FindingDraft, Rule, RuleContext } from '../../rules/types.js';

/** Less memory than this held back from allocatable counts as no reservation (eviction thresholds alone take ~100Mi). */
export const minimumReservedBytes = 256 * 2 ** 20;

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)}Mi`;
}

function nodeWithoutReservation(node: NodeView): FindingDraft | undefined {
  const capacityText = node.node.status?.capacity?.['memory'];
  const allocatableText = node.node.status?.allocatable?.['memory'];
  const capacity = parseMemoryQuantity(capacityText);
  const allocatable = parseMemoryQuantity(allocatableText);
  if (capacity === undefined || allocatable === undefined) return undefined;
  const reserved = capacity - allocatable;
  if (reserved >= minimumReservedBytes) return undefined;
  return makeFinding(
    rule,
    nodeTarget(node.node),
    message('node', { node: node.name, reserved: mebibytes(Math.max(0, reserved)), capacity: mebibytes(capacity) }),
    [
      { source: 'node', text: message('capacity', { capacity: `${capacityText}`, allocatable: `${allocatableText}` }) },
      { source: 'node', text: message('noMemoryPressure') },
    ],
  );
}

function podWithoutLimits(pod: PodView): FindingDraft | undefined {
  const phase = pod.pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed' || isHostProcessPod(pod.pod)) return undefined;
  const unlimited = (pod.pod.spec?.containers ?? []).filter((container) => container.resources?.limits?.['memory'] === undefined);
  if (unlimited.length === 0) return undefined;
  return makeFinding(
    rule,
    podTarget(pod.pod),
    message('pod', { pod: pod.key }),
    unlimited.map((container) => ({
      source: 'spec' as const,
      text: container.resources?.requests?.['memory']
        ? message('noLimitWithRequest', { container: container.name, request: container.resources.requests['memory'] })
        : message('noLimit', { container: container.name }),
    })),
    { severity: 'info' },
  );
}

const rule = defineCause({
  title: 'Windows node memory can be overcommitted (no reservation or no limits)',
  area: 'node',
  // The pod spec is what to change.
  rootTarget: 'workload',
  severity: 'warning',
  inputs: ['node-status', 'pod-spec'],
  explanation:
    'Windows has no out-of-memory killer and Windows nodes never report MemoryPressure. When pods use more memory than the node has, Windows pages to disk and the whole node, kubelet included, slows down. ' +
    'Nodes should hold memory back for the system (about 2 GiB with --kube-reserved / --system-reserved) and every container should have a memory limit, ideally equal to its request.',
  fix: {
    reserveMemoryEvery: 'Reserve memory on every Windows node: start kubelet with --system-reserved=memory=2Gi (and/or --kube-reserved), or set systemReserved/kubeReserved in the kubelet config.',
    giveEveryWindows: 'Give every Windows container resources.limits.memory, equal to resources.requests.memory where possible.',
    useLimitrangeNamespaces: 'Use a LimitRange in namespaces running Windows workloads so containers without limits get a default.',
  },
  messages: {
    node: 'Node {node} reserves only {reserved} of {capacity} memory for the system; pods can take all of it and Windows will page instead of evicting.',
    capacity: 'capacity memory {capacity}, allocatable memory {allocatable}',
    noMemoryPressure: 'Windows nodes never report MemoryPressure, so the kubelet cannot protect the node by itself',
    pod: 'Pod {pod} has container(s) without a memory limit on a Windows node, where nothing stops them from overcommitting the node.',
    noLimit: 'container {container}: no resources.limits.memory',
    noLimitWithRequest: 'container {container}: no resources.limits.memory (requests {request})',
  },
  advisory: true,
  symptoms: [
    'the Windows node becomes very slow and unresponsive under load',
    'pods are not evicted when memory runs out on the Windows node',
    'the Windows node goes NotReady when pods use too much memory but never reports MemoryPressure',
    'kubelet on Windows is starved and the node hangs',
    'containers on the Windows node get killed or freeze when memory usage is high',
    'memory limits are not respected and the node runs out of memory',
    'the Windows node pages to disk and everything gets slow',
    'kubelet on Windows misses its heartbeats when the node is out of memory',
    'no memory limits on Windows pods and the node freezes',
    'the node should reserve memory for the system with kube-reserved and system-reserved',
  ],
  windowsCodes: ['ERROR_OUTOFMEMORY', 'ERROR_COMMITMENT_LIMIT', 'STATUS_NO_MEMORY', 'STATUS_COMMITMENT_LIMIT'],
  references: [officialPages.windowsIntro, officialPages.reserveCompute],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const finding = nodeWithoutReservation(node);
      if (finding) findings.push(finding);
    }
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const finding = podWithoutLimits(pod);
      if (finding) findings.push(finding);
    }
    return findings;
  },
});

export default rule;
