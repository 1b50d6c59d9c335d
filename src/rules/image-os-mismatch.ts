import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { compact, describeBuild, nodeBuildEvidence, officialPages, podContainers, scoredEntries } from '../engine/rule-kit.js';
import { timelineEvidence } from '../engine/match.js';
import type { PodView } from '../engine/view.js';
import { makeFinding, podTarget } from './finding.js';
import type { Evidence, Finding, MessageSignature, Rule, RuleContext } from './types.js';
import { imageWindowsBuild, looksLikeLinuxOnlyImage, looksLikeWindowsImage } from '../windows/images.js';
import { selectsWindowsOs } from '../windows/pods.js';
import { osMismatchPattern } from './pause-image-incompatible.js';

const workloadPhases: MessageSignature['phases'] = ['pull', 'create', 'run', 'any'];

/** The same ambiguous pull error also fits a Linux-only image or a missing CPU architecture. */
export const noPlatformManifestPattern = /no match for platform in manifest/;

const signatures: MessageSignature[] = withWindowsMessages('image-os-mismatch', [
  {
    pattern: osMismatchPattern,
    weight: 0.8,
    why: 'a workload container was refused because its image was built for another Windows build (process isolation needs the host build)',
    phases: workloadPhases,
  },
  {
    pattern: /windows version .{0,24}image is incompatible with .{0,24}host/,
    weight: 0.85,
    why: 'the runtime compared the image build with the host build and they differ',
    phases: workloadPhases,
  },
  {
    pattern: /image operating system (?!windows)\S+ cannot be used on this platform/,
    weight: 0.8,
    why: 'the image was built for another operating system than this Windows node',
    phases: workloadPhases,
  },
  {
    pattern: /no matching manifest for windows/,
    weight: 0.8,
    why: 'the image publishes no manifest for this Windows build',
    phases: workloadPhases,
  },
  {
    pattern: noPlatformManifestPattern,
    weight: 0.45,
    why: 'the image has no variant for this node platform (Windows build, OS or CPU architecture)',
    phases: workloadPhases,
  },
  {
    pattern: /hcs(?:shim)?::createcomputesystem/,
    weight: 0.15,
    why: 'the host compute service refused to create a container',
  },
]);

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
      text: t(hyperV ? 'rules.image-os-mismatch.msg.hyperVNewer' : 'rules.image-os-mismatch.msg.processIsolation', {
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
      text: t('rules.image-os-mismatch.msg.linuxImage', { container: container.name, image: `${container.image}` }),
    }));
}

/** Whether an ambiguous "no match for platform" belongs to this rule rather than os-selector-missing. */
function windowsIntended(pod: PodView): boolean {
  return selectsWindowsOs(pod.pod) || podContainers(pod.pod).some(({ container }) => container.image !== undefined && looksLikeWindowsImage(container.image));
}

const rule: Rule = {
  id: 'image-os-mismatch',
  title: 'Container image does not match the node’s Windows build or OS',
  area: 'pod',
  severity: 'error',
  inputs: ['pod-spec', 'pod-status', 'pod-events', 'node-status'],
  explanation:
    'With process isolation (the default) a Windows container image must be built for the same Windows build as the node: a Server 2019 (1809) image does not start on a Server 2022 node and the other way round. ' +
    'The image pull or container creation then fails, and a Linux image on a Windows node fails the same way.',
  remediation: [
    'Compare the image tag (ltsc2019/1809, ltsc2022, ltsc2025 ...) with the node build (label node.kubernetes.io/windows-build, or kubectl get node -o wide).',
    'Schedule the workload onto nodes of the matching build: add nodeSelector node.kubernetes.io/windows-build: "10.0.<build>" (or a RuntimeClass that carries it).',
    'Or rebuild or retag the image on the base image of the node build (a multi-arch manifest covering every build in the cluster is best).',
    'If the image must run on a newer host build, use a RuntimeClass whose handler runs Hyper-V isolation (containerd).',
  ],
  references: [officialPages.msVersionCompatibility, officialPages.windowsUserGuide, officialPages.windowsDebugging, officialPages.runtimeClass],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
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
      const message =
        spec.length > 0
          ? build
            ? t('rules.image-os-mismatch.msg.cannotRun', { pod: pod.key, build })
            : t('rules.image-os-mismatch.msg.cannotRunOnNode', { pod: pod.key })
          : build
            ? t('rules.image-os-mismatch.msg.doesNotMatch', { pod: pod.key, build })
            : t('rules.image-os-mismatch.msg.doesNotMatchNode', { pod: pod.key });
      findings.push(makeFinding(rule, podTarget(pod.pod), message, evidence));
    }
    return findings;
  },
};

export default rule;
