/**
 * A cluster at Kubernetes' published scale limits, generated: Windows nodes of mixed builds
 * (Server 2019/2022/2025) beside Linux nodes, Deployment-style pods spread over them, events,
 * and a fraction of broken Windows pods and nodes with the messages real clusters show.
 * Everything but the timestamps is a pure function of the options and `seed`; timestamps are
 * relative to `now` so that heartbeats are fresh and ages stay the same.
 */
import type { SimObject } from './types.js';
import { eventManagedFields, nodeAnnotations, nodeImages, nodeManagedFields, podAnnotations, podLabels, podManagedFields } from './scale-metadata.js';

export interface ScaleOptions {
  nodes: number;
  windowsNodes: number;
  pods: number;
  events: number;
  /** Fraction of Windows pods that are broken; a fifth of that fraction of Windows nodes (at least one) is NotReady. */
  brokenFraction: number;
  seed?: number;
  now?: Date;
}

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(rng: Rng, chars: number): string {
  let out = '';
  while (out.length < chars) {
    const n = Math.floor(rng() * 0x100000000);
    out += BYTE_HEX[n & 255]! + BYTE_HEX[(n >>> 8) & 255]! + BYTE_HEX[(n >>> 16) & 255]! + BYTE_HEX[n >>> 24]!;
  }
  return out.length === chars ? out : out.slice(0, chars);
}

function uuid(rng: Rng): string {
  const h = hex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';
function suffix(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += SUFFIX[Math.floor(rng() * SUFFIX.length)];
  return out;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function ts(now: number, secondsAgo: number): string {
  return new Date(now - secondsAgo * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

interface WindowsBuild {
  build: string;
  ubr: number;
  osImage: string;
  pool: string;
  ltsc: string;
}

const WINDOWS_BUILDS: readonly WindowsBuild[] = [
  { build: '10.0.17763', ubr: 6414, osImage: 'Windows Server 2019 Datacenter', pool: 'win19', ltsc: 'ltsc2019' },
  { build: '10.0.20348', ubr: 2966, osImage: 'Windows Server 2022 Datacenter', pool: 'win22', ltsc: 'ltsc2022' },
  { build: '10.0.26100', ubr: 2605, osImage: 'Windows Server 2025 Datacenter', pool: 'win25', ltsc: 'ltsc2025' },
];

function windowsBuildFor(i: number): WindowsBuild {
  const slot = i % 10; // 30% 2019, 50% 2022, 20% 2025
  return WINDOWS_BUILDS[slot < 3 ? 0 : slot < 8 ? 1 : 2]!;
}

const ZONES = ['1', '2', '3'];
const REGION = 'westeurope';

interface GeneratedNode {
  name: string;
  windows?: WindowsBuild;
  ready: boolean;
  podCIDR: string;
  ip: string;
  tainted: boolean;
}

function readyConditions(now: number, ready: boolean, rng: Rng): Record<string, unknown>[] {
  const heartbeat = ready ? ts(now, 5 + Math.floor(rng() * 40)) : ts(now, 3600 + Math.floor(rng() * 7200));
  const transition = ts(now, 86400 * (3 + Math.floor(rng() * 20)));
  if (!ready) {
    const msg = 'Kubelet stopped posting node status.';
    return ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({
      type, status: 'Unknown', lastHeartbeatTime: heartbeat, lastTransitionTime: ts(now, 3000), reason: 'NodeStatusUnknown', message: msg,
    }));
  }
  return [
    { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: transition, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
    { type: 'DiskPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: transition, reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
    { type: 'PIDPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: transition, reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
    { type: 'Ready', status: 'True', lastHeartbeatTime: heartbeat, lastTransitionTime: transition, reason: 'KubeletReady', message: 'kubelet is posting ready status' },
  ];
}

// The images nodes report pulled: the same list on every node of a pool (only ever serialised).
const WINDOWS_IMAGES = new Map(WINDOWS_BUILDS.map((b) => [b.ltsc, nodeImages(b.ltsc)]));
const LINUX_NODE_IMAGES = nodeImages(undefined);

function nodeObject(n: GeneratedNode, i: number, now: number, rng: Rng): SimObject {
  const zone = `${REGION}-${ZONES[i % 3]}`;
  const w = n.windows;
  const os = w ? 'windows' : 'linux';
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': os,
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': os,
    'kubernetes.azure.com/agentpool': w ? w.pool : `pool${i % 8}`,
    'node.kubernetes.io/instance-type': w ? 'Standard_D4s_v3' : 'Standard_D8s_v5',
    'topology.kubernetes.io/region': REGION,
    'topology.kubernetes.io/zone': zone,
  };
  if (w) labels['node.kubernetes.io/windows-build'] = w.build;
  const taints: Record<string, unknown>[] = [];
  if (n.tainted) taints.push({ key: 'os', value: 'windows', effect: 'NoSchedule' });
  if (!n.ready) {
    taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: ts(now, 3000) });
    taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: ts(now, 2990) });
  }
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      uid: uuid(rng),
      creationTimestamp: ts(now, 86400 * (20 + (i % 40))),
      labels,
      annotations: nodeAnnotations(n.name),
      managedFields: nodeManagedFields(w !== undefined, ts(now, 86400 * (20 + (i % 40))), ts(now, 30)),
    },
    spec: {
      podCIDR: n.podCIDR,
      podCIDRs: [n.podCIDR],
      providerID: `azure:///subscriptions/3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b/resourceGroups/mc_prod_westeurope/providers/Microsoft.Compute/virtualMachineScaleSets/aks-${labels['kubernetes.azure.com/agentpool']}-vmss/virtualMachines/${i}`,
      ...(taints.length ? { taints } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: n.ip },
        { type: 'Hostname', address: n.name },
      ],
      allocatable: w
        ? { cpu: '3860m', 'ephemeral-storage': '133003395441', memory: '12692344Ki', pods: '30' }
        : { cpu: '7820m', 'ephemeral-storage': '119703055367', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '28089072Ki', pods: '110' },
      capacity: w
        ? { cpu: '4', 'ephemeral-storage': '133703676Ki', memory: '16776756Ki', pods: '30' }
        : { cpu: '8', 'ephemeral-storage': '129886128Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '32864496Ki', pods: '110' },
      conditions: readyConditions(now, n.ready, rng),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: w ? WINDOWS_IMAGES.get(w.ltsc)! : LINUX_NODE_IMAGES,
      nodeInfo: w
        ? {
            architecture: 'amd64', bootID: '', containerRuntimeVersion: 'containerd://1.7.20', kernelVersion: `${w.build}.${w.ubr}`,
            kubeProxyVersion: 'v1.30.4', kubeletVersion: 'v1.30.4', machineID: n.name, operatingSystem: 'windows', osImage: w.osImage,
            systemUUID: uuid(rng).toUpperCase(),
          }
        : {
            architecture: 'amd64', bootID: uuid(rng), containerRuntimeVersion: 'containerd://1.7.25-1', kernelVersion: '5.15.0-1079-azure',
            kubeProxyVersion: 'v1.30.4', kubeletVersion: 'v1.30.4', machineID: hex(rng, 32), operatingSystem: 'linux', osImage: 'Ubuntu 22.04.5 LTS',
            systemUUID: uuid(rng),
          },
    },
  };
}

const APP_NAMESPACES = ['payments', 'checkout', 'catalog', 'search', 'identity', 'reporting', 'billing', 'shipping', 'inventory', 'media'];
const LINUX_IMAGES = ['nginx:1.27', 'redis:7.4', 'ghcr.io/acme/api:2.14.3', 'mcr.microsoft.com/dotnet/aspnet:8.0', 'quay.io/prometheus/node-exporter:v1.8.2'];

function windowsImage(w: WindowsBuild, rng: Rng): string {
  return pick(rng, [
    `mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-${w.ltsc}`,
    `mcr.microsoft.com/windows/servercore/iis:windowsservercore-${w.ltsc}`,
    `mcr.microsoft.com/windows/nanoserver:${w.ltsc}`,
  ]);
}

type Breakage = 'osMismatch' | 'linuxImage' | 'ipExhausted' | 'pauseMismatch' | 'crashLoop' | 'unschedulable';
const BREAKAGES: readonly Breakage[] = ['osMismatch', 'linuxImage', 'ipExhausted', 'pauseMismatch', 'crashLoop', 'unschedulable'];

/**
 * The workload whose template carries a breakage (one per kind; its pods share namespace, name
 * and image). Node-level breakages have none: they fail pods of any workload on their nodes.
 */
const BROKEN_WORKLOADS: Readonly<Partial<Record<Breakage, { namespace: string; app: string; image?: string }>>> = {
  // Built on the Server 2019 base and scheduled on 2022 and 2025 nodes (process isolation).
  osMismatch: { namespace: 'payments', app: 'legacy-iis', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019' },
  // A Linux-only image with a Windows node selector.
  linuxImage: { namespace: 'checkout', app: 'edge-proxy', image: 'nginx:1.27' },
  // A .NET service whose image lacks a native DLL: exits with STATUS_DLL_NOT_FOUND.
  crashLoop: { namespace: 'reporting', app: 'renderer', image: 'ghcr.io/acme/report-renderer:3.2.0-windowsservercore' },
  // Pinned to Server 2022 nodes without tolerating their os=windows taint.
  unschedulable: { namespace: 'billing', app: 'batch', image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' },
};

interface PodPlan {
  namespace: string;
  app: string;
  name: string;
  uid: string;
  /** The uid of the pod's ReplicaSet. */
  ownerUid: string;
  node?: GeneratedNode;
  image: string;
  windows: boolean;
  breakage?: Breakage;
  createdAgo: number;
  schedulingMessage: string;
}

function waitingState(plan: PodPlan): { reason: string; message: string } | undefined {
  switch (plan.breakage) {
    case 'osMismatch':
      return {
        reason: 'CreateContainerError',
        message: `failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem ${plan.name}: The container operating system does not match the host operating system.: unknown`,
      };
    case 'linuxImage':
      return { reason: 'ImagePullBackOff', message: `Back-off pulling image "${plan.image}"` };
    case 'ipExhausted':
    case 'pauseMismatch':
      return { reason: 'ContainerCreating', message: '' };
    case 'crashLoop':
      return { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=app pod=${plan.name}_${plan.namespace}(${plan.uid})` };
    default:
      return undefined;
  }
}

// Sub-objects every generated pod has in common (shared: they are only ever serialised).
const POD_PORTS = [{ containerPort: 8080, name: 'http', protocol: 'TCP' }];
const POD_RESOURCES = { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } };
const POD_MOUNTS = [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access', readOnly: true }];
const WINDOWS_SELECTOR = { 'kubernetes.io/os': 'windows' };
const BUILD_2022_SELECTOR = { 'node.kubernetes.io/windows-build': '10.0.20348' };
const DEFAULT_TOLERATIONS = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
];
const WINDOWS_TOLERATIONS = [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }, ...DEFAULT_TOLERATIONS];
const POD_VOLUMES = [
  {
    name: 'kube-api-access',
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  },
];

const checksumCache = new Map<string, readonly [string, string]>();

/** The config and secret checksums a Helm chart stamps on every pod of one workload. */
function workloadChecksums(app: string, namespace: string): readonly [string, string] {
  const key = `${namespace}/${app}`;
  let sums = checksumCache.get(key);
  if (!sums) {
    const seeded = mulberry32([...key].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261));
    sums = [hex(seeded, 64), hex(seeded, 64)];
    checksumCache.set(key, sums);
  }
  return sums;
}

function podObject(plan: PodPlan, now: number, rng: Rng, podIP: string): SimObject {
  const node = plan.node;
  const created = ts(now, plan.createdAgo);
  const started = ts(now, plan.createdAgo - 3);
  const waiting = waitingState(plan);
  const running = node !== undefined && waiting === undefined;
  const containerStatus = waiting
    ? {
        name: 'app', image: plan.image, imageID: '', ready: false, restartCount: plan.breakage === 'crashLoop' ? 12 : 0, started: false,
        state: { waiting: waiting.message ? waiting : { reason: waiting.reason } },
        lastState: plan.breakage === 'crashLoop' ? { terminated: { exitCode: 3221225781, reason: 'Error', startedAt: ts(now, 400), finishedAt: ts(now, 398), containerID: `containerd://${hex(rng, 64)}` } } : {},
      }
    : {
        name: 'app', image: plan.image, imageID: `${plan.image.split(':')[0]}@sha256:${hex(rng, 64)}`, containerID: `containerd://${hex(rng, 64)}`,
        ready: true, restartCount: 0, started: true, state: { running: { startedAt: started } }, lastState: {},
      };
  const readyStatus = running ? 'True' : 'False';
  const notReady = running ? {} : { reason: 'ContainersNotReady', message: 'containers with unready status: [app]' };
  const conditions = node
    ? [
        { type: 'PodReadyToStartContainers', status: waiting?.reason === 'ContainerCreating' ? 'False' : 'True', lastProbeTime: null, lastTransitionTime: started },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: created },
        { type: 'Ready', status: readyStatus, lastProbeTime: null, lastTransitionTime: started, ...notReady },
        { type: 'ContainersReady', status: readyStatus, lastProbeTime: null, lastTransitionTime: started, ...notReady },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: created },
      ]
    : [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: created, reason: 'Unschedulable', message: plan.schedulingMessage }];
  const rsHash = plan.name.split('-').slice(-2, -1)[0] ?? '';
  const windowsScheduled = plan.windows && plan.breakage !== 'unschedulable';
  const spec: Record<string, unknown> = {
    containers: [
      {
        name: 'app',
        image: plan.image,
        imagePullPolicy: 'IfNotPresent',
        ports: POD_PORTS,
        resources: POD_RESOURCES,
        terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
        volumeMounts: POD_MOUNTS,
      },
    ],
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    ...(node ? { nodeName: node.name } : {}),
    ...(windowsScheduled ? { nodeSelector: WINDOWS_SELECTOR } : {}),
    ...(plan.breakage === 'unschedulable' ? { nodeSelector: BUILD_2022_SELECTOR } : {}),
    preemptionPolicy: 'PreemptLowerPriority',
    priority: 0,
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    serviceAccount: 'default',
    serviceAccountName: 'default',
    terminationGracePeriodSeconds: 30,
    tolerations: windowsScheduled ? WINDOWS_TOLERATIONS : DEFAULT_TOLERATIONS,
    volumes: POD_VOLUMES,
  };
  const status: Record<string, unknown> = {
    conditions,
    phase: running ? 'Running' : 'Pending',
    qosClass: 'Burstable',
  };
  if (node) {
    Object.assign(status, {
      containerStatuses: [containerStatus],
      hostIP: node.ip,
      hostIPs: [{ ip: node.ip }],
      ...(waiting?.reason === 'ContainerCreating' ? {} : { podIP, podIPs: [{ ip: podIP }] }),
      startTime: created,
    });
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: plan.name,
      generateName: plan.name.slice(0, plan.name.length - 5),
      namespace: plan.namespace,
      uid: plan.uid,
      creationTimestamp: created,
      labels: podLabels(plan.app, plan.namespace, rsHash, plan.windows),
      annotations: podAnnotations(plan.app, plan.namespace, workloadChecksums(plan.app, plan.namespace), ts(now, 86400 * 12 + plan.app.length * 3600)),
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${plan.app}-${rsHash}`, uid: plan.ownerUid, controller: true, blockOwnerDeletion: true }],
      managedFields: podManagedFields(plan.windows, created, node ? started : created, node !== undefined),
    },
    spec,
    status,
  };
}

/** The scheduler's message for a Server 2022-only pod without the os toleration in this cluster. */
function schedulingMessage(nodes: GeneratedNode[]): string {
  const unreachable = nodes.filter((n) => !n.ready).length;
  const tainted = nodes.filter((n) => n.tainted && n.ready).length;
  const nonMatching = nodes.length - tainted - unreachable;
  const parts = [
    unreachable ? `${unreachable} node(s) had untolerated taint {node.kubernetes.io/unreachable: }` : '',
    tainted ? `${tainted} node(s) had untolerated taint {os: windows}` : '',
    nonMatching ? `${nonMatching} node(s) didn't match Pod's node affinity/selector` : '',
  ]
    .filter(Boolean)
    .sort();
  const head = `0/${nodes.length} nodes are available`;
  return `${head}: ${parts.join(', ')}. preemption: ${head}: ${nodes.length} Preemption is not helpful for scheduling.`;
}

function event(
  plan: PodPlan,
  now: number,
  rng: Rng,
  e: { type: string; reason: string; message: string; count?: number; fieldPath?: boolean; agoFirst: number; agoLast: number },
): SimObject {
  const base = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${plan.name}.${hex(rng, 16)}`,
      namespace: plan.namespace,
      uid: uuid(rng),
      creationTimestamp: ts(now, e.agoFirst),
      managedFields: eventManagedFields(!plan.node, plan.windows, ts(now, e.agoLast)),
    },
    involvedObject: {
      apiVersion: 'v1', kind: 'Pod', name: plan.name, namespace: plan.namespace, uid: plan.uid,
      ...(e.fieldPath ? { fieldPath: 'spec.containers{app}' } : {}),
    },
    reason: e.reason,
    message: e.message,
    type: e.type,
  };
  if (!plan.node) {
    return {
      ...base, source: {}, firstTimestamp: null, lastTimestamp: null, eventTime: new Date(now - e.agoFirst * 1000).toISOString().replace('Z', '000Z'),
      action: 'Scheduling', reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-control-plane',
      ...(e.count && e.count > 1 ? { series: { count: e.count, lastObservedTime: new Date(now - e.agoLast * 1000).toISOString().replace('Z', '000Z') } } : {}),
    };
  }
  return {
    ...base,
    source: { component: 'kubelet', host: plan.node.name },
    firstTimestamp: ts(now, e.agoFirst),
    lastTimestamp: ts(now, e.agoLast),
    count: e.count ?? 1,
    eventTime: null,
    reportingComponent: 'kubelet',
    reportingInstance: plan.node.name,
  };
}

function brokenEvents(plan: PodPlan, now: number, rng: Rng): SimObject[] {
  switch (plan.breakage) {
    case 'osMismatch':
      return [event(plan, now, rng, { type: 'Warning', reason: 'Failed', fieldPath: true, count: 14, agoFirst: 3000, agoLast: 40,
        message: `Error: failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem ${hex(rng, 64)}: The container operating system does not match the host operating system.: unknown` })];
    case 'linuxImage':
      return [
        event(plan, now, rng, { type: 'Warning', reason: 'Failed', fieldPath: true, count: 9, agoFirst: 2000, agoLast: 60,
          message: `Failed to pull image "${plan.image}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/${plan.image}": no match for platform in manifest: not found` }),
        event(plan, now, rng, { type: 'Normal', reason: 'BackOff', fieldPath: true, count: 120, agoFirst: 1990, agoLast: 20, message: `Back-off pulling image "${plan.image}"` }),
      ];
    case 'ipExhausted': {
      const subnet = plan.node!.podCIDR.split('/')[0]!.split('.').slice(0, 3).join('.');
      return [event(plan, now, rng, { type: 'Warning', reason: 'FailedCreatePodSandBox', count: 40, agoFirst: 2400, agoLast: 30,
        message: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${hex(rng, 64)}": plugin type="azure-vnet" failed (add): failed to allocate for range 0: no IP addresses available in range set: ${subnet}.2-${subnet}.254` })];
    }
    case 'pauseMismatch':
      return [event(plan, now, rng, { type: 'Warning', reason: 'FailedCreatePodSandBox', count: 33, agoFirst: 2600, agoLast: 25,
        message: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox "${hex(rng, 64)}": failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem ${hex(rng, 64)}: The container operating system does not match the host operating system.: unknown` })];
    case 'crashLoop':
      return [event(plan, now, rng, { type: 'Warning', reason: 'BackOff', fieldPath: true, count: 80, agoFirst: 5000, agoLast: 15,
        message: `Back-off restarting failed container app in pod ${plan.name}_${plan.namespace}(${plan.uid})` })];
    case 'unschedulable':
      return [event(plan, now, rng, { type: 'Warning', reason: 'FailedScheduling', count: 25, agoFirst: 4000, agoLast: 60, message: plan.schedulingMessage })];
    default:
      return [];
  }
}

function normalEvent(plan: PodPlan, now: number, rng: Rng, k: number): SimObject {
  const kinds = [
    { reason: 'Pulled', message: `Container image "${plan.image}" already present on machine` },
    { reason: 'Created', message: 'Created container app' },
    { reason: 'Started', message: 'Started container app' },
  ];
  const e = kinds[k % kinds.length]!;
  const ago = Math.min(plan.createdAgo, 3000) - 2;
  return event(plan, now, rng, { type: 'Normal', reason: e.reason, message: e.message, fieldPath: true, agoFirst: ago, agoLast: ago });
}

/** Generates namespaces, nodes, pods and events at the requested scale (deterministic per seed). */
export function generateScaleObjects(opts: ScaleOptions): SimObject[] {
  const rng = mulberry32(opts.seed ?? 20250601);
  const now = (opts.now ?? new Date()).getTime();
  const out: SimObject[] = [];

  for (const name of APP_NAMESPACES) {
    out.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, uid: uuid(rng), creationTimestamp: ts(now, 86400 * 60), labels: { 'kubernetes.io/metadata.name': name } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
  }

  const nodes: GeneratedNode[] = [];
  const notReadyCount = opts.brokenFraction > 0 && opts.windowsNodes > 0 ? Math.max(1, Math.round((opts.windowsNodes * opts.brokenFraction) / 5)) : 0;
  const stride = notReadyCount ? opts.windowsNodes / notReadyCount : 0;
  const notReady = new Set(Array.from({ length: notReadyCount }, (_, k) => Math.floor(k * stride + stride - 1)));
  for (let i = 0; i < opts.nodes; i++) {
    const windows = i < opts.windowsNodes ? windowsBuildFor(i) : undefined;
    const idx = windows ? i : i - opts.windowsNodes;
    const name = windows ? `aks${windows.pool}-${idx.toString(36).padStart(6, '0')}` : `aks-pool${idx % 8}-31415926-vmss${idx.toString(36).padStart(6, '0')}`;
    const third = Math.floor(i / 250) % 250;
    nodes.push({
      name,
      windows,
      ready: !notReady.has(i),
      podCIDR: `10.${100 + Math.floor(i / 250)}.${i % 250}.0/24`,
      ip: `10.${(Math.floor(i / 250) % 4) + 224}.${third}.${(i % 250) + 4}`,
      tainted: windows !== undefined && windows.pool === 'win22',
    });
  }
  const message = schedulingMessage(nodes);
  nodes.forEach((n, i) => out.push(nodeObject(n, i, now, rng)));

  const windowsNodes = nodes.filter((n) => n.windows);
  const linuxNodes = nodes.filter((n) => !n.windows);
  const windowsPods = opts.nodes > 0 ? Math.round((opts.pods * opts.windowsNodes) / opts.nodes) : 0;
  const brokenEvery = opts.brokenFraction > 0 ? Math.max(1, Math.round(1 / opts.brokenFraction)) : 0;
  const plans: PodPlan[] = [];
  const workloads = new Map<string, { rsHash: string; ownerUid: string }>();
  // Pods of one ReplicaSet differ only in a five-character suffix, which may repeat by chance.
  const podNames = new Set<string>();
  const uniquePodName = (prefix: string): string => {
    let name = `${prefix}${suffix(rng, 5)}`;
    while (podNames.has(name)) name = `${prefix}${suffix(rng, 5)}`;
    podNames.add(name);
    return name;
  };
  const ipCounters = new Map<string, number>();
  // Causes that sit in a node (a full pod range, a pause image for another build) fail the pods
  // of whatever workload lands there: they are concentrated on a few Ready nodes. The 2019 pool's
  // sandbox image was configured for a newer build.
  const readyWindows = windowsNodes.filter((n) => n.ready);
  const designated = (candidates: GeneratedNode[], offset: number): GeneratedNode[] => {
    if (candidates.length === 0 || notReadyCount === 0) return [];
    const every = Math.max(1, Math.floor(candidates.length / notReadyCount));
    return Array.from({ length: Math.min(notReadyCount, candidates.length) }, (_, k) => candidates[(k * every + offset) % candidates.length]!);
  };
  const exhaustedNodes = designated(readyWindows, 1);
  const olderBuild = WINDOWS_BUILDS[0]!;
  const pauseNodes = designated(readyWindows.filter((n) => n.windows === olderBuild && !exhaustedNodes.includes(n)), 2);
  // The image built for the oldest build, scheduled on nodes of the two newer ones.
  const newerBuildNodes = readyWindows.filter((n) => n.windows !== olderBuild);
  const placed = new Map<Breakage, number>();
  const placeOn = (breakage: Breakage, nodesFor: GeneratedNode[], fallback: GeneratedNode): GeneratedNode => {
    if (nodesFor.length === 0) return fallback;
    const k = placed.get(breakage) ?? 0;
    placed.set(breakage, k + 1);
    // Consecutive nodes: the builds alternate along the list, so every build of the list is reached.
    return nodesFor[k % nodesFor.length]!;
  };
  let brokenCount = 0;
  for (let p = 0; p < opts.pods; p++) {
    const windows = p < windowsPods && windowsNodes.length > 0;
    const pool = windows ? windowsNodes : linuxNodes.length ? linuxNodes : windowsNodes;
    if (pool.length === 0) break;
    let node = pool[p % pool.length]!;
    let breakage: Breakage | undefined;
    if (windows && brokenEvery && p % brokenEvery === 0) breakage = BREAKAGES[brokenCount++ % BREAKAGES.length];
    if (!node.ready && windows) breakage = undefined;
    if (breakage === 'ipExhausted') node = placeOn(breakage, exhaustedNodes, node);
    if (breakage === 'pauseMismatch') node = placeOn(breakage, pauseNodes, node);
    if (breakage === 'osMismatch') node = placeOn(breakage, newerBuildNodes, node);
    // A workload's pods share one template: a cause in the template is one broken workload.
    const broken = breakage ? BROKEN_WORKLOADS[breakage] : undefined;
    const namespace = broken?.namespace ?? APP_NAMESPACES[p % APP_NAMESPACES.length]!;
    const app = broken ? `win-${namespace}-${broken.app}` : `${windows ? 'win' : 'svc'}-${namespace}-${(p % 37).toString(36)}`;
    // Every pod of a workload belongs to the same ReplicaSet: one template hash and owner uid per app.
    let workload = workloads.get(app);
    if (!workload) {
      workload = { rsHash: hex(rng, 10).replace(/[0-9a-f]/g, (c) => SUFFIX[parseInt(c, 16) % SUFFIX.length]!), ownerUid: uuid(rng) };
      workloads.set(app, workload);
    }
    const { rsHash, ownerUid } = workload;
    const image = broken?.image ?? (windows ? windowsImage(node.windows!, rng) : pick(rng, LINUX_IMAGES));
    plans.push({
      namespace,
      app,
      name: uniquePodName(`${app}-${rsHash}-`),
      uid: uuid(rng),
      ownerUid,
      node: breakage === 'unschedulable' ? undefined : node,
      image,
      windows,
      breakage,
      createdAgo: 600 + Math.floor(rng() * 86400 * 10),
      schedulingMessage: message,
    });
  }
  for (const plan of plans) {
    let podIP = '';
    if (plan.node) {
      const n = (ipCounters.get(plan.node.name) ?? 3) + 1;
      ipCounters.set(plan.node.name, n);
      podIP = `${plan.node.podCIDR.split('/')[0]!.split('.').slice(0, 3).join('.')}.${(n % 250) + 2}`;
    }
    out.push(podObject(plan, now, rng, podIP));
  }

  let events = 0;
  for (const plan of plans) {
    if (!plan.breakage || events >= opts.events) continue;
    for (const e of brokenEvents(plan, now, rng)) {
      if (events++ < opts.events) out.push(e);
    }
  }
  const scheduled = plans.filter((p) => p.node);
  for (let k = 0; events < opts.events && scheduled.length > 0; k++, events++) {
    out.push(normalEvent(scheduled[(k * 7919) % scheduled.length]!, now, rng, k));
  }
  return out;
}
