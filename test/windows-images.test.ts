import { describe, expect, it } from 'vitest';
import { imageWindowsBuild, looksLikeLinuxOnlyImage, looksLikeWindowsImage, parseImageReference } from '../src/windows/images.js';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['docker.io/library/nginx:1.27', { registry: 'docker.io', repository: 'nginx', tag: '1.27' }],
    ['myreg.local:5000/team/iis:ltsc2022', { registry: 'myreg.local:5000', repository: 'team/iis', tag: 'ltsc2022' }],
    ['localhost:5000/web', { registry: 'localhost:5000', repository: 'web' }],
    [
      'mcr.microsoft.com/windows/servercore@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      { registry: 'mcr.microsoft.com', repository: 'windows/servercore', digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    ],
  ])('%s', (image, expected) => {
    expect(parseImageReference(image)).toEqual(expected);
  });
});

describe('imageWindowsBuild', () => {
  it.each([
    ['mcr.microsoft.com/windows/servercore:ltsc2019', 17763],
    ['mcr.microsoft.com/windows/nanoserver:1809', 17763],
    ['mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022', 20348],
    ['mcr.microsoft.com/windows/servercore:ltsc2025', 26100],
    ['mcr.microsoft.com/windows/servercore:2004', 19041],
    ['mcr.microsoft.com/windows/nanoserver:20H2', 19042],
    ['mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022', 20348],
    ['mcr.microsoft.com/powershell:lts-nanoserver-1809', 17763],
    ['mcr.microsoft.com/windows/servercore:10.0.17763.6293', 17763],
    ['myreg.local:5000/team/app:1.4.2-windowsservercore-ltsc2019', 17763],
    ['sigwindowstools/kube-proxy:v1.18.0-1909', 18363],
    ['registry.k8s.io/pause:3.9-windows-ltsc2022-amd64', 20348],
    ['mcr.microsoft.com/windows/servercore:ltsc2022@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 20348],
  ])('%s -> %i', (image, build) => {
    expect(imageWindowsBuild(image)?.build).toBe(build);
    expect(imageWindowsBuild(image)?.source).toBe('imageTag');
  });

  it('keeps the UBR of a full version tag', () => {
    expect(imageWindowsBuild('mcr.microsoft.com/windows/servercore:10.0.20348.2966')).toMatchObject({ build: 20348, ubr: 2966 });
  });

  it.each([
    'nginx:1.27',
    'myapp:2004',
    'registry.k8s.io/pause:3.9',
    'sigwindowstools/flannel:v0.13.0-nanoserver',
    'mcr.microsoft.com/windows/servercore',
    'mcr.microsoft.com/windows/servercore@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'redis:7.2-alpine',
  ])('names no Windows build: %s', (image) => {
    expect(imageWindowsBuild(image)).toBeUndefined();
  });
});

describe('looksLikeWindowsImage / looksLikeLinuxOnlyImage', () => {
  it.each([
    ['mcr.microsoft.com/windows/servercore:ltsc2022', true, false],
    ['mcr.microsoft.com/windows/nanoserver:ltsc2022', true, false],
    ['mcr.microsoft.com/dotnet/framework/runtime:4.8', true, false],
    ['sigwindowstools/flannel:v0.13.0-nanoserver', true, false],
    ['mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0', true, false],
    ['nginx:1.27', false, true],
    ['docker.io/library/nginx:1.27-alpine', false, true],
    ['busybox', false, true],
    ['alpine:3.20', false, true],
    ['ubuntu:24.04', false, true],
    ['redis:7', false, true],
    ['postgres:16', false, true],
    ['registry.k8s.io/kube-proxy:v1.30.4', false, true],
    ['python:3.12-windowsservercore-ltsc2022', true, false],
    ['python:3.12', false, false],
    ['myreg.local:5000/nginx:1.27', false, false],
    ['rabbitmqoperator/cluster-operator:2.1.0', false, false],
  ])('%s: windows=%s linuxOnly=%s', (image, windows, linuxOnly) => {
    expect(looksLikeWindowsImage(image)).toBe(windows);
    expect(looksLikeLinuxOnlyImage(image)).toBe(linuxOnly);
  });
});
