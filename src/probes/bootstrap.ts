/**
 * How a static PowerShell script gets into powershell.exe on a Windows node: through stdin up to
 * an end marker, or through the container env, compacted to fit Windows' env limit.
 */

/**
 * powershell.exe reads the whole script from stdin up to the end marker, then runs it as one
 * script block. `-Command -` would run stdin line by line as if typed (multi-line blocks need
 * blank-line terminators there), and -EncodedCommand would exceed the 32,767-character command
 * line limit with these scripts. The marker means windbg never depends on closing stdin, which
 * the v4 exec protocol cannot do.
 */
export const SCRIPT_END_MARKER = '#windbg-end-of-script';
export const POWERSHELL_STDIN_BOOTSTRAP =
  `$lines = New-Object System.Collections.Generic.List[string]; ` +
  `while ($true) { $line = [Console]::In.ReadLine(); if ($null -eq $line -or $line -eq '${SCRIPT_END_MARKER}') { break }; $lines.Add($line) }; ` +
  `& ([ScriptBlock]::Create($lines -join [Environment]::NewLine))`;

export function powershellStdinCommand(): string[] {
  return ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', POWERSHELL_STDIN_BOOTSTRAP];
}

/** The stdin of a script exec: the script, then the end marker. */
export function scriptStdin(script: string, prelude = ''): string {
  const body = script.replace(/\r\n/g, '\n');
  return `${prelude}${body}${body.endsWith('\n') ? '' : '\n'}${SCRIPT_END_MARKER}\n`;
}

/**
 * Runs the script the pod carries in WINDBG_SCRIPT: for a streamed exec, which has no stdin, with
 * a command line that stays short (the script itself would pass the 32,767-character limit once
 * encoded for -EncodedCommand). An exec'd process gets the container's env.
 */
export function powershellEnvScriptCommand(): string[] {
  return ['powershell.exe', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', '& ([ScriptBlock]::Create($env:WINDBG_SCRIPT))'];
}

/**
 * The script as it travels in an environment variable (at most 32,767 characters on Windows):
 * without comment-only lines, blank lines and indentation, which PowerShell does not need (the
 * here-strings hold C#, where indentation means nothing either). The first line, which names the
 * script, stays.
 */
export function compactScript(script: string): string {
  const [first = '', ...rest] = script.replace(/\r\n/g, '\n').split('\n');
  const kept = rest.map((line) => line.trimStart()).filter((line) => line !== '' && !line.startsWith('#'));
  return [first, ...kept].join('\n');
}

export const DAEMONSET_DONE_MARKER = '#windbg-probe-done';

/** In DaemonSet mode the script travels in the pod env and its JSON goes to the container log. */
export const DAEMONSET_BOOTSTRAP =
  `& ([ScriptBlock]::Create($env:WINDBG_SCRIPT)); ` +
  `[Console]::Out.WriteLine('${DAEMONSET_DONE_MARKER}'); [Console]::Out.Flush(); ` +
  `Start-Sleep -Seconds $([int]$env:WINDBG_SLEEP_SECONDS)`;
