import { build, type Plugin } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import { asciiSource, codeCacheLoader, CLI_ENTRY, ROOT, PUNYCODE_SHIM, TR46_SHIM } from './package-bundle.js';
const out = process.argv[2]!; const variant = process.argv[3] ?? '';
const plugins: Plugin[] = [];
function shim(name: string, filter: RegExp, contents: string): Plugin { return { name, setup(b) { b.onResolve({ filter }, (a) => ({ path: a.path, namespace: name })); b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' })); } }; }
plugins.push(shim('punycode', /^punycode$/, PUNYCODE_SHIM), shim('tr46', /^tr46$/, TR46_SHIM));
if (variant.includes('noi18n')) plugins.push(shim('i18n', /\/(ja|ko|zh-CN)\/index\.js$/, 'export const ja = {}, ko = {}, zhCN = {};'));
const r = await build({ absWorkingDir: ROOT, entryPoints: [CLI_ENTRY], bundle: true, platform: 'node', target: 'node20', minify: !variant.includes('nomin'), keepNames: !variant.includes('nokeep'), format: 'cjs', write: false, outfile: out + '/x.cjs', loader: { '.ps1': 'text', '.md': 'text' }, define: { __WINDBG_VERSION__: '"0.1.0"', 'import.meta.url': '__windbgImportMetaUrl' }, banner: { js: "var __windbgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" }, plugins, logLevel: 'error' });
mkdirSync(out, { recursive: true });
const src = asciiSource(r.outputFiles[0]!.text);
writeFileSync(out + '/kubectl-windbg.cjs', src);
writeFileSync(out + '/kubectl-windbg.js', codeCacheLoader(src, '0.1.0'));
writeFileSync(out + '/package.json', '{"type":"module"}');
