# windbg-script: pod-network-probe  (names the script in recorded execs and logs; keep it the first line)
# kubectl-windbg pod-network probe (Windows PowerShell 5.1). Runs inside a Windows pod, or in a
# short-lived probe pod on the same node, and tests name resolution and reachability from the
# pod network. Every test runs in its own try/catch. Output: one JSON document, schemaVersion 1.
# Inputs come only from environment variables:
#   WINDBG_DNS_FQDN        fully qualified name to resolve (kubernetes.default.svc.cluster.local)
#   WINDBG_DNS_PARTIAL     partially qualified name to resolve (kubernetes.default)
#   WINDBG_CLUSTERIP       "ip:port" of a ClusterIP service
#   WINDBG_APISERVER       "host:port" of the API server
#   WINDBG_EXTERNAL_IP     an address outside the cluster, tested over TCP and ICMP
#   WINDBG_EXTERNAL_PORT   TCP port for the external address (443 when unset)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# The bootstrap runs this as a script block, which has no script scope of its own: functions
# reach $probeErrors through the scope chain and use no script-scoped variables.
$probeErrors = New-Object System.Collections.Generic.List[object]
$result = [ordered]@{
  schemaVersion = 1
  computerName = $env:COMPUTERNAME
  collectedAt = (Get-Date).ToUniversalTime().ToString('o')
  errors = $probeErrors
}

# Never throws: it runs inside catch blocks.
function Add-ProbeError([string]$probe, $err) {
  try {
    $text = [string]$err
    if ($err -is [System.Management.Automation.ErrorRecord]) { $text = [string]$err.Exception.Message }
    $probeErrors.Add([ordered]@{ probe = $probe; message = $text })
  } catch { }
}

function Test-TcpConnect([string]$hostName, [int]$port, [int]$timeoutMs) {
  $client = New-Object System.Net.Sockets.TcpClient
  try {
    $pending = $client.BeginConnect($hostName, $port, $null, $null)
    if (-not $pending.AsyncWaitHandle.WaitOne($timeoutMs)) { return [ordered]@{ ok = $false; detail = "timed out after $timeoutMs ms" } }
    $client.EndConnect($pending)
    return [ordered]@{ ok = $true; detail = 'connected' }
  } catch {
    return [ordered]@{ ok = $false; detail = $_.Exception.Message }
  } finally {
    $client.Close()
  }
}

function Test-NameResolution([string]$name) {
  try {
    $answers = @(Resolve-DnsName -Name $name -Type A -DnsOnly -QuickTimeout -ErrorAction Stop | Where-Object { $_.Type -eq 'A' } | ForEach-Object { [string]$_.IPAddress })
    if ($answers.Count -eq 0) { return [ordered]@{ ok = $false; detail = 'no A record' } }
    return [ordered]@{ ok = $true; detail = ($answers -join ' ') }
  } catch {
    return [ordered]@{ ok = $false; detail = $_.Exception.Message }
  }
}

$hostPortPattern = '^([A-Za-z0-9.-]+):(\d{1,5})$'
$namePattern = '^[A-Za-z0-9.-]{1,253}$'

try {
  $result.dnsSuffixes = @(Get-DnsClientGlobalSetting -ErrorAction Stop | ForEach-Object { $_.SuffixSearchList } | ForEach-Object { [string]$_ })
} catch { Add-ProbeError 'dnsSuffixes' $_ }

foreach ($item in @(@('dnsFqdn', $env:WINDBG_DNS_FQDN), @('dnsPartial', $env:WINDBG_DNS_PARTIAL))) {
  if ($item[1] -match $namePattern) {
    try {
      $test = Test-NameResolution $item[1]
      $result[$item[0]] = [ordered]@{ target = $item[1]; ok = $test.ok; detail = $test.detail }
    } catch { Add-ProbeError $item[0] $_ }
  }
}

foreach ($item in @(@('tcpClusterIp', $env:WINDBG_CLUSTERIP), @('tcpApiServer', $env:WINDBG_APISERVER))) {
  if ($item[1] -match $hostPortPattern) {
    try {
      $test = Test-TcpConnect $Matches[1] ([int]$Matches[2]) 3000
      $result[$item[0]] = [ordered]@{ target = $item[1]; ok = $test.ok; detail = $test.detail }
    } catch { Add-ProbeError $item[0] $_ }
  }
}

if ($env:WINDBG_EXTERNAL_IP -match '^\d{1,3}(\.\d{1,3}){3}$') {
  $external = $env:WINDBG_EXTERNAL_IP
  $externalPort = 443
  if ($env:WINDBG_EXTERNAL_PORT -match '^\d{1,5}$') { $externalPort = [int]$env:WINDBG_EXTERNAL_PORT }
  try {
    $test = Test-TcpConnect $external $externalPort 3000
    $result.tcpExternal = [ordered]@{ target = ('{0}:{1}' -f $external, $externalPort); ok = $test.ok; detail = $test.detail }
  } catch { Add-ProbeError 'tcpExternal' $_ }
  try {
    $replies = @(Test-Connection -ComputerName $external -Count 2 -ErrorAction SilentlyContinue)
    $detail = 'no reply'
    if ($replies.Count -gt 0) { $detail = ('{0} of 2 replies' -f $replies.Count) }
    $result.icmpExternal = [ordered]@{ target = $external; ok = ($replies.Count -gt 0); detail = $detail }
  } catch { Add-ProbeError 'icmpExternal' $_ }
}

# ASCII with every other character \u-escaped, so that no console code page can alter the document.
$json = ConvertTo-Json -InputObject $result -Depth 6 -Compress
$wide = [regex]::Matches($json, '[^\x00-\x7F]')
if ($wide.Count -gt 0) {
  $builder = New-Object System.Text.StringBuilder ($json.Length + 6 * $wide.Count)
  $last = 0
  foreach ($match in $wide) {
    [void]$builder.Append($json, $last, $match.Index - $last)
    [void]$builder.Append('\u').Append(([int][char]$match.Value).ToString('x4'))
    $last = $match.Index + 1
  }
  [void]$builder.Append($json, $last, $json.Length - $last)
  $json = $builder.ToString()
}
$stdout = [Console]::OpenStandardOutput()
$bytes = [System.Text.Encoding]::ASCII.GetBytes($json + "`n")
$stdout.Write($bytes, 0, $bytes.Length)
$stdout.Flush()
