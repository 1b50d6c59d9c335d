import { defineCause, message } from '../define.js';
import { withDetail } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import { timelineEvidence } from '../../engine/match.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import { hitsOnNode, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'kubeProxyLooked',
    pattern: /failed to retrieve node info:? (?:err=)?nodes? .{0,80}not found/,
    weight: 0.6,
    why: 'kube-proxy looked itself up under a name that is not the node name',
  },
  {
    name: 'kubeProxyCould',
    pattern: /invalid nodeip, initializing kube-proxy with <ip> as nodeip|can'?t determine this node'?s ip, assuming <ip>/,
    weight: 0.55,
    why: 'kube-proxy could not find its Node object, usually because --hostname-override is missing or wrong',
  },
  {
    name: 'containerHnsEndpoints',
    pattern: /\bhns ?endpoints?\b.{0,60}\b(?:deleted|removed|not found)\b|\bendpoint not found\b/,
    weight: 0.35,
    why: 'container HNS endpoints disappear when kube-proxy does not know its own node name',
  },
];

const rule = defineCause({
  title: 'kube-proxy runs without a matching --hostname-override',
  area: 'node',
  severity: 'warning',
  inputs: ['node-probe', 'node-events', 'pod-events'],
  probe: 'node',
  explanation:
    'On Windows, kube-proxy must know the name of the node it runs on to tell local endpoints from remote ones. ' +
    'Without --hostname-override (or with a name that differs from the Node object, such as a short host name where the node registered an FQDN), it treats the node\'s own pod endpoints as foreign, and after a while container vNICs and HNS endpoints are deleted.',
  fix: {
    findNodeName: 'Find the node name as Kubernetes knows it: kubectl get node -o wide.',
    startKubeProxy: 'Start kube-proxy with --hostname-override=<that node name> (for a service: sc.exe config kube-proxy binPath= "... --hostname-override=<name>", or nssm set kube-proxy AppParameters ...; for a DaemonSet, pass the NODE_NAME from the downward API).',
    restartKubeProxy: 'Restart kube-proxy and check that it logs no "Failed to retrieve node info" line.',
    recreatePodsLost: 'Recreate pods that lost their network on this node.',
  },
  messages: {
    noOverride: 'kube-proxy runs without --hostname-override',
    otherOverride: 'kube-proxy runs with --hostname-override={override}, but the node is named {node}',
    nodeNoOverride: 'kube-proxy on {node} runs without --hostname-override; HNS endpoints of its pods can be deleted.',
    nodeOtherOverride: 'kube-proxy on {node} uses the host name "{override}", not the node name; HNS endpoints of its pods can be deleted.',
  },
  symptoms: [
    'pods on the Windows node lose their network after a few minutes',
    'kube-proxy on Windows cannot find its own node object',
    'the HNS endpoints of the pods disappear and services stop working',
    'kube-proxy uses the wrong hostname because the node name differs from the computer name',
    'kube-proxy starts with 127.0.0.1 as the node IP',
  ],
  references: [refs.k8sWindowsDebug, refs.msCommonProblems, refs.k8sKubeProxy],
  signatures,
  detect,
});

function detectOnNode(ctx: RuleContext, view: NodeView): FindingDraft | undefined {
  const kubeProxy = ctx.nodeFacts.get(view.name)?.kubeProxy;
  if (!kubeProxy?.running) return undefined;
  const override = kubeProxy.flags['hostname-override'];
  // A --config file may carry hostnameOverride; the command line alone cannot tell.
  if (override === undefined && kubeProxy.flags['config'] !== undefined) return undefined;
  if (override !== undefined && override.trim().toLowerCase() === view.name.toLowerCase()) return undefined;

  const evidence: Evidence[] = [];
  evidence.push({
    source: 'probe',
    text:
      override === undefined
        ? withDetail(message('noOverride'), kubeProxy.commandLine)
        : message('otherOverride', { override, node: view.name }),
  });
  for (const hit of hitsOnNode(view, signatures).slice(0, 3)) evidence.push(timelineEvidence(hit.entry));
  const summary =
    override === undefined
      ? message('nodeNoOverride', { node: view.name })
      : message('nodeOtherOverride', { node: view.name, override });
  return makeFinding(rule, nodeTarget(view.node), summary, evidence);
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.nodes.map((view) => detectOnNode(ctx, view)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
