import { defineCause, message } from '../define.js';
import { describeBuild, officialPages, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { minimumPauseVersionFor, pauseImageSupportsBuild } from '../../windows/support.js';

const ws2025 = 26100;

const signatures: MessageSignature[] = [
  {
    name: 'imageMismatchSandbox',
    pattern: /hcs_e_image_mismatch|does not match the (?:host operating system|operating system of the host)|\(0xc0370101\)/,
    weight: 0.6,
    why: 'the compute service refused the sandbox or its utility VM because of a Windows build mismatch',
    phases: ['sandbox', 'create', 'any'],
  },
];

/** Upstream pause image references in the pod's messages that lack the Windows Server 2025 variant. */
function oldPauseReferences(pod: PodView): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const entry of pod.timeline) {
    for (const match of entry.message.matchAll(/(?:registry\.k8s\.io|k8s\.gcr\.io)\/pause:\d+(?:\.\d+){1,2}/g)) {
      const image = match[0];
      if (seen.has(image) || pauseImageSupportsBuild(image, ws2025) !== false) continue;
      seen.add(image);
      evidence.push({ source: 'event', text: message('oldPause', { image, minimum: minimumPauseVersionFor(ws2025) ?? '3.10.2' }) });
    }
  }
  return evidence;
}

const rule = defineCause({
  title: 'Sandbox (pause) image has no Windows Server 2025 variant',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-status'],
  explanation:
    'registry.k8s.io/pause 3.10 and 3.10.1 publish no Windows Server 2025 (build 26100) variant; 3.10.2 adds it and keeps every earlier variant. ' +
    'On a 2025 node an older pause image cannot match the host: with Hyper-V isolation containerd boots a Server 2022 utility VM from the pause image and then fails to mount the 2025 application layers (HCS_E_IMAGE_MISMATCH), and with process isolation the sandbox does not start.',
  fix: {
    setSandboxImage: 'Set the containerd sandbox image to registry.k8s.io/pause:3.10.2 or newer (plugins."io.containerd.grpc.v1.cri".sandbox_image, or the pinned image of your node bootstrap).',
    prePull: 'Pre-pull the new pause image on every Windows Server 2025 node and restart containerd.',
    upgradeRuntime: 'Or move to a containerd release whose default sandbox image is 3.10.2 or newer.',
  },
  messages: {
    oldPause: '{image} has no Windows Server 2025 variant (first release with one: {minimum})',
    onNode: 'node {node} runs {build}',
    pod: 'Pod {pod} cannot get a sandbox on Windows Server 2025 because the pause image lacks a 2025 variant.',
  },
  windowsCodes: ['HCS_E_IMAGE_MISMATCH'],
  references: [officialPages.windowsPauseContainer, 'https://github.com/kubernetes-sigs/windows-testing/pull/557', 'https://github.com/containerd/containerd/pull/13156'],
  signatures,
  symptoms: [
    'pods fail on Windows Server 2025 nodes but work on 2022 nodes',
    'HCS_E_IMAGE_MISMATCH with Hyper-V isolation on Windows Server 2025',
    'which pause image supports ltsc2025',
    'pods on Windows Server 2025 nodes hang in ContainerCreating',
    'the old pause image has no Windows Server 2025 variant',
    'sandbox creation fails on the 2025 node after upgrade',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      const node = pod.node;
      if (!node?.build || node.build.build !== ws2025) continue;
      const hits = scoredEntries(pod.timeline, signatures, 0.5);
      const pause = oldPauseReferences(pod);
      if (hits.length === 0 || pause.length === 0) continue;
      findings.push(
        makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [
          ...hits.slice(-3).map((h) => timelineEvidence(h.entry)),
          ...pause,
          { source: 'node', text: message('onNode', { node: node.name, build: describeBuild(node.build) }) },
        ]),
      );
    }
    return findings;
  },
});

export default rule;
