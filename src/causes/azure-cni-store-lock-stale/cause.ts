import { defineCause, message, type SignatureDefinition } from '../define.js';
import { findingsFromMessages } from '../../engine/rule-kit.js';
import type { FindingDraft, RuleContext } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'lockTimeout',
    pattern: /timed out locking store/,
    weight: 0.9,
    why: 'azure-vnet could not take its store lock, which a stale azure-vnet.json.lock causes',
  },
  {
    name: 'storeInit',
    pattern: /failed to initialize key-value store of network plugin/,
    weight: 0.8,
    why: 'azure-vnet could not open its state store',
  },
  {
    name: 'emptyLock',
    pattern: /num bytes read from lock file is 0/,
    weight: 0.8,
    why: 'the azure-vnet lock file is empty, left by an interrupted call',
  },
  {
    name: 'emptyState',
    pattern: /azure-vnet.{0,200}unexpected end of json input|unexpected end of json input.{0,200}azure-vnet/,
    weight: 0.7,
    why: 'the azure-vnet state file is empty or truncated',
  },
];

const cause = defineCause({
  title: 'azure-vnet left its state-store lock or an empty state file behind',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'The Azure CNI plugin (azure-vnet) keeps its state in azure-vnet.json and guards it with azure-vnet.json.lock. When a plugin call dies, the node is overloaded or rebooted mid-write, the lock stays behind or the state file is left empty, and every later CNI call on the node times out on the lock or fails to parse the file, so no new pod there gets a network.',
  fix: {
    drainNode: 'Cordon and drain the node so that no new pods are sent to it while the state is repaired.',
    removeLock: 'On the node, stop kubelet, delete the stale lock files (azure-vnet.json.lock, azure-vnet-ipam.json.lock) and any zero-byte azure-vnet.json or azure-vnet-ipam.json, then start kubelet again; on AKS, reimaging the node does the same.',
    upgradeCni: 'Upgrade Azure CNI (or the node image that carries it) to a release that recovers from stale locks and empty state files.',
  },
  messages: {
    pod: 'Pod {pod} gets no network: the Azure CNI plugin cannot read or lock its state store on the node.',
  },
  references: ['https://github.com/Azure/azure-container-networking/issues/364', 'https://github.com/Azure/azure-container-networking/issues/289', 'https://github.com/Azure/azure-container-networking/issues/762', 'https://github.com/Azure/azure-container-networking/issues/464'],
  signatures,
  symptoms: [
    'New pods on one Windows node stay in ContainerCreating while the other nodes are fine.',
    'azure-vnet.json.lock is left behind and blocks all following CNI requests; its owner azure-vnet.exe no longer exists.',
    'azure-vnet.log says "timed out locking store".',
    'Pod sandboxes fail with "unexpected end of JSON input" after the node was restarted.',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    return findingsFromMessages(cause, ctx, { podMessage: (pod) => message('pod', { pod: pod.key }) });
  },
});

export default cause;
