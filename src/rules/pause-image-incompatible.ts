import { withWindowsMessages } from '../i18n/windows-messages.js';
import { t } from '../i18n/index.js';
import { compact, describeBuild, findingsFromMessages, nodeBuildEvidence, officialPages } from '../engine/rule-kit.js';
import type { NodeView } from '../engine/view.js';
import { makeFinding, nodeTarget } from './finding.js';
import type { Finding, MessageSignature, Rule, RuleContext } from './types.js';
import { imageWindowsBuild, parseImageReference } from '../windows/images.js';

/** "The container operating system does not match the host operating system" and its older wording. */
export const osMismatchPattern = /operating system(?: of the container)? does not match the (?:host operating system|operating system of the host)/;

const signatures: MessageSignature[] = withWindowsMessages('pause-image-incompatible', [
  {
    pattern: osMismatchPattern,
    weight: 0.9,
    why: 'the sandbox (pause) container was refused because its image was built for another Windows build',
    phases: ['sandbox'],
  },
  {
    pattern: /image operating system (?!windows)\S+ cannot be used on this platform/,
    weight: 0.8,
    why: 'the sandbox image has no variant for this Windows host',
    phases: ['sandbox'],
  },
  {
    pattern: /windows version .{0,24}image is incompatible with .{0,24}host/,
    weight: 0.85,
    why: 'the sandbox image targets a different Windows build than the host',
    phases: ['sandbox'],
  },
  {
    pattern: /no matching manifest for windows|no match for platform in manifest/,
    weight: 0.75,
    why: 'the sandbox image publishes no manifest for this Windows build',
    phases: ['sandbox'],
  },
  {
    pattern: /hcs(?:shim)?::createcomputesystem/,
    weight: 0.15,
    why: 'the host compute service refused to create a container',
  },
  {
    pattern: /failed to create containerd task/,
    weight: 0.1,
    why: 'containerd could not start a container task',
  },
]);

/** Pause images known to be built for Windows Server 2019 (1809) only. */
const oldPauseImages: readonly RegExp[] = [/^mcr\.microsoft\.com\/k8s\/core\/pause:1\./i, /^(?:docker\.io\/)?kubeletwin\/pause(?::|$)/i];

function pauseImageProblem(sandboxImage: string, node: NodeView): string | undefined {
  const host = node.build;
  if (!host) return undefined;
  const imageBuild = imageWindowsBuild(sandboxImage);
  if (imageBuild && imageBuild.build !== host.build) {
    return t('rules.pause-image-incompatible.msg.otherBuild', { image: sandboxImage, imageBuild: `${imageBuild.product} (${imageBuild.build})`, host: describeBuild(host) });
  }
  if (!imageBuild && host.build !== 17763 && oldPauseImages.some((pattern) => pattern.test(sandboxImage))) {
    return t('rules.pause-image-incompatible.msg.oldPause', { image: sandboxImage, host: describeBuild(host) });
  }
  return undefined;
}

const rule: Rule = {
  id: 'pause-image-incompatible',
  title: 'Pause (sandbox) image does not match the Windows host build',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Every Windows pod starts with a sandbox ("pause") container. With process isolation that container must be built for the same Windows build as the host, ' +
    'so a pause image that carries no variant for the host build makes sandbox creation fail: pods hang in ContainerCreating or restart without end.',
  remediation: [
    'Find the sandbox image the runtime uses: sandbox_image in containerd config.toml (plugins."io.containerd.grpc.v1.cri"), or the kubelet --pod-infra-container-image flag with Docker.',
    'Switch to a multi-arch pause image that carries the host build, e.g. registry.k8s.io/pause:3.9 or later, or mcr.microsoft.com/oss/kubernetes/pause:3.9 or later.',
    'Restart containerd (Restart-Service containerd) so the new sandbox image is used.',
    'Delete the stuck pods so they are recreated with the new sandbox.',
  ],
  references: [officialPages.windowsPauseContainer, officialPages.windowsDebugging, officialPages.msCommonProblems, officialPages.msVersionCompatibility],
  signatures,
  detect(ctx: RuleContext): Finding[] {
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) =>
        pod.node?.build
          ? t('rules.pause-image-incompatible.msg.pod', { pod: pod.key, build: describeBuild(pod.node.build) })
          : t('rules.pause-image-incompatible.msg.podUnknownBuild', { pod: pod.key }),
      extraEvidence: (pod) => compact([pod?.node ? nodeBuildEvidence(pod.node) : undefined, sandboxImageEvidence(ctx, pod?.node)]),
    });
    const fromFacts: Finding[] = [];
    for (const node of ctx.view.nodes) {
      const sandboxImage = ctx.nodeFacts.get(node.name)?.containerd?.sandboxImage;
      if (!sandboxImage) continue;
      const problem = pauseImageProblem(sandboxImage, node);
      if (!problem) continue;
      fromFacts.push(
        makeFinding(rule, nodeTarget(node.node), t('rules.pause-image-incompatible.msg.node', { node: node.name, problem }), compact([sandboxImageEvidence(ctx, node), nodeBuildEvidence(node)])),
      );
    }
    return [...fromFacts, ...fromMessages];
  },
};

function sandboxImageEvidence(ctx: RuleContext, node: NodeView | undefined) {
  const sandboxImage = node ? ctx.nodeFacts.get(node.name)?.containerd?.sandboxImage : undefined;
  if (!sandboxImage) return undefined;
  const ref = parseImageReference(sandboxImage);
  return { source: 'probe' as const, text: t(ref.tag ? 'rules.pause-image-incompatible.msg.sandboxImage' : 'rules.pause-image-incompatible.msg.sandboxImageNoTag', { image: sandboxImage }) };
}

export default rule;
