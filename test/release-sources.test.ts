/**
 * What the release packaging takes from the repository, checked without building anything: the
 * pinned Node.js, the krew manifest's addresses from package.json, the completion scripts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOMEPAGE_URL, krewManifest, releaseUri, renderKrewManifest, repositoryUrl } from '../scripts/krew-manifest.js';
import { publishedPagesUrl } from '../scripts/package-links.js';
import { archiveName, completionScript, RELEASE_NODE_VERSION, releaseTargets } from '../scripts/package-targets.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; homepage: string; repository: { url: string } };

describe('release sources', () => {
  it('pins one Node.js release for every platform', () => {
    expect(RELEASE_NODE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    // The install guide names the pinned release: every Node.js version it writes out in full is that one.
    const guide = readFileSync(new URL('../docs/install.md', import.meta.url), 'utf8');
    const named = [...guide.matchAll(/Node\.js\s+(\d+\.\d+\.\d+)|RELEASE_NODE_VERSION`?,?\s+(\d+\.\d+\.\d+)/g)].map((m) => m[1] ?? m[2]);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set([RELEASE_NODE_VERSION]));
    const source = readFileSync(new URL('../scripts/package.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/npm', \['view'|publishedVersions|pickNodeVersion/);
  });

  it('takes the krew homepage and download addresses from package.json', () => {
    expect(repositoryUrl({ repository: 'git+https://github.com/example/tool.git' })).toBe('https://github.com/example/tool');
    expect(repositoryUrl({ repository: { url: 'https://git.example.com/team/tool/' } })).toBe('https://git.example.com/team/tool');
    expect(() => repositoryUrl({})).toThrow(/repository url/);
    const manifest = krewManifest(pkg.version, [
      { os: 'linux', arch: 'amd64', archive: 'a.tar.gz', sha256: '0'.repeat(64), bin: 'kubectl-windbg', completion: 'kubectl_complete-windbg' },
    ]) as { spec: { homepage: string; platforms: { uri: string; files: { from: string }[] }[] } };
    expect(manifest.spec.homepage).toBe(pkg.homepage);
    expect(HOMEPAGE_URL).toBe(pkg.homepage);
    const base = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(manifest.spec.platforms[0]!.uri).toBe(`${base}/releases/download/v${pkg.version}/a.tar.gz`);
    expect(releaseUri(pkg.version, 'a.tar.gz')).toBe(manifest.spec.platforms[0]!.uri);
    expect(manifest.spec.platforms[0]!.files.map((f) => f.from)).toEqual(['kubectl-windbg', 'kubectl_complete-windbg', 'LICENSE']);
    expect(publishedPagesUrl(pkg, pkg.version)).toBe(`${base}/blob/v${pkg.version}/docs/rules`);
    expect(publishedPagesUrl({ repository: 'git+https://git.example.com/team/tool.git' }, '2.0.0')).toBe('https://git.example.com/team/tool/blob/v2.0.0/docs/rules');
  });

  it('keeps the committed krew-manifest.yaml exactly what the generator writes for this version (checksums aside)', () => {
    const committed = readFileSync(new URL('../krew-manifest.yaml', import.meta.url), 'utf8');
    const platforms = (parse(committed) as { spec: { platforms: { selector: { matchLabels: { os: string; arch: string } }; sha256: string }[] } }).spec.platforms;
    const archives = releaseTargets.map((target) => {
      const platform = platforms.find((p) => p.selector.matchLabels.os === target.os && p.selector.matchLabels.arch === target.arch);
      expect(platform, `${target.os}/${target.arch}`).toBeDefined();
      return { os: target.os, arch: target.arch, archive: archiveName(pkg.version, target), sha256: platform!.sha256, bin: target.binaryName, completion: target.completionName };
    });
    expect(committed).toBe(renderKrewManifest(pkg.version, archives));
  });

  it('ships a completion script that hands kubectl\'s words to the plugin beside it', () => {
    for (const target of releaseTargets) {
      const script = completionScript(target);
      expect(script).toContain('__complete');
      if (target.os === 'windows') {
        expect(target.completionName).toBe('kubectl_complete-windbg.cmd');
        expect(script).toContain('"%~dp0kubectl-windbg.exe" __complete %*');
      } else {
        expect(target.completionName).toBe('kubectl_complete-windbg');
        expect(script.startsWith('#!/bin/sh\n')).toBe(true);
        expect(script).toContain('exec "$dir/kubectl-windbg" __complete "$@"');
      }
    }
  });
});
