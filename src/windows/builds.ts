import type { KNode } from '../kube/types.js';
import type { WindowsBuildInfo } from './types.js';

/** What is known about one Windows build number. */
interface BuildEntry {
  build: number;
  product: string;
  short: string;
  imageTag?: string;
  channel: WindowsBuildInfo['channel'];
  supported: boolean;
  /** Names an osImage may carry for this build ("Windows Server 2022 Datacenter"). */
  osImageYear?: string;
}

/**
 * Windows builds Kubernetes users meet. Only the LTSC server builds 2019, 2022 and 2025 are
 * supported by current Kubernetes; 2016 never was, semi-annual channel builds are retired.
 */
const buildTable: readonly BuildEntry[] = [
  { build: 14393, product: 'Windows Server 2016', short: 'Server 2016', imageTag: 'ltsc2016', channel: 'ltsc', supported: false, osImageYear: '2016' },
  { build: 16299, product: 'Windows Server, version 1709', short: 'Server 1709 (SAC)', imageTag: '1709', channel: 'sac', supported: false },
  { build: 17134, product: 'Windows Server, version 1803', short: 'Server 1803 (SAC)', imageTag: '1803', channel: 'sac', supported: false },
  { build: 17763, product: 'Windows Server 2019', short: 'Server 2019', imageTag: 'ltsc2019', channel: 'ltsc', supported: true, osImageYear: '2019' },
  { build: 18362, product: 'Windows Server, version 1903', short: 'Server 1903 (SAC)', imageTag: '1903', channel: 'sac', supported: false },
  { build: 18363, product: 'Windows Server, version 1909', short: 'Server 1909 (SAC)', imageTag: '1909', channel: 'sac', supported: false },
  { build: 19041, product: 'Windows Server, version 2004', short: 'Server 2004 (SAC)', imageTag: '2004', channel: 'sac', supported: false },
  { build: 19042, product: 'Windows Server, version 20H2', short: 'Server 20H2 (SAC)', imageTag: '20H2', channel: 'sac', supported: false },
  { build: 19043, product: 'Windows 10, version 21H1', short: 'Windows 10 21H1', channel: 'client', supported: false },
  { build: 19044, product: 'Windows 10, version 21H2', short: 'Windows 10 21H2', channel: 'client', supported: false },
  { build: 19045, product: 'Windows 10, version 22H2', short: 'Windows 10 22H2', channel: 'client', supported: false },
  { build: 20348, product: 'Windows Server 2022', short: 'Server 2022', imageTag: 'ltsc2022', channel: 'ltsc', supported: true, osImageYear: '2022' },
  { build: 22000, product: 'Windows 11, version 21H2', short: 'Windows 11 21H2', channel: 'client', supported: false },
  { build: 22621, product: 'Windows 11, version 22H2', short: 'Windows 11 22H2', channel: 'client', supported: false },
  { build: 22631, product: 'Windows 11, version 23H2', short: 'Windows 11 23H2', channel: 'client', supported: false },
  { build: 25398, product: 'Windows Server, version 23H2', short: 'Server 23H2 (annual)', channel: 'sac', supported: false },
  { build: 26100, product: 'Windows Server 2025', short: 'Server 2025', imageTag: 'ltsc2025', channel: 'ltsc', supported: true, osImageYear: '2025' },
];

const entryByBuild = new Map(buildTable.map((entry) => [entry.build, entry]));

/** The newest build in the table; anything newer that is not listed is a preview build. */
const newestKnownBuild = Math.max(...buildTable.map((entry) => entry.build));

/** Supported LTSC builds, oldest first. */
export const supportedBuilds: readonly number[] = buildTable.filter((e) => e.supported).map((e) => e.build);

/** Facts about a build number (ubr = update build revision, the fourth part of 10.0.B.UBR). */
export function buildInfoFromNumber(
  build: number,
  ubr?: number,
  source: WindowsBuildInfo['source'] = 'kernelVersion',
): WindowsBuildInfo {
  const entry = entryByBuild.get(build);
  if (entry) {
    const info: WindowsBuildInfo = {
      build,
      product: entry.product,
      short: entry.short,
      channel: entry.channel,
      supported: entry.supported,
      source,
    };
    if (ubr !== undefined) info.ubr = ubr;
    if (entry.imageTag) info.imageTag = entry.imageTag;
    return info;
  }
  const channel: WindowsBuildInfo['channel'] = build > newestKnownBuild ? 'insider' : 'unknown';
  const info: WindowsBuildInfo = {
    build,
    product: channel === 'insider' ? `Windows preview build ${build}` : `Windows build ${build}`,
    short: channel === 'insider' ? `Preview ${build}` : `Build ${build}`,
    channel,
    supported: false,
    source,
  };
  if (ubr !== undefined) info.ubr = ubr;
  return info;
}

/** "10.0.20348" or "10.0.20348.2966" -> { build, ubr }. */
export function parseWindowsVersion(text: string | undefined): { build: number; ubr?: number } | undefined {
  if (!text) return undefined;
  const match = /^\s*10\.0\.(\d{4,5})(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const build = Number(match[1]);
  return match[2] !== undefined ? { build, ubr: Number(match[2]) } : { build };
}

/**
 * Build from the osImage text alone: "Windows Server 2022 Datacenter" names its LTSC year.
 * Semi-annual builds say only "Windows Server Datacenter", so they need the kernel version.
 */
export function buildFromOsImage(osImage: string | undefined): number | undefined {
  if (!osImage) return undefined;
  const year = /windows server (\d{4})\b/i.exec(osImage)?.[1];
  if (!year) return undefined;
  return buildTable.find((entry) => entry.osImageYear === year)?.build;
}

export const windowsBuildLabel = 'node.kubernetes.io/windows-build';

/** Windows build of a node: kernelVersion (has the UBR), then the windows-build label, then osImage. */
export function buildInfoFromNode(node: KNode): WindowsBuildInfo | undefined {
  const fromKernel = parseWindowsVersion(node.status?.nodeInfo?.kernelVersion);
  if (fromKernel) return buildInfoFromNumber(fromKernel.build, fromKernel.ubr, 'kernelVersion');
  const fromLabel = parseWindowsVersion(node.metadata.labels?.[windowsBuildLabel]);
  if (fromLabel) return buildInfoFromNumber(fromLabel.build, fromLabel.ubr, 'label');
  const fromOsImage = buildFromOsImage(node.status?.nodeInfo?.osImage);
  if (fromOsImage) return buildInfoFromNumber(fromOsImage, undefined, 'osImage');
  return undefined;
}

export function isWindowsNode(node: KNode): boolean {
  const labels = node.metadata.labels ?? {};
  const os = labels['kubernetes.io/os'] ?? labels['beta.kubernetes.io/os'];
  if (os !== undefined) return os.toLowerCase() === 'windows';
  return node.status?.nodeInfo?.operatingSystem?.toLowerCase() === 'windows';
}

/** "10.0.20348.2966" for display; "10.0.20348" when the UBR is not known. */
export function formatBuild(info: WindowsBuildInfo): string {
  return info.ubr !== undefined ? `10.0.${info.build}.${info.ubr}` : `10.0.${info.build}`;
}
