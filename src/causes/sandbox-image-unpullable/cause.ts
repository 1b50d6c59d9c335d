import { defineCause } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';

const rule = defineCause({
  title: 'Sandbox (pause) image cannot be pulled',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Every pod starts with a sandbox built from the pause image the runtime is configured with. When that image is not present on the node and its reference cannot be pulled (wrong or incomplete registry name, private registry without credentials, no network to the registry, or the local copy was removed by image garbage collection), every new pod on the node fails at sandbox creation.',
  fix: {
    checkReference: 'Read the sandbox image reference in the error (or containerd\'s sandbox_image) and check that it is a complete, reachable reference.',
    pullOnNode: 'Pull it on the node (crictl pull <image>) to see the registry\'s own error.',
    pinImage: 'Keep the pause image pinned so the kubelet\'s image garbage collection does not remove it (containerd marks the configured sandbox image as pinned in recent releases).',
  },
  messages: {
    pod: 'Pod {pod} cannot get a sandbox: the pause image cannot be pulled.',
  },
  references: [officialPages.windowsPauseContainer, 'https://github.com/awslabs/amazon-eks-ami/issues/1632'],
  signatures: [
    { name: 'sandboxImagePull', pattern: /failed to get sandbox image .{1,200}failed to (?:pull|resolve)/, weight: 0.9, why: 'the runtime could not obtain the pause image that every pod sandbox starts from', phases: ['sandbox', 'any'] },
  ],
  symptoms: [
    'all new Windows pods fail after the node ran for a day',
    'failed to get sandbox image pause-windows',
    'pods stuck in ContainerCreating on every Windows node',
    'kubelet image garbage collection deleted the pause image and the node cannot pull it again',
    'pull access denied or not found for the pause image of the Windows node',
    'the registry that hosts the sandbox image needs credentials the runtime does not have',
  ],
  detect: messageDetector({ scheduledOnly: true }),
});

export default rule;
