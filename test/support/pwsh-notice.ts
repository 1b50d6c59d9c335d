/**
 * Global setup of `npm test`: when pwsh is missing, the last lines of the run say that the probe
 * scripts were not run under PowerShell (the skipped tests alone are easy to miss in a long run).
 */
import { existsSync } from 'node:fs';
import { findPwsh, PESTER_MANIFEST, PWSH_MISSING_MESSAGE, pwshRequired } from './pwsh.js';

export default function pwshNotice(): (() => void) | undefined {
  const pwsh = findPwsh();
  const pester = existsSync(PESTER_MANIFEST);
  if (pwsh && pester) return undefined;
  const what = pwsh ? `Pester was not found at ${PESTER_MANIFEST}: the Pester suites were NOT run.` : PWSH_MISSING_MESSAGE;
  const outcome = pwshRequired(process.env) ? 'CI is set, so those tests FAILED.' : 'Those tests were skipped.';
  return () => {
    process.stdout.write(`\nPowerShell: ${what} ${outcome}\n`);
  };
}
