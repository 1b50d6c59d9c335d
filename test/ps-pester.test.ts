/**
 * The Pester suites under test/ps (*.Tests.ps1), run by pwsh with Pester 5.7.1 restored from NuGet
 * into .tools/nuget (see .ci/run). Every It block must have run and passed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { registerMissingTools } from './support/pwsh-tests.js';
import { findPwsh, PESTER_MANIFEST, PWSH_MISSING_MESSAGE, REPO_ROOT } from './support/pwsh.js';

const pwsh = findPwsh();
const suiteDir = join(REPO_ROOT, 'test', 'ps');
const suites = readdirSync(suiteDir).filter((f) => f.endsWith('.Tests.ps1'));
const PESTER_MISSING = `Pester 5.7.1 was not found at ${PESTER_MANIFEST}: restore it with \`dotnet restore test/ps/tools.csproj --packages .tools/nuget\` (see README).`;

const RUNNER = [
  'Import-Module -Name $env:PSTEST_PESTER',
  '$c = New-PesterConfiguration',
  '$c.Run.Path = $env:PSTEST_SUITE',
  '$c.Run.PassThru = $true',
  "$c.Output.Verbosity = 'None'",
  '$r = Invoke-Pester -Configuration $c',
  "$tests = @($r.Tests | ForEach-Object { [ordered]@{ name = ($_.ExpandedPath); result = [string]$_.Result; error = (@($_.ErrorRecord) | ForEach-Object { [string]$_ }) -join ' ' } })",
  '[Console]::Out.WriteLine((ConvertTo-Json -InputObject @{ tests = $tests } -Depth 4 -Compress))',
].join('; ');

if (!pwsh || !existsSync(PESTER_MANIFEST)) {
  const message = pwsh ? PESTER_MISSING : PWSH_MISSING_MESSAGE;
  registerMissingTools('Pester suites', message);
} else {
  for (const suite of suites) {
    it(`${suite}: every Pester test runs and passes`, () => {
      const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', RUNNER], {
        env: { ...process.env, PSTEST_PESTER: PESTER_MANIFEST, PSTEST_SUITE: join(suiteDir, suite), POWERSHELL_TELEMETRY_OPTOUT: '1' },
        timeout: 170_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = r.stdout.toString('utf8').split('\n').find((l) => l.startsWith('{"tests"'));
      expect(line, r.stderr.toString('utf8')).toBeDefined();
      const tests = (JSON.parse(line!) as { tests: { name: string; result: string; error: string }[] }).tests;
      const declared = [...readFileSync(join(suiteDir, suite), 'utf8').matchAll(/^\s*It '/gm)].length;
      expect(tests.length).toBe(declared);
      expect(tests.filter((t) => t.result !== 'Passed').map((t) => `${t.name}: ${t.result} ${t.error}`)).toEqual([]);
    }, 180_000);
  }
}
