import { defineCause, message } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';
import type { MessageSignature } from '../../rules/types.js';

const signatures: MessageSignature[] = [
  {
    name: 'flanneldLookedUp',
    pattern: /cannot find network with management ip/,
    weight: 0.8,
    why: 'flanneld looked up the HNS network by the node management IP before that IP was set on it (the race fixed in flannel v0.12.0)',
  },
  {
    name: 'nodeStartScript',
    // The loop message alone also follows other flanneld start failures (bad -ManagementIP, no podCIDR).
    pattern: /waiting for the network to be created/,
    weight: 0.45,
    why: 'the node start script waits for flanneld to create the HNS network; flanneld has not done so',
  },
];

const rule = defineCause({
  title: 'flanneld hangs waiting for the network to be created',
  area: 'network',
  severity: 'error',
  inputs: ['pod-status', 'pod-events', 'node-events'],
  explanation:
    'On Windows, flanneld creates the HNS network and then finds it again by the node management IP. In flannel versions before v0.12.0 the lookup could run before the management IP was assigned, ' +
    'so flanneld never found the network and the start script looped on "Waiting for the Network to be created".',
  fix: {
    restartFlanneldRun: 'Restart flanneld: run start.ps1 again, or start flanneld by hand with NODE_NAME set to the node name and --iface set to the node IP.',
    checkFlanneldArguments: 'Check the flanneld arguments: --iface / -ManagementIP must be the node IP address, not an interface name such as eth0.',
    upgradeFlannelWindows: 'Upgrade flannel on the Windows nodes to v0.12.0 or later, which removes the race.',
  },
  messages: {
    pod: 'flanneld in pod {pod} cannot find the HNS network by the node management IP.',
    node: 'flanneld on node {node} cannot find the HNS network by the node management IP.',
  },
  symptoms: [
    'the node start script keeps printing Waiting for the Network to be created forever',
    'flanneld hangs at startup on the Windows node and the pods get no network',
    'flannel cannot find the network with the management IP of the node',
    'the Windows node never gets a pod network after joining',
    'flanneld on Windows waits until the external HNS network for host-gw or overlay mode exists and has a management IP',
  ],
  references: [officialPages.windowsDebugging, officialPages.msCommonProblems, 'https://github.com/flannel-io/flannel/issues/1066'],
  signatures,
  detect: messageDetector({ nodes: true }),
});

export default rule;
