import { defineCause, message } from '../define.js';
import { compact, nodeBuildEvidence, officialPages, podContainers, scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, Rule, RuleContext } from '../../rules/types.js';
import { looksLikeLinuxOnlyImage, looksLikeWindowsImage } from '../../windows/images.js';
import { hasOsSelector, targetsWindows, toleratesWindowsTaint } from '../../windows/pods.js';

/** "{os: windows}", "{node.kubernetes.io/os: windows}" in a scheduler message. */
const windowsTaintPattern = /taints? \{(?:[\w.-]+\/)?os: windows\}/;
const platformPullPattern = /no match for platform in manifest|no matching manifest for (?:windows|linux)/;

const signatures: MessageSignature[] = [
  {
    name: 'schedulerSkippedWindows',
    pattern: windowsTaintPattern,
    weight: 0.85,
    why: 'the scheduler skipped Windows nodes because the pod does not tolerate their os=windows taint',
    phases: ['schedule', 'any'],
  },
  {
    name: 'windowsImageSent',
    pattern: /image operating system windows cannot be used on this platform/,
    weight: 0.75,
    why: 'a Windows image was sent to a Linux node: the pod has no kubernetes.io/os=windows selector',
    phases: ['pull', 'create', 'any'],
  },
  {
    name: 'windowsOnlyImage',
    pattern: /no matching manifest for linux/,
    weight: 0.7,
    why: 'a Windows-only image was sent to a Linux node: the pod has no kubernetes.io/os=windows selector',
    phases: ['pull', 'any'],
  },
  {
    name: 'imageHasVariant',
    pattern: /no match for platform in manifest/,
    weight: 0.4,
    why: 'the image has no variant for the node it landed on; a missing kubernetes.io/os selector often sends Linux images to Windows nodes',
    phases: ['pull', 'any'],
  },
  {
    name: 'windowsNodesCarry',
    pattern: /os=windows:noschedule/,
    weight: 0.35,
    why: 'Windows nodes carry an os=windows taint that every Windows pod must tolerate',
  },
  {
    name: 'nodeMatchedPod',
    pattern: /didnt match (?:pods )?node (?:affinity\/selector|selector)/,
    weight: 0.25,
    why: 'no node matched the pod’s node selector or affinity',
    phases: ['schedule', 'any'],
  },
];

function imageList(pod: PodView): string[] {
  return podContainers(pod.pod)
    .map(({ container }) => container.image)
    .filter((image): image is string => image !== undefined);
}

function taintEvidence(pod: PodView, ctx: RuleContext): Evidence[] {
  const tolerations = pod.pod.spec?.tolerations ?? [];
  const tainted = ctx.view.nodes.filter((node) =>
    (node.node.spec?.taints ?? []).some((taint) => /(^|\/)os$/.test(taint.key) && (taint.value ?? '').toLowerCase() === 'windows'),
  );
  if (tainted.length === 0) return [];
  const taint = tainted[0]!.node.spec!.taints!.find((candidate) => /(^|\/)os$/.test(candidate.key))!;
  const tolerated = tolerations.some(toleratesWindowsTaint);
  return [
    {
      source: 'node',
      text: message(tolerated ? 'taint' : 'taintNotTolerated', { count: tainted.length, taint: `${taint.key}=${taint.value ?? ''}:${taint.effect}` }),
    },
  ];
}

/** A pod meant for Windows that the scheduler keeps off Windows nodes for lack of a toleration. */
function untoleratedTaint(pod: PodView, ctx: RuleContext): FindingDraft | undefined {
  if (pod.node || !targetsWindows(pod.pod)) return undefined;
  const hits = scoredEntries(pod.timeline, signatures).filter((hit) => windowsTaintPattern.test(hit.entry.normalized));
  if (hits.length === 0) return undefined;
  return makeFinding(
    rule,
    podTarget(pod.pod),
    message('untolerated', { pod: pod.key }),
    [...hits.slice(-3).map((hit) => timelineEvidence(hit.entry)), ...taintEvidence(pod, ctx)],
  );
}

/** A pod without an OS selector that landed on a Windows node with an image that cannot run there. */
function landedOnWindows(pod: PodView): FindingDraft | undefined {
  if (!pod.node || hasOsSelector(pod.pod) || pod.pod.spec?.os?.name?.toLowerCase() === 'windows') return undefined;
  const images = imageList(pod);
  if (images.some(looksLikeWindowsImage)) return undefined;
  const linuxOnly = images.filter(looksLikeLinuxOnlyImage);
  const pullHits = scoredEntries(pod.timeline, signatures, 0.3).filter((hit) => platformPullPattern.test(hit.entry.normalized));
  if (linuxOnly.length === 0 && pullHits.length === 0) return undefined;
  const evidence: Evidence[] = [
    ...pullHits.slice(-3).map((hit) => timelineEvidence(hit.entry)),
    ...linuxOnly.map((image) => ({ source: 'spec' as const, text: message('linuxOnlyImage', { image }) })),
    { source: 'spec', text: message('noSelector') },
    ...compact([nodeBuildEvidence(pod.node)]),
  ];
  return makeFinding(
    rule,
    podTarget(pod.pod),
    message('landedOnWindows', { pod: pod.key, node: pod.node.name }),
    evidence,
  );
}

const rule = defineCause({
  title: 'Workload has no kubernetes.io/os selector or toleration for Windows nodes',
  area: 'pod',
  // A misplaced pod's unsupported fields and its failure to start are consequences of the missing selector.
  explains: ['unsupported-windows-pod-field', 'image-os-mismatch', 'no-known-cause'],
  severity: 'error',
  inputs: ['pod-spec', 'pod-status', 'pod-events', 'node-status'],
  explanation:
    'In a mixed cluster every workload must say which OS it needs. A Linux workload without a kubernetes.io/os=linux selector can be scheduled onto a Windows node and fail to pull or start there; ' +
    'a Windows workload without a kubernetes.io/os=windows selector can land on Linux nodes, and without a toleration for the os=windows taint many clusters put on Windows nodes it stays Pending.',
  fix: {
    addNodeselectorKubernetes: 'Add nodeSelector kubernetes.io/os: windows to Windows workloads and kubernetes.io/os: linux to Linux workloads (in the Deployment/DaemonSet template, not the pod).',
    whenWindowsNodes: 'When the Windows nodes are tainted (e.g. os=windows:NoSchedule), add a matching toleration to the Windows workloads.',
    defineRuntimeclassWhose: 'Or define a RuntimeClass whose scheduling section carries the selector and toleration, and set runtimeClassName in the workloads.',
    deleteMisplacedPods: 'Delete the misplaced pods so the controller recreates them on the right nodes.',
  },
  messages: {
    taint: '{count} Windows node(s) carry taint {taint}',
    taintNotTolerated: '{count} Windows node(s) carry taint {taint}; the pod has no matching toleration',
    untolerated: 'Pod {pod} is meant for Windows but does not tolerate the os=windows taint of the Windows nodes, so it stays Pending.',
    linuxOnlyImage: 'image {image} is published for Linux only',
    noSelector: 'pod has no nodeSelector or required affinity on kubernetes.io/os',
    landedOnWindows: 'Pod {pod} has no kubernetes.io/os selector and was scheduled onto Windows node {node}, where its image cannot run.',
  },
  symptoms: [
    'a Linux pod got scheduled on the Windows node and fails to pull its image',
    'the daemonset pods land on Windows nodes and stay in ImagePullBackOff',
    'our Windows pods stay Pending because of the taint on the Windows nodes',
    'the Windows deployment is scheduled onto Linux nodes',
    'after adding a Windows node pool some Linux workloads started failing on it',
    'pods need a node selector for kubernetes.io/os so they go to the right nodes',
    'the helm chart pods are placed on the Windows node by mistake',
    'Linux system pods keep trying to start on the Windows node',
    'kube-proxy or CNI daemonset for Linux is scheduled on the Windows node',
    'pods of the Windows workload cannot be scheduled because no node tolerates them',
    'after adding a taint to the Windows nodes our Windows pods are Pending',
    'a DaemonSet must be kept to Linux nodes with a kubernetes.io/os node selector, or it also targets the Windows nodes',
  ],
  references: [officialPages.windowsUserGuide, officialPages.runtimeClass, officialPages.windowsDebugging],
  signatures,
  detect(ctx: RuleContext): FindingDraft[] {
    return compact(ctx.view.pods.map((pod) => untoleratedTaint(pod, ctx) ?? landedOnWindows(pod)));
  },
});

export default rule;
