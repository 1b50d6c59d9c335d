# windbg-script: collect-bundle  (names the script in recorded execs and logs; keep it the first line)
# kubectl-windbg state bundle (Windows PowerShell 5.1, runs on the host through a HostProcess pod).
# Reads logs, event logs and network state and streams them to stdout in a line format that
# survives any exec transport (ASCII only, no binary); windbg writes the local .tar.gz itself and
# redacts secrets there. Nothing is downloaded or written on the node.
#   windbg-bundle 1           header
#   F <base64 of UTF-8 path>  a file starts (path inside the bundle, forward slashes)
#   D <base64 bytes>          file content, in order
#   E                         the file ends
#   Z <count>                 the bundle is complete
# Inputs come only from environment variables:
#   WINDBG_LOG_MAX_BYTES   how much of the end of each log file to keep (default 16 MiB)
#   WINDBG_EVENT_HOURS     how far back to read event logs (default 48)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$WarningPreference = 'SilentlyContinue'

# The bootstrap runs this as a script block, which has no script scope of its own: shared state
# lives in objects that the functions change, never in script-scoped variables.
$bundle = @{ fileCount = 0 }
$problems = New-Object System.Collections.Generic.List[string]
$chunkBytes = 57344
$logMaxBytes = 16777216
if ($env:WINDBG_LOG_MAX_BYTES -match '^\d{1,12}$') { $logMaxBytes = [int64]$env:WINDBG_LOG_MAX_BYTES }
$eventHours = 48
if ($env:WINDBG_EVENT_HOURS -match '^\d{1,4}$') { $eventHours = [int]$env:WINDBG_EVENT_HOURS }

$out = [Console]::Out

function Start-BundleFile([string]$name) {
  $out.WriteLine('F ' + [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($name)))
}

function Stop-BundleFile {
  $out.WriteLine('E')
  $bundle.fileCount++
}

function Send-Bytes([string]$name, [byte[]]$bytes) {
  Start-BundleFile $name
  for ($offset = 0; $offset -lt $bytes.Length; $offset += $chunkBytes) {
    $length = [Math]::Min($chunkBytes, $bytes.Length - $offset)
    $out.WriteLine('D ' + [Convert]::ToBase64String($bytes, $offset, $length))
  }
  Stop-BundleFile
}

function Send-Text([string]$name, [string]$text) {
  if ($null -eq $text) { $text = '' }
  Send-Bytes $name ([System.Text.Encoding]::UTF8.GetBytes($text))
}

# Logs are open for writing by their services: read with FileShare.ReadWrite, keep the tail.
function Send-FileTail([string]$name, $file) {
  $stream = $file.Open([System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, [System.IO.FileShare]::ReadWrite)
  try {
    if ($stream.Length -gt $logMaxBytes) { [void]$stream.Seek(-$logMaxBytes, [System.IO.SeekOrigin]::End) }
    Start-BundleFile $name
    $buffer = New-Object byte[] $chunkBytes
    while (($read = $stream.Read($buffer, 0, $chunkBytes)) -gt 0) {
      $out.WriteLine('D ' + [Convert]::ToBase64String($buffer, 0, $read))
    }
    Stop-BundleFile
  } finally {
    $stream.Close()
  }
}

function Add-Problem([string]$what, $err) {
  $text = [string]$err
  if ($err -is [System.Management.Automation.ErrorRecord]) { $text = $err.Exception.Message }
  $problems.Add(('{0}: {1}' -f $what, $text))
}

# Native tools run through System.Diagnostics.Process: under 2>&1 and 'Stop' Windows PowerShell
# 5.1 turns the first stderr line into a terminating error. The text keeps stdout, then stderr
# and a non-zero exit code, as the tool wrote them.
function Invoke-Native([string]$exe, [string[]]$arguments) {
  $command = @(Get-Command -Name $exe -CommandType Application -ErrorAction SilentlyContinue)
  if ($command.Count -eq 0) { throw ('{0} is not on this node' -f $exe) }
  $info = New-Object System.Diagnostics.ProcessStartInfo
  $info.FileName = $command[0].Path
  $info.Arguments = ($arguments -join ' ')
  $info.UseShellExecute = $false
  $info.CreateNoWindow = $true
  $info.RedirectStandardOutput = $true
  $info.RedirectStandardError = $true
  try { $info.StandardOutputEncoding = [Console]::OutputEncoding; $info.StandardErrorEncoding = [Console]::OutputEncoding } catch { }
  $process = [System.Diagnostics.Process]::Start($info)
  try {
    $stdoutTask = $process.StandardOutput.ReadToEndAsync()
    $stderrTask = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit(120000)) { try { $process.Kill() } catch { }; throw ('{0} did not finish within 120 s' -f $exe) }
    $process.WaitForExit()
    $text = $stdoutTask.Result
    if (-not [string]::IsNullOrEmpty($stderrTask.Result)) { $text += "`r`n[stderr]`r`n" + $stderrTask.Result }
    if ($process.ExitCode -ne 0) { $text += ("`r`n[exit code {0}]" -f $process.ExitCode) }
    return $text
  } finally {
    $process.Dispose()
  }
}

$out.WriteLine('windbg-bundle 1')

# --- logs of the node services -------------------------------------------------------------
$logPattern = '(?i)(kubelet|kube-proxy|kubeproxy|containerd|flannel|csi-proxy)'
foreach ($root in @('C:\k', 'C:\var\log')) {
  try {
    if (Test-Path -LiteralPath $root -PathType Container) {
      $files = @(Get-ChildItem -LiteralPath $root -Recurse -File -Depth 3 -ErrorAction SilentlyContinue | Where-Object { ($_.Extension -match '^\.(log|err|out|txt)$') -and ($_.FullName -match $logPattern) })
      foreach ($file in $files) {
        try {
          $relative = $file.FullName.Substring(3).Replace('\', '/')
          Send-FileTail ('logs/' + $relative) $file
        } catch { Add-Problem $file.FullName $_ }
      }
    }
  } catch { Add-Problem $root $_ }
}

# --- event logs as text --------------------------------------------------------------------
$since = (Get-Date).AddHours(-$eventHours)
foreach ($log in @('Application', 'System', 'Microsoft-Windows-Hyper-V-Compute-Operational', 'Microsoft-Windows-Hyper-V-Compute-Admin', 'Microsoft-Windows-Host-Network-Service-Admin', 'Microsoft-Windows-Host-Network-Service-Operational')) {
  try {
    $events = @(Get-WinEvent -FilterHashtable @{ LogName = $log; StartTime = $since } -MaxEvents 5000 -ErrorAction Stop)
    $text = $events | Format-List -Property @('TimeCreated', 'Id', 'LevelDisplayName', 'ProviderName', 'Message') | Out-String -Width 4096
    Send-Text ('events/' + $log + '.txt') $text
  } catch {
    if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { Send-Text ('events/' + $log + '.txt') 'no events in the period' } else { Add-Problem $log $_ }
  }
}

# --- HNS state as JSON ---------------------------------------------------------------------
$hnsNative = @'
using System;
using System.Runtime.InteropServices;
namespace Windbg {
  public static class HnsBundleNative {
    [DllImport("vmcompute.dll")]
    public static extern void HNSCall([MarshalAs(UnmanagedType.LPWStr)] string method, [MarshalAs(UnmanagedType.LPWStr)] string path, [MarshalAs(UnmanagedType.LPWStr)] string request, [MarshalAs(UnmanagedType.LPWStr)] out string response);
  }
}
'@
foreach ($item in @(@('networks', '/networks/'), @('endpoints', '/endpoints/'), @('policylists', '/policylists/'))) {
  try {
    if (-not ('Windbg.HnsBundleNative' -as [type])) { Add-Type -TypeDefinition $hnsNative }
    $response = ''
    [Windbg.HnsBundleNative]::HNSCall('GET', $item[1], '', [ref]$response)
    Send-Text ('hns/' + $item[0] + '.json') $response
  } catch { Add-Problem ('hns ' + $item[0]) $_ }
}
try {
  Send-Text 'hns/hnsdiag-list-all.txt' (Invoke-Native 'hnsdiag.exe' @('list', 'all'))
} catch { Add-Problem 'hnsdiag' $_ }

# --- network configuration -----------------------------------------------------------------
foreach ($item in @(@('network/ipconfig-all.txt', 'ipconfig.exe', @('/all')), @('network/route-print.txt', 'route.exe', @('print')), @('network/dynamicport-tcp.txt', 'netsh.exe', @('int', 'ipv4', 'show', 'dynamicport', 'tcp')), @('network/excludedportrange-tcp.txt', 'netsh.exe', @('int', 'ipv4', 'show', 'excludedportrange', 'protocol=tcp')))) {
  try {
    Send-Text $item[0] (Invoke-Native $item[1] $item[2])
  } catch { Add-Problem $item[0] $_ }
}

Send-Text 'bundle-problems.txt' ($problems -join "`r`n")
$out.WriteLine('Z ' + $bundle.fileCount)
$out.Flush()
