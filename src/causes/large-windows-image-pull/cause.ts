import { defineCause, message } from '../define.js';
import { scoredEntries } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';

/** A pull still running after this long on a Windows node is worth explaining. */
const slowPullSeconds = 10 * 60;

const signatures: MessageSignature[] = [
  {
    name: 'noProgressCancel',
    pattern: /cancel(?:l)?(?:ing|ed)? pulling image .{0,160}(?:no progress|progress deadline)/,
    weight: 0.8,
    why: 'the runtime aborted the pull because extraction showed no progress within its deadline',
    phases: ['pull', 'any'],
  },
  {
    name: 'pullDeadline',
    pattern: /image pull progress deadline|pull progress deadline exceeded/,
    weight: 0.7,
    why: 'the pull ran longer than the configured progress deadline',
    phases: ['pull', 'any'],
  },
];

/** The pod's latest "Pulling" entry that has no "Pulled" after it, when it started long enough ago. */
function slowPull(pod: PodView, now: Date): Evidence | undefined {
  const pulling = [...pod.timeline].reverse().find((entry) => entry.reason === 'Pulling');
  if (!pulling?.firstTime) return undefined;
  const pulledAfter = pod.timeline.some((entry) => entry.reason === 'Pulled' && (entry.lastTime ?? '') >= (pulling.lastTime ?? pulling.firstTime ?? ''));
  if (pulledAfter) return undefined;
  const seconds = Math.round((now.getTime() - Date.parse(pulling.firstTime)) / 1000);
  if (!(seconds >= slowPullSeconds)) return undefined;
  return { source: 'event', text: message('pulling', { minutes: Math.floor(seconds / 60), detail: pulling.message }) };
}

const rule = defineCause({
  title: 'Large Windows image still pulling or aborted by the pull deadline',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Windows base images are gigabytes (servercore several GB, server more), and extracting their layers is slow, slower still under real-time antivirus scanning. ' +
    'The first pod of an image on a node sits in ContainerCreating for many minutes; runtimes with a no-progress deadline (dockershim, cri-dockerd) abort a long extraction and start over, so the pod may never start.',
  fix: {
    prePull: 'Pre-pull or cache the base layers in the node image (or with a pre-pull DaemonSet) so pods start from local layers.',
    raiseDeadline: 'On docker-based nodes raise the kubelet or cri-dockerd image pull progress deadline (for example 30m).',
    smallerBase: 'Use nanoserver or a slimmer base where the application allows, and keep the same base across images so layers are shared.',
    excludeScanning: 'Exclude the runtime data folder and unpigz from real-time antivirus scanning.',
  },
  messages: {
    pulling: 'still pulling after {minutes} minutes: {detail}',
    pod: 'Pod {pod} is waiting on a long Windows image pull.',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/creating-a-cluster-windows#image_pull_errors', 'https://github.com/openshift/windows-machine-config-operator/issues/205'],
  signatures,
  symptoms: [
    'Windows pod stuck in ContainerCreating for 15 minutes',
    'first Windows pod on a new node takes very long to start',
    'image extraction takes forever on the Windows node',
    'windows image pull keeps restarting',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const hits = scoredEntries(pod.timeline, signatures);
      const slow = slowPull(pod, ctx.now);
      if (hits.length === 0 && !slow) continue;
      const evidence = [...hits.slice(-3).map((hit) => timelineEvidence(hit.entry)), ...(slow ? [slow] : [])];
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), evidence));
    }
    return findings;
  },
});

export default rule;
