import { defineCause, message } from '../define.js';
import { withDetail, lastRebootEvent } from '../../engine/rule-kit.js';
import type { NodeView, PodView } from '../../engine/view.js';
import type { NodeFacts } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import { formatDuration, networkedPods, refs, secondsBetween } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, Rule, RuleContext } from '../../rules/types.js';

/** A boot this recent counts as "just rebooted". */
const recentBootSeconds = 3600;

const rule = defineCause({
  title: 'Pod DNS fails after a node reboot until stale HNS policies are cleared',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-probe', 'node-probe', 'node-events'],
  probe: 'pod',
  explanation:
    'On older Windows clusters (acs-engine era, HNS policy lists), the HNS policies that kube-proxy programmed before a reboot survive it and no longer match the recreated network. ' +
    'After every reboot, DNS queries from pods to the cluster DNS service fail until the stale policies are removed and kube-proxy programs them again. Running a second pod on the node also hides the problem.',
  fix: {
    nodeStopKube: 'On the node, stop kube-proxy and kubelet (Stop-Service kube-proxy; Stop-Service kubelet).',
    removeContainerNetwork: 'Remove the container network and the policy lists with the HNS module: Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList.',
    startKubeletKube: 'Start kubelet and kube-proxy again, then check DNS from a pod (Resolve-DnsName kubernetes.default.svc.cluster.local).',
    acsEngineClusters: 'On acs-engine clusters apply the fix of acs-engine#2378 (or redeploy), so the cleanup runs at every boot.',
  },
  messages: {
    booted: 'node booted at {time}',
    bootedUp: 'node booted at {time} (up {uptime})',
    rebootedEvent: 'Rebooted at {time}: {message}',
    dnsFailed: 'DNS lookup of {target} from {pod} failed',
    podsBeforeBoot: 'most pods on {node} started before that boot',
    policyLists: '{count} HNS policy lists present on the node',
    dnsVipMissing: 'no HNS load balancer on {node} serves the cluster DNS address {ip}',
    pod: 'DNS fails in {pod} after {node} rebooted; stale HNS policies from before the boot are the known cause.',
  },
  symptoms: [
    'after the Windows node rebooted, DNS stopped working inside its pods',
    'services stop resolving from Windows pods after the node restarts',
    'nslookup times out in the pod until we delete the HNS policies or restart the node services',
    'DNS comes back when a second pod is started on the node',
    'every reboot of the Windows worker breaks name resolution for the pods',
  ],
  references: [refs.k8sWindowsDebug, 'https://github.com/Azure/acs-engine/issues/2027', 'https://github.com/Azure/acs-engine/pull/2378'],
  detect,
});

interface BootInfo {
  time: string;
  evidence: Evidence;
  recent: boolean;
}

/** When the node last booted, from the probe or the kubelet's "Rebooted" event. */
function bootOf(ctx: RuleContext, node: NodeView, facts: NodeFacts | undefined, now: Date): BootInfo | undefined {
  const os = facts?.os;
  if (os?.lastBootTime) {
    const uptime = os.uptimeSeconds ?? secondsBetween(os.lastBootTime, facts?.collectedAt ?? now);
    return {
      time: os.lastBootTime,
      evidence: {
        source: 'probe',
        text:
          uptime !== undefined
            ? message('bootedUp', { time: os.lastBootTime, uptime: formatDuration(uptime) })
            : message('booted', { time: os.lastBootTime }),
      },
      recent: uptime !== undefined && uptime < recentBootSeconds,
    };
  }
  const rebooted = lastRebootEvent(ctx.snapshot.events, node.name);
  if (!rebooted) return undefined;
  const { time } = rebooted;
  const age = secondsBetween(time, now);
  return {
    time,
    evidence: { source: 'event', text: message('rebootedEvent', { time, message: rebooted.message }) },
    recent: age !== undefined && age < recentBootSeconds,
  };
}

/** Most of the node's pods started before the boot: they were carried over the reboot. */
function podsSurvivedBoot(node: NodeView, bootTime: string): boolean {
  const started = networkedPods(node).filter((pod) => pod.pod.status?.startTime);
  if (started.length === 0) return false;
  const before = started.filter((pod) => (secondsBetween(pod.pod.status!.startTime, bootTime) ?? 0) > 0);
  return before.length * 2 > started.length;
}

function dnsFailure(ctx: RuleContext, pod: PodView): Evidence | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const fqdn = facts?.dnsFqdn;
  if (!fqdn || fqdn.ok) return undefined;
  return { source: 'probe', text: withDetail(message('dnsFailed', { target: fqdn.target, pod: pod.key }), fqdn.detail) };
}

function detectOnNode(ctx: RuleContext, node: NodeView): FindingDraft[] {
  const failing = node.pods.map((pod) => ({ pod, failure: dnsFailure(ctx, pod) })).filter((p) => p.failure !== undefined);
  if (failing.length === 0) return [];
  const facts = ctx.nodeFacts.get(node.name);
  const boot = bootOf(ctx, node, facts, ctx.now);
  if (!boot) return [];
  const carriedOver = podsSurvivedBoot(node, boot.time);
  if (!boot.recent && !carriedOver) return [];

  const shared: Evidence[] = [boot.evidence];
  if (carriedOver) shared.push({ source: 'node', text: message('podsBeforeBoot', { node: node.name }) });
  const policyLists = facts?.hns?.policyListCount;
  if (policyLists !== undefined && policyLists > 0) {
    shared.push({ source: 'probe', text: message('policyLists', { count: policyLists }) });
  }
  const dnsVip = facts?.networkHealth?.dnsVip;
  if (dnsVip && !dnsVip.hasLoadBalancer) {
    shared.push({ source: 'probe', text: message('dnsVipMissing', { node: node.name, ip: dnsVip.ip }) });
  }
  return failing.map(({ pod, failure }) =>
    makeFinding(
      rule,
      podTarget(pod.pod),
      message('pod', { pod: pod.key, node: node.name }),
      [failure!, ...shared],
    ),
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.flatMap((node) => detectOnNode(ctx, node));
}

export default rule;
