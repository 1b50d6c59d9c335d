/**
 * Objects read from files are whatever the file says: `conditions: 5`, `containers: [null]`,
 * `nodeName: {}`. The API server never sends such shapes, and the engine is written for the
 * shapes it does send. This brings an object from a file to those shapes: a field that should be
 * a list of objects keeps only its object entries, a field that should be an object or a string
 * and is something else is dropped. Fields not listed here are left as they are.
 */

type Shape = 'string' | 'number' | 'boolean' | 'strings' | { object: Fields } | { list: Shape };
interface Fields {
  [name: string]: Shape;
}

const str: Shape = 'string';
const num: Shape = 'number';
const list = (item: Shape): Shape => ({ list: item });
const obj = (fields: Fields): Shape => ({ object: fields });

const metadata = obj({
  name: str,
  namespace: str,
  uid: str,
  generateName: str,
  creationTimestamp: str,
  deletionTimestamp: str,
  resourceVersion: str,
  labels: 'strings',
  annotations: 'strings',
  ownerReferences: list(obj({ kind: str, name: str, uid: str, apiVersion: str, controller: 'boolean' })),
});

const condition = obj({ type: str, status: str, reason: str, message: str, lastHeartbeatTime: str, lastTransitionTime: str, lastProbeTime: str });

const containerState = obj({
  waiting: obj({ reason: str, message: str }),
  running: obj({ startedAt: str }),
  terminated: obj({ reason: str, message: str, exitCode: num, startedAt: str, finishedAt: str, signal: num }),
});

const containerStatus = obj({
  name: str,
  image: str,
  imageID: str,
  containerID: str,
  ready: 'boolean',
  started: 'boolean',
  restartCount: num,
  state: containerState,
  lastState: containerState,
});

const container = obj({
  name: str,
  image: str,
  imagePullPolicy: str,
  command: list(str),
  args: list(str),
  env: list(obj({ name: str, value: str })),
  ports: list(obj({ containerPort: num, hostPort: num, protocol: str, name: str })),
  resources: obj({ requests: 'strings', limits: 'strings' }),
  securityContext: obj({ windowsOptions: obj({ hostProcess: 'boolean', runAsUserName: str, gmsaCredentialSpecName: str }) }),
});

const toleration = obj({ key: str, operator: str, value: str, effect: str, tolerationSeconds: num });

const shapes: Record<string, Fields> = {
  Node: {
    metadata,
    spec: obj({ taints: list(obj({ key: str, value: str, effect: str, timeAdded: str })), podCIDR: str, podCIDRs: list(str), providerID: str, unschedulable: 'boolean' }),
    status: obj({
      conditions: list(condition),
      addresses: list(obj({ type: str, address: str })),
      nodeInfo: obj({
        operatingSystem: str,
        architecture: str,
        kernelVersion: str,
        osImage: str,
        containerRuntimeVersion: str,
        kubeletVersion: str,
        kubeProxyVersion: str,
        machineID: str,
        systemUUID: str,
        bootID: str,
      }),
      capacity: 'strings',
      allocatable: 'strings',
      images: list(obj({ names: list(str), sizeBytes: num })),
    }),
  },
  Pod: {
    metadata,
    spec: obj({
      nodeName: str,
      nodeSelector: 'strings',
      hostNetwork: 'boolean',
      runtimeClassName: str,
      serviceAccountName: str,
      restartPolicy: str,
      os: obj({ name: str }),
      containers: list(container),
      initContainers: list(container),
      tolerations: list(toleration),
      securityContext: obj({ windowsOptions: obj({ hostProcess: 'boolean', runAsUserName: str, gmsaCredentialSpecName: str }) }),
      volumes: list(obj({ name: str })),
      dnsPolicy: str,
    }),
    status: obj({
      phase: str,
      reason: str,
      message: str,
      podIP: str,
      hostIP: str,
      startTime: str,
      qosClass: str,
      conditions: list(condition),
      containerStatuses: list(containerStatus),
      initContainerStatuses: list(containerStatus),
    }),
  },
  Event: {
    metadata,
    involvedObject: obj({ kind: str, name: str, namespace: str, uid: str, apiVersion: str, fieldPath: str }),
    regarding: obj({ kind: str, name: str, namespace: str, uid: str, apiVersion: str, fieldPath: str }),
    reason: str,
    message: str,
    note: str,
    type: str,
    count: num,
    firstTimestamp: str,
    lastTimestamp: str,
    eventTime: str,
    reportingComponent: str,
    reportingController: str,
    reportingInstance: str,
    source: obj({ component: str, host: str }),
    series: obj({ count: num, lastObservedTime: str }),
  },
  Namespace: { metadata, status: obj({ phase: str }) },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fits(value: unknown, shape: Shape): boolean {
  if (shape === 'string') return typeof value === 'string';
  if (shape === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (shape === 'boolean') return typeof value === 'boolean';
  if (shape === 'strings') return isPlainObject(value);
  if ('object' in shape) return isPlainObject(value);
  return Array.isArray(value);
}

/** Conforms `value` (known to fit `shape` at the top) in place. */
function conformInPlace(value: unknown, shape: Shape): void {
  if (shape === 'strings' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'number' || typeof item === 'boolean') value[key] = String(item);
      else if (typeof item !== 'string') delete value[key];
    }
    return;
  }
  if (typeof shape !== 'object') return;
  if ('list' in shape && Array.isArray(value)) {
    const kept = value.filter((item) => fits(item, shape.list));
    value.length = 0;
    for (const item of kept) {
      conformInPlace(item, shape.list);
      value.push(item);
    }
    return;
  }
  if ('object' in shape && isPlainObject(value)) conformFields(value, shape.object);
}

function conformFields(value: Record<string, unknown>, fields: Fields): void {
  for (const [name, shape] of Object.entries(fields)) {
    if (!(name in value) || value[name] === undefined) continue;
    const field = value[name];
    // null is how the API server itself writes an empty field (eventTime: null); readers expect it.
    if (field === null) continue;
    if (!fits(field, shape)) {
      delete value[name];
      continue;
    }
    conformInPlace(field, shape);
  }
}

/** Brings an object of a known kind (Node, Pod, Event, Namespace) from a file to the shapes the engine reads; in place. */
export function conformObject<T>(value: T, kind: 'Node' | 'Pod' | 'Event' | 'Namespace'): T {
  if (isPlainObject(value)) conformFields(value, shapes[kind]!);
  return value;
}
