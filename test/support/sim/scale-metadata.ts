/**
 * The metadata a real API server returns with each object of the generated scale cluster:
 * Helm-style labels, annotations (config checksums, scrape settings, restart stamps, log
 * settings: about 600 bytes per pod), and `managedFields` as server-side apply records them for
 * the controller that created the object and for the kubelet that writes its status.
 * Without them a generated pod is a third of the size of a real one, and any figure measured on
 * it flatters the client. The field sets are shared between objects (the server only serialises
 * them); the times and the annotation values differ per workload or per object.
 */

type Fields = Record<string, unknown>;

/** A managedFields entry; `fieldsV1` is shared between the objects of one kind. */
function managedEntry(manager: string, time: string, fieldsV1: Fields, subresource?: string): Record<string, unknown> {
  return {
    manager,
    operation: 'Update',
    apiVersion: 'v1',
    time,
    fieldsType: 'FieldsV1',
    fieldsV1,
    ...(subresource ? { subresource } : {}),
  };
}

/** `{"f:a": {}, "f:b": {}}` for every key: how managedFields records the members of a map. */
function keysOf(names: readonly string[]): Fields {
  return Object.fromEntries(names.map((name) => [`f:${name}`, {}]));
}

// ---------------------------------------------------------------------------------------------
// Pods

export const POD_ANNOTATION_KEYS = [
  'checksum/config',
  'checksum/secrets',
  'kubectl.kubernetes.io/restartedAt',
  'kubectl.kubernetes.io/default-container',
  'prometheus.io/scrape',
  'prometheus.io/port',
  'prometheus.io/path',
  'cluster-autoscaler.kubernetes.io/safe-to-evict',
  'ad.datadoghq.com/app.logs',
  'ad.datadoghq.com/app.checks',
] as const;

export const POD_LABEL_KEYS = [
  'app',
  'pod-template-hash',
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/version',
  'app.kubernetes.io/component',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/managed-by',
  'helm.sh/chart',
] as const;

/** Labels of a Deployment's pod as a Helm chart sets them. */
export function podLabels(app: string, namespace: string, rsHash: string, windows: boolean): Record<string, string> {
  return {
    app,
    'pod-template-hash': rsHash,
    'app.kubernetes.io/name': app,
    'app.kubernetes.io/instance': `${namespace}-${app}`,
    'app.kubernetes.io/version': '2.14.3',
    'app.kubernetes.io/component': windows ? 'iis-frontend' : 'api',
    'app.kubernetes.io/part-of': namespace,
    'app.kubernetes.io/managed-by': 'Helm',
    'helm.sh/chart': `${app}-2.14.3`,
  };
}

/** About 600 bytes of annotations; `checksums` are the workload's (64 hex characters each). */
export function podAnnotations(app: string, namespace: string, checksums: readonly [string, string], restartedAt: string): Record<string, string> {
  return {
    'checksum/config': checksums[0],
    'checksum/secrets': checksums[1],
    'kubectl.kubernetes.io/restartedAt': restartedAt,
    'kubectl.kubernetes.io/default-container': 'app',
    'prometheus.io/scrape': 'true',
    'prometheus.io/port': '9102',
    'prometheus.io/path': '/metrics',
    'cluster-autoscaler.kubernetes.io/safe-to-evict': 'true',
    'ad.datadoghq.com/app.logs': `[{"source":"iis","service":"${app}","log_processing_rules":[{"type":"exclude_at_match","name":"health","pattern":"GET /healthz"}]}]`,
    'ad.datadoghq.com/app.checks': `{"openmetrics":{"instances":[{"openmetrics_endpoint":"http://%%host%%:9102/metrics","namespace":"${namespace}","metrics":[".*"]}]}}`,
  };
}

const containerFields: Fields = {
  'f:image': {},
  'f:imagePullPolicy': {},
  'f:name': {},
  'f:ports': { '.': {}, 'k:{"containerPort":8080,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {}, 'f:name': {}, 'f:protocol': {} } },
  'f:resources': { '.': {}, 'f:limits': { '.': {}, 'f:cpu': {}, 'f:memory': {} }, 'f:requests': { '.': {}, 'f:cpu': {}, 'f:memory': {} } },
  'f:terminationMessagePath': {},
  'f:terminationMessagePolicy': {},
  'f:volumeMounts': { '.': {}, 'k:{"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}': { '.': {}, 'f:mountPath': {}, 'f:name': {}, 'f:readOnly': {} } },
};

function controllerPodFields(withNodeSelector: boolean): Fields {
  return {
    'f:metadata': {
      'f:annotations': { '.': {}, ...keysOf(POD_ANNOTATION_KEYS) },
      'f:generateName': {},
      'f:labels': { '.': {}, ...keysOf(POD_LABEL_KEYS) },
      'f:ownerReferences': { '.': {}, 'k:{"uid":"00000000-0000-0000-0000-000000000000"}': {} },
    },
    'f:spec': {
      'f:containers': { 'k:{"name":"app"}': { '.': {}, ...containerFields } },
      'f:dnsPolicy': {},
      'f:enableServiceLinks': {},
      ...(withNodeSelector ? { 'f:nodeSelector': {} } : {}),
      'f:restartPolicy': {},
      'f:schedulerName': {},
      'f:securityContext': {},
      'f:terminationGracePeriodSeconds': {},
      'f:tolerations': {},
    },
  };
}

const controllerPodFieldsWindows = controllerPodFields(true);
const controllerPodFieldsLinux = controllerPodFields(false);

function conditionFields(type: string, withReason: boolean): [string, Fields] {
  return [
    `k:{"type":"${type}"}`,
    { '.': {}, 'f:lastProbeTime': {}, 'f:lastTransitionTime': {}, ...(withReason ? { 'f:message': {}, 'f:reason': {} } : {}), 'f:status': {}, 'f:type': {} },
  ];
}

const kubeletPodStatusFields: Fields = {
  'f:status': {
    'f:conditions': Object.fromEntries([
      conditionFields('ContainersReady', true),
      conditionFields('Initialized', false),
      conditionFields('PodReadyToStartContainers', false),
      conditionFields('Ready', true),
    ]),
    'f:containerStatuses': {},
    'f:hostIP': {},
    'f:hostIPs': {},
    'f:phase': {},
    'f:podIP': {},
    'f:podIPs': { '.': {}, 'k:{"ip":"10.0.0.0"}': { '.': {}, 'f:ip': {} } },
    'f:startTime': {},
  },
};

const schedulerPodStatusFields: Fields = {
  'f:status': { 'f:conditions': Object.fromEntries([conditionFields('PodScheduled', true)]) },
};

/** managedFields of a pod: its ReplicaSet controller, and the kubelet (or the scheduler when unbound). */
export function podManagedFields(windows: boolean, created: string, statusAt: string, bound: boolean): Record<string, unknown>[] {
  return [
    managedEntry('kube-controller-manager', created, windows ? controllerPodFieldsWindows : controllerPodFieldsLinux),
    bound
      ? managedEntry(windows ? 'kubelet.exe' : 'kubelet', statusAt, kubeletPodStatusFields, 'status')
      : managedEntry('kube-scheduler', statusAt, schedulerPodStatusFields, 'status'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Nodes

const nodeConditionFields: Fields = Object.fromEntries(
  ['DiskPressure', 'MemoryPressure', 'PIDPressure', 'Ready'].map((type) => [
    `k:{"type":"${type}"}`,
    { 'f:lastHeartbeatTime': {}, 'f:lastTransitionTime': {}, 'f:message': {}, 'f:reason': {}, 'f:status': {} },
  ]),
);

const kubeletNodeFields: Fields = {
  'f:metadata': {
    'f:annotations': { '.': {}, 'f:csi.volume.kubernetes.io/nodeid': {}, 'f:volumes.kubernetes.io/controller-managed-attach-detach': {} },
    'f:labels': {
      '.': {},
      ...keysOf(['beta.kubernetes.io/arch', 'beta.kubernetes.io/os', 'kubernetes.io/arch', 'kubernetes.io/hostname', 'kubernetes.io/os']),
    },
  },
  'f:spec': { 'f:providerID': {} },
};

const kubeletNodeStatusFields: Fields = {
  'f:status': {
    'f:allocatable': keysOf(['cpu', 'ephemeral-storage', 'memory', 'pods']),
    'f:capacity': keysOf(['cpu', 'ephemeral-storage', 'memory', 'pods']),
    'f:conditions': nodeConditionFields,
    'f:daemonEndpoints': { 'f:kubeletEndpoint': { 'f:Port': {} } },
    'f:images': {},
    'f:nodeInfo': keysOf(['architecture', 'bootID', 'containerRuntimeVersion', 'kernelVersion', 'kubeProxyVersion', 'kubeletVersion', 'machineID', 'operatingSystem', 'osImage', 'systemUUID']),
    'f:runtimeHandlers': {},
  },
};

const controllerNodeFields: Fields = {
  'f:metadata': { 'f:annotations': { 'f:node.alpha.kubernetes.io/ttl': {} } },
  'f:spec': { 'f:podCIDR': {}, 'f:podCIDRs': { '.': {}, 'v:"10.0.0.0/24"': {} }, 'f:taints': {} },
};

const cloudNodeFields: Fields = {
  'f:metadata': {
    'f:labels': keysOf(['kubernetes.azure.com/agentpool', 'node.kubernetes.io/instance-type', 'topology.kubernetes.io/region', 'topology.kubernetes.io/zone']),
  },
  'f:status': { 'f:addresses': { '.': {}, 'k:{"type":"Hostname"}': { '.': {}, 'f:address': {}, 'f:type': {} }, 'k:{"type":"InternalIP"}': { '.': {}, 'f:address': {}, 'f:type': {} } } },
};

export function nodeManagedFields(windows: boolean, created: string, heartbeat: string): Record<string, unknown>[] {
  const kubelet = windows ? 'kubelet.exe' : 'kubelet';
  return [
    managedEntry(kubelet, created, kubeletNodeFields),
    managedEntry('kube-controller-manager', created, controllerNodeFields),
    managedEntry('cloud-node-manager', created, cloudNodeFields, 'status'),
    managedEntry(kubelet, heartbeat, kubeletNodeStatusFields, 'status'),
  ];
}

export function nodeAnnotations(name: string): Record<string, string> {
  return {
    'csi.volume.kubernetes.io/nodeid': `{"disk.csi.azure.com":"${name}","file.csi.azure.com":"${name}"}`,
    'node.alpha.kubernetes.io/ttl': '0',
    'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
  };
}

function image(names: string[], sizeBytes: number): Record<string, unknown> {
  return { names, sizeBytes };
}

const digest = (seed: string): string => {
  let out = '';
  for (let i = 0; out.length < 64; i++) out += ((seed.charCodeAt(i % seed.length) * 2654435761 + i * 40503) >>> 0).toString(16).padStart(8, '0');
  return out.slice(0, 64);
};

/** The images a node reports pulled (repository digests and tags), as the kubelet lists them. */
export function nodeImages(windowsLtsc: string | undefined): Record<string, unknown>[] {
  const repos = windowsLtsc
    ? [
        [`mcr.microsoft.com/windows/servercore/iis`, `windowsservercore-${windowsLtsc}`, 2_184_013_402],
        [`mcr.microsoft.com/dotnet/framework/aspnet`, `4.8.1-windowsservercore-${windowsLtsc}`, 2_401_883_171],
        [`mcr.microsoft.com/windows/nanoserver`, windowsLtsc, 122_380_045],
        [`mcr.microsoft.com/windows/servercore`, windowsLtsc, 2_051_733_901],
        [`mcr.microsoft.com/oss/kubernetes/pause`, '3.9-windows-ltsc2022-amd64', 119_838_802],
        [`mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi`, 'v1.30.3-windows-hp', 92_003_114],
        [`mcr.microsoft.com/oss/kubernetes-csi/azurefile-csi`, 'v1.30.5-windows-hp', 88_101_996],
        [`mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar`, 'v2.11.1', 26_774_328],
        [`mcr.microsoft.com/oss/kubernetes-csi/livenessprobe`, 'v2.13.1', 25_640_113],
        [`mcr.microsoft.com/containernetworking/azure-cns`, 'v1.6.13', 102_338_450],
        [`mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image`, 'v1.0.0', 1_027],
        [`mcr.microsoft.com/azuremonitor/containerinsights/ciprod`, `win-3.1.24`, 1_490_332_417],
      ]
    : [
        ['nginx', '1.27', 72_946_871],
        ['redis', '7.4', 45_310_556],
        ['ghcr.io/acme/api', '2.14.3', 88_604_120],
        ['mcr.microsoft.com/dotnet/aspnet', '8.0', 92_488_112],
        ['quay.io/prometheus/node-exporter', 'v1.8.2', 12_332_980],
        ['mcr.microsoft.com/oss/kubernetes/pause', '3.9', 322_362],
        ['mcr.microsoft.com/oss/kubernetes/kube-proxy', 'v1.30.4', 30_781_012],
        ['mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi', 'v1.30.3', 73_228_094],
        ['mcr.microsoft.com/containernetworking/azure-cns', 'v1.6.13', 42_110_340],
        ['mcr.microsoft.com/azuremonitor/containerinsights/ciprod', '3.1.24', 183_202_771],
      ];
  return repos.map(([repo, tag, size]) => image([`${repo}@sha256:${digest(`${repo}:${tag}`)}`, `${repo}:${tag}`], size as number));
}

// ---------------------------------------------------------------------------------------------
// Events

const eventFields: Fields = {
  'f:count': {},
  'f:firstTimestamp': {},
  'f:involvedObject': {},
  'f:lastTimestamp': {},
  'f:message': {},
  'f:reason': {},
  'f:reportingComponent': {},
  'f:reportingInstance': {},
  'f:source': { 'f:component': {}, 'f:host': {} },
  'f:type': {},
};

const schedulerEventFields: Fields = {
  'f:action': {},
  'f:eventTime': {},
  'f:note': {},
  'f:reason': {},
  'f:regarding': {},
  'f:reportingController': {},
  'f:reportingInstance': {},
  'f:series': { '.': {}, 'f:count': {}, 'f:lastObservedTime': {} },
  'f:type': {},
};

export function eventManagedFields(byScheduler: boolean, windows: boolean, time: string): Record<string, unknown>[] {
  if (byScheduler) return [{ ...managedEntry('kube-scheduler', time, schedulerEventFields), apiVersion: 'events.k8s.io/v1' }];
  return [managedEntry(windows ? 'kubelet.exe' : 'kubelet', time, eventFields)];
}
