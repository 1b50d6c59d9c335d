import { defineCause, message, type Message } from '../define.js';
import { compact, describeBuild, findingsFromMessages, nodeBuildEvidence, officialPages } from '../../engine/rule-kit.js';
import type { NodeView } from '../../engine/view.js';
import { makeFinding, nodeTarget } from '../../rules/finding.js';
import type { FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';
import { imageWindowsBuild, parseImageReference } from '../../windows/images.js';
import { osMismatchPattern } from '../../windows/message-patterns.js';


const signatures: MessageSignature[] = [
  {
    name: 'sandboxPauseContainer',
    pattern: osMismatchPattern,
    weight: 0.9,
    why: 'the sandbox (pause) container was refused because its image was built for another Windows build',
    phases: ['sandbox'],
  },
  {
    name: 'sandboxImageHas',
    pattern: /image operating system (?!windows)\S+ cannot be used on this platform/,
    weight: 0.8,
    why: 'the sandbox image has no variant for this Windows host',
    phases: ['sandbox'],
  },
  {
    name: 'sandboxImageTargets',
    pattern: /windows version .{0,24}image is incompatible with .{0,24}host/,
    weight: 0.85,
    why: 'the sandbox image targets a different Windows build than the host',
    phases: ['sandbox'],
  },
  {
    name: 'sandboxImagePublishes',
    pattern: /no matching manifest for windows|no match for platform in manifest/,
    weight: 0.75,
    why: 'the sandbox image publishes no manifest for this Windows build',
    phases: ['sandbox'],
  },
  {
    name: 'hostComputeService',
    pattern: /hcs(?:shim)?::createcomputesystem/,
    weight: 0.15,
    why: 'the host compute service refused to create a container',
  },
  {
    name: 'containerdCouldStart',
    pattern: /failed to create containerd task/,
    weight: 0.1,
    why: 'containerd could not start a container task',
  },
  // The same error by its code, in any Windows UI language. Source: Microsoft Learn, Windows container version compatibility (every language edition quotes the code 0xc0370101)
  {
    name: 'sandboxPauseContainerCode',
    group: 'sandboxPauseContainer',
    whyOf: 'sandboxPauseContainer',
    pattern: /\(0xc0370101\)/,
    weight: 0.9,
    why: 'the sandbox (pause) container was refused because its image was built for another Windows build',
    phases: ['sandbox'],
  },
];

/** Pause images known to be built for Windows Server 2019 (1809) only. */
const oldPauseImages: readonly RegExp[] = [/^mcr\.microsoft\.com\/k8s\/core\/pause:1\./i, /^(?:docker\.io\/)?kubeletwin\/pause(?::|$)/i];

function pauseImageProblem(sandboxImage: string, node: NodeView): Message | undefined {
  const host = node.build;
  if (!host) return undefined;
  const imageBuild = imageWindowsBuild(sandboxImage);
  if (imageBuild && imageBuild.build !== host.build) {
    return message('otherBuild', { image: sandboxImage, imageBuild: `${imageBuild.product} (${imageBuild.build})`, host: describeBuild(host) });
  }
  if (!imageBuild && host.build !== 17763 && oldPauseImages.some((pattern) => pattern.test(sandboxImage))) {
    return message('oldPause', { image: sandboxImage, host: describeBuild(host) });
  }
  return undefined;
}

const rule = defineCause({
  title: 'Pause (sandbox) image does not match the Windows host build',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-status', 'node-probe'],
  probe: 'partial',
  explanation:
    'Every Windows pod starts with a sandbox ("pause") container. With process isolation that container must be built for the same Windows build as the host, ' +
    'so a pause image that carries no variant for the host build makes sandbox creation fail: pods hang in ContainerCreating or restart without end.',
  fix: {
    findSandboxImage: 'Find the sandbox image the runtime uses: sandbox_image in containerd config.toml (plugins."io.containerd.grpc.v1.cri"), or the kubelet --pod-infra-container-image flag with Docker.',
    switchMultiArch: 'Switch to a multi-arch pause image that carries the host build, e.g. registry.k8s.io/pause:3.9 or later, or mcr.microsoft.com/oss/kubernetes/pause:3.9 or later.',
    restartContainerdRestart: 'Restart containerd (Restart-Service containerd) so the new sandbox image is used.',
    deleteStuckPods: 'Delete the stuck pods so they are recreated with the new sandbox.',
  },
  messages: {
    otherBuild: 'sandbox image {image} is built for {imageBuild} but the host runs {host}',
    oldPause: 'sandbox image {image} is an old pause image built for Windows Server 2019 (1809) only; the host runs {host}',
    pod: 'The sandbox of pod {pod} fails to start with an operating-system mismatch: the pause image does not match {build}.',
    podUnknownBuild: 'The sandbox of pod {pod} fails to start with an operating-system mismatch: the pause image does not match the host build.',
    node: 'Node {node}: {problem}.',
    sandboxImage: 'containerd sandbox_image = {image}',
    sandboxImageNoTag: 'containerd sandbox_image = {image} (no tag)',
  },
  symptoms: [
    'every pod on the Windows node is stuck in ContainerCreating after the node was upgraded',
    'the pod sandbox fails to start because the pause image does not match the Windows version',
    'FailedCreatePodSandBox on the new Windows Server node whatever image we deploy',
    'the infra container image does not support the host Windows build',
    'the sandbox image configured in containerd is for an older Windows version',
    'pods restart over and over on one Windows node because the sandbox container cannot start',
    'after moving the node to Windows Server 2022 all pods fail to create their sandbox',
    'the pause container image was built for another Windows version than the node',
  ],
  windowsCodes: ['HCS_E_IMAGE_MISMATCH'],
  references: [officialPages.windowsPauseContainer, officialPages.windowsDebugging, officialPages.msCommonProblems, officialPages.msVersionCompatibility],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    const fromMessages = findingsFromMessages(rule, ctx, {
      podMessage: (pod) =>
        pod.node?.build
          ? message('pod', { pod: pod.key, build: describeBuild(pod.node.build) })
          : message('podUnknownBuild', { pod: pod.key }),
      extraEvidence: (pod) => compact([pod?.node ? nodeBuildEvidence(pod.node) : undefined, sandboxImageEvidence(ctx, pod?.node)]),
    });
    const fromFacts: FindingDraft[] = [];
    for (const node of ctx.view.nodes) {
      const sandboxImage = ctx.nodeFacts.get(node.name)?.containerd?.sandboxImage;
      if (!sandboxImage) continue;
      const problem = pauseImageProblem(sandboxImage, node);
      if (!problem) continue;
      fromFacts.push(
        makeFinding(rule, nodeTarget(node.node), message('node', { node: node.name, problem }), compact([sandboxImageEvidence(ctx, node), nodeBuildEvidence(node)])),
      );
    }
    return [...fromFacts, ...fromMessages];
  },
});

function sandboxImageEvidence(ctx: RuleContext, node: NodeView | undefined) {
  const sandboxImage = node ? ctx.nodeFacts.get(node.name)?.containerd?.sandboxImage : undefined;
  if (!sandboxImage) return undefined;
  const ref = parseImageReference(sandboxImage);
  return { source: 'probe' as const, text: message(ref.tag ? 'sandboxImage' : 'sandboxImageNoTag', { image: sandboxImage }) };
}

export default rule;
