import { defineCause, message } from '../define.js';
import { compact, findingsFromMessages, nodeBuildEvidence, officialPages } from '../../engine/rule-kit.js';
import type { FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'hostLocalIpam',
    pattern: /failed to allocate for range/,
    weight: 0.9,
    why: 'host-local IPAM found no free address in the node pod range',
    phases: ['sandbox', 'any'],
  },
  {
    name: 'everyAddressNode',
    pattern: /no ip addresses available in range/,
    weight: 0.9,
    why: 'every address of the node pod range is recorded as in use',
    phases: ['sandbox', 'any'],
  },
  {
    name: 'ipamPluginHas',
    pattern: /failed to allocate address: no available addresses|ipam.{0,40}no available addresses/,
    weight: 0.7,
    why: 'the IPAM plugin has no free pod address left for this node',
    phases: ['sandbox', 'any'],
  },
];

const rule = defineCause({
  title: 'Pod IP range of the node is exhausted',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Each node hands out pod addresses from its own range. When the range is used up, usually because addresses of deleted pods were never released (leaked HNS endpoints or IPAM records), ' +
    'sandbox creation fails with "failed to allocate for range" and new pods stay in ContainerCreating while few pods actually run.',
  fix: {
    compareRunningPods: 'Compare the running pods on the node with the size of its pod range (kubectl get node <node> -o jsonpath="{.spec.podCIDR}").',
    drainNodeKubectl: 'Drain the node (kubectl drain <node> --ignore-daemonsets).',
    removeStaleHns: 'Remove the stale HNS endpoints (hnsdiag list endpoints / hnsdiag delete endpoints <id>) and the host-local IPAM state (the networks folder under c:\\var\\lib\\cni or c:\\var).',
    restartContainerRuntime: 'Restart the container runtime and kubelet, then uncordon the node.',
  },
  messages: {
    podOnNode: 'Pod {pod} gets no IP address: the pod range of node {node} is exhausted.',
    pod: 'Pod {pod} gets no IP address: the pod range of its node is exhausted.',
    podCidr: 'node {node} podCIDR {cidr}; {count} pod(s) bound to it',
  },
  symptoms: [
    'new pods on the Windows node stay in ContainerCreating because no IP addresses are available',
    'the node pod CIDR is full although only a few pods run there',
    'failed to allocate an IP for the pod sandbox on the Windows node',
    'the host-local IPAM range ran out of addresses',
  ],
  references: [officialPages.msCommonProblems, officialPages.windowsNetworking],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(rule, ctx, {
      podMessage: (pod) => (pod.node ? message('podOnNode', { pod: pod.key, node: pod.node.name }) : message('pod', { pod: pod.key })),
      extraEvidence: (pod) => {
        const cidr = pod?.node?.node.spec?.podCIDR;
        return compact([
          pod?.node ? nodeBuildEvidence(pod.node) : undefined,
          cidr && pod?.node ? { source: 'node' as const, text: message('podCidr', { node: pod.node.name, cidr, count: pod.node.pods.length }) } : undefined,
        ]);
      },
    });
  },
});

export default rule;
