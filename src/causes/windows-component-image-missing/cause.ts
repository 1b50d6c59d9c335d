import { defineCause, message } from '../define.js';
import { findingsFromMessages, podContainers } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import type { Evidence, FindingDraft, RuleContext } from '../../rules/types.js';

/** Tags that still carry a template placeholder ("VERSION", "KUBE_PROXY_VERSION", "${VERSION}"). */
const placeholderTag = /:(?:.*[-_])?(?:\$\{?[A-Z_]+\}?|(?:[A-Z_]*_)?VERSION[A-Z_]*)(?:[-_].*)?$/;

/** Node components run as DaemonSets; an application image with a typo is another matter. */
function daemonSetPod(pod: PodView): boolean {
  return (pod.pod.metadata.ownerReferences ?? []).some((owner) => owner.kind === 'DaemonSet');
}

function placeholderImages(pod: PodView): Evidence[] {
  return podContainers(pod.pod)
    .filter(({ container }) => container.image !== undefined && placeholderTag.test(container.image))
    .map(({ container }) => ({ source: 'spec' as const, text: message('placeholder', { container: container.name, image: `${container.image}` }) }));
}

const rule = defineCause({
  title: 'Windows image tag for a node component does not exist',
  area: 'node',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events', 'pod-status'],
  explanation:
    'Windows node components (kube-proxy, flannel, CSI node plugins, agents) are published as separate Windows images, often one tag per Kubernetes version and Windows build. ' +
    'A manifest applied without replacing its version placeholder, or a version for which no Windows image was published, leaves the DaemonSet pod in ImagePullBackOff with "manifest unknown" or "not found".',
  fix: {
    substituteVersion: 'Apply the manifest with the real version substituted for its placeholder (check the image line of the running DaemonSet).',
    pickPublished: 'List the published tags of the image and pick a version that has a Windows image for your node build.',
    pinDigest: 'Once it works, pin the tag (or digest) in your own manifests instead of relying on latest downloads.',
  },
  messages: {
    placeholder: 'container {container} uses {image}, whose tag still holds a placeholder',
    pod: 'Pod {pod} references a Windows component image that does not exist.',
  },
  references: ['https://github.com/kubernetes-sigs/sig-windows-tools', 'https://github.com/kubernetes-sigs/sig-windows-tools/issues/267'],
  signatures: [
    { name: 'manifestUnknown', pattern: /manifest for \S+ not found: manifest unknown|manifest unknown/, weight: 0.55, why: 'the registry has no image under this tag', phases: ['pull', 'any'] },
    { name: 'tagNotFound', pattern: /failed to resolve reference .{1,120}: not found/, weight: 0.5, why: 'the image reference cannot be resolved in the registry', phases: ['pull', 'any'] },
  ],
  symptoms: [
    'kube-proxy-windows pod ImagePullBackOff',
    'no Windows image for this Kubernetes version',
    'sigwindowstools image not found',
    'the Windows daemonset image has no variant for our node version',
    'kube-proxy or flannel pods on the Windows node cannot pull their image',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const spec = new Map(ctx.view.pods.map((pod) => [pod.key, placeholderImages(pod)]));
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) => message('pod', { pod: pod.key }),
      accept: (_hit, pod) => pod?.node !== undefined && (daemonSetPod(pod) || (spec.get(pod.key) ?? []).length > 0),
      extraEvidence: (pod) => (pod ? spec.get(pod.key) ?? [] : []),
    });
    return fromMessages;
  },
});

export default rule;
