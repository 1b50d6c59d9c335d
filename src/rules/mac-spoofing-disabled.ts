import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { withDetail } from '../engine/rule-kit.js';
import type { NodeView, PodView } from '../engine/view.js';
import type { PodNetworkFacts, ReachabilityFact } from '../probes/facts.js';
import { makeFinding, podTarget } from './finding.js';
import { cloudProviderOf, refs } from './probe-rule-helpers.js';
import type { Evidence, Finding, MessageSignature, Rule, RuleContext } from './types.js';

/** Generic connection failures: they only hint at this cause until the probes confirm it. */
const signatures: MessageSignature[] = withWindowsMessages('mac-spoofing-disabled', [
  {
    pattern: /\bdial tcp <ip>:? (?:i\/o timeout|connect: no route to host|connectex: a connection attempt failed)/,
    weight: 0.2,
    why: 'a pod could not open any connection; on VM nodes without MAC spoofing pods reach nothing beyond the node',
    phases: ['run', 'any'],
  },
]);

const rule: Rule = {
  id: 'mac-spoofing-disabled',
  title: 'MAC address spoofing is off on the node VM, so pods reach nothing beyond the node',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-probe', 'node-probe', 'node-status'],
  probe: 'pod',
  explanation:
    'Windows pods on bridged container networks (and Hyper-V isolated containers) send frames with their own MAC addresses through the VM\'s network adapter. ' +
    'A hypervisor that does not allow MAC address spoofing (Hyper-V "Enable MAC address spoofing", the vSphere port group\'s MAC address changes / forged transmits, VirtualBox promiscuous mode) drops those frames, so pods reach neither the API server nor services.',
  remediation: [
    'Identify the hypervisor host of the node VM.',
    'Allow MAC address spoofing on every network adapter of the VM: Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On; vSphere: allow MAC address changes and forged transmits on the port group; VirtualBox: set promiscuous mode to Allow All.',
    'Recreate the pods on the node (or restart the node) and test again with kubectl windbg pod <name> --probe.',
  ],
  references: [refs.k8sWindowsDebug, refs.k8sWindowsIntro, refs.msCommonProblems],
  signatures,
  detect,
};

/** The node is a VM on a hypervisor whose MAC spoofing setting the operator controls. */
function vmEvidence(ctx: RuleContext, node: NodeView): Evidence | undefined {
  const provider = cloudProviderOf(node.node);
  // Public clouds do not expose the setting and their networks do not need it.
  if (provider === 'azure' || provider === 'aws' || provider === 'gce') return undefined;
  const machine = ctx.nodeFacts.get(node.name)?.machine;
  const manufacturer = machine?.manufacturer ?? '';
  const model = machine?.model ?? '';
  const isVm =
    (/^microsoft corporation$/i.test(manufacturer.trim()) && /virtual machine/i.test(model)) ||
    /vmware/i.test(manufacturer) ||
    /innotek|virtualbox/i.test(`${manufacturer} ${model}`);
  if (isVm) return { source: 'probe', text: t('rules.mac-spoofing-disabled.msg.virtualMachine', { manufacturer, model }) };
  if (provider === 'vsphere') return { source: 'node', text: t('rules.mac-spoofing-disabled.msg.vsphereVm', { providerID: `${node.node.spec?.providerID}` }) };
  return undefined;
}

function failed(fact: ReachabilityFact | undefined): fact is ReachabilityFact {
  return fact !== undefined && !fact.ok;
}

function describe(key: string, fact: ReachabilityFact): Evidence {
  return { source: 'probe', text: withDetail(t(key, { target: fact.target }), fact.detail) };
}

/** The pod reached nothing beyond its node: API server and ClusterIP both fail, nothing succeeded. */
function isolated(facts: PodNetworkFacts): Evidence[] | undefined {
  if (!failed(facts.tcpApiServer) || !failed(facts.tcpClusterIp)) return undefined;
  const reachability = [facts.tcpExternal, facts.dnsFqdn, facts.dnsPartial, facts.icmpExternal];
  if (reachability.some((fact) => fact?.ok === true)) return undefined;
  const evidence = [describe('rules.mac-spoofing-disabled.msg.apiServerFailed', facts.tcpApiServer), describe('rules.mac-spoofing-disabled.msg.clusterIpFailed', facts.tcpClusterIp)];
  if (failed(facts.tcpExternal)) evidence.push(describe('rules.mac-spoofing-disabled.msg.tcpFailed', facts.tcpExternal));
  return evidence;
}

function detectOnPod(ctx: RuleContext, pod: PodView): Finding | undefined {
  const facts = ctx.podFacts.get(pod.key);
  const node = pod.node;
  if (!facts || !node) return undefined;
  const unreachable = isolated(facts);
  if (!unreachable) return undefined;
  const vm = vmEvidence(ctx, node);
  if (!vm) return undefined;
  return makeFinding(
    rule,
    podTarget(pod.pod),
    t('rules.mac-spoofing-disabled.msg.pod', { pod: pod.key, node: node.name }),
    [...unreachable, vm],
  );
}

function detect(ctx: RuleContext): Finding[] {
  return ctx.view.pods.map((pod) => detectOnPod(ctx, pod)).filter((f): f is Finding => f !== undefined);
}

export default rule;
