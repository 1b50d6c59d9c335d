/**
 * Facts a remote probe reports, after parsing and normalising the PowerShell JSON
 * (src/probes/parse*.ts). Every section is optional: a probe that failed on the node leaves its
 * section undefined and records an entry in `errors`. Rules must treat "section missing" as
 * "not known", never as "healthy" or "broken".
 */

export interface ServiceFact {
  name: string; // "kubelet", "kube-proxy", "containerd", "docker", "flanneld", "hns", "vmcompute"
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

export interface HnsFacts {
  networks: HnsNetworkFact[];
  endpointCount: number;
  /** Endpoints that are not remote (kube-proxy's remote endpoints excluded), when HNS reports it. */
  localEndpointCount?: number;
  loadBalancerPolicyCount: number;
  /** Policy lists (older HNS v1 objects); present on clusters using them. */
  policyListCount?: number;
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
}

export interface ProcessCommandLine {
  running: boolean;
  commandLine?: string;
  /** Parsed flags, e.g. {"hostname-override": "win-1", "enable-dsr": "true", "feature-gates": "WinDSR=true"}. */
  flags: Record<string, string>;
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
  containerd?: { configPath?: string; configPresent: boolean; sandboxImage?: string };
  kubelet?: ProcessCommandLine;
  kubeProxy?: ProcessCommandLine;
  cni?: CniFacts;
  flannel?: FlannelFacts;
  proxy?: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  os?: OsFacts;
  resources?: ResourceFacts;
  machine?: { manufacturer?: string; model?: string };
  /** NodePort reached from the node itself (only when a NodePort target was given). */
  nodePortSelfTest?: { port: number; ok: boolean };
  /** ClusterIP reached from the host network namespace. */
  serviceVipFromHost?: { target: string; ok: boolean };
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
  dnsFqdn?: ReachabilityFact; // kubernetes.default.svc.cluster.local
  dnsPartial?: ReachabilityFact; // kubernetes.default
  tcpClusterIp?: ReachabilityFact;
  tcpApiServer?: ReachabilityFact;
  tcpExternal?: ReachabilityFact;
  icmpExternal?: ReachabilityFact;
  /** The same ClusterIP from the node's host network (node probe), for service-vip-from-node. */
  tcpClusterIpFromHost?: ReachabilityFact;
}

/** The key under which pod facts are stored: "namespace/name". */
export function podKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? 'default'}/${name}`;
}
