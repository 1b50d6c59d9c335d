import { defineCause, message, messageList, type Message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { bestSignature, timelineEvidence, findInTimeline } from '../../engine/match.js';
import { normalizeMessage } from '../../engine/normalize.js';
import type { NodeFacts, ServiceFact } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { describeService, formatDuration, refs, runtimeOf } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'nodeControllerStopped',
    pattern: /kubelet stopped posting node status/,
    weight: 0.7,
    why: 'the node controller stopped hearing from the kubelet: its service (or the whole node) is down',
    phases: ['node', 'any'],
  },
  {
    name: 'kubeletReportsContainer',
    pattern: /container runtime is down/,
    weight: 0.8,
    why: 'the kubelet reports that the container runtime service does not answer',
    phases: ['node', 'any'],
  },
  {
    name: 'kubeletCannotRelist',
    pattern: /pleg is not healthy/,
    weight: 0.6,
    why: 'the kubelet cannot relist containers because the runtime is hung or stopped',
    phases: ['node', 'any'],
  },
  {
    name: 'windowsServiceControl',
    pattern: /\bthe (?:kubelet|kube-?proxy|containerd|docker|flanneld) service terminated unexpectedly/,
    weight: 0.8,
    why: 'the Windows service control manager recorded a node service crash',
  },
  {
    name: 'nodeServiceStopped',
    pattern: /\bthe (?:kubelet|kube-?proxy|containerd|docker|flanneld) service (?:entered the stopped state|failed to start)/,
    weight: 0.7,
    why: 'a node service stopped or could not start',
  },
  {
    name: 'scExeShows',
    pattern: /\bstate\s*:\s*\d+\s+(?:start_pending|stopped)\b/,
    weight: 0.5,
    why: 'sc.exe shows a node service stuck starting or stopped',
  },
];

/** Node condition messages that say the node stopped doing work. */
const conditionSignatures = signatures.slice(0, 3);

const rule = defineCause({
  title: 'Node services (kubelet, kube-proxy, runtime, flanneld) are not running',
  area: 'node',
  severity: 'error',
  inputs: ['node-status', 'node-events', 'node-probe'],
  probe: 'partial',
  explanation:
    'A Windows node only works while its host services run: kubelet, kube-proxy (when it runs as a service), the container runtime (containerd or Docker), the host network service and, with Flannel, flanneld. ' +
    'When one of them stops, the node goes NotReady, pods stay Pending or lose their network, and service traffic is no longer programmed.',
  fix: {
    nodeListServices: 'On the node, list the services: Get-Service kubelet, kube-proxy, containerd, docker, flanneld, hns (quote the names or pass them as an array).',
    startEveryStopped: 'Start every stopped service (Start-Service <name>); if a service is missing, register it again with sc.exe create or nssm install as the node setup did.',
    readServiceLogs: 'Read the service logs (C:\\k\\*.log, C:\\var\\log\\..., or the nssm stdout/stderr files) to see why it stopped, and fix that cause.',
    setServicesStart: 'Set the services to start automatically and to restart on failure (sc.exe failure <name> reset= 0 actions= restart/10000).',
    waitNodeReport: 'Wait for the node to report Ready again (kubectl get node <name> -w).',
  },
  messages: {
    heartbeatAge: ', last heartbeat {age} ago',
    runtimeUnknown: 'container runtime',
    runtimeDown: 'The container runtime ({runtime}) on {node} does not respond, so the kubelet reports the node not ready (run with --probe to see the service states).',
    kubeletDown: 'The kubelet on {node} stopped reporting: its service, or the whole node, is down (run with --probe once it is reachable to see the service states).',
    serviceDown: 'A node service on {node} stopped (run with --probe to see which one).',
    stoppedOne: '{services} is not running on {node}.',
    stoppedMany: '{services} are not running on {node}.',
  },
  symptoms: [
    'the Windows node is NotReady because kubelet stopped',
    'kubelet stopped posting node status for the Windows node',
    'the container runtime on the Windows node is down and pods do not start',
    'kube-proxy is not running on the Windows node and services do not work there',
    'after a reboot the Windows node stays NotReady until the services are started by hand',
    'PLEG is not healthy on the Windows node',
    'containerd service crashed on the Windows worker',
    'the kubelet Windows service stops after the node restarts and does not come back',
    'Windows node shows Unknown status and the pods on it are stuck terminating',
    'flanneld or kube-proxy process exited on the Windows node and cross node traffic broke',
    'the node lost contact with the control plane, kubelet is not running',
    'the kubelet Windows service is stopped or keeps restarting (Get-Service kubelet)',
    'the node startup or bootstrap script on the Windows VM never gets the kubelet running',
    'the runtime or kubelet service fails to start on the Windows node after provisioning',
  ],
  windowsCodes: ['HCS_E_SERVICE_NOT_AVAILABLE', 'HCS_E_SERVICE_DISCONNECT', 'HCN_E_MANAGER_STOPPED', 'ERROR_SERVICE_REQUEST_TIMEOUT', 'ERROR_SERVICE_DOES_NOT_EXIST'],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sWindowsIntro],
  signatures,
  detect,
});

/** A pod on the node whose name shows it runs the component (kube-proxy / flannel as a DaemonSet). */
function runsAsPod(view: NodeView, pattern: RegExp): boolean {
  return view.pods.some((pod) => pattern.test(pod.name) && pod.pod.status?.phase === 'Running');
}

/**
 * Whether a stopped, installed service means the node is missing that component. A service set to
 * start automatically must run. A manual or disabled one is often a leftover of an older setup
 * (kube-proxy and flanneld moved into pods, another CNI), so it only counts when nothing else
 * provides the component.
 */
function componentMissing(view: NodeView, facts: NodeFacts, service: ServiceFact): boolean {
  const name = service.name.toLowerCase();
  if (name === 'kubelet' && facts.kubelet?.running === true) return false;
  if (name === 'kube-proxy' && (facts.kubeProxy?.running === true || runsAsPod(view, /kube-proxy/i))) return false;
  if (name === 'flanneld' && runsAsPod(view, /flannel/i)) return false;
  if (/^auto/i.test(service.startMode ?? '')) return true;
  switch (name) {
    case 'kubelet':
    case 'containerd':
    case 'docker':
      return true;
    case 'kube-proxy':
      return facts.kubeProxy?.running === false;
    case 'flanneld':
      return (facts.cni?.type ?? '').toLowerCase() === 'flannel';
    case 'hns':
      // HNS starts on demand; stopped only matters when it cannot start or could not be queried.
      return /disabled/i.test(service.startMode ?? '') || facts.hns === undefined;
    default:
      return false;
  }
}

/** Installed node services that are not running although the node needs them. */
function stoppedServices(view: NodeView, facts: NodeFacts): ServiceFact[] {
  const byName = new Map((facts.services ?? []).map((service) => [service.name.toLowerCase(), service]));
  const runtime = runtimeOf(view.node)?.kind;
  const names = ['kubelet', 'kube-proxy', 'hns', 'flanneld'];
  if (runtime === 'docker') names.push('docker');
  else if (runtime === 'containerd') names.push('containerd');
  else names.push('containerd', 'docker');
  // A service that is not installed is not judged: kube-proxy and flanneld often run as pods.
  return names
    .map((name) => byName.get(name))
    .filter((service): service is ServiceFact => service?.present === true && service.state !== 'Running')
    .filter((service) => componentMissing(view, facts, service));
}

function readyEvidence(view: NodeView): Evidence | undefined {
  const condition = view.node.status?.conditions?.find((c) => c.type === 'Ready');
  if (!condition || condition.status === 'True') return undefined;
  const age = view.heartbeatAgeSeconds !== undefined ? message('heartbeatAge', { age: formatDuration(view.heartbeatAgeSeconds) }) : '';
  const reason = condition.reason ? ` (${condition.reason})` : '';
  return { source: 'node', text: messageList([`Ready=${condition.status}${reason}`, age, `: ${condition.message ?? ''}`], '') };
}

function conditionPointsAtServices(view: NodeView): boolean {
  const condition = view.node.status?.conditions?.find((c) => c.type === 'Ready');
  if (!condition || condition.status === 'True' || !condition.message) return false;
  return bestSignature(normalizeMessage(condition.message), conditionSignatures) !== undefined;
}

/** Without probe facts: say which component the node's own wording points at. */
function snapshotMessage(view: NodeView): Message {
  const text = normalizeMessage(view.node.status?.conditions?.find((c) => c.type === 'Ready')?.message ?? '');
  if (/container runtime is down|pleg is not healthy/.test(text)) {
    const runtime = runtimeOf(view.node)?.kind ?? message('runtimeUnknown');
    return message('runtimeDown', { runtime, node: view.name });
  }
  if (/kubelet stopped posting node status/.test(text)) {
    return message('kubeletDown', { node: view.name });
  }
  return message('serviceDown', { node: view.name });
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const facts = ctx.nodeFacts.get(view.name);
  const stopped = facts ? stoppedServices(view, facts) : [];
  const fromCondition = conditionPointsAtServices(view);
  const eventHits = findInTimeline(view.timeline, signatures);
  if (stopped.length === 0 && !fromCondition && eventHits.length === 0) return undefined;
  // With probe facts that show every service running, the node-level text is not this cause.
  if (stopped.length === 0 && facts?.services && facts.services.length > 0) return undefined;

  const evidence: Evidence[] = [];
  const ready = readyEvidence(view);
  if (ready) evidence.push(ready);
  for (const hit of eventHits) evidence.push(timelineEvidence(hit.entry));
  for (const service of stopped) evidence.push({ source: 'probe', text: describeService(service) });

  const summary =
    stopped.length > 0
      ? message(stopped.length === 1 ? 'stoppedOne' : 'stoppedMany', { services: stopped.map((s) => s.name).join(', '), node: view.name })
      : snapshotMessage(view);
  return makeFinding(rule, nodeTarget(view.node), summary, evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
