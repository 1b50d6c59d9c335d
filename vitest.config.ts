import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';

/** Same as the esbuild `text` loader of scripts/build.ts: .ps1 and .md files import as strings. */
function textFiles(): Plugin {
  return {
    name: 'windbg-text-files',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      if (path.endsWith('.ps1') || path.endsWith('.md')) {
        return `export default ${JSON.stringify(readFileSync(path, 'utf8'))};`;
      }
      return null;
    },
  };
}

/**
 * Test files that package the release for all five platforms (they fetch and repack Node.js
 * runtimes): run by `npm run test:dist` (vitest.dist.config.ts), not by `npm test`.
 */
export const distTierFiles = ['test/dist-package.test.ts', 'test/dist-reproducible.test.ts'];

export default defineConfig({
  plugins: [textFiles()],
  define: { __WINDBG_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  test: {
    include: ['test/**/*.test.ts', 'src/causes/*/cases.test.ts'],
    exclude: ['**/node_modules/**', ...distTierFiles],
    // Says at the end of the run when the PowerShell tests could not run (no pwsh or Pester).
    globalSetup: ['test/support/pwsh-notice.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Many tests spend most of their time waiting on timers (probe polls, deadlines, retries):
    // on a small machine, more workers than cores overlap those waits (on 2 cores, a third less time).
    maxWorkers: Math.max(4, availableParallelism()),
  },
});
