/** Why a probe pod did not start, read from its status and events the way an operator would. */
import type { KEvent, KPod } from '../kube/types.js';


export type ProbePodFailureKind = 'image-pull' | 'admission' | 'hostprocess-unsupported' | 'sandbox' | 'container' | 'unschedulable' | 'deadline' | 'timeout' | 'api';

export interface ProbePodFailure {
  kind: ProbePodFailureKind;
  /** The reason the cluster gave ("ErrImagePull", "DeadlineExceeded", "FailedScheduling"). */
  reason: string;
  /** The cluster's own message, untouched. */
  message: string;
  evidence: { source: 'status' | 'event'; text: string }[];
}

const IMAGE_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'RegistryUnavailable']);
const CONTAINER_REASONS = new Set(['CreateContainerError', 'CreateContainerConfigError', 'RunContainerError', 'StartError', 'ContainerCannotRun', 'CrashLoopBackOff']);

function kindFromText(reason: string, message: string): ProbePodFailureKind {
  if (IMAGE_REASONS.has(reason)) return 'image-pull';
  if (/hostprocess|host process|host-process/i.test(message)) return 'hostprocess-unsupported';
  if (reason === 'FailedCreatePodSandBox') return 'sandbox';
  if (reason === 'FailedScheduling') return 'unschedulable';
  if (reason === 'DeadlineExceeded') return 'deadline';
  return 'container';
}

/**
 * Reads a probe pod's status and events for the reason it is not running. Undefined when nothing
 * says it failed (it may still be starting).
 */
export function diagnoseProbePod(pod: KPod | undefined, events: KEvent[]): ProbePodFailure | undefined {
  const evidence: ProbePodFailure['evidence'] = [];
  let failure: { reason: string; message: string } | undefined;
  for (const cs of [...(pod?.status?.initContainerStatuses ?? []), ...(pod?.status?.containerStatuses ?? [])]) {
    const waiting = cs.state?.waiting;
    const terminated = cs.state?.terminated;
    if (waiting?.reason && (IMAGE_REASONS.has(waiting.reason) || CONTAINER_REASONS.has(waiting.reason))) {
      failure ??= { reason: waiting.reason, message: waiting.message ?? '' };
      evidence.push({ source: 'status', text: `${cs.name}: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}` });
    } else if (terminated && terminated.exitCode !== 0) {
      const reason = terminated.reason ?? 'Error';
      failure ??= { reason, message: terminated.message ?? `exit code ${terminated.exitCode}` };
      evidence.push({ source: 'status', text: `${cs.name}: terminated ${reason} (exit code ${terminated.exitCode})` });
    }
  }
  if (pod?.status?.phase === 'Failed') {
    const reason = pod.status.reason ?? 'Failed';
    failure ??= { reason, message: pod.status.message ?? '' };
    evidence.push({ source: 'status', text: `pod ${pod.status.phase}: ${reason}${pod.status.message ? `: ${pod.status.message}` : ''}` });
  }
  const warnings = events.filter((e) => e.type === 'Warning' && e.reason);
  for (const e of warnings) {
    evidence.push({ source: 'event', text: `${e.reason}: ${e.message ?? ''}`.trim() });
    if (!failure && ['FailedCreatePodSandBox', 'FailedScheduling', 'Failed', 'FailedMount'].includes(e.reason!)) {
      failure = { reason: e.reason!, message: e.message ?? '' };
    }
  }
  if (!failure) return undefined;
  return { kind: kindFromText(failure.reason, failure.message), reason: failure.reason, message: failure.message, evidence: dedupe(evidence) };
}

function dedupe<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.text) ? false : (seen.add(i.text), true)));
}
