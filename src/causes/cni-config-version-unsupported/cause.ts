import { defineCause, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'incompatibleVersions',
    pattern: /incompatible cni versions?;? config is .{0,20}plugin supports/,
    weight: 0.95,
    why: 'the plugin binary does not support the cniVersion written in the network config',
  },
];

const cause = defineCause({
  title: 'The CNI config declares a cniVersion the plugin binary does not support',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Every CNI network config names the spec version it is written for (cniVersion). When that version is newer than the plugin binaries on the node support, or a plugin build leaves out a version, the plugin rejects the config and every pod sandbox on the node fails with "incompatible CNI versions".',
  fix: {
    alignVersion: 'Compare the version in the error ("config is X, plugin supports [...]") and set cniVersion in the node\'s CNI config to one the plugin lists, or install plugin binaries that support X.',
    sameBundle: 'Deploy the CNI config and the plugin binaries from the same release (for HostProcess flannel or Calico, the same manifest version), so a later update does not pair a new config with old binaries.',
    recreatePods: 'Recreate the pods that failed; the kubelet retries sandboxes, but pods in a long back-off start sooner when deleted.',
  },
  messages: {
    pod: 'Pod {pod} gets no network: the CNI plugin rejects the cniVersion of the node\'s network config.',
  },
  references: ['https://github.com/containernetworking/cni/blob/main/SPEC.md', 'https://github.com/kubernetes-sigs/sig-windows-tools/issues/266', 'https://github.com/microsoft/windows-container-networking/pull/107'],
  signatures,
  symptoms: [
    'Pods on the new Windows node stay in ContainerCreating with "incompatible CNI versions".',
    'After updating the flannel deployment for the Windows nodes, the plugin keeps complaining that the version in the CNI config is not supported.',
    'Following the guide to add a Windows node, flannel fails with config is "0.3.1", plugin supports ["0.2.0"].',
  ],
  detect: messageDetector(),
});

export default cause;
