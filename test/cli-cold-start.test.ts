import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * `--version`, `--help`, `rules` and `explain` must start fast: the entry point may load the
 * Kubernetes client, yaml, ws, ora, cli-table3, the engine and the probes only through
 * `await import()` in the handlers that need them. Bundling with code splitting turns every dynamic
 * import into its own chunk, so whatever the entry chunk reaches through static imports is what
 * every start pays for.
 */
async function entryClosure(): Promise<Set<string>> {
  const outdir = mkdtempSync(join(tmpdir(), 'windbg-split-'));
  const result = await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    write: false,
    metafile: true,
    loader: { '.ps1': 'text', '.md': 'text' },
    define: { __WINDBG_VERSION__: '"0.0.0"' },
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const entry = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'src/cli/main.ts')![0];
  const seen = new Set<string>();
  const inputs = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    const o = meta.outputs[output]!;
    for (const input of Object.keys(o.inputs)) inputs.add(input);
    for (const imp of o.imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entry);
  return inputs;
}

describe('cold start', () => {
  it('the entry chunk statically reaches no heavy module', async () => {
    const inputs = [...(await entryClosure())];
    expect(inputs.some((i) => i.includes('node_modules/yargs/'))).toBe(true);
    const forbidden = [
      /node_modules\/@kubernetes\//,
      /node_modules\/yaml\//,
      /node_modules\/ws\//,
      /node_modules\/ora\//,
      /node_modules\/cli-table3\//,
      /^src\/kube\//,
      /^src\/engine\//,
      /^src\/probes\//,
      /^src\/rules\/(?!types\.ts$)/,
      /^src\/report\/(?!(ansi|sanitize)\.ts$)/,
      /^src\/config\//,
    ];
    const offenders = inputs.filter((i) => forbidden.some((f) => f.test(i)));
    expect(offenders).toEqual([]);
  }, 60_000);
});
