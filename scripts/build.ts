/**
 * Bundles the CLI for npm: dist/kubectl-windbg.js (executable ESM entry) plus the chunks it loads
 * on demand in dist/chunks/. PowerShell probe scripts and rule pages are embedded as text.
 * `--sea` also writes the CommonJS entry used by the single executables (dist/sea/kubectl-windbg.cjs).
 */
import { bundleEsm, bundleSeaCjs } from './package-bundle.js';

await bundleEsm();
if (process.argv.includes('--sea')) await bundleSeaCjs();
