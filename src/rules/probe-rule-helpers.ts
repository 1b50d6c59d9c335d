import type { KNode } from '../kube/types.js';
import { catalogMessage, type Message, type MessageParam } from '../causes/define.js';
import type { ProcessCommandLine, ServiceFact } from '../probes/facts.js';
import type { NodeView, PodView, TimelineEntry } from '../engine/view.js';
import type { SignatureHit } from '../engine/match.js';
import { findInTimeline } from '../engine/match.js';
import type { MessageSignature } from './types.js';

/** Official pages the probe-driven rules cite. */
export const refs = {
  k8sWindowsDebug: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/windows/',
  msCommonProblems: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/common-problems',
  k8sWindowsNetworking: 'https://kubernetes.io/docs/concepts/services-networking/windows-networking/',
  k8sWindowsIntro: 'https://kubernetes.io/docs/concepts/windows/intro/',
  k8sKubeProxy: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/',
} as const;

// ---------------------------------------------------------------- IPv4 and CIDR arithmetic

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  bits: number;
  text: string;
}

export function parseIpv4(text: string): number | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  if (parts.some((part) => part > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

function maskOf(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/** "10.244.0.0/16" or a bare address (taken as /32). IPv6 and garbage give undefined. */
export function parseCidr(text: string): Ipv4Cidr | undefined {
  const [address, prefix] = text.trim().split('/');
  const ip = parseIpv4(address ?? '');
  if (ip === undefined) return undefined;
  const bits = prefix === undefined ? 32 : Number(prefix);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  return { base: (ip & maskOf(bits)) >>> 0, bits, text: text.trim() };
}

export function cidrContainsIp(cidr: Ipv4Cidr, ip: number): boolean {
  return ((ip & maskOf(cidr.bits)) >>> 0) === cidr.base;
}

/** True when `outer` contains every address of `inner`. */
export function cidrCovers(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return outer.bits <= inner.bits && cidrContainsIp(outer, inner.base);
}

const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8']
  .map((text) => parseCidr(text)!);

/** Whether the whole range lies in private, carrier-grade NAT, link-local or loopback space. */
export function isPrivateCidr(cidr: Ipv4Cidr): boolean {
  return privateRanges.some((range) => cidrCovers(range, cidr));
}

/** "10.96.0.1:443", "tcp://10.96.0.1:443", "http://proxy:8080/" → the host part. */
export function hostOf(target: string): string {
  let rest = target.trim().replace(/^[a-z]+:\/\//i, '');
  rest = rest.split('/')[0] ?? rest;
  if (rest.startsWith('[')) return rest.slice(1, rest.indexOf(']'));
  const colon = rest.lastIndexOf(':');
  return colon > 0 && rest.indexOf(':') === colon ? rest.slice(0, colon) : rest;
}

// ---------------------------------------------------------------- versions

/** Numeric parts of "v1.11.2", "0.8.6", "docker://18.9.7", "18.09.1-ee". */
export function versionParts(text: string): number[] | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Negative when a < b, 0 when equal, positive when a > b; undefined when either is not a version. */
export function compareVersions(a: string, b: string): number | undefined {
  const left = versionParts(a);
  const right = versionParts(b);
  if (!left || !right) return undefined;
  for (let i = 0; i < 3; i++) {
    const diff = left[i]! - right[i]!;
    if (diff !== 0) return diff;
  }
  return 0;
}

// ---------------------------------------------------------------- node facts from the snapshot

export interface RuntimeInfo {
  kind: string;
  version: string;
}

/** "containerd://1.7.20" → {kind: "containerd", version: "1.7.20"}. */
export function runtimeOf(node: KNode): RuntimeInfo | undefined {
  const raw = node.status?.nodeInfo?.containerRuntimeVersion;
  if (!raw) return undefined;
  const match = /^([a-z0-9.-]+):\/\/(.*)$/i.exec(raw);
  if (!match) return undefined;
  return { kind: match[1]!.toLowerCase(), version: match[2]! };
}

export function nodeInternalIp(node: KNode): string | undefined {
  return node.status?.addresses?.find((address) => address.type === 'InternalIP' && parseIpv4(address.address) !== undefined)
    ?.address;
}

/** IPv4 pod ranges of the node (podCIDRs, falling back to podCIDR). */
export function nodePodCidrs(node: KNode): Ipv4Cidr[] {
  const texts = node.spec?.podCIDRs?.length ? node.spec.podCIDRs : node.spec?.podCIDR ? [node.spec.podCIDR] : [];
  return texts.map((text) => parseCidr(text)).filter((cidr): cidr is Ipv4Cidr => cidr !== undefined && cidr.bits < 32);
}

export type CloudProvider = 'azure' | 'vsphere' | 'aws' | 'gce' | 'other';

export function cloudProviderOf(node: KNode): CloudProvider | undefined {
  const providerId = node.spec?.providerID;
  if (!providerId) return undefined;
  const scheme = /^([a-z0-9-]+):\/\//i.exec(providerId)?.[1]?.toLowerCase();
  if (scheme === 'azure' || scheme === 'vsphere' || scheme === 'aws' || scheme === 'gce') return scheme;
  return 'other';
}

/** The backend flanneld records on every node it runs on ("vxlan", "host-gw"). */
export const flannelBackendAnnotation = 'flannel.alpha.coreos.com/backend-type';

export function flannelBackendFromAnnotation(node: KNode): string | undefined {
  return node.metadata.annotations?.[flannelBackendAnnotation]?.trim().toLowerCase() || undefined;
}

/** Pods on the node that own a network endpoint (not host-network, not finished). */
export function networkedPods(node: NodeView): PodView[] {
  return node.pods.filter((view) => {
    const phase = view.pod.status?.phase;
    return view.pod.spec?.hostNetwork !== true && phase !== 'Succeeded' && phase !== 'Failed';
  });
}

// ---------------------------------------------------------------- probe facts

export function describeService(service: ServiceFact): Message {
  const state: MessageParam = service.state ?? catalogMessage('engine.evidence.serviceStateUnknown');
  return service.startMode
    ? catalogMessage('engine.evidence.serviceWithMode', { service: service.name, state, mode: service.startMode })
    : catalogMessage('engine.evidence.service', { service: service.name, state });
}

/**
 * Whether kube-proxy balances with Direct Server Return. `--enable-dsr` alone needs the WinDSR gate
 * on versions where it is not on by default, so both are quoted in evidence; the flag decides.
 */
export function dsrEnabled(kubeProxy: ProcessCommandLine): boolean {
  const value = kubeProxy.flags['enable-dsr'];
  return value !== undefined && value.trim().toLowerCase() !== 'false';
}

export function flagText(kubeProxy: ProcessCommandLine, name: string): MessageParam {
  const value = kubeProxy.flags[name];
  return value === undefined ? catalogMessage('engine.evidence.flagAbsent', { flag: `--${name}` }) : `--${name}=${value}`;
}

// ---------------------------------------------------------------- message evidence

/** Signature hits in the node's own timeline and in the timelines of its pods. */
export function hitsOnNode(node: NodeView, signatures: readonly MessageSignature[]): SignatureHit[] {
  const timelines: TimelineEntry[][] = [node.timeline, ...node.pods.map((pod) => pod.timeline)];
  return timelines.flatMap((timeline) => findInTimeline(timeline, signatures));
}

/** Seconds between two ISO timestamps (b - a), undefined when either is missing or invalid. */
export function secondsBetween(a: string | undefined, b: string | undefined | Date): number | undefined {
  if (!a || !b) return undefined;
  const start = Date.parse(a);
  const end = b instanceof Date ? b.getTime() : Date.parse(b);
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return (end - start) / 1000;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  if (s < 172800) return `${Math.floor(s / 3600)}h${Math.round((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d`;
}
