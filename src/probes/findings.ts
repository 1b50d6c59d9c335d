/**
 * Findings about the probes themselves: a probe pod or a canary pod that could not run. They are
 * reported next to the other findings instead of being thrown, so the rest of the report prints.
 * Their texts are messages of the causes reported by the probe and canary runners, rendered at the edge.
 */
import type { Finding } from '../rules/types.js';
import { causeMessage, type Message, type MessageParam } from '../causes/define.js';
import { canaryFailedCauseId, probePodFailedCauseId } from '../causes/index.js';
import { makeFinding } from '../rules/finding.js';
import type { ProbePodFailure, ProbePodFailureKind } from './probe-pod-failure.js';

/** The message of the probe-runner's cause for each way a probe pod fails. */
const failureMessageNames: Readonly<Record<ProbePodFailureKind, string>> = {
  'image-pull': 'imagePull',
  admission: 'admission',
  'hostprocess-unsupported': 'hostProcessUnsupported',
  sandbox: 'sandbox',
  container: 'container',
  unschedulable: 'unschedulable',
  deadline: 'deadline',
  timeout: 'timeout',
  api: 'api',
};

/** A message of the cause the probe runner reports (the `messages` of its folder). */
export function probeFailedMessage(name: string, params: Readonly<Record<string, MessageParam>>): Message {
  return causeMessage(probePodFailedCauseId, name, params);
}

/** Why the probe pod on a node did not run: the message for the failure's kind, with the cluster's reason and message. */
export function probePodFailureMessage(nodeName: string, failure: ProbePodFailure): Message {
  return probeFailedMessage(failureMessageNames[failure.kind], { node: nodeName, reason: failure.reason, message: failure.message });
}

export function probePodFailedFinding(nodeName: string, message: Message, failure?: ProbePodFailure): Finding {
  const evidence = (failure?.evidence ?? []).map((e) => ({ source: e.source, text: e.text }));
  return { ruleId: probePodFailedCauseId, ...makeFinding({ severity: 'warning' }, { kind: 'Node', name: nodeName }, message, evidence) };
}

/** The canary of one Windows build failed the named checks on `node`. */
export function canaryFailedFinding(params: { product: string; node: string; checks: string }, evidence: Finding['evidence']): Finding {
  const message = causeMessage(canaryFailedCauseId, 'failed', params);
  return { ruleId: canaryFailedCauseId, ...makeFinding({ severity: 'error' }, { kind: 'Node', name: params.node }, message, evidence) };
}
