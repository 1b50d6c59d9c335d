import dnsHnsPolicyAfterReboot from './dns-hns-policy-after-reboot.js';
import endpointLeak from './endpoint-leak.js';
import flannelHostgwAzureRoutes from './flannel-hostgw-azure-routes.js';
import flannelRejoinStaleSubnet from './flannel-rejoin-stale-subnet.js';
import hnsLbPortExhaustion from './hns-lb-port-exhaustion.js';
import hnsNetworkMissing from './hns-network-missing.js';
import hostportCniCapability from './hostport-cni-capability.js';
import icmpNotSupported from './icmp-not-supported.js';
import kubeProxyHostnameOverride from './kube-proxy-hostname-override.js';
import macSpoofingDisabled from './mac-spoofing-disabled.js';
import nodeServicesDown from './node-services-down.js';
import nodeportLocalAccess from './nodeport-local-access.js';
import outboundNatExceptionlist from './outbound-nat-exceptionlist.js';
import proxyEnvMissing from './proxy-env-missing.js';
import serviceVipFromNode from './service-vip-from-node.js';
import vxlanPortConflict from './vxlan-port-conflict.js';
import type { Rule } from './types.js';

/** Rules driven mostly by remote probe facts and node / network evidence. */
export const probeRules: Rule[] = [
  dnsHnsPolicyAfterReboot,
  endpointLeak,
  flannelHostgwAzureRoutes,
  flannelRejoinStaleSubnet,
  hnsLbPortExhaustion,
  hnsNetworkMissing,
  hostportCniCapability,
  icmpNotSupported,
  kubeProxyHostnameOverride,
  macSpoofingDisabled,
  nodeServicesDown,
  nodeportLocalAccess,
  outboundNatExceptionlist,
  proxyEnvMissing,
  serviceVipFromNode,
  vxlanPortConflict,
];
