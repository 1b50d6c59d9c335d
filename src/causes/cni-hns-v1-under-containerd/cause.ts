import { defineCause, message, type SignatureDefinition } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';
import { runtimeOf } from '../../rules/probe-rule-helpers.js';
import type { Evidence } from '../../rules/types.js';

const signatures: SignatureDefinition[] = [
  {
    name: 'endpointNotFound',
    pattern: /failed to find hnsendpoint .{0,200}not found/,
    weight: 0.7,
    why: 'the plugin created an endpoint and cannot find it again, the HNS v1 path under containerd',
  },
  {
    name: 'addHnsEndpoint',
    pattern: /error while addhnsendpoint\(/,
    weight: 0.5,
    why: 'AddHnsEndpoint is the HNS v1 call that fails when the runtime is containerd',
  },
];

const cause = defineCause({
  title: 'A docker-era (HNS v1) CNI configuration is used under containerd',
  area: 'network',
  severity: 'error',
  inputs: ['pod-events', 'node-status'],
  explanation:
    'The win-bridge and win-overlay plugins (and flannel when it delegates to them) default to the HNS v1 code path written for dockershim. Under containerd they must run with "ApiVersion": 2 (or be replaced by sdnbridge / sdnoverlay); otherwise the plugin cannot find the endpoint it has just created and every pod sandbox on the node fails.',
  fix: {
    apiVersion2: 'Add "ApiVersion": 2 to the win-bridge / win-overlay section of the node\'s CNI config (for flannel, in the delegate), or switch to the sdnbridge / sdnoverlay plugins from microsoft/windows-container-networking.',
    upgradePlugins: 'Install CNI plugin binaries recent enough to support the HNS v2 path (containernetworking/plugins 1.0 or later, or the current windows-container-networking release).',
    recreatePods: 'Restart containerd and recreate the pods that failed.',
  },
  messages: {
    pod: 'Pod {pod} gets no network: the CNI plugin looks for its HNS endpoint through the HNS v1 path, which does not work under containerd.',
    runtime: 'node {node} runs {runtime}',
  },
  references: ['https://github.com/containernetworking/plugins/pull/1229', 'https://github.com/kubernetes/kubernetes/issues/85396', 'https://github.com/microsoft/hcsshim/issues/1698', 'https://github.com/microsoft/windows-container-networking'],
  signatures,
  symptoms: [
    'After moving the Windows nodes from Docker to containerd, every pod fails with "failed to find HNSEndpoint ... not found".',
    'win-overlay complains it can\'t find the very HNS endpoint it is supposed to create.',
    'Pod creation fails when containerd is used as the runtime; with Docker it worked.',
    'flannel on Windows does not seem to work with containerd.',
  ],
  detect: messageDetector({
    accept: (_hit, _pod, node) => node !== undefined && runtimeOf(node.node)?.kind === 'containerd',
    extraEvidence: (_pod, node): Evidence[] =>
      node ? [{ source: 'node', text: message('runtime', { node: node.name, runtime: node.node.status?.nodeInfo?.containerRuntimeVersion ?? 'containerd' }) }] : [],
  }),
});

export default cause;
