/**
 * Writes krew-manifest.yaml: the krew Plugin manifest for the release archives.
 *
 *   tsx scripts/krew-manifest.ts [--dist dist] [--out krew-manifest.yaml]
 *
 * The version comes from package.json, the checksums from the archives in the dist directory
 * (`npm run package` calls this after building them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { sha256File } from './package-archive.js';
import { packageVersion, ROOT } from './package-bundle.js';
import { readPackageLinks, repositoryUrl } from './package-links.js';
import { archiveName, releaseTargets, type ReleaseTarget } from './package-targets.js';

export { repositoryUrl } from './package-links.js';

const PACKAGE = readPackageLinks();

/** Where releases are downloaded from and the plugin's homepage: both from package.json. */
export const REPOSITORY_URL = repositoryUrl(PACKAGE);
export const HOMEPAGE_URL = PACKAGE.homepage ?? REPOSITORY_URL;

export interface ReleaseArchive {
  os: ReleaseTarget['os'];
  arch: ReleaseTarget['arch'];
  archive: string;
  sha256: string;
  bin: string;
  /** The completion script beside the executable (kubectl_complete-windbg). */
  completion: string;
}

export function releaseUri(version: string, archive: string): string {
  return `${REPOSITORY_URL}/releases/download/v${version}/${archive}`;
}

const DESCRIPTION = `Diagnoses Windows nodes and Windows pods. It reads nodes, pods and events
from the API server, recognises the well-known causes of Windows trouble
(pause image or container image built for another Windows version, missing
HNS network, exhausted load-balancer ports, kube-proxy or Flannel
misconfiguration, DNS and network failures...), shows the evidence and the
steps to fix each one. With --probe it also looks inside a node through a
short-lived HostProcess pod.

  kubectl windbg nodes              inventory of Windows nodes
  kubectl windbg node <name>        diagnose one node
  kubectl windbg pod <name> -n ns   diagnose one pod
  kubectl windbg check -o junit     smoke check for CI pipelines
  kubectl windbg explain "<error>"  which known cause fits this message
`;

function caveats(version: string): string {
  return `windbg needs RBAC permissions. Two ClusterRoles come with the release:
  ${REPOSITORY_URL}/blob/v${version}/rbac/clusterrole.yaml
- kubectl-windbg: get/list nodes, pods, events and namespaces (diagnosis).
- kubectl-windbg-probes: create/delete pods, exec, logs and daemonsets, only
  for --probe, --canary, collect and cleanup.

Node probes run as HostProcess pods (Kubernetes 1.26+, containerd 1.6+) in
kube-system by default (--probe-namespace to change it). HostProcess probes
need a namespace with the privileged Pod Security level:
  kubectl label namespace kube-system pod-security.kubernetes.io/enforce=privileged

For "kubectl windbg <TAB>", put the completion script beside it on PATH:
  ln -s "$(dirname "$(readlink ~/.krew/bin/kubectl-windbg)")/kubectl_complete-windbg" ~/.krew/bin/

On macOS, sign the unsigned executable once before first use:
  codesign --sign - --force "$(readlink ~/.krew/bin/kubectl-windbg)"
`;
}

export function krewManifest(version: string, archives: readonly ReleaseArchive[]): Record<string, unknown> {
  return {
    apiVersion: 'krew.googlecontainertools.github.com/v1alpha2',
    kind: 'Plugin',
    metadata: { name: 'windbg' },
    spec: {
      version: `v${version}`,
      homepage: HOMEPAGE_URL,
      shortDescription: 'Diagnose Windows nodes and Windows pods',
      description: DESCRIPTION,
      caveats: caveats(version),
      platforms: archives.map((archive) => ({
        selector: { matchLabels: { os: archive.os, arch: archive.arch } },
        uri: releaseUri(version, archive.archive),
        sha256: archive.sha256,
        files: [
          { from: archive.bin, to: '.' },
          { from: archive.completion, to: '.' },
          { from: 'LICENSE', to: '.' },
        ],
        bin: archive.bin,
      })),
    },
  };
}

export function renderKrewManifest(version: string, archives: readonly ReleaseArchive[]): string {
  return stringify(krewManifest(version, archives), { lineWidth: 0 });
}

/** The archives of every release target found in `distDir`, with their checksums. */
export function archivesInDist(version: string, distDir: string): ReleaseArchive[] {
  return releaseTargets.map((target) => {
    const archive = archiveName(version, target);
    const path = join(distDir, archive);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run package\` first`);
    return { os: target.os, arch: target.arch, archive, sha256: sha256File(path), bin: target.binaryName, completion: target.completionName };
  });
}

export function writeKrewManifest(path: string, version: string, archives: readonly ReleaseArchive[]): void {
  writeFileSync(path, renderKrewManifest(version, archives));
}

function optionValue(args: readonly string[], name: string, fallback: string): string {
  const index = args.indexOf(name);
  return index !== -1 && args[index + 1] ? args[index + 1]! : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const version = packageVersion();
  const distDir = resolve(optionValue(args, '--dist', join(ROOT, 'dist')));
  const out = resolve(optionValue(args, '--out', join(ROOT, 'krew-manifest.yaml')));
  writeKrewManifest(out, version, archivesInDist(version, distDir));
  process.stdout.write(`${out}\n${readFileSync(out, 'utf8')}`);
}
