import { defineCause, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'noValidInterface',
    // flanneld's wording without --iface, per --iface it tries, and when none of the given ones matched.
    pattern: /failed to find (?:any valid interface to use|interface to use that matches)|could not find valid interface/,
    weight: 0.7,
    why: 'flanneld could not select the interface to build its network on',
  },
  {
    name: 'defaultInterface',
    pattern: /failed to get default interface/,
    weight: 0.55,
    why: 'flanneld could not work out which interface carries the default route',
  },
];

const cause = defineCause({
  title: 'flanneld on Windows picks the wrong network adapter or none',
  area: 'network',
  severity: 'error',
  inputs: ['pod-status'],
  explanation:
    'On nodes with several adapters, renamed adapters, or adapter names with spaces, flanneld on Windows (or the script that starts it) can fail to find the interface it should bind, or bind the wrong one. It then crash-loops or builds the overlay on an address other nodes cannot reach, and pods on the node get no network.',
  fix: {
    setIface: 'Start flanneld with --iface (an IP address of the intended adapter) or --iface-regex naming that adapter, in the DaemonSet\'s run script or the service arguments.',
    avoidSpaces: 'If a wrapper (such as wins.exe) passes the adapter name, rename the adapter to a name without spaces or pass its IP address instead.',
    restartFlannel: 'Restart flannel on the node and check that the HNS network is created on the intended adapter.',
  },
  messages: {
    pod: 'flanneld in pod {pod} could not select a network interface on the node.',
  },
  references: ['https://github.com/kubernetes-sigs/sig-windows-tools/issues/344', 'https://github.com/kubernetes-sigs/sig-windows-tools/issues/103', 'https://github.com/flannel-io/flannel/blob/master/Documentation/configuration.md'],
  signatures,
  symptoms: [
    'kube-flannel on the Windows node crash-loops because it cannot find the default Ethernet interface.',
    'flannel struggles to find the default ethernet interface on a node with several network adapters.',
    'The flannel setup fails with "An adapter was not found" when the adapter name contains a space.',
  ],
  detect: messageDetector(),
});

export default cause;
