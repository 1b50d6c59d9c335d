/**
 * What a PowerShell test file registers when pwsh (or Pester) is missing: a failing test on a CI
 * machine, elsewhere a skipped test named after the reason and a warning on stderr.
 */
import { expect, it } from 'vitest';
import { pwshRequired } from './pwsh.js';

export function registerMissingTools(what: string, message: string): void {
  if (pwshRequired(process.env)) {
    it(`${what}: pwsh and Pester are installed (required in CI)`, () => {
      expect.fail(message);
    });
  } else {
    console.warn(message);
    it.skip(`${what}: ${message}`, () => {});
  }
}
