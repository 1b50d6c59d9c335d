import { defineCause, message } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'storeLockTimeout',
    pattern: /timed out locking store/,
    weight: 0.8,
    why: 'azure-vnet could not take the lock of its state store',
    phases: ['sandbox', 'node', 'any'],
  },
  {
    name: 'emptyLockFile',
    pattern: /num bytes read from lock file is 0/,
    weight: 0.8,
    why: 'the azure-vnet lock file is empty, so no call can tell who holds it',
    phases: ['sandbox', 'node', 'any'],
  },
  {
    name: 'stateFileTruncated',
    pattern: /(?:networkplugin cni failed to (?:set up|tear down) pod|plugin type=azure-vnet).{0,300}unexpected end of json input/,
    weight: 0.6,
    why: 'the CNI plugin read an empty or cut-off state file, which a stale azure-vnet lock or an interrupted write leaves behind',
    phases: ['sandbox', 'any'],
  },
];

const rule = defineCause({
  title: 'azure-vnet left its state-store lock behind',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'The Azure CNI plugin (azure-vnet) keeps its state in azure-vnet.json and guards it with azure-vnet.json.lock. ' +
    'When a plugin call is killed or the node is overloaded, the lock file (or an empty or half-written state file) can stay behind; every later call then times out on the lock or fails to parse the state, ' +
    'so no new pod on the node gets a network until the files are cleaned up.',
  fix: {
    drainNode: 'Cordon and drain the node so no new sandboxes are attempted while the state is repaired.',
    removeStaleFiles: 'On the node, stop kubelet, then remove the stale lock and the empty or corrupt state files under the CNI data folder (azure-vnet.json.lock, azure-vnet.json, azure-vnet-ipam.json and its lock); check first that the process id written in the lock no longer runs.',
    restartAndUncordon: 'Start kubelet again, confirm that a new pod gets an IP, then uncordon the node.',
    upgradeCni: 'Upgrade Azure CNI to a current release, which handles stale locks and partial writes of its store.',
  },
  messages: {
    pod: 'Pod {pod} cannot get a network: azure-vnet on {node} is blocked by its state-store lock or a broken state file.',
    node: 'azure-vnet on {node} is blocked by its state-store lock or a broken state file.',
  },
  signatures,
  symptoms: [
    'no new pod on the Windows node gets an IP with Azure CNI, all stuck in ContainerCreating',
    'azure-vnet.json.lock is left on the node and blocks every CNI call',
    'pod sandbox creation fails with unexpected end of JSON input on an AKS Windows node',
    'Azure CNI times out locking its store after many pods were started at once',
    'the problem goes away after deleting the azure-vnet json and lock files and restarting kubelet',
  ],
  references: [
    'https://github.com/Azure/azure-container-networking/issues/464',
    'https://github.com/Azure/azure-container-networking/issues/289',
    'https://github.com/Azure/azure-container-networking/issues/762',
    'https://github.com/Azure/azure-container-networking/issues/364',
    'https://github.com/kubernetes/kubernetes/issues/69165',
  ],
  detect: messageDetector({
    nodes: true,
    scheduledOnly: true,
    podMessage: (pod) => message('pod', { pod: pod.key, node: pod.node?.name ?? '' }),
  }),
});

export default rule;
