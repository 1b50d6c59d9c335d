import { defineCause, message } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import { withDetail, lastRebootEvent } from '../../engine/rule-kit.js';
import type { NodeView, PodView, TimelineEntry } from '../../engine/view.js';
import type { ReachabilityFact } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import { networkedPods, refs, secondsBetween } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

/** A sandbox re-created this soon after the boot was re-created by the kubelet's start-up, not later. */
const startupWindowSeconds = 15 * 60;
/** A pod still present this long past its deletion grace period is stuck terminating. */
const stuckTerminatingSeconds = 120;

const rule = defineCause({
  title: 'kubelet starts before the CNI network is ready after a reboot',
  area: 'node',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status', 'node-events', 'pod-probe', 'node-probe'],
  probe: 'partial',
  explanation:
    'After a Windows node reboots, the kubelet service can come up before the CNI agent (Calico, flanneld, Antrea) has rebuilt its HNS network. ' +
    'The kubelet re-creates the pod sandboxes at once and they get network endpoints that the agent removes a moment later while it recreates the network, so the pods keep running with no working network and often cannot be deleted without --force.',
  fix: {
    waitForNetwork: 'Make the kubelet service wait for the CNI network: a service dependency on the agent, or a start script that waits until Get-HnsNetwork lists the network the CNI creates.',
    upgradeAgent: 'Upgrade the CNI agent\'s Windows installation to a release whose kubelet service already waits for the network (Calico for Windows does since calico#6656).',
    recreatePods: 'Delete the affected pods so they get new endpoints; if deletion hangs, use kubectl delete pod --grace-period=0 --force after checking the node.',
  },
  messages: {
    booted: 'node booted at {time}',
    rebootedEvent: 'Rebooted at {time}: {message}',
    unreachable: '{target} not reachable from {pod}',
    stuck: '{pod} has been terminating since {time}',
    pod: 'Pod {pod} was restarted {minutes} min after {node} booted and has had no working network since; the CNI network was probably not ready when the kubelet started.',
  },
  symptoms: [
    'after the Windows node rebooted, its pods show Running but have no network',
    'pods on the Windows node cannot be deleted after a reboot, they stay Terminating',
    'pods lost their network adapter after restarting the Windows worker',
    'network only comes back after deleting the pods once the CNI has started',
    'calico-node starts after kubelet on the Windows node',
  ],
  references: [
    'https://github.com/projectcalico/calico/pull/6656',
    'https://github.com/projectcalico/calico/issues/5828',
    refs.k8sWindowsDebug,
  ],
  detect,
});

interface Boot {
  time: string;
  evidence: Evidence;
}

/** When the node last booted: the probe's boot time, else the kubelet's "Rebooted" event. */
function bootOf(ctx: RuleContext, node: NodeView): Boot | undefined {
  const lastBootTime = ctx.nodeFacts.get(node.name)?.os?.lastBootTime;
  if (lastBootTime) return { time: lastBootTime, evidence: { source: 'probe', text: message('booted', { time: lastBootTime }) } };
  const rebooted = lastRebootEvent(ctx.snapshot.events, node.name);
  if (!rebooted) return undefined;
  return { time: rebooted.time, evidence: { source: 'event', text: message('rebootedEvent', rebooted) } };
}

/** The pod's sandbox re-creation within the start-up window after the boot. */
function sandboxRecreatedAfterBoot(pod: PodView, bootTime: string): { entry: TimelineEntry; seconds: number } | undefined {
  for (const entry of pod.timeline) {
    if (entry.reason !== 'SandboxChanged') continue;
    const seconds = secondsBetween(bootTime, entry.firstTime ?? entry.lastTime);
    if (seconds !== undefined && seconds >= 0 && seconds <= startupWindowSeconds) return { entry, seconds };
  }
  return undefined;
}

/** Why the pod is known to be without network now: failed pod-probe checks, or a deletion that hangs. */
function networkLoss(ctx: RuleContext, pod: PodView): Evidence[] {
  const facts = ctx.podFacts.get(pod.key);
  const checks: (ReachabilityFact | undefined)[] = [facts?.dnsFqdn, facts?.tcpClusterIp, facts?.tcpApiServer];
  const failed = checks.filter((fact): fact is ReachabilityFact => fact !== undefined && !fact.ok);
  const evidence: Evidence[] = failed.map((fact) => ({
    source: 'probe',
    text: withDetail(message('unreachable', { target: fact.target, pod: pod.key }), fact.detail),
  }));
  const deletion = pod.pod.metadata.deletionTimestamp;
  const overdue = secondsBetween(deletion, ctx.now);
  if (deletion && overdue !== undefined && overdue > stuckTerminatingSeconds) {
    evidence.push({ source: 'status', text: message('stuck', { pod: pod.key, time: deletion }) });
  }
  return evidence;
}

function detectOnNode(ctx: RuleContext, node: NodeView): FindingDraft[] {
  const boot = bootOf(ctx, node);
  if (!boot) return [];
  const findings: FindingDraft[] = [];
  for (const pod of networkedPods(node)) {
    const recreated = sandboxRecreatedAfterBoot(pod, boot.time);
    if (!recreated) continue;
    const loss = networkLoss(ctx, pod);
    if (loss.length === 0) continue;
    const minutes = Math.round(recreated.seconds / 60);
    findings.push(
      makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key, node: node.name, minutes }), [
        timelineEvidence(recreated.entry),
        boot.evidence,
        ...loss,
      ]),
    );
  }
  return findings;
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.flatMap((node) => detectOnNode(ctx, node));
}

export default rule;
