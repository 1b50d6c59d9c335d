/**
 * Container-network health of a node, from the HNS and VFP facts of the node probe: the checks
 * the Windows SDN team's network health script makes (endpoint state, VFP port state, management
 * IP, load-balancer state, stale remote endpoints, DNS VIP policy, ClusterIP in DSR mode, DSR
 * rules on pod ports), plus the count of 64-port blocks left for HNS to reserve. Pure functions.
 */
import type { ClusterNetworkFacts, HnsFacts, NetworkHealthFacts, PortFacts } from './facts.js';

/** HNS endpoint state of a local endpoint attached to its container. */
export const ENDPOINT_STATE_ATTACHED = 3;
/** HNS v1 policy-list state of a programmed load balancer. */
export const LOAD_BALANCER_STATE_PROGRAMMED = 2;
export const RESERVATION_BLOCK = 64;

function ipv4ToNumber(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** Whether an IPv4 address is inside an IPv4 CIDR ("10.0.0.10" in "10.0.0.0/16"). */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const address = ipv4ToNumber(ip);
  const network = base === undefined ? undefined : ipv4ToNumber(base);
  if (address === undefined || network === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((address & mask) >>> 0) === ((network & mask) >>> 0);
}

/**
 * 64-port blocks still free in the dynamic range: each stretch between exclusions gives
 * floor(length / 64) blocks. Exclusions may overlap or reach outside the range.
 */
export function freeReservationBlocks(ports: Pick<PortFacts, 'dynamicStart' | 'dynamicCount' | 'excludedRanges'>): number {
  const start = ports.dynamicStart;
  const end = ports.dynamicStart + ports.dynamicCount - 1;
  const taken = ports.excludedRanges
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) }))
    .filter((r) => r.start <= r.end)
    .sort((a, b) => a.start - b.start);
  let blocks = 0;
  let cursor = start;
  for (const range of taken) {
    if (range.start > cursor) blocks += Math.floor((range.start - cursor) / RESERVATION_BLOCK);
    cursor = Math.max(cursor, range.end + 1);
  }
  if (end >= cursor) blocks += Math.floor((end - cursor + 1) / RESERVATION_BLOCK);
  return blocks;
}

/** The rule kube-proxy's DSR load balancer leaves on a pod's VFP port ends with these fields. */
export function dsrRuleSuffix(managementIp: string, vip: string, externalPort: number, internalPort: number, protocol: number): string {
  return `_${managementIp}_${vip}_${externalPort}_${internalPort}_${protocol}`;
}

const MAX_LISTED = 50;

export function assessNetworkHealth(hns: HnsFacts, cluster: ClusterNetworkFacts | undefined): NetworkHealthFacts {
  const health: NetworkHealthFacts = {};
  const endpoints = hns.endpoints;
  const balancers = hns.loadBalancers;
  health.apipaManagementIps = hns.networks
    .filter((n) => n.managementIp !== undefined && n.managementIp.startsWith('169.254.'))
    .map((n) => ({ network: n.name, ip: n.managementIp! }));

  if (endpoints) {
    const local = endpoints.filter((e) => !e.isRemote);
    health.invalidLocalEndpoints = local
      .filter((e) => e.state !== undefined && e.state !== ENDPOINT_STATE_ATTACHED)
      .map((e) => ({ id: e.id, ...(e.ipAddress ? { ipAddress: e.ipAddress } : {}), state: e.state! }))
      .slice(0, MAX_LISTED);
    if (local.some((e) => e.vfpBlocked !== undefined)) {
      health.blockedVfpPorts = local.filter((e) => e.vfpBlocked === true).map((e) => ({ id: e.id, ...(e.ipAddress ? { ipAddress: e.ipAddress } : {}) }));
    }
  }

  if (balancers) {
    health.invalidLoadBalancers = balancers
      .filter((b) => b.state !== undefined && b.state !== LOAD_BALANCER_STATE_PROGRAMMED)
      .map((b) => ({ id: b.id, state: b.state! }))
      .slice(0, MAX_LISTED);
    if (endpoints) {
      const used = new Set(balancers.flatMap((b) => b.endpointIds.map((id) => id.toUpperCase())));
      const known = new Set(endpoints.map((e) => e.id.toUpperCase()));
      health.staleRemoteEndpoints = endpoints
        .filter((e) => e.isRemote && !used.has(e.id.toUpperCase()))
        .map((e) => ({ id: e.id, ...(e.ipAddress ? { ipAddress: e.ipAddress } : {}) }))
        .slice(0, MAX_LISTED);
      // Only meaningful when the probe listed every endpoint (it stops at 1000).
      if (endpoints.length === hns.endpointCount) {
        health.missingLoadBalancerEndpoints = [...used].filter((id) => !known.has(id)).slice(0, MAX_LISTED);
      }
    }
    if (cluster?.dnsIp) {
      const dnsIp = cluster.dnsIp;
      health.dnsVip = { ip: dnsIp, hasLoadBalancer: balancers.some((b) => b.vips.includes(dnsIp)) };
    }
    if (cluster?.serviceCidr) {
      const cidr = cluster.serviceCidr;
      const vips = balancers.filter((b) => !b.isDsr && b.vips.some((v) => inCidr(v, cidr))).flatMap((b) => b.vips);
      health.clusterIpWithoutDsr = [...new Set(vips)].slice(0, MAX_LISTED);
    }
    const managementIp = hns.networks.find((n) => n.managementIp && !n.managementIp.startsWith('169.254.') && n.type.toLowerCase() !== 'nat')?.managementIp;
    const withRules = (endpoints ?? []).filter((e) => !e.isRemote && e.dsrRules !== undefined);
    if (managementIp && withRules.length > 0) {
      const missing: NonNullable<NetworkHealthFacts['missingDsrRules']> = [];
      for (const lb of balancers.filter((b) => b.isDsr && b.externalPort !== undefined && b.internalPort !== undefined && b.protocol !== undefined)) {
        for (const vip of lb.vips) {
          const suffix = dsrRuleSuffix(managementIp, vip, lb.externalPort!, lb.internalPort!, lb.protocol!);
          for (const endpoint of withRules) {
            if (!endpoint.dsrRules!.some((rule) => rule.startsWith('LB_DSR_') && rule.endsWith(suffix))) {
              missing.push({ endpointId: endpoint.id, ...(endpoint.ipAddress ? { ipAddress: endpoint.ipAddress } : {}), rule: `LB_DSR_*${suffix}` });
            }
          }
        }
      }
      health.missingDsrRules = missing.slice(0, MAX_LISTED);
    }
  }
  return health;
}
