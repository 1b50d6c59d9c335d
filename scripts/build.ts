/**
 * Bundles the CLI for npm into one executable ESM file, dist/kubectl-windbg.js. PowerShell probe
 * scripts and rule pages are embedded as text.
 * `--sea` also writes the CommonJS entry used by the single executables (dist/sea/kubectl-windbg.cjs).
 */
import { bundleEsm, bundleSeaCjs } from './package-bundle.js';

await bundleEsm();
if (process.argv.includes('--sea')) await bundleSeaCjs();
