/**
 * Kubernetes objects as plain JSON (timestamps stay RFC 3339 strings), exactly as the API server
 * and `kubectl get -o json|yaml` write them. Both the live collector and the offline loader
 * produce these shapes, so the rules never know where a Snapshot came from.
 * Only the fields windbg reads are typed; everything else is carried along untouched.
 */
import type { TtySession } from './exec-tty.js';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  ownerReferences?: { apiVersion?: string; kind: string; name: string; uid?: string; controller?: boolean }[];
  [extra: string]: unknown;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | string;
  timeAdded?: string;
}

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal' | string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface NodeCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown' | string;
  reason?: string;
  message?: string;
  lastHeartbeatTime?: string;
  lastTransitionTime?: string;
}

export interface NodeSystemInfo {
  architecture?: string;
  bootID?: string;
  containerRuntimeVersion?: string; // "containerd://1.7.20", "docker://20.10.9"
  kernelVersion?: string; // "10.0.20348.2966"
  kubeProxyVersion?: string;
  kubeletVersion?: string; // "v1.30.4"
  machineID?: string;
  operatingSystem?: string; // "windows" | "linux"
  osImage?: string; // "Windows Server 2022 Datacenter"
  systemUUID?: string;
}

export interface KNode {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: {
    podCIDR?: string;
    podCIDRs?: string[];
    providerID?: string;
    taints?: Taint[];
    unschedulable?: boolean;
    [extra: string]: unknown;
  };
  status?: {
    conditions?: NodeCondition[];
    nodeInfo?: NodeSystemInfo;
    addresses?: { type: string; address: string }[];
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    /** Absent from collected snapshots: dropped as never read (droppedFields in select.ts). */
    images?: { names?: string[]; sizeBytes?: number }[];
    [extra: string]: unknown;
  };
}

export interface SecurityContext {
  privileged?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  runAsNonRoot?: boolean;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  procMount?: string;
  capabilities?: { add?: string[]; drop?: string[] };
  seLinuxOptions?: Record<string, string>;
  seccompProfile?: { type: string; localhostProfile?: string };
  appArmorProfile?: { type: string };
  windowsOptions?: {
    hostProcess?: boolean;
    runAsUserName?: string;
    gmsaCredentialSpecName?: string;
    gmsaCredentialSpec?: string;
  };
  [extra: string]: unknown;
}

export interface PodSecurityContext extends SecurityContext {
  fsGroup?: number;
  fsGroupChangePolicy?: string;
  supplementalGroups?: number[];
  sysctls?: { name: string; value: string }[];
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: { containerPort: number; hostPort?: number; protocol?: string; name?: string }[];
  resources?: {
    limits?: Record<string, string>;
    requests?: Record<string, string>;
  };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string; mountPropagation?: string; readOnly?: boolean; subPath?: string }[];
  volumeDevices?: { name: string; devicePath: string }[];
  [extra: string]: unknown;
}

export interface ContainerStateWaiting {
  reason?: string;
  message?: string;
}
export interface ContainerStateTerminated {
  exitCode: number;
  reason?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
}
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: { startedAt?: string };
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  image?: string;
  /** Absent from collected snapshots, like containerID: dropped as never read (droppedFields in select.ts). */
  imageID?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state?: ContainerState;
  lastState?: ContainerState;
  containerID?: string;
}

export interface PodCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface KPod {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta & { namespace?: string };
  spec?: {
    nodeName?: string;
    nodeSelector?: Record<string, string>;
    affinity?: {
      nodeAffinity?: {
        requiredDuringSchedulingIgnoredDuringExecution?: {
          nodeSelectorTerms?: {
            matchExpressions?: { key: string; operator: string; values?: string[] }[];
            matchFields?: { key: string; operator: string; values?: string[] }[];
          }[];
        };
        [extra: string]: unknown;
      };
      [extra: string]: unknown;
    };
    tolerations?: Toleration[];
    containers: Container[];
    initContainers?: Container[];
    ephemeralContainers?: Container[];
    runtimeClassName?: string;
    hostNetwork?: boolean;
    hostPID?: boolean;
    hostIPC?: boolean;
    shareProcessNamespace?: boolean;
    dnsPolicy?: string;
    os?: { name: string };
    securityContext?: PodSecurityContext;
    volumes?: { name: string; emptyDir?: { medium?: string; sizeLimit?: string }; [extra: string]: unknown }[];
    serviceAccountName?: string;
    activeDeadlineSeconds?: number;
    restartPolicy?: string;
    [extra: string]: unknown;
  };
  status?: {
    phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown' | string;
    reason?: string;
    message?: string;
    conditions?: PodCondition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
    hostIP?: string;
    podIP?: string;
    startTime?: string;
    qosClass?: string;
    [extra: string]: unknown;
  };
}

export interface KEvent {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  involvedObject: {
    kind?: string;
    name?: string;
    namespace?: string;
    uid?: string;
    fieldPath?: string;
    apiVersion?: string;
  };
  reason?: string;
  message?: string;
  type?: 'Normal' | 'Warning' | string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingInstance?: string;
}

export interface KNamespace {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  status?: { phase?: string };
}

/** A node's heartbeat Lease (coordination.k8s.io/v1, namespace kube-node-lease, named after the node). */
export interface KLease {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    /** RFC 3339 with microseconds, renewed by the kubelet every 10 s. */
    renewTime?: string;
    acquireTime?: string;
    [extra: string]: unknown;
  };
}

/** Where the kubelets keep their Leases. */
export const nodeLeaseNamespace = 'kube-node-lease';

export interface KDaemonSet {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: {
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    numberReady?: number;
    [extra: string]: unknown;
  };
}

/** A label selector as the API writes it (NetworkPolicy podSelector, Deployment selector). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string; values?: string[] }[];
}

export interface ServicePort {
  name?: string;
  protocol?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
}

/**
 * A Service, slimmed to what the causes read when collected (see slimService in services.ts):
 * its selector, session affinity, type and ports.
 */
export interface KService {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: {
    /** Equality selector over pod labels; absent for a Service without selector (manual endpoints). */
    selector?: Record<string, string>;
    sessionAffinity?: 'None' | 'ClientIP' | string;
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName' | string;
    ports?: ServicePort[];
    [extra: string]: unknown;
  };
}

/** A NetworkPolicy (networking.k8s.io/v1), slimmed to its pod selector and policy types. */
export interface KNetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: {
    /** An empty selector selects every pod of the policy's namespace. */
    podSelector?: LabelSelector;
    policyTypes?: string[];
    [extra: string]: unknown;
  };
}

export interface ServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
  platform?: string;
}

/** Where a Snapshot came from. */
export type SnapshotSource =
  | { kind: 'cluster'; context?: string; server?: string }
  | { kind: 'files'; path: string };

/**
 * Everything the rules read about the cluster. Plain objects only.
 * - nodes: Windows nodes only (label kubernetes.io/os=windows, or nodeInfo.operatingSystem=windows).
 * - pods: pods bound to those nodes, plus unscheduled pods that target Windows
 *   (see `targetsWindows` in src/windows).
 * - events: events whose involvedObject is one of those nodes or pods.
 */
export interface Snapshot {
  source: SnapshotSource;
  collectedAt: string;
  serverVersion?: ServerVersion;
  nodes: KNode[];
  pods: KPod[];
  events: KEvent[];
  namespaces?: KNamespace[];
  /**
   * The Leases of the selected nodes; undefined when they were not read (refused, or an offline
   * input without Leases): node health then rests on the Ready condition alone.
   */
  leases?: KLease[];
  /**
   * Services that select at least one of the pods above, slimmed; undefined when they were not
   * read (refused, or an offline input without Services).
   */
  services?: KService[];
  /** NetworkPolicies whose podSelector selects at least one of the pods above; undefined when not read. */
  networkPolicies?: KNetworkPolicy[];
  /** Things that could not be read, said plainly ("events could not be listed: forbidden"). */
  notes: string[];
}

/** What to collect. */
export interface CollectScope {
  /** Only these Windows nodes (by name). */
  nodeNames?: string[];
  /** Label selector applied to nodes (`-l`). */
  nodeLabelSelector?: string;
  /** Only pods of this namespace (`-n`); undefined = all namespaces. */
  namespace?: string;
  /** Collect exactly one pod (and its node). */
  pod?: { namespace: string; name: string };
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** Exit code reported on the status channel; 0 on Success. */
  exitCode: number;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Page size; default 500. */
  limit?: number;
  /**
   * Pods only, a hint for speed: pods bound to a node outside `nodeNames` (and, unless
   * `unscheduled`, pods bound to no node) may be skipped before they are even parsed.
   * A client may ignore it, so callers still filter what they receive.
   */
  onlyOnNodes?: { nodeNames: ReadonlySet<string>; unscheduled: boolean };
  /**
   * Events: only those whose involvedObject.name is one of these names are needed; others may be
   * skipped before they are parsed. A client may ignore it, so callers still filter what they receive.
   */
  onlyInvolving?: ReadonlySet<string>;
}

/**
 * The only door to the API server. Implemented in src/kube/client.ts over the kubeconfig
 * (auth handled by @kubernetes/client-node's KubeConfig), honouring --request-timeout on every
 * call, retrying 429/5xx/connection resets with bounded backoff, restarting a list once on 410.
 * Missing objects resolve to undefined; every other failure throws ClusterAccessError.
 */
export interface KubeClient {
  readonly contextName?: string;
  readonly server: string;
  /** The namespace the kubeconfig context sets, if any (kubectl's default for -n). */
  readonly defaultNamespace?: string;
  version(): Promise<ServerVersion>;
  getNode(name: string): Promise<KNode | undefined>;
  getPod(namespace: string, name: string): Promise<KPod | undefined>;
  getNamespace(name: string): Promise<KNamespace | undefined>;
  /** Pages of nodes (limit/continue), streamed so callers keep only what they need. */
  listNodes(opts?: ListOptions): AsyncIterable<KNode[]>;
  listPods(opts?: ListOptions): AsyncIterable<KPod[]>;
  listEvents(opts?: ListOptions): AsyncIterable<KEvent[]>;
  /** A node's Lease in kube-node-lease; undefined when it does not exist. */
  getNodeLease?(nodeName: string): Promise<KLease | undefined>;
  /** Pages of the node Leases in kube-node-lease. */
  listNodeLeases?(opts?: ListOptions): AsyncIterable<KLease[]>;
  /** Pages of namespaces; used when a cluster-wide pod list is forbidden. */
  listNamespaces?(opts?: ListOptions): AsyncIterable<KNamespace[]>;
  /** Pages of Services (in `opts.namespace`, or all namespaces). */
  listServices?(opts?: ListOptions): AsyncIterable<KService[]>;
  /** Pages of NetworkPolicies (networking.k8s.io/v1, in `opts.namespace`, or all namespaces). */
  listNetworkPolicies?(opts?: ListOptions): AsyncIterable<KNetworkPolicy[]>;
  createPod(namespace: string, pod: KPod): Promise<KPod>;
  /** Deletes; a pod that is already gone is not an error. */
  deletePod(namespace: string, name: string, opts?: { gracePeriodSeconds?: number }): Promise<void>;
  /** One exec over the WebSocket exec protocol (v5/v4.channel.k8s.io). */
  exec(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    opts?: { stdin?: string; timeoutMs?: number; timeoutFlag?: string },
  ): Promise<ExecResult>;
  /** Interactive exec: stdin streamed as typed, a remote terminal when `tty`, resizes forwarded. */
  execInteractive?(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    opts: { tty: boolean; session: TtySession },
  ): Promise<{ exitCode: number }>;
  /** Exec that streams stdout into a sink (used for large bundles). */
  execStream(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    stdout: NodeJS.WritableStream,
    opts?: { timeoutMs?: number; timeoutFlag?: string },
  ): Promise<{ stderr: string; exitCode: number }>;
  podLogs(namespace: string, name: string, container?: string): Promise<string>;
  createDaemonSet(namespace: string, ds: KDaemonSet): Promise<KDaemonSet>;
  getDaemonSet(namespace: string, name: string): Promise<KDaemonSet | undefined>;
  deleteDaemonSet(namespace: string, name: string): Promise<void>;
  listDaemonSets(opts?: ListOptions): AsyncIterable<KDaemonSet[]>;
}
