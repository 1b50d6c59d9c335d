/**
 * Bundles the CLI into one executable ESM file: dist/kubectl-windbg.js.
 * PowerShell probe scripts are embedded as text.
 */
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/kubectl-windbg.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  loader: { '.ps1': 'text', '.md': 'text' },
  define: { __WINDBG_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __windbgCreateRequire } from 'node:module';",
      'const require = __windbgCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});
chmodSync('dist/kubectl-windbg.js', 0o755);
