/**
 * Release packaging: the single executables, their archives and the krew manifest.
 *
 * Packaging runs once for the whole file (a few minutes on a cold cache: it fetches five Node.js
 * runtimes from the npm registry) into a temporary directory, so the repository's dist/ and
 * krew-manifest.yaml are left alone.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTar, readTarGz, readZip, sha256, sha256File, tarArchive, tarGzArchive, zipArchive } from '../scripts/package-archive.js';
import { CPU_TYPE_ARM64, CPU_TYPE_X86_64, hasCodeSignature, machoCpuType, machoSegmentNames, removeCodeSignature } from '../scripts/package-macho.js';
import { hasAuthenticodeSignature, IMAGE_FILE_MACHINE_AMD64, peMachine } from '../scripts/package-pe.js';
import { RELEASE_NODE_VERSION } from '../scripts/package-targets.js';
import type { SimCluster } from './support/sim/index.js';

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const RELEASE_BASE = `https://github.com/kubectl-windbg/kubectl-windbg/releases/download/v${VERSION}/`;
const TARGETS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'];
const SEA_FUSE_FLIPPED = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1';
const EM_AARCH64 = 0xb7;

interface ReleaseEntry {
  os: string;
  arch: string;
  archive: string;
  sha256: string;
  bin: string;
  nodeVersion: string;
  binarySize: number;
}

interface KrewPlatform {
  selector: { matchLabels: { os: string; arch: string } };
  uri: string;
  sha256: string;
  bin: string;
  files?: { from: string; to: string }[];
}

interface KrewManifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    version: string;
    homepage: string;
    shortDescription: string;
    description: string;
    caveats: string;
    platforms: KrewPlatform[];
  };
}

/** Shape rules krew applies to a Plugin manifest, plus this plugin's own expectations. */
function expectValidKrewManifest(manifest: KrewManifest): void {
  expect(manifest.apiVersion).toBe('krew.googlecontainertools.github.com/v1alpha2');
  expect(manifest.kind).toBe('Plugin');
  expect(manifest.metadata.name).toBe('windbg');
  expect(manifest.spec.version).toBe(`v${VERSION}`);
  expect(manifest.spec.version).toMatch(/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  expect(manifest.spec.homepage).toBe('https://github.com/kubectl-windbg/kubectl-windbg');
  expect(manifest.spec.shortDescription.length).toBeGreaterThan(10);
  expect(manifest.spec.shortDescription.length).toBeLessThanOrEqual(50);
  expect(manifest.spec.description).toContain('Windows');
  expect(manifest.spec.caveats).toContain('rbac/clusterrole.yaml');
  expect(manifest.spec.caveats).toMatch(/HostProcess/);
  expect(manifest.spec.caveats).toMatch(/privileged Pod Security level/);
  const platforms = manifest.spec.platforms;
  expect(platforms.map((p) => `${p.selector.matchLabels.os}/${p.selector.matchLabels.arch}`).sort()).toEqual([...TARGETS].sort());
  for (const platform of platforms) {
    const { os, arch } = platform.selector.matchLabels;
    const archive = `kubectl-windbg-${VERSION}-${os}-${arch}.${os === 'windows' ? 'zip' : 'tar.gz'}`;
    expect(platform.uri).toBe(RELEASE_BASE + archive);
    expect(platform.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(platform.bin).toBe(os === 'windows' ? 'kubectl-windbg.exe' : 'kubectl-windbg');
    expect(platform.files?.map((file) => file.from)).toEqual([platform.bin, os === 'windows' ? 'kubectl_complete-windbg.cmd' : 'kubectl_complete-windbg', 'LICENSE']);
    for (const file of platform.files ?? []) expect(file.to).toBe('.');
  }
}

function run(command: string, args: readonly string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  // Asynchronous on purpose: the simulated cluster answers from this same process.
  return execFileAsync(command, [...args], { env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 60_000 });
}

describe('archive writers', () => {
  const entries = [
    { name: 'kubectl-windbg', data: Buffer.from('#!/bin/sh\necho hi\n'.repeat(100)), mode: 0o755 },
    { name: 'LICENSE', data: Buffer.from('Apache License\n'), mode: 0o644 },
    { name: 'README.md', data: Buffer.alloc(0), mode: 0o644 },
  ];

  it('writes a ustar archive that system tar lists with modes, owners and the fixed date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windbg-tar-'));
    try {
      writeFileSync(join(dir, 'a.tar.gz'), tarGzArchive(entries));
      const { stdout } = await execFileAsync('tar', ['-tvzf', join(dir, 'a.tar.gz')], { encoding: 'utf8' });
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^-rwxr-xr-x root\/root\s+1800 2020-01-01 00:00 kubectl-windbg$/);
      expect(lines[1]).toMatch(/^-rw-r--r-- root\/root\s+15 2020-01-01 00:00 LICENSE$/);
      expect(lines[2]).toMatch(/^-rw-r--r-- root\/root\s+0 2020-01-01 00:00 README.md$/);
      const back = readTarGz(join(dir, 'a.tar.gz'));
      expect(back.get('kubectl-windbg')?.data.equals(entries[0]!.data)).toBe(true);
      expect(back.get('kubectl-windbg')?.mode).toBe(0o755);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is reproducible byte for byte', () => {
    expect(sha256(tarGzArchive(entries))).toBe(sha256(tarGzArchive(entries)));
    expect(sha256(zipArchive(entries))).toBe(sha256(zipArchive(entries)));
    expect(tarArchive(entries).length % 10240).toBe(0);
  });

  it('writes a zip whose entries inflate back with matching CRC-32 and Unix modes', () => {
    const back = readZip(zipArchive(entries));
    expect([...back.keys()]).toEqual(['kubectl-windbg', 'LICENSE', 'README.md']);
    expect(back.get('kubectl-windbg')?.data.equals(entries[0]!.data)).toBe(true);
    expect(back.get('kubectl-windbg')?.mode).toBe(0o755);
    expect(back.get('README.md')?.data.length).toBe(0);
  });

  it('reads pax long names written by other tools', () => {
    const longName = `package/${'deep/'.repeat(30)}node`;
    const record = ` path=${longName}\n`;
    let length = record.length + 2;
    length = `${length}${record}`.length;
    const pax = Buffer.from(`${length}${record}`);
    const paxTar = tarArchive([{ name: 'PaxHeader', data: pax, mode: 0o644 }, { name: 'short', data: Buffer.from('x'), mode: 0o755 }]);
    paxTar[156] = 'x'.charCodeAt(0); // mark the first entry as a pax extended header
    let sum = 0;
    paxTar.fill(' ', 148, 156);
    for (const byte of paxTar.subarray(0, 512)) sum += byte;
    paxTar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    expect([...readTar(paxTar).keys()]).toEqual([longName]);
  });
});

describe('npm run package', () => {
  let outDir = '';
  let binDir = '';
  let release: { version: string; archives: ReleaseEntry[] };
  let manifest: KrewManifest;
  let sim: SimCluster | undefined;
  const archive = (os: string, arch: string): ReleaseEntry => release.archives.find((a) => a.os === os && a.arch === arch)!;
  const executableOf = (entry: ReleaseEntry): Buffer => {
    const files = entry.archive.endsWith('.zip') ? readZip(readFileSync(join(outDir, entry.archive))) : readTarGz(join(outDir, entry.archive));
    return files.get(entry.bin)!.data;
  };

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'windbg-dist-'));
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    // --skip-esm: the npm bundle in dist/ may be in use by other tests right now.
    await execFileAsync(tsx, ['scripts/package.ts', '--out-dir', outDir, '--manifest', join(outDir, 'krew-manifest.yaml'), '--skip-esm'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    release = JSON.parse(readFileSync(join(outDir, 'release.json'), 'utf8')) as typeof release;
    manifest = parse(readFileSync(join(outDir, 'krew-manifest.yaml'), 'utf8')) as KrewManifest;

    // The linux/amd64 executable, taken out of its archive, as a user would.
    binDir = join(outDir, 'bin');
    mkdirSync(binDir);
    writeFileSync(join(binDir, 'kubectl-windbg'), executableOf(archive('linux', 'amd64')));
    chmodSync(join(binDir, 'kubectl-windbg'), 0o755);
  }, 20 * 60_000);

  afterAll(async () => {
    await sim?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('writes one archive per platform holding the executable, its completion script, LICENSE and README.md', () => {
    expect(release.version).toBe(VERSION);
    expect(release.archives.map((a) => `${a.os}/${a.arch}`)).toEqual(TARGETS);
    for (const entry of release.archives) {
      const path = join(outDir, entry.archive);
      const files = entry.archive.endsWith('.zip') ? readZip(readFileSync(path)) : readTarGz(path);
      const completion = entry.os === 'windows' ? 'kubectl_complete-windbg.cmd' : 'kubectl_complete-windbg';
      expect([...files.keys()]).toEqual([entry.bin, completion, 'LICENSE', 'README.md']);
      expect(files.get(entry.bin)!.mode).toBe(0o755);
      expect(files.get(completion)!.mode).toBe(0o755);
      expect(files.get(completion)!.data.toString('utf8')).toContain('__complete');
      expect(files.get('LICENSE')!.data.equals(readFileSync(join(ROOT, 'LICENSE')))).toBe(true);
      expect(files.get(entry.bin)!.data.length).toBe(entry.binarySize);
      // One pinned Node.js for every platform.
      expect(entry.nodeVersion).toBe(RELEASE_NODE_VERSION);
    }
    expect(archive('windows', 'amd64').archive).toBe(`kubectl-windbg-${VERSION}-windows-amd64.zip`);
    expect(archive('linux', 'arm64').archive).toBe(`kubectl-windbg-${VERSION}-linux-arm64.tar.gz`);
  });

  it('writes a krew manifest whose checksums match the archives on disk', () => {
    expectValidKrewManifest(manifest);
    for (const platform of manifest.spec.platforms) {
      const file = platform.uri.slice(RELEASE_BASE.length);
      expect(existsSync(join(outDir, file))).toBe(true);
      expect(platform.sha256).toBe(sha256File(join(outDir, file)));
    }
    const sums = readFileSync(join(outDir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toEqual(release.archives.map((a) => `${sha256File(join(outDir, a.archive))}  ${a.archive}`));
  });

  it('keeps the committed krew-manifest.yaml a valid manifest for this version', () => {
    expectValidKrewManifest(parse(readFileSync(join(ROOT, 'krew-manifest.yaml'), 'utf8')) as KrewManifest);
  });

  it('runs the linux/amd64 executable with an empty environment: --version', async () => {
    const { stdout } = await run(join(binDir, 'kubectl-windbg'), ['--version'], {});
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('runs the linux/amd64 executable with an empty environment: rules -o json', async () => {
    const { stdout } = await run(join(binDir, 'kubectl-windbg'), ['rules', '-o', 'json'], {});
    const rules = JSON.parse(stdout) as { id: string; title: string; area: string; severity: string }[];
    expect(rules.length).toBeGreaterThanOrEqual(30);
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['image-os-mismatch', 'pause-image-incompatible', 'hns-network-missing', 'version-skew']));
    for (const rule of rules) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
  });

  it('runs the linux/amd64 executable with an empty environment: nodes against the simulated cluster', async () => {
    const { startSimCluster } = await import('./support/sim/index.js');
    sim = await startSimCluster({ scenario: 'demo' });
    const { stdout, stderr } = await run(join(binDir, 'kubectl-windbg'), ['nodes', '--kubeconfig', sim.kubeconfigPath, '--no-color'], {});
    expect(stderr).not.toMatch(/Warning/); // e.g. no DEP0040 punycode deprecation from the bundled HTTP client
    for (const name of ['akswin22-0', 'akswin22-1', 'win19-0', 'win25-0', 'win2004-0']) expect(stdout).toContain(name);
    expect(stdout).not.toContain('linux-0');
    expect(stdout).toMatch(/10\.0\.20348/);
    expect(sim.requests.some((request) => request.method === 'GET' && request.path === '/api/v1/nodes')).toBe(true);
  });

  it('runs the linux/amd64 executable with an empty environment: explain <id> prints the embedded page in every language', async () => {
    const titles = { en: 'container image does not match', ja: 'コンテナイメージ', ko: '컨테이너 이미지', 'zh-CN': '容器镜像' };
    for (const [lang, title] of Object.entries(titles)) {
      const { stdout } = await run(join(binDir, 'kubectl-windbg'), ['explain', 'image-os-mismatch', '--lang', lang], {});
      expect(stdout.split('\n')[0]).toMatch(new RegExp(`^# image-os-mismatch: .*${title}`));
    }
  });

  it('runs the linux/amd64 executable with an empty environment: a finding names explain and the page of this version on the web', async () => {
    const eks = join(ROOT, 'test/fixtures/offline/list/eks-windows.json');
    const report = await run(join(binDir, 'kubectl-windbg'), ['check', '--from', eks, '--no-color'], {}).catch((error: { stdout: string; code: number }) => {
      if (error.code !== 1) throw error;
      return { stdout: error.stdout };
    });
    const match = /\n {4}Docs: kubectl windbg explain ([a-z0-9-]+)\n {10}(\S+)\n/.exec(report.stdout);
    expect(match?.[2]).toBe(`https://github.com/kubectl-windbg/kubectl-windbg/blob/v${VERSION}/docs/rules/${match?.[1]}.md`);
  });

  it('is found by the real kubectl on PATH as `kubectl windbg`', async () => {
    const kubectl = await execFileAsync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).then(
      (result) => result.stdout.trim(),
      () => '',
    );
    if (!kubectl) throw new Error('kubectl is not installed: this test needs the real kubectl on PATH');
    // PATH holds only the plugin's directory: no node, no other tools.
    const { stdout } = await run(kubectl, ['windbg', '--version'], { PATH: binDir, HOME: outDir });
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('builds the linux/arm64 executable as an AArch64 ELF with the SEA blob injected', () => {
    const binary = executableOf(archive('linux', 'arm64'));
    expect(binary.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBe(true);
    expect(binary[4]).toBe(2); // 64-bit
    expect(binary.readUInt16LE(0x12)).toBe(EM_AARCH64);
    expectPlausibleSea(binary);
  });

  it('builds the darwin executables as unsigned Mach-O for x86_64 and arm64 with a NODE_SEA segment', () => {
    for (const [arch, cpu] of [['amd64', CPU_TYPE_X86_64], ['arm64', CPU_TYPE_ARM64]] as const) {
      const binary = executableOf(archive('darwin', arch));
      expect(binary.readUInt32LE(0)).toBe(0xfeedfacf);
      expect(machoCpuType(binary)).toBe(cpu);
      expect(machoSegmentNames(binary)).toEqual(expect.arrayContaining(['__TEXT', 'NODE_SEA', '__LINKEDIT']));
      expect(machoSegmentNames(binary).at(-1)).toBe('__LINKEDIT');
      expect(hasCodeSignature(binary)).toBe(false);
      expectPlausibleSea(binary);
    }
  });

  it('builds the windows executable as an unsigned AMD64 PE named kubectl-windbg.exe', () => {
    const entry = archive('windows', 'amd64');
    expect(entry.bin).toBe('kubectl-windbg.exe');
    const binary = executableOf(entry);
    expect(binary.toString('latin1', 0, 2)).toBe('MZ');
    expect(binary.toString('latin1', binary.readUInt32LE(0x3c), binary.readUInt32LE(0x3c) + 4)).toBe('PE\0\0');
    expect(peMachine(binary)).toBe(IMAGE_FILE_MACHINE_AMD64);
    expect(hasAuthenticodeSignature(binary)).toBe(false);
    expectPlausibleSea(binary);
  });
});

/** A Node.js runtime (tens of MB) with the fuse flipped and the bundled CLI inside. */
function expectPlausibleSea(binary: Buffer): void {
  expect(binary.length).toBeGreaterThan(60 * 1024 * 1024);
  expect(binary.length).toBeLessThan(250 * 1024 * 1024);
  expect(binary.includes(SEA_FUSE_FLIPPED)).toBe(true);
  expect(binary.includes('__windbgImportMetaUrl')).toBe(true);
}

describe('Mach-O signature removal', () => {
  it('drops LC_CODE_SIGNATURE, shrinks __LINKEDIT and cuts the signature off', () => {
    const binary = syntheticSignedMachO();
    expect(hasCodeSignature(binary)).toBe(true);
    const unsigned = removeCodeSignature(binary);
    expect(hasCodeSignature(unsigned)).toBe(false);
    expect(unsigned.length).toBe(0x2000);
    expect(unsigned.readUInt32LE(16)).toBe(1); // ncmds
    expect(unsigned.readUInt32LE(20)).toBe(72); // sizeofcmds
    expect(unsigned.readBigUInt64LE(32 + 48)).toBe(0x1000n); // __LINKEDIT filesize
    expect(machoSegmentNames(unsigned)).toEqual(['__LINKEDIT']);
  });
});

/** A minimal 64-bit Mach-O: __LINKEDIT at 0x1000..0x2100, with a 0x100-byte signature at 0x2000. */
function syntheticSignedMachO(): Buffer {
  const binary = Buffer.alloc(0x2100);
  binary.writeUInt32LE(0xfeedfacf, 0);
  binary.writeUInt32LE(CPU_TYPE_ARM64, 4);
  binary.writeUInt32LE(2, 12); // MH_EXECUTE
  binary.writeUInt32LE(2, 16);
  binary.writeUInt32LE(72 + 16, 20);
  let offset = 32;
  binary.writeUInt32LE(0x19, offset);
  binary.writeUInt32LE(72, offset + 4);
  binary.write('__LINKEDIT', offset + 8, 'latin1');
  binary.writeBigUInt64LE(0x1000n, offset + 40); // fileoff
  binary.writeBigUInt64LE(0x1100n, offset + 48); // filesize
  offset += 72;
  binary.writeUInt32LE(0x1d, offset);
  binary.writeUInt32LE(16, offset + 4);
  binary.writeUInt32LE(0x2000, offset + 8);
  binary.writeUInt32LE(0x100, offset + 12);
  return binary;
}
