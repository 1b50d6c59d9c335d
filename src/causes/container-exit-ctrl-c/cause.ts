import { defineCause, message } from '../define.js';
import { timelineEvidence } from '../../engine/match.js';
import { scoredEntries } from '../../engine/rule-kit.js';
import type { PodView } from '../../engine/view.js';
import { makeFinding, podTarget } from '../../rules/finding.js';
import type { Evidence, FindingDraft, MessageSignature, RuleContext } from '../../rules/types.js';
import { decodeWindowsCode, formatExitCode } from '../../windows/error-codes.js';

const signatures: MessageSignature[] = [
  {
    name: 'exitCodeCtrlC',
    pattern: /exit ?code[:=]? ?(?:3221225786|-1073741510)\b/,
    weight: 0.6,
    why: 'the process ended with STATUS_CONTROL_C_EXIT (0xC000013A), the code of a stop request',
  },
  {
    name: 'controlCExitName',
    pattern: /status_control_c_exit|0xc000013a|terminated as a result of a ctrl\+c/,
    weight: 0.6,
    why: 'the status names the CTRL+C / shutdown exit of a Windows process',
    group: 'exitCodeCtrlC',
  },
];

/** Event reasons that say who stopped the container; a liveness failure belongs to the probe cause. */
const stopReasons = new Set(['Killing', 'Evicted', 'Preempting', 'TaintManagerEviction', 'NodeNotReady']);
const livenessFailure = /(?:liveness|startup) probe (?:failed|errored)|failed liveness probe/;

/** Containers whose current or last termination is STATUS_CONTROL_C_EXIT. */
function ctrlCExits(pod: PodView): Evidence[] {
  const evidence: Evidence[] = [];
  for (const status of [...(pod.pod.status?.initContainerStatuses ?? []), ...(pod.pod.status?.containerStatuses ?? [])]) {
    for (const terminated of [status.state?.terminated, status.lastState?.terminated]) {
      const code = terminated?.exitCode;
      if (code === undefined || decodeWindowsCode(code)?.name !== 'STATUS_CONTROL_C_EXIT') continue;
      evidence.push({ source: 'status', text: message('stopped', { container: status.name, code: formatExitCode(code), restarts: status.restartCount ?? 0 }) });
      break;
    }
  }
  return evidence;
}

const rule = defineCause({
  title: 'Container ended by a stop request (STATUS_CONTROL_C_EXIT)',
  area: 'pod',
  severity: 'warning',
  inputs: ['pod-status', 'pod-events'],
  explanation:
    'Exit code 3221225786 (0xC000013A STATUS_CONTROL_C_EXIT, shown as -1073741510) means the process ended because it was sent a CTRL+C or shutdown signal, not because it crashed. ' +
    'On Kubernetes that signal comes from the kubelet stopping the container: the pod was deleted or updated, a probe failed, the pod was evicted or preempted, or the node was drained. The exit code is the trace of the stop; the reason for the stop is in the events around it.',
  fix: {
    readStopEvents: 'Read the pod events just before the exit (Killing, Unhealthy, Evicted, Preempting) and the node events to learn who stopped the container.',
    fixStopReason: 'Fix that reason: probe settings that a slow Windows start does not meet, memory or disk pressure that triggered eviction, or a rollout or drain that was expected.',
    handleShutdown: 'If the stop itself is expected, let the program handle the console shutdown event and exit cleanly within terminationGracePeriodSeconds so the exit is not taken for a failure.',
  },
  messages: {
    stopped: 'container {container} ended with {code} (restarts: {restarts})',
    pod: 'Pod {pod} was stopped on request (STATUS_CONTROL_C_EXIT); the events show who stopped it.',
  },
  windowsCodes: ['STATUS_CONTROL_C_EXIT'],
  references: [
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55',
    'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  ],
  signatures,
  symptoms: [
    'Windows container exit code 3221225786',
    'pod terminated with exit code -1073741510',
    'what does exit code 0xC000013A mean for a Windows pod',
    'Windows container shows Error with a strange negative exit code after a restart',
    'container was killed and reports CTRL+C exit',
  ],
  detect(ctx: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pod of ctx.view.pods) {
      if (!pod.node) continue;
      const exits = ctrlCExits(pod);
      if (exits.length === 0) continue;
      if (pod.timeline.some((entry) => livenessFailure.test(entry.normalized))) continue;
      const stops = pod.timeline.filter((entry) => entry.source === 'event' && stopReasons.has(entry.reason)).slice(-3).map((entry) => timelineEvidence(entry));
      const named = scoredEntries(pod.timeline, signatures).slice(-1).map((hit) => timelineEvidence(hit.entry));
      findings.push(makeFinding(rule, podTarget(pod.pod), message('pod', { pod: pod.key }), [...exits, ...stops, ...named]));
    }
    return findings;
  },
});

export default rule;
