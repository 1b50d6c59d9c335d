# Pester tests of the node probe's helper functions, taken from the script's own parse tree (the
# script is not run: its functions are defined here one by one, exactly as written).

BeforeAll {
  $scriptPath = Join-Path $PSScriptRoot '../../src/probes/scripts/node-probe.ps1'
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($scriptPath, [ref]$null, [ref]$null)
  $functions = $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $false)
  foreach ($function in $functions) { . ([ScriptBlock]::Create($function.Extent.Text)) }
  $maxTextChars = 65536
  $probeErrors = New-Object System.Collections.Generic.List[object]

  $bin = Join-Path ([System.IO.Path]::GetTempPath()) ('windbg-pester-' + [guid]::NewGuid())
  New-Item -ItemType Directory -Path $bin | Out-Null
  Set-Content -LiteralPath (Join-Path $bin 'noisy.exe') -Value "#!/bin/sh`necho out-line`necho err-line >&2`nexit 3" -NoNewline
  Set-Content -LiteralPath (Join-Path $bin 'quiet.exe') -Value "#!/bin/sh`nprintf 'a b'`n" -NoNewline
  chmod +x (Join-Path $bin 'noisy.exe') (Join-Path $bin 'quiet.exe')
  $env:PATH = $bin + [System.IO.Path]::PathSeparator + $env:PATH
}

AfterAll {
  Remove-Item -LiteralPath $bin -Recurse -Force
}

Describe 'ConvertTo-HostPath' {
  It 'resolves kubelet-style drive-less paths on C:' {
    ConvertTo-HostPath '/var/lib/kubelet/config.yaml' | Should -Be 'C:\var\lib\kubelet\config.yaml'
  }
  It 'turns forward slashes and quotes into a plain Windows path without a trailing separator' {
    ConvertTo-HostPath '"c:/etc/cni/net.d/"' | Should -Be 'c:\etc\cni\net.d'
  }
  It 'keeps a drive root' {
    ConvertTo-HostPath 'C:\' | Should -Be 'C:\'
  }
  It 'rejects relative and UNC paths' {
    ConvertTo-HostPath 'config.toml' | Should -BeNullOrEmpty
    ConvertTo-HostPath '\\server\share\x' | Should -BeNullOrEmpty
    ConvertTo-HostPath $null | Should -BeNullOrEmpty
  }
}

Describe 'Get-FlagValue' {
  It 'reads --name=value, --name value and a quoted value with spaces' {
    Get-FlagValue 'kubelet.exe --config=c:\k\kubelet.yaml' @('--config') | Should -Be 'c:\k\kubelet.yaml'
    Get-FlagValue 'containerd.exe --config "C:\Program Files\containerd\config.toml" --run-service' @('--config', '-c') | Should -Be 'C:\Program Files\containerd\config.toml'
    Get-FlagValue 'containerd.exe -c C:\etc\containerd\config.toml' @('--config', '-c') | Should -Be 'C:\etc\containerd\config.toml'
  }
  It 'does not take a longer flag that starts with the same name' {
    Get-FlagValue 'kubelet.exe --config-dir=c:\k\conf.d' @('--config') | Should -BeNullOrEmpty
  }
  It 'gives nothing for a missing command line' {
    Get-FlagValue $null @('--config') | Should -BeNullOrEmpty
  }
}

Describe 'Get-TomlStrings' {
  It 'unescapes basic strings, keeps literal strings and reads arrays' {
    $toml = "conf_dir = `"C:\\etc\\cni\\net.d`"`nbin_dir = 'C:\opt\cni\bin'`nbin_dirs = ['C:\a', `"C:\\b`"]`n# conf_dir = `"C:\\ignored`""
    @(Get-TomlStrings $toml 'conf_dir') | Should -Be @('C:\etc\cni\net.d')
    @(Get-TomlStrings $toml 'bin_dir') | Should -Be @('C:\opt\cni\bin')
    @(Get-TomlStrings $toml 'bin_dirs') | Should -Be @('C:\a', 'C:\b')
  }
  It 'returns an empty list for no text' {
    @(Get-TomlStrings $null 'conf_dir').Count | Should -Be 0
  }
}

Describe 'Invoke-NativeText and Get-NativeOutput' {
  It 'keeps stdout, stderr and the exit code apart, with no error record' {
    $ErrorActionPreference = 'Stop'
    $run = Invoke-NativeText 'noisy.exe' @()
    $run.stdout | Should -Be "out-line`n"
    $run.stderr | Should -Be "err-line`n"
    $run.exitCode | Should -Be 3
  }
  It 'throws with the exit code and first stderr line when the tool fails' {
    { Get-NativeOutput 'noisy.exe' @() } | Should -Throw -ExpectedMessage 'noisy.exe exited with code 3: err-line'
  }
  It 'returns stdout of a tool that succeeds' {
    Get-NativeOutput 'quiet.exe' @() | Should -Be 'a b'
  }
  It 'says when the tool is not on the node' {
    { Invoke-NativeText 'hnsdiag-missing.exe' @() } | Should -Throw -ExpectedMessage 'hnsdiag-missing.exe is not on this node'
  }
}

Describe 'Add-ProbeError' {
  It 'records the message of an error record and never throws' {
    try { throw 'HNS failed with error : Element not found.' } catch { Add-ProbeError 'hns' $_ }
    Add-ProbeError 'odd' ([pscustomobject]@{ a = 1 })
    $probeErrors[0].probe | Should -Be 'hns'
    $probeErrors[0].message | Should -Be 'HNS failed with error : Element not found.'
    $probeErrors.Count | Should -Be 2
  }
  It 'keeps messages to 2000 characters' {
    Add-ProbeError 'long' ('x' * 5000)
    $probeErrors[-1].message.Length | Should -Be 2000
  }
}

Describe 'ConvertFrom-PolicyList and ConvertFrom-HnsEndpoint' {
  It 'reads the ELB policy of an HNS v1 policy list' {
    $list = [pscustomobject]@{ ID = 'D7E3'; State = 2; References = @('/endpoints/4F1C'); Policies = @([pscustomobject]@{ Type = 'ELB'; VIPs = @('10.0.0.10'); Protocol = 17; InternalPort = 53; ExternalPort = 53; IsDSR = $true }) }
    $lb = ConvertFrom-PolicyList $list
    $lb.id | Should -Be 'D7E3'
    $lb.vips | Should -Be @('10.0.0.10')
    $lb.isDsr | Should -BeTrue
    $lb.localRoutedVip | Should -BeFalse
    $lb.endpointIds | Should -Be @('4F1C')
  }
  It 'finds the VFP port of a local endpoint' {
    $endpoint = [pscustomobject]@{ ID = '4F1C'; IPAddress = '10.224.0.31'; State = 3; IsRemoteEndpoint = $false; Resources = [pscustomobject]@{ Allocators = @([pscustomobject]@{ Tag = 'Endpoint Port'; EndpointPortGuid = '9A3B' }) } }
    $fact = ConvertFrom-HnsEndpoint $endpoint
    $fact.portGuid | Should -Be '9A3B'
    $fact.isRemote | Should -BeFalse
  }
}
