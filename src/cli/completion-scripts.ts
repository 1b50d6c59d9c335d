/**
 * Completion scripts for running the executable directly (`kubectl-windbg <TAB>`). Each one asks
 * `kubectl-windbg __complete <words> <current word>` and reads the answer of complete.ts: one
 * candidate per line ("value<TAB>description"), then ":<directive>" (4 = no file names,
 * 16 = directories only, 0 = let the shell complete file names).
 *
 * Through kubectl (`kubectl windbg <TAB>`) no script is needed: kubectl's own completion runs
 * `kubectl_complete-windbg`, which the npm package and the release archives install.
 */
import type { CompletionShell } from './complete.js';

const bash = `# bash completion for kubectl-windbg: source it, e.g. from ~/.bashrc:
#   source <(kubectl-windbg completion bash)
_kubectl_windbg() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local -a lines
  mapfile -t lines < <(kubectl-windbg __complete "\${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null)
  (( \${#lines[@]} == 0 )) && return
  local directive="\${lines[\${#lines[@]}-1]#:}"
  COMPREPLY=()
  local line
  for line in "\${lines[@]:0:\${#lines[@]}-1}"; do
    [[ -n "$line" ]] && COMPREPLY+=("\${line%%$'\\t'*}")
  done
  if (( \${#COMPREPLY[@]} == 0 )); then
    if (( directive & 16 )); then
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    elif (( (directive & 4) == 0 )); then
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
  fi
  (( directive & 2 )) && compopt -o nospace 2>/dev/null
  return 0
}
complete -F _kubectl_windbg kubectl-windbg
`;

const zsh = `#compdef kubectl-windbg
# zsh completion for kubectl-windbg: put it in a folder of $fpath as _kubectl-windbg, or
#   source <(kubectl-windbg completion zsh)
_kubectl_windbg() {
  local -a lines candidates
  local line directive
  lines=("\${(@f)$(kubectl-windbg __complete "\${(@)words[2,CURRENT-1]}" "\${words[CURRENT]}" 2>/dev/null)}")
  (( \${#lines} == 0 )) && return 1
  directive=\${lines[-1]#:}
  for line in "\${(@)lines[1,-2]}"; do
    [[ -z $line ]] && continue
    if [[ $line == *$'\\t'* ]]; then
      candidates+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else
      candidates+=("\${line//:/\\\\:}")
    fi
  done
  if (( \${#candidates} > 0 )); then
    _describe -t values 'kubectl-windbg' candidates
  elif (( directive & 16 )); then
    _files -/
  elif (( (directive & 4) == 0 )); then
    _files
  fi
}
if [[ $funcstack[1] == _kubectl-windbg || $funcstack[1] == _kubectl_windbg ]]; then
  _kubectl_windbg "$@"
else
  compdef _kubectl_windbg kubectl-windbg
fi
`;

const fish = `# fish completion for kubectl-windbg:
#   kubectl-windbg completion fish > ~/.config/fish/completions/kubectl-windbg.fish
function __kubectl_windbg_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l lines (kubectl-windbg __complete $words "$current" 2>/dev/null)
    test (count $lines) -eq 0; and return
    set -l directive (string replace -r '^:' '' -- $lines[-1])
    set -e lines[-1]
    if test (count $lines) -gt 0
        printf '%s\\n' $lines
    else if test (math "bitand($directive, 16)") -ne 0
        __fish_complete_directories "$current"
    else if test (math "bitand($directive, 4)") -eq 0
        __fish_complete_path "$current"
    end
end
complete -c kubectl-windbg -f -a '(__kubectl_windbg_complete)'
`;

const powershell = `# PowerShell completion for kubectl-windbg: add it to your profile, e.g.
#   kubectl-windbg completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName @('kubectl-windbg', 'kubectl-windbg.exe') -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
    if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
    # An empty argument reaches a native command only quoted, before PowerShell 7.3.
    $current = $wordToComplete
    if ($current -eq '' -and $PSVersionTable.PSVersion -lt [version]'7.3') { $current = '""' }
    $lines = @(& kubectl-windbg __complete @words $current 2>$null)
    if ($lines.Count -lt 2) { return }
    $lines[0..($lines.Count - 2)] | Where-Object { $_ -ne '' } | ForEach-Object {
        $parts = $_ -split "\`t", 2
        $name = $parts[0]
        $description = if ($parts.Count -gt 1) { $parts[1] } else { $parts[0] }
        [System.Management.Automation.CompletionResult]::new($name, $name, 'ParameterValue', $description)
    }
}
`;

const scripts: Record<CompletionShell, string> = { bash, zsh, fish, powershell };

export function completionScript(shell: CompletionShell): string {
  return scripts[shell];
}
