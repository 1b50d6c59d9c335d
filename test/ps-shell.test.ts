/**
 * The node shell's PowerShell session under real PowerShell (pwsh), with the argv the product
 * execs in the shell pod: without a terminal the commands come on stdin (`-Command -`), one
 * command comes as `-Command <text>`. Windows commands are stubbed (test/ps/windows-stubs.ps1).
 * The terminal session (`powershell.exe -NoLogo` with a TTY) needs a pseudo-terminal and is not run here.
 */
import { describe, expect, it, vi } from 'vitest';
import { shellCommand } from '../src/probes/shell.js';
import { findPwsh, PWSH_MISSING_MESSAGE, runWithPwsh } from './support/pwsh.js';
import { registerMissingTools } from './support/pwsh-tests.js';
import { aksNode } from './support/windows-node.js';

const pwsh = findPwsh();
vi.setConfig({ testTimeout: 180_000 });

if (!pwsh) {
  registerMissingTools('node shell under PowerShell', PWSH_MISSING_MESSAGE);
} else {
  describe.concurrent('node shell session under pwsh', () => {
    it('without a terminal it runs the commands typed on stdin, a block ended by a blank line, and exits with their exit code', async () => {
      const typed = [
        "$kubelet = Get-CimInstance -ClassName Win32_Service | Where-Object { $_.Name -eq 'kubelet' }",
        "[Console]::Out.WriteLine('kubelet=' + $kubelet.State)",
        "foreach ($svc in @(Get-CimInstance -ClassName Win32_Service)) {",
        "  if ($svc.State -ne 'Running') { [Console]::Out.WriteLine('stopped=' + $svc.Name) }",
        '}',
        '',
        "[Console]::Out.WriteLine('services=' + @(Get-CimInstance -ClassName Win32_Service).Count)",
        'exit 3',
        '',
      ].join('\n');
      const scenario = aksNode();
      (scenario.cim!['Win32_Service'] as { Name: string; State: string }[]).find((s) => s.Name === 'kubeproxy')!.State = 'Stopped';
      const r = await runWithPwsh(pwsh, { command: shellCommand({ tty: false }), stdin: typed, scenario });
      expect(r.argv.slice(1)).toEqual(shellCommand({ tty: false }).slice(1));
      // pwsh's console host switches the keypad mode around each command it reads (ESC[?1h ESC[?1l); 5.1 does not.
      const lines = r.stdout.replace(/\x1b\[\?1[hl]/g, '').split(/\r?\n/);
      expect(lines.filter((l) => /^(kubelet|stopped|services)=/.test(l))).toEqual(['kubelet=Running', 'stopped=kubeproxy', 'services=6']);
      expect(r.exitCode).toBe(3);
    });

    it('one command (shell --command) runs as -Command <text> and returns its output and exit code', async () => {
      const command = "Get-CimInstance -ClassName Win32_Service | Where-Object { $_.State -eq 'Running' } | ForEach-Object { $_.Name }; exit 0";
      const r = await runWithPwsh(pwsh, { command: shellCommand({ command, tty: false }), scenario: aksNode() });
      expect(r.exitCode).toBe(0);
      expect(r.stdout.trim().split(/\r?\n/)).toEqual(['kubelet', 'kubeproxy', 'containerd', 'hns', 'vmcompute', 'W32Time']);
    });
  });
}
