import { defineCause, message } from '../define.js';
import { describeBuild, officialPages, podContainers, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { imageWindowsBuild } from '../../windows/images.js';

const signatures: MessageSignature[] = [
  {
    name: 'unexpectedExit',
    pattern: /(?:virtual machine or container|compute system) exited unexpectedly/,
    weight: 0.55,
    why: 'the compute service reports that the container stopped right after it was created, the typical failure of an image newer than the host update',
    phases: ['sandbox', 'create', 'run', 'any'],
  },
  {
    name: 'unexpectedExitCode',
    group: 'unexpectedExit',
    whyOf: 'unexpectedExit',
    pattern: /\(0xc0370106\)/,
    weight: 0.55,
    why: 'the compute service reports that the container stopped right after it was created, the typical failure of an image newer than the host update',
  },
];

/** Images whose tag names a newer update (UBR) of the node's own build. */
function newerImages(pod: PodView): Evidence[] {
  const host = pod.node?.build;
  if (host?.ubr === undefined) return [];
  const evidence: Evidence[] = [];
  for (const { container } of podContainers(pod.pod)) {
    const built = container.image ? imageWindowsBuild(container.image) : undefined;
    if (!built || built.build !== host.build || built.ubr === undefined || built.ubr <= host.ubr) continue;
    evidence.push({ source: 'spec', text: message('newer', { container: container.name, image: container.image ?? '', imageUbr: `10.0.${built.build}.${built.ubr}`, host: describeBuild(host) }) });
  }
  return evidence;
}

const rule = defineCause({
  title: 'Host cumulative update is older than the container image',
  area: 'node',
  severity: 'error',
  inputs: ['pod-spec', 'pod-events', 'pod-status', 'node-status'],
  explanation:
    'Under process isolation the container shares the host kernel. Matching the major build (17763, 20348, 26100) is required but not always enough: an image built on a newer monthly update than the host has installed can stop right after it is created with HCS_E_UNEXPECTED_EXIT (0xc0370106). ' +
    'The same image runs on an updated host or under Hyper-V isolation.',
  fix: {
    patchHost: 'Install the latest cumulative update on the node, or move to a current node image (nodeInfo.kernelVersion shows the installed revision, 10.0.<build>.<revision>).',
    pinImage: 'Until the nodes are updated, pin the image to a tag built on the host\'s update level or older.',
    hyperV: 'Or run the pod with Hyper-V isolation (a RuntimeClass), which does not share the host kernel.',
  },
  messages: {
    newer: 'container {container} image {image} is built on {imageUbr}; node runs {host}',
    pod: 'Pod {pod} uses an image built on a newer Windows update than its node has installed.',
    podMessage: 'Pod {pod} stops at start with the failure of an image newer than the host update.',
  },
  windowsCodes: ['HCS_E_UNEXPECTED_EXIT'],
  references: [officialPages.msVersionCompatibility, 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/update-containers'],
  signatures,
  symptoms: [
    'The virtual machine or container exited unexpectedly (0xc0370106)',
    'new image version fails on some Windows nodes but works on others',
    'containers fail after the base image was updated, until the node is patched',
    'works with Hyper-V isolation but not process isolation',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const spec = newerImages(pod);
      const hits = scoredEntries(pod.timeline, signatures, 0.5);
      if (spec.length === 0 || (!pod.unhealthy && hits.length === 0)) continue;
      const summary = hits.length > 0 ? message('podMessage', { pod: pod.key }) : message('pod', { pod: pod.key });
      findings.push(makeFinding(rule, podTarget(pod.pod), summary, [...hits.slice(-3).map((h) => timelineEvidence(h.entry)), ...spec]));
    }
    return findings;
  },
});

export default rule;
