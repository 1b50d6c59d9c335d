import { defineCause, message } from '../define.js';
import { withDetail } from '../../engine/rule-kit.js';
import type { NodeView, PodView } from '../../engine/view.js';
import type { PodNetworkFacts, ReachabilityFact } from '../../probes/facts.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import { cloudProviderOf, refs } from '../../rules/probe-rule-helpers.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

/** Generic connection failures: they only hint at this cause until the probes confirm it. */
const signatures: MessageSignature[] = [
  {
    name: 'podCouldOpen',
    pattern: /\bdial tcp <ip>:? (?:i\/o timeout|connect: no route to host|connectex: a connection attempt failed)/,
    weight: 0.2,
    why: 'a pod could not open any connection; on VM nodes without MAC spoofing pods reach nothing beyond the node',
    phases: ['run', 'any'],
  },
  // The same text as Windows prints it in ja, ko, zh-CN. Source: SQL Server error 10060 pages on Microsoft Learn (ja-jp, ko-kr) and Windows socket errors quoted in public issues (zh-CN)
  {
    name: 'podCouldOpenLocalised',
    group: 'podCouldOpen',
    whyOf: 'podCouldOpen',
    pattern: /\bdial tcp <ip>:? connectex: (?:接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった|연결된 구성원으로부터 응답이 없어 연결하지 못했거나|由于连接方在一段时间后没有正确答复或连接的主机没有反应)/,
    weight: 0.2,
    why: 'a pod could not open any connection; on VM nodes without MAC spoofing pods reach nothing beyond the node',
    phases: ['run', 'any'],
  },
];

const rule = defineCause({
  title: 'MAC address spoofing is off on the node VM, so pods reach nothing beyond the node',
  area: 'network',
  severity: 'warning',
  inputs: ['pod-probe', 'node-probe', 'node-status'],
  probe: 'pod',
  explanation:
    'Windows pods on bridged container networks (and Hyper-V isolated containers) send frames with their own MAC addresses through the VM\'s network adapter. ' +
    'A hypervisor that does not allow MAC address spoofing (Hyper-V "Enable MAC address spoofing", the vSphere port group\'s MAC address changes / forged transmits, VirtualBox promiscuous mode) drops those frames, so pods reach neither the API server nor services.',
  fix: {
    identifyHypervisorHost: 'Identify the hypervisor host of the node VM.',
    allowMacAddress: 'Allow MAC address spoofing on every network adapter of the VM: Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On; vSphere: allow MAC address changes and forged transmits on the port group; VirtualBox: set promiscuous mode to Allow All.',
    recreatePodsNode: 'Recreate the pods on the node (or restart the node) and test again with kubectl windbg pod <name> --probe.',
  },
  messages: {
    virtualMachine: 'node is a virtual machine (manufacturer {manufacturer}, model {model})',
    vsphereVm: 'node is a vSphere VM (providerID {providerID})',
    apiServerFailed: 'TCP to the API server {target} failed',
    clusterIpFailed: 'TCP to ClusterIP {target} failed',
    tcpFailed: 'TCP to {target} failed',
    pod: '{pod} reaches nothing beyond node {node}, a VM: MAC address spoofing is probably disabled on its network adapters.',
  },
  symptoms: [
    'Windows pods on a Hyper-V or VMware VM cannot reach anything outside the node',
    'pods cannot reach the API server or services while the node itself works',
    'container traffic is dropped by the hypervisor virtual switch',
    'network works from the node but not from the pods on our Windows VM',
    'pod traffic leaves with the pod MAC address and the virtual switch drops it',
  ],
  references: [refs.k8sWindowsDebug, refs.k8sWindowsIntro, refs.msCommonProblems],
  signatures,
  detect,
});

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
  if (isVm) return { source: 'probe', text: message('virtualMachine', { manufacturer, model }) };
  if (provider === 'vsphere') return { source: 'node', text: message('vsphereVm', { providerID: `${node.node.spec?.providerID}` }) };
  return undefined;
}

function failed(fact: ReachabilityFact | undefined): fact is ReachabilityFact {
  return fact !== undefined && !fact.ok;
}

function describe(key: string, fact: ReachabilityFact): Evidence {
  return { source: 'probe', text: withDetail(message(key, { target: fact.target }), fact.detail) };
}

/** The pod reached nothing beyond its node: API server and ClusterIP both fail, nothing succeeded. */
function isolated(facts: PodNetworkFacts): Evidence[] | undefined {
  if (!failed(facts.tcpApiServer) || !failed(facts.tcpClusterIp)) return undefined;
  const reachability = [facts.tcpExternal, facts.dnsFqdn, facts.dnsPartial, facts.icmpExternal];
  if (reachability.some((fact) => fact?.ok === true)) return undefined;
  const evidence = [describe('apiServerFailed', facts.tcpApiServer), describe('clusterIpFailed', facts.tcpClusterIp)];
  if (failed(facts.tcpExternal)) evidence.push(describe('tcpFailed', facts.tcpExternal));
  return evidence;
}

function detectOnPod(ctx: RuleContext, pod: PodView): FindingDraft | undefined {
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
    message('pod', { pod: pod.key, node: node.name }),
    [...unreachable, vm],
  );
}

function detect(ctx: RuleContext): FindingDraft[] {
  return ctx.view.pods.map((pod) => detectOnPod(ctx, pod)).filter((f): f is FindingDraft => f !== undefined);
}

export default rule;
