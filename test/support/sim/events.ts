/** Events as kubelet (core/v1 recorder) and the scheduler (events.k8s.io recorder) write them. */
import { randomHex, rfc3339, rfc3339Micro, type SimContext } from './context.js';
import type { SimObject } from './types.js';

export interface EventInput {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** 'kubelet' (with the node as host) or 'default-scheduler'. */
  component: string;
  host?: string;
  fieldPath?: string;
  action?: string;
}

function involvedObject(obj: SimObject, fieldPath?: string): Record<string, string> {
  const ref: Record<string, string> = { kind: obj.kind ?? '', name: obj.metadata.name ?? '' };
  if (obj.metadata.namespace) ref.namespace = obj.metadata.namespace;
  if (obj.metadata.uid) ref.uid = obj.metadata.uid;
  ref.apiVersion = obj.apiVersion ?? 'v1';
  if (obj.metadata.resourceVersion) ref.resourceVersion = obj.metadata.resourceVersion;
  if (fieldPath) ref.fieldPath = fieldPath;
  return ref;
}

export function buildEvent(obj: SimObject, input: EventInput, now = new Date()): SimObject {
  const namespace = obj.metadata.namespace ?? 'default';
  const base = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${obj.metadata.name}.${randomHex(8)}`, namespace },
    involvedObject: involvedObject(obj, input.fieldPath),
    reason: input.reason,
    message: input.message,
    type: input.type,
  };
  if (input.component === 'default-scheduler') {
    return {
      ...base,
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      eventTime: rfc3339Micro(now),
      action: input.action ?? 'Scheduling',
      reportingComponent: 'default-scheduler',
      reportingInstance: 'default-scheduler-control-plane',
    };
  }
  return {
    ...base,
    source: input.host ? { component: input.component, host: input.host } : { component: input.component },
    firstTimestamp: rfc3339(now),
    lastTimestamp: rfc3339(now),
    count: 1,
    eventTime: null,
    reportingComponent: input.component,
    reportingInstance: input.host ?? '',
  };
}

export function recordEvent(ctx: SimContext, obj: SimObject, input: EventInput): void {
  ctx.store.put(buildEvent(obj, input));
}
