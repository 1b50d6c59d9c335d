/**
 * What the API server, scheduler and kubelet do with a pod created through the API:
 * defaults, generateName, binding (or FailedScheduling), then after `podStartDelayMs` either
 * Running with ready containers, or stuck Pending with the waiting reason scripted by
 * `setPodStartFailure`. Pods on a node whose kubelet is not Ready stay Pending, as they do on a
 * real cluster. `activeDeadlineSeconds` ends a pod as Failed/DeadlineExceeded.
 */
import { createHash } from 'node:crypto';
import { later, randomHex, randomNameSuffix, rfc3339, type SimContext } from './context.js';
import { recordEvent } from './events.js';
import { resourceFor } from './resources.js';
import { failedSchedulingMessage, unfitReason } from './scheduling.js';
import { StoreError } from './store.js';
import type { SimObject } from './types.js';

type Loose = Record<string, any>; // plain JSON objects

const POD = resourceFor('Pod')!;
const NODE = resourceFor('Node')!;
const NAMESPACE = resourceFor('Namespace')!;

function imagePullPolicy(image: string): string {
  const lastSegment = image.split('/').pop() ?? image;
  if (lastSegment.includes('@')) return 'IfNotPresent';
  const tag = lastSegment.includes(':') ? lastSegment.split(':').pop() : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function qosClass(containers: Loose[]): string {
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const limits = c.resources?.limits ?? {};
    const requests = c.resources?.requests ?? {};
    if (Object.keys(limits).length || Object.keys(requests).length) any = true;
    for (const r of ['cpu', 'memory']) {
      const limit = limits[r];
      const request = requests[r] ?? limit;
      if (limit === undefined || request !== limit) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function defaultContainer(c: Loose): Loose {
  return {
    ...c,
    imagePullPolicy: c.imagePullPolicy ?? imagePullPolicy(String(c.image ?? '')),
    resources: c.resources ?? {},
    terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
  };
}

const DEFAULT_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

function withDefaultTolerations(tolerations: Loose[] | undefined): Loose[] {
  const list = [...(tolerations ?? [])];
  const tolerateAll = list.some((t) => t.operator === 'Exists' && !t.key && !t.effect);
  for (const d of DEFAULT_TOLERATIONS) {
    if (tolerateAll || list.some((t) => t.key === d.key && (!t.effect || t.effect === 'NoExecute'))) continue;
    list.push(d);
  }
  return list;
}

function invalid(name: string, detail: string): StoreError {
  return new StoreError(422, `Pod "${name}" is invalid: ${detail}`);
}

/** Validates a pod body and fills the defaults the API server adds on create. */
export function preparePodForCreate(ctx: SimContext, body: Loose, namespace: string): SimObject {
  const meta: Loose = { ...(body.metadata ?? {}) };
  if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomNameSuffix()}`;
  if (!meta.name) throw invalid('', 'metadata.name: Required value: name or generateName is required');
  if (meta.namespace && meta.namespace !== namespace) {
    throw new StoreError(400, 'the namespace of the provided object does not match the namespace sent on the request');
  }
  if (!ctx.store.getEntry(NAMESPACE, undefined, namespace)) throw new StoreError(404, `namespaces "${namespace}" not found`);
  if (ctx.store.getEntry(POD, namespace, meta.name)) throw new StoreError(409, `pods "${meta.name}" already exists`);
  const spec: Loose = { ...(body.spec ?? {}) };
  const containers: Loose[] = spec.containers ?? [];
  if (containers.length === 0) throw invalid(meta.name, 'spec.containers: Required value');
  containers.forEach((c, i) => {
    if (!c.name) throw invalid(meta.name, `spec.containers[${i}].name: Required value`);
    if (!c.image) throw invalid(meta.name, `spec.containers[${i}].image: Required value`);
  });
  meta.namespace = namespace;
  delete meta.uid;
  delete meta.resourceVersion;
  delete meta.creationTimestamp;
  const serviceAccount = spec.serviceAccountName ?? spec.serviceAccount ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta as SimObject['metadata'],
    spec: {
      ...spec,
      containers: containers.map(defaultContainer),
      ...(spec.initContainers ? { initContainers: (spec.initContainers as Loose[]).map(defaultContainer) } : {}),
      restartPolicy: spec.restartPolicy ?? 'Always',
      terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
      dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
      serviceAccountName: serviceAccount,
      serviceAccount,
      securityContext: spec.securityContext ?? {},
      schedulerName: spec.schedulerName ?? 'default-scheduler',
      tolerations: withDefaultTolerations(spec.tolerations),
      priority: spec.priority ?? 0,
      enableServiceLinks: spec.enableServiceLinks ?? true,
      preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
    },
    status: { phase: 'Pending', qosClass: qosClass(containers) },
  };
}

function condition(type: string, status: string, extra: Loose = {}): Loose {
  return { type, status, lastProbeTime: null, lastTransitionTime: rfc3339(), ...extra };
}

function nodeIsReady(node: Loose | undefined): boolean {
  return (node?.status?.conditions ?? []).some((c: Loose) => c.type === 'Ready' && c.status === 'True');
}

function internalIP(node: Loose | undefined): string | undefined {
  return (node?.status?.addresses ?? []).find((a: Loose) => a.type === 'InternalIP')?.address;
}

const podIPCounters = new WeakMap<SimContext, Map<string, number>>();

/** Next address of the node's podCIDR (a /24 is assumed; 10.244.0.0/24 when the node has none). */
function allocatePodIP(ctx: SimContext, node: Loose): string {
  let counters = podIPCounters.get(ctx);
  if (!counters) podIPCounters.set(ctx, (counters = new Map()));
  const n = (counters.get(node.metadata.name) ?? 10) + 1;
  counters.set(node.metadata.name, n);
  const cidr: string = node.spec?.podCIDR ?? '10.244.0.0/24';
  const [a, b, c] = cidr.split('/')[0]!.split('.');
  return `${a}.${b}.${c}.${(n % 250) + 2}`;
}

function readPod(ctx: SimContext, namespace: string, name: string, uid: string | undefined): Loose | undefined {
  const pod = ctx.store.read(POD, namespace, name) as Loose | undefined;
  return pod && (uid === undefined || pod.metadata.uid === uid) ? pod : undefined;
}

function savePod(ctx: SimContext, pod: Loose): void {
  ctx.store.put(pod);
  for (const l of ctx.podStatusListeners) l(pod as SimObject);
}

/** Binds the pod to a node that fits, or records why none does. Returns the node name if bound. */
function schedule(ctx: SimContext, pod: Loose): string | undefined {
  const nodes = ctx.store.entries(NODE).map((e) => JSON.parse(e.json) as Loose);
  const reasons: string[] = [];
  for (const node of nodes) {
    const reason = unfitReason(pod.spec, node);
    if (reason === undefined) return node.metadata.name as string;
    reasons.push(reason);
  }
  const message = failedSchedulingMessage(reasons, nodes.length);
  pod.status.conditions = [condition('PodScheduled', 'False', { reason: 'Unschedulable', message })];
  savePod(ctx, pod);
  recordEvent(ctx, pod as SimObject, { type: 'Warning', reason: 'FailedScheduling', message, component: 'default-scheduler' });
  return undefined;
}

/** After create: schedule or bind, then start the containers later. */
export function admitPod(ctx: SimContext, created: SimObject): void {
  const pod = created as Loose;
  let nodeName: string | undefined = pod.spec.nodeName;
  if (!nodeName) {
    nodeName = schedule(ctx, pod);
    if (!nodeName) return;
    pod.spec.nodeName = nodeName;
    pod.status.conditions = [condition('PodScheduled', 'True')];
    savePod(ctx, pod);
    recordEvent(ctx, pod as SimObject, {
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`,
      component: 'default-scheduler',
      action: 'Binding',
    });
  } else {
    pod.status.conditions = [condition('PodScheduled', 'True')];
    savePod(ctx, pod);
  }
  const { namespace, name, uid } = pod.metadata;
  later(ctx, ctx.podStartDelayMs, () => startContainers(ctx, namespace, name, uid));
}

function matchingStartFailure(ctx: SimContext, pod: Loose): SimContext['startFailures'][number] | undefined {
  const images: string[] = (pod.spec.containers ?? []).map((c: Loose) => String(c.image));
  return ctx.startFailures.find(
    ({ match }) =>
      (match.nodeName === undefined || match.nodeName === pod.spec.nodeName) &&
      (match.image === undefined || images.some((i) => match.image!.test(i))),
  );
}

function failureEventReason(waitingReason: string): string {
  if (waitingReason === 'ContainerCreating') return 'FailedCreatePodSandBox';
  return 'Failed';
}

function fakeDigest(image: string): string {
  return createHash('sha256').update(image).digest('hex');
}

function startContainers(ctx: SimContext, namespace: string, name: string, uid: string): void {
  const pod = readPod(ctx, namespace, name, uid);
  if (!pod || pod.status.phase !== 'Pending') return;
  const nodeName: string = pod.spec.nodeName;
  const node = ctx.store.read(NODE, undefined, nodeName) as Loose | undefined;
  if (!nodeIsReady(node)) return; // no kubelet to start it: stays Pending like on a real cluster
  const hostIP = internalIP(node) ?? '10.240.0.4';
  const podIP = pod.spec.hostNetwork ? hostIP : allocatePodIP(ctx, node!);
  const containers: Loose[] = pod.spec.containers;
  const failure = matchingStartFailure(ctx, pod);
  const now = rfc3339();
  pod.status.hostIP = hostIP;
  pod.status.hostIPs = [{ ip: hostIP }];
  pod.status.startTime = now;

  if (failure) {
    const unready = `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`;
    pod.status.conditions = [
      condition('PodReadyToStartContainers', failure.state.reason === 'ContainerCreating' ? 'False' : 'True'),
      condition('Initialized', 'True'),
      condition('Ready', 'False', { reason: 'ContainersNotReady', message: unready }),
      condition('ContainersReady', 'False', { reason: 'ContainersNotReady', message: unready }),
      condition('PodScheduled', 'True'),
    ];
    pod.status.containerStatuses = containers.map((c) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: failure.state.reason, message: failure.state.message } },
      lastState: {},
    }));
    savePod(ctx, pod);
    recordEvent(ctx, pod as SimObject, {
      type: 'Warning',
      reason: failureEventReason(failure.state.reason),
      message: failure.state.message,
      component: 'kubelet',
      host: nodeName,
      fieldPath: failure.state.reason === 'ContainerCreating' ? undefined : `spec.containers{${containers[0]!.name}}`,
    });
    return;
  }

  if (!pod.spec.hostNetwork) {
    pod.status.podIP = podIP;
    pod.status.podIPs = [{ ip: podIP }];
  } else {
    pod.status.podIP = hostIP;
    pod.status.podIPs = [{ ip: hostIP }];
  }
  pod.status.phase = 'Running';
  pod.status.conditions = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((t) => condition(t, 'True'));
  pod.status.containerStatuses = containers.map((c) => ({
    name: c.name,
    image: c.image,
    imageID: `${String(c.image).split(':')[0]}@sha256:${fakeDigest(String(c.image))}`,
    containerID: `containerd://${randomHex(32)}`,
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: now } },
    lastState: {},
  }));
  savePod(ctx, pod);
  for (const c of containers) {
    const fieldPath = `spec.containers{${c.name}}`;
    const event = { component: 'kubelet', host: nodeName, fieldPath } as const;
    recordEvent(ctx, pod as SimObject, { ...event, type: 'Normal', reason: 'Pulled', message: `Container image "${c.image}" already present on machine` });
    recordEvent(ctx, pod as SimObject, { ...event, type: 'Normal', reason: 'Created', message: `Created container ${c.name}` });
    recordEvent(ctx, pod as SimObject, { ...event, type: 'Normal', reason: 'Started', message: `Started container ${c.name}` });
  }
  const deadline = pod.spec.activeDeadlineSeconds;
  if (typeof deadline === 'number' && deadline > 0) {
    later(ctx, deadline * 1000, () => expire(ctx, namespace, name, uid));
  }
}

/** What the kubelet does once a running pod's activeDeadlineSeconds have passed, now (tests do not wait an hour). */
export function expirePodNow(ctx: SimContext, namespace: string, name: string): boolean {
  const pod = readPod(ctx, namespace, name, undefined);
  if (!pod || typeof pod.spec?.activeDeadlineSeconds !== 'number' || pod.status?.phase !== 'Running') return false;
  expire(ctx, namespace, name, String(pod.metadata.uid));
  return true;
}

function expire(ctx: SimContext, namespace: string, name: string, uid: string): void {
  const pod = readPod(ctx, namespace, name, uid);
  if (!pod || pod.status.phase !== 'Running') return;
  const message = 'Pod was active on the node longer than the specified deadline';
  const finishedAt = rfc3339();
  pod.status.phase = 'Failed';
  pod.status.reason = 'DeadlineExceeded';
  pod.status.message = message;
  pod.status.conditions = (pod.status.conditions as Loose[]).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False', reason: 'PodFailed', lastTransitionTime: finishedAt } : c,
  );
  pod.status.containerStatuses = (pod.status.containerStatuses as Loose[]).map((s) => ({
    ...s,
    ready: false,
    started: false,
    state: { terminated: { exitCode: 1, reason: 'Error', startedAt: s.state?.running?.startedAt, finishedAt, containerID: s.containerID } },
  }));
  savePod(ctx, pod);
  recordEvent(ctx, pod as SimObject, { type: 'Warning', reason: 'DeadlineExceeded', message, component: 'kubelet', host: pod.spec.nodeName });
}

/** The container a subresource request means: the named one, or the only/default one. */
export function resolveContainer(pod: Loose, requested: string | null): { name: string } | { error: string } {
  const names: string[] = (pod.spec?.containers ?? []).map((c: Loose) => c.name);
  if (requested) {
    const all = [...names, ...(pod.spec?.initContainers ?? []).map((c: Loose) => c.name)];
    return all.includes(requested) ? { name: requested } : { error: `container ${requested} is not valid for pod ${pod.metadata.name}` };
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && names.includes(annotated)) return { name: annotated };
  if (names.length === 1) return { name: names[0]! };
  return { error: `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]` };
}

/** Why a container cannot be exec'd into or read logs from yet, if it cannot. */
export function containerNotRunning(pod: Loose, container: string): string | undefined {
  const status = (pod.status?.containerStatuses ?? []).find((s: Loose) => s.name === container);
  if (status?.state?.running || status?.state?.terminated) return undefined;
  const reason = status?.state?.waiting?.reason ?? 'ContainerCreating';
  return `container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${reason}`;
}
