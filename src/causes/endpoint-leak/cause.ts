import { defineCause, message } from '../define.js';
import type { Message } from '../define.js';
import type { NodeView } from '../../engine/view.js';
import { timelineEvidence } from '../../engine/match.js';
import type { HnsFacts } from '../../probes/facts.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { compareVersions, hitsOnNode, networkedPods, refs, runtimeOf } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Endpoints above `factor × pods + slack` count as leaked. */
const leakFactor = 2;
const leakSlack = 10;

/** Leaked endpoints hold IP addresses: an exhausted range is the visible consequence. */
const exhaustionSignatures: MessageSignature[] = [
  {
    name: 'rangeUsedUp',
    pattern: /failed to allocate for range|no ip addresses available in range/,
    weight: 0.3,
    why: 'the pod IP range is used up, often by endpoints that were never released',
  },
];

const rule = defineCause({
  title: 'HNS endpoints leak (more endpoints than pods on the node)',
  area: 'network',
  severity: 'warning',
  inputs: ['node-probe', 'node-status', 'pod-events'],
  probe: 'partial',
  explanation:
    'Every pod on a Windows node owns one HNS endpoint and one IP address. Two known bugs left endpoints behind when pods went away: Kubernetes 1.11.0 to 1.11.2, and a concurrency bug in the endpoint store of Docker EE before 18.09. ' +
    'Leaked endpoints keep their IP addresses, so the node\'s pod range fills up and new pods fail with "failed to allocate for range".',
  fix: {
    upgradeKubeletOff: 'Upgrade the kubelet off 1.11.0-1.11.2 and Docker EE to 18.09 or newer (or move to containerd).',
    drainNodeKubectl: 'Drain the node: kubectl drain <node> --ignore-daemonsets --delete-emptydir-data.',
    nodeStopNode: 'On the node, stop the node services (C:\\k\\stop.ps1 or Stop-Service kubelet, kube-proxy), remove the leaked endpoints (Get-HnsEndpoint | Remove-HnsEndpoint) and the host-local IPAM state (Remove-Item -Recurse C:\\var when that is where it lives).',
    startServicesAgain: 'Start the services again and uncordon the node.',
  },
  messages: {
    onePod: '1 pod',
    pods: '{count} pods',
    kubeletBug: 'kubelet {version} has the endpoint leak bug of 1.11.0-1.11.2',
    oldDocker: 'container runtime docker://{version} is older than 18.09 (endpoint store concurrency bug)',
    localEndpoints: '{count} local HNS endpoints for {pods} on the node (more than {limit})',
    endpoints: '{count} HNS endpoints for {pods} on the node (more than {limit})',
    orphans: '{count} local HNS endpoints belong to no pod on the node, e.g. {addresses}',
    leak: 'HNS endpoints leak on {node}: far more endpoints than pods.',
    buggyVersion: '{node} runs a version with a known HNS endpoint leak (run with --probe to count its endpoints).',
  },
  symptoms: [
    'the Windows node keeps many more HNS endpoints than it has pods',
    'after many pod restarts new pods cannot get an IP address although only a few pods run on the node',
    'endpoints are not cleaned up when pods are deleted on the Windows node',
    'Get-HnsEndpoint lists hundreds of endpoints and the node runs out of pod IPs',
    'restarting the node frees the addresses for a while, then the problem comes back',
    'the pod IP range of a Windows node fills up although pods were deleted',
    'deleted pods leave their network endpoints and IP addresses behind on the Windows node',
    'IP addresses are not released when pods are removed, so new pods cannot start after a few days',
  ],
  references: [
    refs.msCommonProblems,
    'https://github.com/kubernetes/kubernetes/issues/68511',
    'https://github.com/docker/libnetwork/issues/1950',
  ],
  detect,
});

/**
 * Endpoints that belong to this node. kube-proxy also creates remote endpoints for service
 * backends on other nodes; when the probe reports a local-only count it is preferred.
 */
function localEndpointCount(hns: HnsFacts): number | undefined {
  return hns.localEndpointCount;
}

/**
 * Local endpoints whose address no pod on the node holds, when the probe listed every endpoint.
 * Evidence only: the host's own endpoints (management vNIC, overlay source VIP) are among them.
 */
function orphanEndpoints(view: NodeView, hns: HnsFacts): string[] | undefined {
  if (!hns.endpoints || hns.endpoints.length !== hns.endpointCount) return undefined;
  const podIps = new Set(view.pods.map((pod) => pod.pod.status?.podIP).filter((ip): ip is string => !!ip));
  return hns.endpoints.filter((e) => !e.isRemote && e.ipAddress && !podIps.has(e.ipAddress)).map((e) => e.ipAddress!);
}

function podCount(pods: number): Message {
  return pods === 1 ? message('onePod') : message('pods', { count: pods });
}

function versionEvidence(view: NodeView): Evidence[] {
  const evidence: Evidence[] = [];
  const kubelet = view.node.status?.nodeInfo?.kubeletVersion;
  const fromLow = kubelet ? compareVersions(kubelet, '1.11.0') : undefined;
  const toHigh = kubelet ? compareVersions(kubelet, '1.11.2') : undefined;
  if (fromLow !== undefined && toHigh !== undefined && fromLow >= 0 && toHigh <= 0) {
    evidence.push({ source: 'node', text: message('kubeletBug', { version: `${kubelet}` }) });
  }
  const runtime = runtimeOf(view.node);
  if (runtime?.kind === 'docker') {
    const diff = compareVersions(runtime.version, '18.9.0');
    if (diff !== undefined && diff < 0) {
      evidence.push({ source: 'node', text: message('oldDocker', { version: runtime.version }) });
    }
  }
  return evidence;
}

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const versions = versionEvidence(view);
  const hns = ctx.nodeFacts.get(view.name)?.hns;
  const pods = networkedPods(view).length;
  const limit = leakFactor * pods + leakSlack;
  const local = hns ? localEndpointCount(hns) : undefined;
  const exhaustion = hitsOnNode(view, exhaustionSignatures);
  const evidence: Evidence[] = [];

  let leaked = false;
  if (hns && local !== undefined && local > limit) {
    leaked = true;
    evidence.push({ source: 'probe', text: message('localEndpoints', { count: local, pods: podCount(pods), limit }) });
  } else if (hns && local === undefined && hns.endpointCount > limit && (versions.length > 0 || exhaustion.length > 0)) {
    // The total also counts remote endpoints, so it only counts together with other signs of a leak.
    leaked = true;
    evidence.push({ source: 'probe', text: message('endpoints', { count: hns.endpointCount, pods: podCount(pods), limit }) });
  }
  const orphans = leaked && hns ? orphanEndpoints(view, hns) : undefined;
  if (orphans && orphans.length > 0) {
    evidence.push({ source: 'probe', text: message('orphans', { count: orphans.length, addresses: orphans.slice(0, 5).join(', ') }) });
  }
  if (!leaked && versions.length === 0) return undefined;
  // The probe shows a normal endpoint count: a buggy version that has not leaked here is not reported.
  if (!leaked && hns && (local ?? hns.endpointCount) <= limit) return undefined;

  evidence.push(...versions);
  for (const hit of exhaustion.slice(0, 3)) evidence.push(timelineEvidence(hit.entry));
  const summary = leaked
    ? message('leak', { node: view.name })
    : message('buggyVersion', { node: view.name });
  return makeFinding(rule, nodeTarget(view.node), summary, evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
