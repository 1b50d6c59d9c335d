import { memoizeByString } from '../memo.js';
import { buildInfoFromNumber, parseWindowsVersion } from './builds.js';
import type { WindowsBuildInfo } from './types.js';

export interface ImageReference {
  /** Registry host (with port) when the reference names one: "mcr.microsoft.com", "myreg:5000". */
  registry?: string;
  /** Repository path without registry: "windows/servercore", "library/nginx" is reported as "nginx". */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits "registry:5000/ns/repo:tag@sha256:..." into its parts (docker reference grammar). */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest.toLowerCase();
  if (repository.startsWith('library/') && (!registry || registry === 'docker.io' || registry === 'index.docker.io')) {
    repository = repository.slice('library/'.length);
  }
  const ref: ImageReference = { repository };
  if (registry) ref.registry = registry.toLowerCase();
  if (tag) ref.tag = tag;
  if (digest) ref.digest = digest;
  return ref;
}

/** Tag words that name a Windows base: ltsc2022, 1809, 20H2 ... (lower case). */
const tagFamilyToBuild: ReadonlyArray<readonly [string, number]> = [
  ['ltsc2016', 14393],
  ['ltsc2019', 17763],
  ['ltsc2022', 20348],
  ['ltsc2025', 26100],
  ['1709', 16299],
  ['1803', 17134],
  ['1809', 17763],
  ['1903', 18362],
  ['1909', 18363],
  ['2004', 19041],
  ['20h2', 19042],
];

const windowsHint = /windows|nanoserver|servercore|ltsc20\d\d/i;

/**
 * Windows build an image was built for, read from its tag: "ltsc2022", "1809",
 * "windowsservercore-ltsc2022", "nanoserver-1809", "4.8.1-windowsservercore-ltsc2022",
 * "10.0.17763.6293". Bare release numbers (1809, 2004) only count when the reference says Windows
 * elsewhere (windows/servercore:1809, nanoserver-1809), so "myapp:2004" is not taken for a Windows tag.
 */
export const imageWindowsBuild = memoizeByString(windowsBuildOfImage);

function windowsBuildOfImage(image: string): WindowsBuildInfo | undefined {
  const ref = parseImageReference(image);
  if (!ref.tag) return undefined;
  const tag = ref.tag.toLowerCase();
  const version = /(?:^|[-_])(10\.0\.\d{5}(?:\.\d+)?)(?:$|[-_])/.exec(tag)?.[1];
  const parsed = parseWindowsVersion(version);
  if (parsed) return buildInfoFromNumber(parsed.build, parsed.ubr, 'imageTag');
  const words = tag.split(/[-_]/);
  const saysWindows = windowsHint.test(image);
  for (const [family, build] of tagFamilyToBuild) {
    const named = family.startsWith('ltsc')
      ? words.some((word) => word === family || word.endsWith(family))
      : words.includes(family) && saysWindows;
    if (named) return buildInfoFromNumber(build, undefined, 'imageTag');
  }
  return undefined;
}

/** Repositories that only ever ship Windows images. */
const windowsOnlyRepositories = [
  /^windows\//,
  /^windows$/,
  /^dotnet\/framework\//,
  /^powershell\/nanoserver/,
  /^oss\/kubernetes\/windows-host-process/,
  /^microsoft\/(?:windowsservercore|nanoserver|iis|dotnet-framework|aspnet)/,
];

/** True when the reference itself says Windows (tag, repository, or a Windows build in the tag). */
export function looksLikeWindowsImage(image: string): boolean {
  if (windowsHint.test(image)) return true;
  if (imageWindowsBuild(image)) return true;
  const ref = parseImageReference(image);
  return windowsOnlyRepositories.some((pattern) => pattern.test(ref.repository));
}

/**
 * Well-known Docker Hub images that publish Linux variants only. Images such as python, golang,
 * mongo or openjdk also publish Windows tags and are deliberately absent.
 */
const linuxOnlyRepositories = new Set([
  'nginx',
  'busybox',
  'alpine',
  'ubuntu',
  'debian',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'redis',
  'postgres',
  'mysql',
  'mariadb',
  'memcached',
  'rabbitmq',
  'httpd',
  'haproxy',
  'nginxinc/nginx-unprivileged',
  'bitnami/nginx',
  'bitnami/redis',
  'bitnami/postgresql',
  'curlimages/curl',
  'nicolaka/netshoot',
]);

const linuxOnlyRegistryRepositories = new Set(['quay.io/prometheus/node-exporter', 'registry.k8s.io/kube-proxy', 'registry.k8s.io/coredns/coredns']);

/** A well-known Linux-only image, unless its tag asks for a Windows variant. */
export function looksLikeLinuxOnlyImage(image: string): boolean {
  if (looksLikeWindowsImage(image)) return false;
  const ref = parseImageReference(image);
  const onDockerHub = !ref.registry || ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
  if (onDockerHub) return linuxOnlyRepositories.has(ref.repository);
  return linuxOnlyRegistryRepositories.has(`${ref.registry}/${ref.repository}`);
}
