/**
 * Facts a remote probe reports, after parsing and normalising the PowerShell JSON
 * (src/probes/parse*.ts). Every section is optional: a probe that failed on the node leaves its
 * section undefined and records an entry in `errors`. Rules must treat "section missing" as
 * "not known", never as "healthy" or "broken".
 */

export interface ServiceFact {
  name: string; // "kubelet", "kube-proxy", "containerd", "docker", "flanneld", "csi-proxy", "hns", "vmcompute"
  /** The name the service is registered under when it differs in spelling ("kubeproxy" on AKS). */
  serviceName?: string;
  present: boolean;
  state?: 'Running' | 'Stopped' | 'StartPending' | 'StopPending' | 'Paused' | string;
  startMode?: 'Automatic' | 'Manual' | 'Disabled' | string;
}

export interface HnsNetworkFact {
  name: string; // "cbr0", "vxlan0", "azure", "ext", "nat"
  type: string; // "L2Bridge", "Overlay", "NAT", "Transparent", "ICS"
  id?: string;
  subnets: { addressPrefix: string; gateway?: string }[];
  managementIp?: string;
}

export interface HnsEndpointFact {
  id: string;
  ipAddress?: string;
  /** HNS endpoint state; a local endpoint in use is 3 (attached). */
  state?: number;
  isRemote: boolean;
  networkName?: string;
  /** The VFP switch port of a local endpoint. */
  portGuid?: string;
  /** From `vfpctrl /get-port-state`: true when the port is blocked, undefined when not read. */
  vfpBlocked?: boolean;
  /** Friendly names of the rules in the port's LB_DSR layer (LB_DSR_IPv4_OUT group), when read. */
  dsrRules?: string[];
}

export interface HnsLoadBalancerFact {
  id: string;
  /** HNS v1 policy-list state (2 = programmed); HCN load balancers have none. */
  state?: number;
  vips: string[];
  /** IP protocol number: 6 TCP, 17 UDP. */
  protocol?: number;
  internalPort?: number;
  externalPort?: number;
  isDsr: boolean;
  localRoutedVip: boolean;
  /** Backend endpoint ids (upper case). */
  endpointIds: string[];
}

export interface HnsFacts {
  networks: HnsNetworkFact[];
  endpointCount: number;
  /** Endpoints that are not remote (kube-proxy's remote endpoints excluded), when HNS reports it. */
  localEndpointCount?: number;
  loadBalancerPolicyCount: number;
  /** Policy lists (older HNS v1 objects); present on clusters using them. */
  policyListCount?: number;
  /** Where load balancers were read: "hcn", "policylists" or "hnsdiag" (count only). */
  loadBalancerSource?: string;
  /** Every endpoint (up to 1000), when the probe listed them. */
  endpoints?: HnsEndpointFact[];
  /** Every load balancer (up to 1000), when the probe could read their properties. */
  loadBalancers?: HnsLoadBalancerFact[];
}

/**
 * The node's container-network health, judged the way the SDN team's network health checks do,
 * from the HNS/VFP facts. Each list is empty when healthy; a field is undefined when the facts
 * needed for it were not collected.
 */
export interface NetworkHealthFacts {
  /** Local endpoints whose HNS state is not "attached" (3). */
  invalidLocalEndpoints?: { id: string; ipAddress?: string; state: number }[];
  /** Local endpoints whose VFP port is blocked. */
  blockedVfpPorts?: { id: string; ipAddress?: string }[];
  /** HNS networks whose management IP is an APIPA (169.254.x.x) address. */
  apipaManagementIps?: { network: string; ip: string }[];
  /** Load balancers (HNS v1 policy lists) whose state is not 2. */
  invalidLoadBalancers?: { id: string; state: number }[];
  /** Remote endpoints that no load balancer uses (kube-proxy did not clean them up). */
  staleRemoteEndpoints?: { id: string; ipAddress?: string }[];
  /** Endpoint ids load balancers point at that HNS no longer has. */
  missingLoadBalancerEndpoints?: string[];
  /** The cluster DNS service IP and whether a load balancer serves it. */
  dnsVip?: { ip: string; hasLoadBalancer: boolean };
  /** ClusterIP (service CIDR) load balancers not in DSR mode. */
  clusterIpWithoutDsr?: string[];
  /** DSR load balancers whose rule is missing from a local pod's VFP port. */
  missingDsrRules?: { endpointId: string; ipAddress?: string; rule: string }[];
}

export interface ClusterNetworkFacts {
  clusterCidr?: string;
  serviceCidr?: string;
  /** The cluster DNS service IP (kubelet --cluster-dns / clusterDNS, or AKS kubeclusterconfig.json). */
  dnsIp?: string;
}

export interface AdapterFact {
  name: string; // "vEthernet (Ethernet)", "vEthernet (nat)"
  status?: string; // "Up", "Disconnected"
  macAddress?: string;
  ipv4?: string[];
}

export interface PortFacts {
  dynamicStart: number;
  dynamicCount: number;
  excludedRanges: { start: number; end: number }[];
  /** The collectlogs-style test: try to reserve ten blocks of 64 ports. */
  reservationTest?: { attempted: number; succeeded: number; error?: string };
  /** 64-port blocks HNS could still reserve: free stretches of the dynamic range, outside exclusions. */
  freeBlocksOf64?: number;
  /** The same for UDP, when the probe read it. */
  udp?: { dynamicStart: number; dynamicCount: number; excludedRanges: { start: number; end: number }[]; freeBlocksOf64: number };
}

export interface ProcessCommandLine {
  running: boolean;
  commandLine?: string;
  /** Parsed flags, e.g. {"hostname-override": "win-1", "enable-dsr": "true", "feature-gates": "WinDSR=true"}. */
  flags: Record<string, string>;
  /** The --config file (kubelet), as a Windows path, when given. */
  configPath?: string;
}

export interface CniFacts {
  confPath?: string;
  /** Plugin type, e.g. "flannel", "sdnbridge", "sdnoverlay", "azure-vnet", "win-bridge". */
  type?: string;
  delegateType?: string;
  exceptionList?: string[];
  portMappings?: boolean;
  pluginVersion?: string;
  /** Flannel backend type from net-conf.json when known: "vxlan" | "host-gw". */
  flannelBackend?: string;
  /**
   * Whether the config turns on loopback DSR for pod endpoints: `loopbackDSR` (win-bridge,
   * win-overlay, sdnbridge, sdnoverlay, also inside flannel's delegate) or `enableLoopbackDSR`
   * (azure-vnet, also under `windowsSettings`). false when the config was read and sets neither.
   */
  loopbackDsr?: boolean;
}

export interface FlannelFacts {
  subnetEnv: { present: boolean; path: string; network?: string; subnet?: string };
  sourceVip: { present: boolean; ip?: string };
  sourceVipRequest: { present: boolean; ip?: string };
}

export interface OsFacts {
  productName?: string; // "Windows Server 2022 Datacenter"
  build: number; // 20348
  ubr?: number; // 2966
  hotfixes: string[]; // ["KB5041160", ...]
  lastBootTime?: string; // ISO
  uptimeSeconds?: number;
}

export interface ResourceFacts {
  systemDriveFreeBytes?: number;
  systemDriveTotalBytes?: number;
  freeMemoryBytes?: number;
  totalMemoryBytes?: number;
}

export interface NodeFacts {
  schemaVersion: 1;
  node: string;
  /** The host's own name ($env:COMPUTERNAME), to compare with --hostname-override. */
  computerName?: string;
  collectedAt: string;
  /** Probes that failed on the node: { probe: "hns", message: "Get-HnsNetwork : ..." }. */
  errors: { probe: string; message: string }[];
  services?: ServiceFact[];
  hns?: HnsFacts;
  adapters?: AdapterFact[];
  ports?: PortFacts;
  containerd?: { configPath?: string; configPresent: boolean; sandboxImage?: string; configSource?: 'command-line' | 'default-path' };
  kubelet?: ProcessCommandLine;
  kubeProxy?: ProcessCommandLine;
  cni?: CniFacts;
  flannel?: FlannelFacts;
  proxy?: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  os?: OsFacts;
  resources?: ResourceFacts;
  machine?: { manufacturer?: string; model?: string };
  /** Cluster network settings as the node knows them. */
  clusterNetwork?: ClusterNetworkFacts;
  /** Container-network health checks over the HNS and VFP facts. */
  networkHealth?: NetworkHealthFacts;
  /** NodePort reached from the node itself (only when a NodePort target was given). */
  nodePortSelfTest?: { port: number; ok: boolean; target?: string; detail?: string };
  /** ClusterIP reached from the host network namespace. */
  serviceVipFromHost?: { target: string; ok: boolean; detail?: string };
}

export interface ReachabilityFact {
  target: string;
  ok: boolean;
  detail?: string;
}

/** Results of the pod-network probes of `pod <name> --probe`. */
export interface PodNetworkFacts {
  schemaVersion: 1;
  pod: { namespace: string; name: string };
  /** "pod" = exec'd into the pod itself; "sidecar-pod" = a probe pod on the same node. */
  vantage: 'pod' | 'sidecar-pod';
  errors: { probe: string; message: string }[];
  /** The DNS suffix search list the pod's resolver uses (a Windows pod gets its namespace's only). */
  dnsSuffixes?: string[];
  dnsFqdn?: ReachabilityFact; // kubernetes.default.svc.cluster.local
  dnsPartial?: ReachabilityFact; // kubernetes.default
  tcpClusterIp?: ReachabilityFact;
  tcpApiServer?: ReachabilityFact;
  tcpExternal?: ReachabilityFact;
  icmpExternal?: ReachabilityFact;
  /** The same ClusterIP from the node's host network (node probe): can the node reach a Service address itself. */
  tcpClusterIpFromHost?: ReachabilityFact;
}

/** The key under which pod facts are stored: "namespace/name". */
export function podKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? 'default'}/${name}`;
}
