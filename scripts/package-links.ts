/**
 * The project's web addresses, all from package.json: the repository (release downloads, the
 * cause pages of a version) and the homepage. The krew manifest and the bundles use these, so a
 * fork that changes package.json changes every address it publishes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PackageLinks {
  homepage?: string;
  repository?: string | { url?: string };
}

/** The repository's web address, from package.json `repository` ("git+https://host/owner/name.git"). */
export function repositoryUrl(pkg: PackageLinks): string {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) throw new Error('package.json has no repository url: the krew manifest needs it for the release downloads');
  return raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
}

/** The cause pages (docs/rules) as the repository shows them at the tag of `version`. */
export function publishedPagesUrl(pkg: PackageLinks, version: string): string {
  return `${repositoryUrl(pkg)}/blob/v${version}/docs/rules`;
}

export function readPackageLinks(): PackageLinks {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as PackageLinks;
}
