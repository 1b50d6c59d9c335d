/**
 * esbuild bundles of the CLI.
 *
 * - ESM (`dist/kubectl-windbg.js`): the npm package's executable, one self-contained file run by a
 *   system Node.js. Modules behind a dynamic import() are initialised only when a command reaches
 *   them, so `--version`, `--help` and `rules` never run the Kubernetes client, YAML or WebSocket
 *   code (they are still parsed: that is the price of a single file).
 * - CommonJS (`dist/sea/kubectl-windbg.cjs`): the entry of the single executable applications,
 *   because Node.js 22/24 only run a CommonJS main script from a SEA blob. There `require()` loads
 *   built-in modules only, which is fine: every dependency is inside the bundle.
 *
 * `.ps1` and `.md` files are embedded as text, so the CLI never reads files of its own at run time.
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedPagesUrl, readPackageLinks } from './package-links.js';

/** The repository root, so that the scripts work from any working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ESM_BUNDLE = join(ROOT, 'dist/kubectl-windbg.js');
export const SEA_BUNDLE = join(ROOT, 'dist/sea/kubectl-windbg.cjs');
export const CLI_ENTRY = join(ROOT, 'src/cli/main.ts');
/** kubectl's completion runs `kubectl_complete-windbg` from PATH; npm installs this as that command. */
export const COMPLETION_ENTRY = join(ROOT, 'dist/kubectl_complete-windbg.js');

/** The npm package's completion executable: it only starts the bundle beside it, which answers. */
export function completionEntrySource(bundleFileName: string): string {
  return `#!/usr/bin/env node\n// Shell completion for "kubectl windbg": kubectl runs this file as kubectl_complete-windbg.\nimport './${bundleFileName}';\n`;
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * node-fetch's URL code (whatwg-url, tr46, pulled in by the Kubernetes client) requires Node's
 * deprecated built-in `punycode`, which prints a DEP0040 warning on Node.js 21+ at every cluster
 * command. These four functions are all it uses; they map onto `node:url` and code-point iteration.
 */
export const PUNYCODE_SHIM = `
const { domainToASCII, domainToUnicode } = require('node:url');
const nonAscii = /[^\\0-\\x7F]/;
function decode(text) { return Array.from(text, (character) => character.codePointAt(0)); }
function encode(codePoints) { let text = ''; for (const point of codePoints) text += String.fromCodePoint(point); return text; }
function toASCII(domain) { return nonAscii.test(domain) ? domainToASCII(domain) || domain : domain; }
function toUnicode(domain) { return /(^|\\.)xn--/i.test(domain) ? domainToUnicode(domain) || domain : domain; }
module.exports = { ucs2: { decode, encode }, toASCII, toUnicode };
`;

/**
 * tr46 (also under node-fetch's URL code) carries a 260 KB Unicode mapping table that every start
 * of the CLI would parse, for host names windbg never hands to node-fetch. Node's own IDNA
 * (`url.domainToASCII`) gives the same answers; tr46 0.0.3's API is toASCII(domain, useSTD3,
 * processing, verifyDnsLength) returning null on failure, and toUnicode returning {domain, error}.
 */
export const TR46_SHIM = `
const { domainToASCII, domainToUnicode } = require('node:url');
const PROCESSING_OPTIONS = { TRANSITIONAL: 0, NONTRANSITIONAL: 1 };
function toASCII(domain) { const ascii = domainToASCII(domain); return ascii === '' && domain !== '' ? null : ascii; }
function toUnicode(domain) { const unicode = domainToUnicode(domain); return { domain: unicode, error: unicode === '' && domain !== '' }; }
module.exports = { PROCESSING_OPTIONS, toASCII, toUnicode };
`;

/** Replaces a bundled package by a small CommonJS module of our own. */
function shim(packageName: string, contents: string): Plugin {
  const namespace = `windbg-${packageName}`;
  return {
    name: `windbg-${packageName}-shim`,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^${packageName}$`) }, () => ({ path: packageName, namespace }));
      pluginBuild.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * yargs' Node.js platform module, with two start-up costs taken out. At its creation yargs guesses
 * a version by walking up from the working directory, listing every folder until one holds a
 * package.json (and failing through node:assert's AssertionError when none does); the CLI then
 * sets its own version, and uses no package.json configuration, so the walk finds nothing: it
 * stops at once. node:assert itself (and the stream modules it loads) gives way to two
 * comparisons that throw a plain Error, which is all yargs asks of it.
 */
export const YARGS_PLATFORM_EDITS: readonly { from: string; to: string }[] = [
  {
    from: "import { notStrictEqual, strictEqual } from 'assert'",
    to: [
      "function notStrictEqual(actual, expected, message) { if (actual === expected) throw new Error(message || 'expected values to differ'); }",
      "function strictEqual(actual, expected, message) { if (actual !== expected) throw new Error(message || 'expected values to be equal'); }",
    ].join('\n'),
  },
  { from: "import escalade from 'escalade/sync'", to: '' },
  { from: 'findUp: escalade,', to: 'findUp: () => undefined,' },
];

export function editedYargsPlatform(source: string): string {
  let edited = source;
  for (const { from, to } of YARGS_PLATFORM_EDITS) {
    if (!edited.includes(from)) throw new Error(`yargs' platform module changed: "${from}" is not in it any more`);
    edited = edited.replace(from, to);
  }
  return edited;
}

const yargsPlatform: Plugin = {
  name: 'windbg-yargs-platform',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => ({
      contents: editedYargsPlatform(readFileSync(args.path, 'utf8')),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * `string-width` as yargs, cliui and wrap-ansi import it, set up on its first call rather than
 * at start: its module creates an Intl.Segmenter and Unicode property expressions, which took
 * most of the start of every command, while only --help and a spinner ever measure text with it.
 */
const lazyStringWidth: Plugin = {
  name: 'windbg-lazy-string-width',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData === 'real') return undefined;
      const real = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'windbg-lazy-string-width' };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'windbg-lazy-string-width' }, (args) => ({
      contents: [
        'let measure;',
        'export default function stringWidth(text, options) {',
        `  measure ??= require(${JSON.stringify(args.path)}).default;`,
        '  return measure(text, options);',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

function commonOptions(version: string, entry: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Smaller code parses faster; that is most of a cold start.
    minify: true,
    keepNames: true,
    sourcemap: false,
    legalComments: 'none',
    loader: { '.ps1': 'text', '.md': 'text' },
    define: { __WINDBG_VERSION__: JSON.stringify(version), __WINDBG_PAGES_URL__: JSON.stringify(publishedPagesUrl(readPackageLinks(), version)) },
    metafile: true,
    plugins: [shim('punycode', PUNYCODE_SHIM), shim('tr46', TR46_SHIM), yargsPlatform, lazyStringWidth],
    logLevel: 'warning',
  };
}

/** The CommonJS bundle beside the npm executable, read and compiled by it (see bundleEsm). */
export const CJS_BUNDLE_NAME = 'kubectl-windbg.cjs';

/**
 * The npm package's executable: a small ESM file with a shebang, and beside it the CLI itself as
 * one CommonJS bundle. The executable reads the bundle as text and compiles it through
 * `vm.Script` with a V8 code cache kept in the user's cache folder, so that from the second run
 * on Node.js skips parsing 2 MB of JavaScript (parsing is most of a cold start). The bundle is a
 * file of its own, not a string inside the executable: Node.js would otherwise scan megabytes of
 * string literal on every start before anything runs. Without a usable cache folder it simply
 * compiles every time.
 */
export async function bundleEsm(outfile = ESM_BUNDLE, entry = CLI_ENTRY): Promise<Metafile> {
  mkdirSync(dirname(outfile), { recursive: true });
  const version = packageVersion();
  const result = await build({
    ...commonOptions(version, entry),
    write: false,
    outfile,
    format: 'cjs',
    define: { ...commonOptions(version, entry).define, 'import.meta.url': '__windbgImportMetaUrl' },
    banner: { js: "var __windbgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  const source = asciiSource(result.outputFiles![0]!.text);
  writeFileSync(join(dirname(outfile), CJS_BUNDLE_NAME), source);
  writeFileSync(outfile, codeCacheLoader(source, version));
  chmodSync(outfile, 0o755);
  const completion = join(dirname(outfile), 'kubectl_complete-windbg.js');
  writeFileSync(completion, completionEntrySource(basename(outfile)));
  chmodSync(completion, 0o755);
  // Earlier builds wrote chunks beside the entry; the bundle is one file now.
  rmSync(join(dirname(outfile), 'chunks'), { recursive: true, force: true });
  return result.metafile!;
}

/**
 * The bundle with every character outside ASCII written as a `\uXXXX` escape. esbuild escapes
 * them in strings; regular expression literals keep theirs (the localised Windows messages the
 * causes match), and one such character makes the whole 4 MB file UTF-8 to decode and a two-byte
 * string in memory at every start. In a string or a regular expression (with or without the `u`
 * flag, where escaped surrogate pairs still form one code point) the escape means the same
 * UTF-16 unit. A character already behind a backslash would change meaning: that stops the build.
 */
export function asciiSource(source: string): string {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_whole, backslashes: string, character: string) => {
    if (backslashes.length % 2 === 1) throw new Error(`the bundle escapes a non-ASCII character (${JSON.stringify(character)}): cannot write it as ASCII`);
    return `${backslashes}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The executable that runs the CommonJS bundle (see bundleEsm). Plain JavaScript, kept small.
 * `source` is the bundle's text: its hash names the code cache, so a new build never reads the
 * cache of another one; when it writes a cache, it removes all but the newest few.
 */
export function codeCacheLoader(source: string, version: string): string {
  return `#!/usr/bin/env node
import { createRequire } from 'node:module';

${versionAnswer(version)} else {
// require(), not import: an ES import of node:fs would load every stream class before anything runs.
const require = createRequire(import.meta.url);
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { fileURLToPath } = require('node:url');
const { Script } = require('node:vm');

const file = fileURLToPath(import.meta.url);
// The bundle is ASCII (see asciiSource): read as Latin-1, it is copied rather than decoded.
const source = readFileSync(join(dirname(file), ${JSON.stringify(CJS_BUNDLE_NAME)}), 'latin1');
${cachedCompile(codeCacheKey(source, version))}
const module = { exports: {} };
script.runInThisContext()(module.exports, require, module, file, dirname(file));
}
`;
}

/**
 * `kubectl windbg --version` and nothing else needs nothing but the version, which the loader
 * knows: it answers as the CLI would (the version and a newline, exit code 0) without reading,
 * compiling or running the CLI. With anything else on the command line, or when the program runs
 * as kubectl_complete-windbg (where `--version` is a word to complete), the CLI answers.
 */
function versionAnswer(version: string): string {
  return `if (process.argv.length === 3 && process.argv[2] === '--version' && !/(^|[\\\\/])kubectl_complete-windbg[^\\\\/]*$/.test(process.argv[1] ?? '')) {
  process.stdout.write(${JSON.stringify(`${version}
`)});
}`;
}

/** Names the code cache after the bundle's text, so a new build never reads the cache of another one. */
function codeCacheKey(source: string, version: string): string {
  return `${version}-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
}

/**
 * The part both loaders share: compile \`source\` (named \`file\`) into \`script\` with the V8 code
 * cache of this build and command from the user's cache folder, write one at exit when there was
 * none, and keep only the newest few caches.
 */
function cachedCompile(key: string): string {
  return `
function cacheDir() {
  if (process.env.KUBECTL_WINDBG_NO_CODE_CACHE) return undefined;
  if (process.platform === 'win32') return process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'kubectl-windbg', 'cache');
  const base = process.env.XDG_CACHE_HOME || (homedir() && join(homedir(), '.cache'));
  return base && join(base, 'kubectl-windbg');
}

// One cache per command: each holds the functions that command compiled, and no other's.
const command = /^(--?)?[a-z][a-z-]{0,31}$/.test(process.argv[2] ?? '') ? process.argv[2].replace(/^-+/, '') : 'other';
const dir = cacheDir();
const cacheFile = dir && join(dir, ${JSON.stringify(`code-${key}-`)} + command + '-' + process.version + '.bin');
let cachedData;
try { if (cacheFile) cachedData = readFileSync(cacheFile); } catch {}
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', { filename: file, cachedData });
const writeCache = cacheFile && (!cachedData || script.cachedDataRejected);
// Deserialised into the script: the file's bytes are not needed any more.
cachedData = undefined;
if (writeCache) {
  // Written at exit, so the functions this run compiled are in the cache too.
  process.once('exit', () => {
    try {
      mkdirSync(dir, { recursive: true });
      const partial = cacheFile + '.' + process.pid;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {}
    pruneCaches();
  });
}
// Caches of other builds, commands and Node.js versions: the newest few stay (several installations may share the folder).
function pruneCaches() {
  try {
    const caches = readdirSync(dir)
      .filter((name) => /^code-.*\\.bin$/.test(name))
      .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of caches.slice(16)) {
      try { unlinkSync(join(dir, name)); } catch {}
    }
  } catch {}
}
`;
}

/** Name of the CLI bundle stored as an asset of the single executables. */
export const SEA_ASSET_NAME = 'kubectl-windbg.cjs';

/**
 * The main script of the single executables: the CLI bundle is an asset of the blob, compiled
 * with a code cache in the user's cache folder like the npm executable does. A code cache inside
 * the blob would save the first run's parse too, but V8 does not write it byte for byte the same
 * twice, and release archives must be reproducible.
 */
export function seaLoader(source: string, version: string): string {
  return `'use strict';
${versionAnswer(version)} else {
const { getAsset } = require('node:sea');
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = process.execPath;
// The bundle is ASCII (see asciiSource): read as Latin-1, it is copied rather than decoded.
const source = Buffer.from(getAsset(${JSON.stringify(SEA_ASSET_NAME)})).toString('latin1');
${cachedCompile(codeCacheKey(source, version))}
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
}
`;
}

/** The single-executable entry: CommonJS, with `import.meta.url` pointing at the executable. */
export async function bundleSeaCjs(outfile = SEA_BUNDLE, entry = CLI_ENTRY): Promise<Metafile> {
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    ...commonOptions(packageVersion(), entry),
    outfile,
    write: false,
    format: 'cjs',
    define: {
      ...commonOptions(packageVersion(), entry).define,
      'import.meta.url': '__windbgImportMetaUrl',
    },
    banner: {
      js: "var __windbgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  });
  writeFileSync(outfile, asciiSource(result.outputFiles![0]!.text));
  return result.metafile!;
}
