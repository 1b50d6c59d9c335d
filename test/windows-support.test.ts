import { describe, expect, it } from 'vitest';
import {
  aksRetirementFor,
  compareReleaseVersions,
  containerdAtLeast,
  featureGateStage,
  minimumPauseVersionFor,
  pauseImageSupportsBuild,
  upstreamSupportsBuild,
} from '../src/windows/support.js';

describe('pause image variants', () => {
  it('knows 3.10 and 3.10.1 lack Windows Server 2025 and 3.10.2 has it', () => {
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.10', 26100)).toBe(false);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.10.1', 26100)).toBe(false);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.10.2', 26100)).toBe(true);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.11', 26100)).toBe(true);
    expect(minimumPauseVersionFor(26100)).toBe('3.10.2');
  });

  it('knows when 2022 arrived and when the semi-annual variants left', () => {
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.5', 20348)).toBe(false);
    expect(pauseImageSupportsBuild('k8s.gcr.io/pause:3.6', 20348)).toBe(true);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.6', 19041)).toBe(true);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.7', 19041)).toBe(false);
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.9', 17763)).toBe(true);
  });

  it('has no opinion on other registries, digests or unlisted builds', () => {
    expect(pauseImageSupportsBuild('mcr.microsoft.com/oss/kubernetes/pause:3.9', 26100)).toBeUndefined();
    expect(pauseImageSupportsBuild('registry.k8s.io/pause@sha256:abc', 26100)).toBeUndefined();
    expect(pauseImageSupportsBuild('registry.k8s.io/pause:3.10', 22631)).toBeUndefined();
  });
});

describe('versions', () => {
  it('compares release numbers numerically', () => {
    expect(compareReleaseVersions('3.10', '3.9')).toBeGreaterThan(0);
    expect(compareReleaseVersions('3.10', '3.10.0')).toBe(0);
    expect(compareReleaseVersions('3.10.1', '3.10.2')).toBeLessThan(0);
  });

  it('reads containerd versions from nodeInfo.containerRuntimeVersion', () => {
    expect(containerdAtLeast('containerd://1.7.20', '1.7')).toBe(true);
    expect(containerdAtLeast('containerd://1.6.24', '1.7')).toBe(false);
    expect(containerdAtLeast('containerd://2.0.5', '1.7')).toBe(true);
    expect(containerdAtLeast('docker://20.10.9', '1.6')).toBeUndefined();
    expect(containerdAtLeast(undefined, '1.6')).toBeUndefined();
  });
});

describe('support status', () => {
  it('lists only 2022 and 2025 upstream', () => {
    expect(upstreamSupportsBuild(26100)).toBe(true);
    expect(upstreamSupportsBuild(20348)).toBe(true);
    expect(upstreamSupportsBuild(17763)).toBe(false);
  });

  it('dates the AKS retirements against the reference day, not the clock', () => {
    expect(aksRetirementFor({ build: 17763 }, '2026-02-28')).toMatchObject({ retired: false, imagesRemoved: false });
    expect(aksRetirementFor({ build: 17763 }, '2026-12-06T10:00:00Z')).toMatchObject({ retired: true, imagesRemoved: false });
    expect(aksRetirementFor({ build: 17763 }, '2027-04-01')).toMatchObject({ retired: true, imagesRemoved: true });
    expect(aksRetirementFor({ osSku: 'windowsannual' }, '2026-06-01')?.retirement.product).toBe('Windows Server Annual Channel (preview)');
    expect(aksRetirementFor({ build: 20348 }, '2026-12-06')).toMatchObject({ retired: false });
    expect(aksRetirementFor({ build: 26100 }, '2026-12-06')).toBeUndefined();
  });
});

describe('feature gates', () => {
  it('locks WinDSR and WinOverlay from 1.34', () => {
    expect(featureGateStage('WinDSR', '1.33')).toMatchObject({ stage: 'beta', default: true });
    expect(featureGateStage('WinOverlay', '1.34')).toMatchObject({ stage: 'ga-locked' });
    expect(featureGateStage('WinOverlay', '1.13')).toBeUndefined();
  });

  it('withdraws WindowsHostNetwork in 1.33', () => {
    expect(featureGateStage('WindowsHostNetwork', '1.32')).toMatchObject({ stage: 'alpha' });
    expect(featureGateStage('WindowsHostNetwork', '1.33')).toMatchObject({ stage: 'withdrawn' });
  });
});
