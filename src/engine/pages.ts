/**
 * The docs page of every rule, bundled as text (the .md loader of scripts/build.ts and vitest).
 * One static import per rule id so the single-file bundle carries them all; test/rules-meta.test.ts
 * checks that this map and the rule list agree.
 */
import apiserverUnreachable from '../../docs/rules/apiserver-unreachable.md';
import dnsHnsPolicyAfterReboot from '../../docs/rules/dns-hns-policy-after-reboot.md';
import dnsSuffixLimitations from '../../docs/rules/dns-suffix-limitations.md';
import endpointLeak from '../../docs/rules/endpoint-leak.md';
import flannelHostgwAzureRoutes from '../../docs/rules/flannel-hostgw-azure-routes.md';
import flannelRejoinStaleSubnet from '../../docs/rules/flannel-rejoin-stale-subnet.md';
import flannelSubnetEnvMissing from '../../docs/rules/flannel-subnet-env-missing.md';
import flanneldWaitingForNetwork from '../../docs/rules/flanneld-waiting-for-network.md';
import hnsLbPortExhaustion from '../../docs/rules/hns-lb-port-exhaustion.md';
import hnsNetworkMissing from '../../docs/rules/hns-network-missing.md';
import hnsStaleObjects from '../../docs/rules/hns-stale-objects.md';
import hostportCniCapability from '../../docs/rules/hostport-cni-capability.md';
import hypervIsolationAnnotation from '../../docs/rules/hyperv-isolation-annotation.md';
import icmpNotSupported from '../../docs/rules/icmp-not-supported.md';
import imageOsMismatch from '../../docs/rules/image-os-mismatch.md';
import ipRangeExhausted from '../../docs/rules/ip-range-exhausted.md';
import kubeProxyHostnameOverride from '../../docs/rules/kube-proxy-hostname-override.md';
import macSpoofingDisabled from '../../docs/rules/mac-spoofing-disabled.md';
import memoryOvercommit from '../../docs/rules/memory-overcommit.md';
import nodeServicesDown from '../../docs/rules/node-services-down.md';
import nodeportLocalAccess from '../../docs/rules/nodeport-local-access.md';
import osSelectorMissing from '../../docs/rules/os-selector-missing.md';
import outboundNatExceptionlist from '../../docs/rules/outbound-nat-exceptionlist.md';
import pauseImageIncompatible from '../../docs/rules/pause-image-incompatible.md';
import proxyEnvMissing from '../../docs/rules/proxy-env-missing.md';
import serviceVipFromNode from '../../docs/rules/service-vip-from-node.md';
import serviceaccountSecretUnreadable from '../../docs/rules/serviceaccount-secret-unreadable.md';
import unsupportedWindowsBuild from '../../docs/rules/unsupported-windows-build.md';
import unsupportedWindowsPodField from '../../docs/rules/unsupported-windows-pod-field.md';
import versionSkew from '../../docs/rules/version-skew.md';
import vxlanPortConflict from '../../docs/rules/vxlan-port-conflict.md';
import wincatMissing from '../../docs/rules/wincat-missing.md';
import noKnownCause from '../../docs/rules/no-known-cause.md';

const pages: Readonly<Record<string, string>> = {
  'apiserver-unreachable': apiserverUnreachable,
  'dns-hns-policy-after-reboot': dnsHnsPolicyAfterReboot,
  'dns-suffix-limitations': dnsSuffixLimitations,
  'endpoint-leak': endpointLeak,
  'flannel-hostgw-azure-routes': flannelHostgwAzureRoutes,
  'flannel-rejoin-stale-subnet': flannelRejoinStaleSubnet,
  'flannel-subnet-env-missing': flannelSubnetEnvMissing,
  'flanneld-waiting-for-network': flanneldWaitingForNetwork,
  'hns-lb-port-exhaustion': hnsLbPortExhaustion,
  'hns-network-missing': hnsNetworkMissing,
  'hns-stale-objects': hnsStaleObjects,
  'hostport-cni-capability': hostportCniCapability,
  'hyperv-isolation-annotation': hypervIsolationAnnotation,
  'icmp-not-supported': icmpNotSupported,
  'image-os-mismatch': imageOsMismatch,
  'ip-range-exhausted': ipRangeExhausted,
  'kube-proxy-hostname-override': kubeProxyHostnameOverride,
  'mac-spoofing-disabled': macSpoofingDisabled,
  'memory-overcommit': memoryOvercommit,
  'node-services-down': nodeServicesDown,
  'nodeport-local-access': nodeportLocalAccess,
  'os-selector-missing': osSelectorMissing,
  'outbound-nat-exceptionlist': outboundNatExceptionlist,
  'pause-image-incompatible': pauseImageIncompatible,
  'proxy-env-missing': proxyEnvMissing,
  'service-vip-from-node': serviceVipFromNode,
  'serviceaccount-secret-unreadable': serviceaccountSecretUnreadable,
  'unsupported-windows-build': unsupportedWindowsBuild,
  'unsupported-windows-pod-field': unsupportedWindowsPodField,
  'version-skew': versionSkew,
  'vxlan-port-conflict': vxlanPortConflict,
  'wincat-missing': wincatMissing,
  'no-known-cause': noKnownCause,
};

/** Ids that have a page (every rule, plus the reserved no-known-cause). */
export const pageIds: readonly string[] = Object.keys(pages);

/** The markdown page of a rule (docs/rules/<id>.md), or undefined for an unknown id. */
export function rulePage(id: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(pages, id) ? pages[id] : undefined;
}
