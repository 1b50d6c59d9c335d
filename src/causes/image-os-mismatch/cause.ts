import { defineCause, message } from '../define.js';
import { compact, describeBuild, nodeBuildEvidence, officialPages, podContainers, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';
import { imageWindowsBuild, looksLikeLinuxOnlyImage, looksLikeWindowsImage } from '../../windows/images.js';
import { selectsWindowsOs } from '../../windows/pods.js';
import { osMismatchPattern } from '../../windows/message-patterns.js';

const workloadPhases: MessageSignature['phases'] = ['pull', 'create', 'run', 'any'];

/** The same ambiguous pull error also fits a Linux-only image or a missing CPU architecture. */
export const noPlatformManifestPattern = /no match for platform in manifest/;

const signatures: MessageSignature[] = [
  {
    name: 'workloadContainerRefused',
    pattern: osMismatchPattern,
    weight: 0.8,
    why: 'a workload container was refused because its image was built for another Windows build (process isolation needs the host build)',
    phases: workloadPhases,
  },
  {
    name: 'runtimeComparedImage',
    pattern: /windows version .{0,24}image is incompatible with .{0,24}host/,
    weight: 0.85,
    why: 'the runtime compared the image build with the host build and they differ',
    phases: workloadPhases,
  },
  {
    name: 'imageBuiltAnother',
    pattern: /image operating system (?!windows)\S+ cannot be used on this platform/,
    weight: 0.8,
    why: 'the image was built for another operating system than this Windows node',
    phases: workloadPhases,
  },
  {
    name: 'imagePublishesManifest',
    pattern: /no matching manifest for windows/,
    weight: 0.8,
    why: 'the image publishes no manifest for this Windows build',
    phases: workloadPhases,
  },
  {
    name: 'imageHasVariant',
    pattern: noPlatformManifestPattern,
    weight: 0.45,
    why: 'the image has no variant for this node platform (Windows build, OS or CPU architecture)',
    phases: workloadPhases,
  },
  {
    name: 'hostComputeService',
    pattern: /hcs(?:shim)?::createcomputesystem/,
    weight: 0.15,
    why: 'the host compute service refused to create a container',
  },
  // The same error by its code, in any Windows UI language. Source: Microsoft Learn, Windows container version compatibility (every language edition quotes the code 0xc0370101)
  {
    name: 'workloadContainerRefusedCode',
    group: 'workloadContainerRefused',
    whyOf: 'workloadContainerRefused',
    pattern: /\(0xc0370101\)/,
    weight: 0.8,
    why: 'a workload container was refused because its image was built for another Windows build (process isolation needs the host build)',
    phases: ['pull', 'create', 'run', 'any'],
  },
];

/** A RuntimeClass that selects Hyper-V isolation (its name or handler says so). */
export function usesHyperVRuntimeClass(pod: PodView['pod']): boolean {
  return /hyper-?v/i.test(pod.spec?.runtimeClassName ?? '');
}

/** Spec evidence: container images whose Windows build cannot run on the node's build. */
function buildMismatches(pod: PodView): Evidence[] {
  const host = pod.node?.build;
  if (!host) return [];
  const hyperV = usesHyperVRuntimeClass(pod.pod);
  const evidence: Evidence[] = [];
  for (const { container } of podContainers(pod.pod)) {
    const image = container.image;
    const built = image ? imageWindowsBuild(image) : undefined;
    if (!image || !built) continue;
    // Hyper-V isolation runs images of the host build or older; process isolation needs the same build.
    const runs = hyperV ? built.build <= host.build : built.build === host.build;
    if (runs) continue;
    evidence.push({
      source: 'spec',
      text: message(hyperV ? 'hyperVNewer' : 'processIsolation', {
        container: container.name,
        image,
        imageBuild: `${built.product} (${built.build})`,
        host: describeBuild(host),
      }),
    });
  }
  return evidence;
}

/** Linux-only images in a pod that explicitly asks for Windows nodes (the selector is right, the image is not). */
function linuxImagesOnWindowsPod(pod: PodView): Evidence[] {
  if (!pod.node || !selectsWindowsOs(pod.pod)) return [];
  return podContainers(pod.pod)
    .filter(({ container }) => container.image && looksLikeLinuxOnlyImage(container.image))
    .map(({ container }) => ({
      source: 'spec' as const,
      text: message('linuxImage', { container: container.name, image: `${container.image}` }),
    }));
}

/** Whether an ambiguous "no match for platform" belongs to this rule rather than os-selector-missing. */
function windowsIntended(pod: PodView): boolean {
  return selectsWindowsOs(pod.pod) || podContainers(pod.pod).some(({ container }) => container.image !== undefined && looksLikeWindowsImage(container.image));
}

const rule = defineCause({
  title: 'Container image does not match the node’s Windows build or OS',
  area: 'pod',
  // One finding per image and Windows build, however many pods run it.
  rootTarget: 'image',
  severity: 'error',
  inputs: ['pod-spec', 'pod-status', 'pod-events', 'node-status'],
  explanation:
    'With process isolation (the default) a Windows container image must be built for the same Windows build as the node: a Server 2019 (1809) image does not start on a Server 2022 node and the other way round. ' +
    'The image pull or container creation then fails, and a Linux image on a Windows node fails the same way.',
  fix: {
    compareImageTag: 'Compare the image tag (ltsc2019/1809, ltsc2022, ltsc2025 ...) with the node build (label node.kubernetes.io/windows-build, or kubectl get node -o wide).',
    scheduleWorkloadOnto: 'Schedule the workload onto nodes of the matching build: add nodeSelector node.kubernetes.io/windows-build: "10.0.<build>" (or a RuntimeClass that carries it).',
    rebuildRetagImage: 'Or rebuild or retag the image on the base image of the node build (a multi-arch manifest covering every build in the cluster is best).',
    ifImageMust: 'If the image must run on a newer host build, use a RuntimeClass whose handler runs Hyper-V isolation (containerd).',
  },
  messages: {
    processIsolation: 'container {container} image {image} is built for {imageBuild}; node runs {host}: process isolation needs the same build',
    hyperVNewer: 'container {container} image {image} is built for {imageBuild}; node runs {host}: Hyper-V isolation cannot run a newer build',
    linuxImage: 'container {container} image {image} is a Linux-only image in a pod that selects Windows nodes',
    cannotRun: 'Pod {pod} uses an image that cannot run on {build}.',
    cannotRunOnNode: 'Pod {pod} uses an image that cannot run on its node.',
    doesNotMatch: 'Pod {pod} fails because its image does not match {build}.',
    doesNotMatchNode: 'Pod {pod} fails because its image does not match its node.',
  },
  symptoms: [
    'the Windows pod fails after the node was upgraded to a newer Windows Server version',
    'our ltsc2019 image does not start on the new Windows Server 2022 nodes',
    'the container operating system does not match the host when the pod starts',
    'the image works on one Windows node pool but not on the pool with a different Windows version',
    'image pull fails because there is no manifest for this Windows version',
    'the container image was built for a different Windows build than the node',
    'a Linux image was deployed on the Windows node and cannot run',
    'the image tag does not match the Windows version of the node',
    'the container fails after the cluster moved from Windows Server 2019 to 2022 nodes',
    'we must use an image built for the same Windows build as the host with process isolation',
    'the vendor publishes no image for the Windows version our nodes run',
    'a base image tagged 1809 or ltsc2019 is deployed to Windows Server 2022 or 2025 nodes',
    'the Windows base image tag of the workload is older than the Windows version of the new node pool',
  ],
  windowsCodes: ['HCS_E_IMAGE_MISMATCH', 'HCS_E_INVALID_LAYER'],
  references: [officialPages.msVersionCompatibility, officialPages.windowsUserGuide, officialPages.windowsDebugging, officialPages.runtimeClass],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const spec = [...buildMismatches(pod), ...linuxImagesOnWindowsPod(pod)];
      const strongHits = scoredEntries(pod.timeline, signatures);
      // The ambiguous pull error counts when the pod is meant for Windows (its selector or image says so).
      const ambiguousHits =
        strongHits.length === 0 && pod.node && windowsIntended(pod)
          ? scoredEntries(pod.timeline, signatures, 0.4).filter((hit) => noPlatformManifestPattern.test(hit.entry.normalized))
          : [];
      const hits = [...strongHits, ...ambiguousHits];
      if (spec.length === 0 && hits.length === 0) continue;
      const evidence = [...hits.slice(-5).map((hit) => timelineEvidence(hit.entry)), ...spec, ...compact([pod.node ? nodeBuildEvidence(pod.node) : undefined])];
      const build = pod.node?.build ? describeBuild(pod.node.build) : undefined;
      const summary =
        spec.length > 0
          ? build
            ? message('cannotRun', { pod: pod.key, build })
            : message('cannotRunOnNode', { pod: pod.key })
          : build
            ? message('doesNotMatch', { pod: pod.key, build })
            : message('doesNotMatchNode', { pod: pod.key });
      findings.push(makeFinding(rule, podTarget(pod.pod), summary, evidence));
    }
    return findings;
  },
});

export default rule;
