/**
 * Facts about what supports what on Windows nodes, current to late 2026, each with the public source
 * that established it (owner/repo#n for threads and pull requests, URLs for documentation). Cause
 * pages cite the same sources. Everything here is data plus small pure look-ups.
 */

/** A public source: "owner/repo#123" or a documentation URL. */
export type SourceRef = string;

// ---------------------------------------------------------------- upstream Kubernetes support

/**
 * Windows Server builds upstream Kubernetes lists as supported. Windows Server 2019 (17763) left the
 * list: upstream CI dropped it for master in October 2024 and the Windows docs name only 2022 and
 * 2025 (March 2026).
 */
export const upstreamSupportedServerBuilds: { readonly builds: readonly number[]; readonly asOf: string; readonly sources: readonly SourceRef[] } = {
  builds: [20348, 26100],
  asOf: '2026-03',
  sources: ['kubernetes/website#55103', 'kubernetes/test-infra#33678'],
};

export function upstreamSupportsBuild(build: number): boolean {
  return upstreamSupportedServerBuilds.builds.includes(build);
}

// ---------------------------------------------------------------- managed-service retirements

export interface ManagedOsRetirement {
  platform: 'AKS';
  product: string;
  /** Windows build of the retired product, when it has one fixed build. */
  build?: number;
  /** Value of the node label kubernetes.azure.com/os-sku for this product, when known. */
  osSku?: string;
  /** Day the platform stops producing images and security patches (YYYY-MM-DD). */
  retiredOn: string;
  /** First Kubernetes minor version on which the platform no longer supports the product. */
  unsupportedFromKubernetes?: string;
  /** Day the platform deletes the node images; scaling and reimaging fail afterwards. */
  imagesRemovedOn?: string;
  sources: readonly SourceRef[];
}

export const managedOsRetirements: readonly ManagedOsRetirement[] = [
  {
    platform: 'AKS',
    product: 'Windows Server 2019',
    build: 17763,
    osSku: 'Windows2019',
    retiredOn: '2026-03-01',
    unsupportedFromKubernetes: '1.33',
    imagesRemovedOn: '2027-04-01',
    sources: ['Azure/AKS#4091', 'Azure/AKS#4268'],
  },
  {
    platform: 'AKS',
    product: 'Windows Server Annual Channel (preview)',
    osSku: 'WindowsAnnual',
    retiredOn: '2026-05-15',
    imagesRemovedOn: '2027-05-15',
    sources: ['Azure/AKS#5608'],
  },
  {
    platform: 'AKS',
    product: 'Windows Server 2022',
    build: 20348,
    osSku: 'Windows2022',
    retiredOn: '2027-03-15',
    unsupportedFromKubernetes: '1.35',
    sources: ['Azure/AKS#4168'],
  },
];

/** "2026-03-01" <= "2026-12-06": ISO dates compare as strings. */
function onOrAfter(day: string, reference: string): boolean {
  return reference.slice(0, 10) >= day;
}

export interface RetirementStatus {
  retirement: ManagedOsRetirement;
  /** True once the retirement day has passed at the reference date. */
  retired: boolean;
  /** True once the node images are gone at the reference date. */
  imagesRemoved: boolean;
}

/**
 * The AKS retirement that applies to a node, by os-sku label first and build second. `today` is an
 * ISO date (the caller passes the snapshot time, so results do not depend on the wall clock).
 */
export function aksRetirementFor(node: { build?: number; osSku?: string }, today: string): RetirementStatus | undefined {
  const retirement =
    (node.osSku && managedOsRetirements.find((r) => r.osSku?.toLowerCase() === node.osSku?.toLowerCase())) ||
    (node.build !== undefined ? managedOsRetirements.find((r) => r.build === node.build) : undefined);
  if (!retirement) return undefined;
  return {
    retirement,
    retired: onOrAfter(retirement.retiredOn, today),
    imagesRemoved: retirement.imagesRemovedOn !== undefined && onOrAfter(retirement.imagesRemovedOn, today),
  };
}

// ---------------------------------------------------------------- pause (sandbox) image

/**
 * Which registry.k8s.io/pause releases carry a Windows variant for which build. A variant exists from
 * `since` and, for retired semi-annual builds, up to (not including) `until`.
 */
export interface PauseWindowsVariant {
  build: number;
  since: string;
  until?: string;
  sources: readonly SourceRef[];
}

const pauseChangelog = 'https://github.com/kubernetes/kubernetes/blob/master/build/pause/CHANGELOG.md';

export const pauseWindowsVariants: readonly PauseWindowsVariant[] = [
  { build: 17763, since: '3.4', sources: [pauseChangelog] },
  { build: 18362, since: '3.4', until: '3.7', sources: [pauseChangelog] },
  { build: 18363, since: '3.4', until: '3.7', sources: [pauseChangelog] },
  { build: 19041, since: '3.4', until: '3.7', sources: [pauseChangelog] },
  { build: 20348, since: '3.6', sources: [pauseChangelog] },
  { build: 26100, since: '3.10.2', sources: ['containerd/containerd#13156', 'kubernetes-sigs/windows-testing#557'] },
];

/** Repositories whose tags follow the upstream pause releases. */
const upstreamPauseRepositories = new Set(['registry.k8s.io/pause', 'k8s.gcr.io/pause', 'gcr.io/google-containers/pause']);

/** "3.10.1" -> [3, 10, 1]; undefined for tags that are not plain release numbers. */
export function parseReleaseVersion(text: string): number[] | undefined {
  if (!/^\d+(\.\d+){1,2}$/.test(text)) return undefined;
  return text.split('.').map(Number);
}

/** Negative when a < b, 0 when equal, positive when a > b ("3.10" < "3.10.2" < "3.11"). */
export function compareReleaseVersions(a: string, b: string): number {
  const left = parseReleaseVersion(a) ?? [];
  const right = parseReleaseVersion(b) ?? [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Whether an upstream pause image reference carries a variant for a Windows build. Undefined when the
 * reference is not an upstream pause image, has no plain version tag, or the build is not listed.
 */
export function pauseImageSupportsBuild(image: string, build: number): boolean | undefined {
  const match = /^(.+?):(\d+(?:\.\d+){1,2})$/.exec(image.trim());
  if (!match || !upstreamPauseRepositories.has(match[1]!.toLowerCase())) return undefined;
  const version = match[2]!;
  const variant = pauseWindowsVariants.find((v) => v.build === build);
  if (!variant) return undefined;
  if (compareReleaseVersions(version, variant.since) < 0) return false;
  return variant.until === undefined || compareReleaseVersions(version, variant.until) < 0;
}

/** The first upstream pause release with a variant for the build, if any is known. */
export function minimumPauseVersionFor(build: number): string | undefined {
  return pauseWindowsVariants.find((v) => v.build === build)?.since;
}

// ---------------------------------------------------------------- runtime requirements

export interface RuntimeRequirement {
  feature: string;
  /** Minimum containerd release, when the feature depends on it. */
  containerd?: string;
  /** Minimum Windows build revision (10.0.B.UBR) when an OS update is needed. */
  minimumOs?: { build: number; ubr: number; update?: string };
  note: string;
  sources: readonly SourceRef[];
}

export const runtimeRequirements: readonly RuntimeRequirement[] = [
  {
    feature: 'HostProcess containers',
    containerd: '1.6',
    note: 'Only containerd runs HostProcess containers; 1.7 mounts volumes through the bind filter where 1.6 used CONTAINER_SANDBOX_MOUNT_POINT paths.',
    sources: ['kubernetes/website#28413', 'kubernetes-sigs/cluster-api-provider-azure#1780', 'microsoft/hcsshim#1699'],
  },
  {
    feature: 'Hyper-V isolation through a RuntimeClass',
    containerd: '1.7',
    note: 'The upstream end-to-end test for Hyper-V isolated pods is skipped below containerd 1.7.',
    sources: ['kubernetes/kubernetes#116189'],
  },
  {
    feature: 'gMSA with containerd on Windows Server 2019',
    minimumOs: { build: 17763, ubr: 1817, update: 'KB5000822' },
    note: 'Older 2019 builds cannot apply a credential spec under containerd; reaching shares by name also needs the EnableCompartmentNamespace HNS key.',
    sources: ['kubernetes/website#31412', 'kubernetes/website#27131', 'microsoft/Windows-Containers#44'],
  },
  {
    feature: 'Windows Server 2025 build constant in hcsshim',
    note: 'hcsshim names build 26100 from v0.13.0; containerd releases vendoring older hcsshim do not know the 2025 build by name.',
    sources: ['containerd/containerd#11970'],
  },
];

/** True when a containerRuntimeVersion ("containerd://1.7.20") is containerd at or above `minimum`. */
export function containerdAtLeast(runtimeVersion: string | undefined, minimum: string): boolean | undefined {
  const match = /^containerd:\/\/v?(\d+\.\d+(?:\.\d+)?)/.exec(runtimeVersion ?? '');
  if (!match) return undefined;
  return compareReleaseVersions(match[1]!, minimum) >= 0;
}

// ---------------------------------------------------------------- feature gates that matter on Windows

export interface WindowsFeatureGate {
  name: string;
  component: 'kube-proxy' | 'kubelet';
  /** Stage by Kubernetes minor version, oldest first. */
  stages: ReadonlyArray<{ since: string; stage: 'alpha' | 'beta' | 'ga-locked' | 'deprecated' | 'withdrawn' | 'removed'; default?: boolean }>;
  note: string;
  sources: readonly SourceRef[];
}

export const windowsFeatureGates: readonly WindowsFeatureGate[] = [
  {
    name: 'WinDSR',
    component: 'kube-proxy',
    stages: [
      { since: '1.14', stage: 'alpha', default: false },
      { since: '1.33', stage: 'beta', default: true },
      { since: '1.34', stage: 'ga-locked', default: true },
    ],
    note: 'From 1.34 the gate is locked on; setting it to false makes kube-proxy refuse to start. DSR itself is still switched by --enable-dsr / winkernel.enableDSR.',
    sources: ['kubernetes/kubernetes#132108', 'kubernetes/kubernetes#141988'],
  },
  {
    name: 'WinOverlay',
    component: 'kube-proxy',
    stages: [
      { since: '1.14', stage: 'alpha', default: false },
      { since: '1.33', stage: 'beta', default: true },
      { since: '1.34', stage: 'ga-locked', default: true },
    ],
    note: 'From 1.34 the gate is locked on; kube-proxy started with WinOverlay=false exits at startup.',
    sources: ['kubernetes/kubernetes#133042', 'kubernetes/kubernetes#141988', 'Azure/AgentBaker#6925'],
  },
  {
    name: 'WindowsHostNetwork',
    component: 'kubelet',
    stages: [
      { since: '1.26', stage: 'alpha', default: false },
      { since: '1.33', stage: 'withdrawn', default: false },
    ],
    note: 'Alpha hostNetwork for ordinary Windows pods existed from 1.26 to 1.32 and was withdrawn in 1.33; only HostProcess pods use the host network.',
    sources: ['kubernetes/kubernetes#130250', 'kubernetes/website#49905', 'kubernetes/enhancements#5121'],
  },
];

/** The stage a gate has at a Kubernetes minor version ("1.34"), or undefined before it existed. */
export function featureGateStage(name: string, kubernetesMinor: string): WindowsFeatureGate['stages'][number] | undefined {
  const gate = windowsFeatureGates.find((g) => g.name === name);
  if (!gate) return undefined;
  let current: WindowsFeatureGate['stages'][number] | undefined;
  for (const stage of gate.stages) if (compareReleaseVersions(kubernetesMinor, stage.since) >= 0) current = stage;
  return current;
}
