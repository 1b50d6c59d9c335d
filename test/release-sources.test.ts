/**
 * What the release packaging takes from the repository, checked without building anything: the
 * pinned Node.js, the krew manifest's addresses from package.json, the completion scripts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOMEPAGE_URL, krewManifest, releaseUri, repositoryUrl } from '../scripts/krew-manifest.js';
import { completionScript, RELEASE_NODE_VERSION, releaseTargets } from '../scripts/package-targets.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; homepage: string; repository: { url: string } };

describe('release sources', () => {
  it('pins one Node.js release for every platform', () => {
    expect(RELEASE_NODE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
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
