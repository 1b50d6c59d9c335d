import { defineCause, message } from '../define.js';
import { scoredEntries, podContainers } from '../../engine/rule-kit.js';
import { timelineEvidence } from '../../engine/match.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { decodeWindowsCode, formatExitCode } from '../../windows/error-codes.js';

const signatures: MessageSignature[] = [
  {
    name: 'livenessKilled',
    pattern: /container \S+ failed liveness probe, will be restarted/,
    weight: 0.5,
    why: 'the kubelet restarted the container because its liveness probe failed',
  },
  {
    name: 'probeTimedOut',
    pattern: /(?:liveness|startup) probe (?:failed|errored(?: and resulted in \w+ state)?): .{0,160}(?:context deadline exceeded|timeout|timed out)/,
    weight: 0.5,
    why: 'the probe did not answer within its timeout',
  },
];

/** Containers that were stopped with STATUS_CONTROL_C_EXIT (what a kubelet kill looks like on Windows). */
function ctrlCExits(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const status of pod.pod.status?.containerStatuses ?? []) {
    const code = status.lastState?.terminated?.exitCode;
    if (code === undefined || decodeWindowsCode(code)?.name !== 'STATUS_CONTROL_C_EXIT') continue;
    evidence.push({ source: 'status', text: message('stopped', { container: status.name, code: formatExitCode(code), restarts: status.restartCount ?? 0 }) });
  }
  return evidence;
}

/** A numeric field of a probe object as the API server returned it. */
function probeNumber(probe: unknown, field: string): number | undefined {
  if (typeof probe !== 'object' || probe === null) return undefined;
  const value = (probe as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : undefined;
}

/** Probe settings of containers that have a liveness probe but no startup probe. */
function probeBudget(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const { container } of podContainers(pod.pod)) {
    const liveness = container.livenessProbe;
    if (!liveness || container.startupProbe) continue;
    const budget = (probeNumber(liveness, 'initialDelaySeconds') ?? 0) + (probeNumber(liveness, 'failureThreshold') ?? 3) * (probeNumber(liveness, 'periodSeconds') ?? 10);
    evidence.push({ source: 'spec', text: message('budget', { container: container.name, seconds: budget, timeout: probeNumber(liveness, 'timeoutSeconds') ?? 1 }) });
  }
  return evidence;
}

const rule = defineCause({
  title: 'Liveness probes too tight for a Windows container',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-spec', 'pod-status', 'pod-events'],
  explanation:
    'Windows containers take longer to start and to answer than Linux ones: process creation, networking setup and PowerShell-based checks are slow, more so on a busy node. ' +
    'Probe settings copied from Linux then fail on a healthy container; the kubelet stops it, it exits with STATUS_CONTROL_C_EXIT (3221225786, shown as -1073741510) and restarts in a loop.',
  fix: {
    addStartupProbe: 'Add a startupProbe that allows the real start time (failureThreshold × periodSeconds), so liveness checks begin only after the program is up.',
    raiseTimeouts: 'Raise timeoutSeconds and failureThreshold of the liveness probe for Windows (tens of seconds rather than 1-3).',
    cheapProbe: 'Prefer httpGet or tcpSocket probes; an exec probe that starts PowerShell costs seconds each time.',
  },
  messages: {
    stopped: 'container {container} was stopped with {code} (restarts: {restarts})',
    budget: 'container {container} has a liveness probe with no startupProbe: it is killed after about {seconds}s without success (timeout {timeout}s)',
    pod: 'Pod {pod} is restarted by liveness probes that a Windows container does not meet in time.',
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  signatures,
  symptoms: [
    'Windows pod restarts with exit code -1073741510',
    'liveness probe kills the Windows container before it is ready',
    'probes that work on Linux time out on Windows',
    'container keeps restarting although its logs look normal',
    'liveness probes on the Windows pod time out and the pod keeps restarting',
    'exec probes are slow on Windows and fail with the default one second timeout',
    'readiness probe fails on Windows but the app is healthy',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const exits = ctrlCExits(pod);
      const hits = scoredEntries(pod.timeline, signatures, 0.4);
      if (exits.length === 0 || hits.length === 0) continue;
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [...hits.slice(-3).map((h) => timelineEvidence(h.entry)), ...exits, ...probeBudget(pod)]));
    }
    return findings;
  },
});

export default rule;
