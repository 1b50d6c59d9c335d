import { defineCause, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'hnsTerminated',
    // Service Control Manager wording (events 7023, 7024, 7031, 7034 and 7036).
    pattern: /the host network(?:ing)? service service (?:terminated unexpectedly|terminated with the following (?:service-specific )?error|entered the stopped state)/,
    weight: 0.8,
    why: 'the Host Networking Service stopped, which drops the container networking state it held',
  },
  {
    name: 'endpointsMissing',
    pattern: /failed to look up one or more hns endpoints/,
    weight: 0.55,
    why: 'HNS endpoints of running pods are gone, which happens after an HNS restart',
  },
];

const cause = defineCause({
  title: 'The Host Networking Service restarted and container networking state was lost',
  area: 'node',
  severity: 'error',
  inputs: ['node-events', 'pod-status', 'pod-events'],
  explanation:
    'When the Host Networking Service (HNS) crashes or is restarted, the endpoints of running pods, kube-proxy\'s load balancers and DNS policies can disappear or come back inconsistent. The pods keep running with their IPs but lose traffic (often DNS first) until kube-proxy re-programs the node and the pods are recreated.',
  fix: {
    restartKubeProxy: 'Restart kube-proxy on the node so it re-creates its HNS load balancers and policies (this can take a while with many services).',
    recreatePods: 'Recreate the pods on the node (drain and uncordon, or delete them) so the CNI creates their HNS endpoints again.',
    updateHost: 'Update Windows (and the node image) to a build without the HNS crash the node hit, and look for the reason of the restart in the System event log.',
  },
  messages: {
    pod: 'Pod {pod} lost its HNS endpoint or policies after the Host Networking Service restarted.',
    node: 'The Host Networking Service on {node} stopped or restarted; pod endpoints and load balancers can be missing until they are re-created.',
  },
  references: ['https://github.com/microsoft/Windows-Containers/issues/278', 'https://github.com/projectcalico/calico/issues/5164', 'https://github.com/Azure/aks-engine/pull/4975', 'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/'],
  signatures,
  symptoms: [
    'The host networking service exits unexpectedly, causing network traffic to drop; restarting kube-proxy restores it after a while.',
    'After the HNS service restarted, the pod keeps its IP but its HNS endpoint is gone and is not re-created.',
    'An HNS crash purges the DNS policy on the node and pods fail DNS resolution.',
    'Cannot connect to a pod IP after the hns service was restarted on the Windows node.',
  ],
  detect: messageDetector({ nodes: true }),
});

export default cause;
