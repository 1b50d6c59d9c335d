import { describe, expect, it } from 'vitest';
import type { KNode } from '../src/kube/types.js';
import { buildFromOsImage, buildInfoFromNode, buildInfoFromNumber, formatBuild, isWindowsNode, parseWindowsVersion } from '../src/windows/builds.js';

function node(labels: Record<string, string>, nodeInfo: Record<string, string>): KNode {
  return { metadata: { name: 'n', labels }, status: { nodeInfo } };
}

describe('buildInfoFromNumber', () => {
  it.each([
    [17763, 'Windows Server 2019', 'Server 2019', 'ltsc', true, 'ltsc2019'],
    [20348, 'Windows Server 2022', 'Server 2022', 'ltsc', true, 'ltsc2022'],
    [26100, 'Windows Server 2025', 'Server 2025', 'ltsc', true, 'ltsc2025'],
    [14393, 'Windows Server 2016', 'Server 2016', 'ltsc', false, 'ltsc2016'],
    [16299, 'Windows Server, version 1709', 'Server 1709 (SAC)', 'sac', false, '1709'],
    [17134, 'Windows Server, version 1803', 'Server 1803 (SAC)', 'sac', false, '1803'],
    [18362, 'Windows Server, version 1903', 'Server 1903 (SAC)', 'sac', false, '1903'],
    [18363, 'Windows Server, version 1909', 'Server 1909 (SAC)', 'sac', false, '1909'],
    [19041, 'Windows Server, version 2004', 'Server 2004 (SAC)', 'sac', false, '2004'],
    [19042, 'Windows Server, version 20H2', 'Server 20H2 (SAC)', 'sac', false, '20H2'],
  ] as const)('%i is %s', (build, product, short, channel, supported, imageTag) => {
    const info = buildInfoFromNumber(build);
    expect(info).toMatchObject({ build, product, short, channel, supported, imageTag });
  });

  it('marks client builds unsupported', () => {
    expect(buildInfoFromNumber(19045)).toMatchObject({ channel: 'client', supported: false, product: 'Windows 10, version 22H2' });
    expect(buildInfoFromNumber(22631)).toMatchObject({ channel: 'client', supported: false });
  });

  it('treats unknown newer builds as previews and unknown older ones as unknown', () => {
    expect(buildInfoFromNumber(27729)).toMatchObject({ channel: 'insider', supported: false, short: 'Preview 27729' });
    expect(buildInfoFromNumber(18000)).toMatchObject({ channel: 'unknown', supported: false, product: 'Windows build 18000' });
  });

  it('keeps the update build revision', () => {
    expect(buildInfoFromNumber(20348, 2966).ubr).toBe(2966);
    expect(formatBuild(buildInfoFromNumber(20348, 2966))).toBe('10.0.20348.2966');
    expect(formatBuild(buildInfoFromNumber(17763))).toBe('10.0.17763');
  });
});

describe('parseWindowsVersion / buildFromOsImage', () => {
  it.each([
    ['10.0.20348', { build: 20348 }],
    ['10.0.20348.2966', { build: 20348, ubr: 2966 }],
    ['10.0.17763.6293', { build: 17763, ubr: 6293 }],
    ['5.15.0-1064-azure', undefined],
    ['', undefined],
  ])('%s', (text, expected) => {
    expect(parseWindowsVersion(text)).toEqual(expected);
  });

  it.each([
    ['Windows Server 2022 Datacenter', 20348],
    ['Windows Server 2019 Datacenter', 17763],
    ['Windows Server 2025 Datacenter', 26100],
    ['Windows Server Datacenter', undefined],
    ['Ubuntu 22.04.4 LTS', undefined],
  ])('%s', (osImage, build) => {
    expect(buildFromOsImage(osImage)).toBe(build);
  });
});

describe('buildInfoFromNode', () => {
  it('prefers the kernel version, which carries the UBR', () => {
    const info = buildInfoFromNode(
      node({ 'node.kubernetes.io/windows-build': '10.0.20348' }, { kernelVersion: '10.0.20348.2966', osImage: 'Windows Server 2022 Datacenter' }),
    );
    expect(info).toMatchObject({ build: 20348, ubr: 2966, product: 'Windows Server 2022', source: 'kernelVersion' });
  });

  it('falls back to the windows-build label', () => {
    expect(buildInfoFromNode(node({ 'node.kubernetes.io/windows-build': '10.0.17763' }, {}))).toMatchObject({ build: 17763, source: 'label' });
  });

  it('falls back to the osImage year', () => {
    expect(buildInfoFromNode(node({}, { osImage: 'Windows Server 2025 Datacenter' }))).toMatchObject({ build: 26100, source: 'osImage' });
  });

  it('reads a semi-annual node from its kernel version (osImage names no year)', () => {
    const info = buildInfoFromNode(node({}, { osImage: 'Windows Server Datacenter', kernelVersion: '10.0.19041.1415' }));
    expect(info).toMatchObject({ build: 19041, channel: 'sac', supported: false, short: 'Server 2004 (SAC)' });
  });

  it('returns undefined for a Linux node', () => {
    expect(buildInfoFromNode(node({ 'kubernetes.io/os': 'linux' }, { kernelVersion: '5.15.0-1064-azure', osImage: 'Ubuntu 22.04.4 LTS' }))).toBeUndefined();
  });
});

describe('isWindowsNode', () => {
  it('reads the os label first, then nodeInfo.operatingSystem', () => {
    expect(isWindowsNode(node({ 'kubernetes.io/os': 'windows' }, {}))).toBe(true);
    expect(isWindowsNode(node({ 'beta.kubernetes.io/os': 'windows' }, {}))).toBe(true);
    expect(isWindowsNode(node({}, { operatingSystem: 'windows' }))).toBe(true);
    expect(isWindowsNode(node({ 'kubernetes.io/os': 'linux' }, { operatingSystem: 'linux' }))).toBe(false);
    expect(isWindowsNode(node({}, {}))).toBe(false);
  });
});
