# windbg-script: node-probe  (names the script in recorded execs and logs; keep it the first line)
# kubectl-windbg node probe (Windows PowerShell 5.1, runs on the host through a HostProcess pod).
# Read-only apart from the port reservation test, whose reservations live only as long as one
# socket that is always closed. Every probe runs in its own try/catch; failures are collected in
# "errors" and the others still report. Output: one JSON document on stdout, schemaVersion 1,
# written as ASCII (every other character \u-escaped) so that no code page can alter it.
# The bootstrap runs it as a script block created from its text: that gives it a local scope
# but no script scope of its own, so it uses no script-scoped variables and its functions reach the
# variables below through the scope chain.
# Inputs come only from environment variables set in the pod spec:
#   WINDBG_NODE_NAME    node name as the API server knows it
#   WINDBG_NODE_IP      node InternalIP, for the NodePort self-test
#   WINDBG_NODEPORT     NodePort to test from the node itself (optional)
#   WINDBG_SERVICE_VIP  "ip:port" of a ClusterIP service to test from the host network (optional)
#   WINDBG_SKIP_PORT_RESERVATION  "1" skips the port reservation test

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$WarningPreference = 'SilentlyContinue'
$maxTextChars = 65536
$maxListItems = 1000
$maxVfpPorts = 64

$probeErrors = New-Object System.Collections.Generic.List[object]
$result = [ordered]@{
  schemaVersion = 1
  node = $env:WINDBG_NODE_NAME
  computerName = $env:COMPUTERNAME
  collectedAt = (Get-Date).ToUniversalTime().ToString('o')
  psVersion = $PSVersionTable.PSVersion.ToString()
  errors = $probeErrors
}

# Never throws: it runs inside catch blocks, where a throw would end the whole script.
function Add-ProbeError([string]$probe, $err) {
  try {
    $text = [string]$err
    if ($err -is [System.Management.Automation.ErrorRecord]) { $text = [string]$err.Exception.Message }
    if ($text.Length -gt 2000) { $text = $text.Substring(0, 2000) }
    $probeErrors.Add([ordered]@{ probe = $probe; message = $text })
  } catch { }
}

function Limit-Text($value, [int]$max) {
  if ($null -eq $value) { return $null }
  $text = [string]$value
  if ($text.Length -gt $max) { $text = $text.Substring(0, $max) }
  return $text
}

# "C:/etc/cni/net.d", "/var/lib/kubelet/config.yaml" (kubelet resolves it on the system drive),
# quoted paths -> "C:\etc\cni\net.d". Anything that is not an absolute path gives $null.
function ConvertTo-HostPath($path) {
  if ($null -eq $path) { return $null }
  $text = ([string]$path).Trim().Trim('"').Trim("'").Replace('/', '\')
  if ($text -match '^\\[^\\]') { $text = 'C:' + $text }
  if ($text -notmatch '^[A-Za-z]:\\') { return $null }
  if ($text.Length -gt 3) { $text = $text.TrimEnd('\') }
  return $text
}

# Files are read with the file cmdlets only (Test-Path, Get-Content, Get-ChildItem). The cast
# to [string] drops the PSPath/PSChildName notes Get-Content attaches, which 5.1's
# ConvertTo-Json would otherwise serialize as an object around the text.
function Read-TextFile($path) {
  if ($null -eq $path) { return $null }
  if (-not (Test-Path -LiteralPath $path -PathType Leaf)) { return $null }
  $raw = Get-Content -LiteralPath $path -Raw -Encoding UTF8
  if ($null -eq $raw) { return '' }
  return (Limit-Text ([string]$raw) $maxTextChars)
}

function Test-Folder($path) {
  return ($null -ne $path) -and (Test-Path -LiteralPath $path -PathType Container)
}

function Add-Unique($list, $value) {
  if ($null -eq $value) { return }
  foreach ($existing in $list) { if ($existing -eq $value) { return } }
  $list.Add($value)
}

# The value of a flag in a command line: --name=value, --name value, --name "a b", -c value.
function Get-FlagValue($commandLine, [string[]]$names) {
  if ($null -eq $commandLine) { return $null }
  foreach ($name in $names) {
    $pattern = '(?:^|\s)' + [regex]::Escape($name) + '(?:=|\s+)(?:"([^"]*)"|(\S+))'
    $match = [regex]::Match([string]$commandLine, $pattern)
    if ($match.Success) {
      if ($match.Groups[1].Success) { return $match.Groups[1].Value }
      return $match.Groups[2].Value
    }
  }
  return $null
}

# String values of a TOML key ("key = 'x'", "key = \"C:\\\\x\"", "key = ['a', 'b']"), one per
# pipeline item (callers loop over them).
function Get-TomlStrings($text, [string]$key) {
  $values = New-Object System.Collections.Generic.List[string]
  if ($null -eq $text) { return }
  foreach ($line in ([string]$text -split "`r?`n")) {
    $match = [regex]::Match($line, '^\s*' + [regex]::Escape($key) + '\s*=\s*(.*)$')
    if (-not $match.Success) { continue }
    foreach ($item in [regex]::Matches($match.Groups[1].Value, '"((?:[^"\\]|\\.)*)"|''([^'']*)''')) {
      if ($item.Groups[1].Success) { $values.Add($item.Groups[1].Value.Replace('\\', '\')) } else { $values.Add($item.Groups[2].Value) }
    }
  }
  return $values
}

# Native tools run through System.Diagnostics.Process: their stderr never becomes an
# ErrorRecord (under 2>&1 and 'Stop' Windows PowerShell 5.1 throws on the first stderr line),
# the exit code is kept, and the output is decoded with the console code page the tools write.
function Invoke-NativeText([string]$exe, [string[]]$arguments, [int]$timeoutMs = 30000) {
  $command = @(Get-Command -Name $exe -CommandType Application -ErrorAction SilentlyContinue)
  if ($command.Count -eq 0) { throw ('{0} is not on this node' -f $exe) }
  $encoding = $null
  try { $encoding = [Console]::OutputEncoding } catch { }
  if ($null -eq $encoding) { $encoding = [System.Text.Encoding]::GetEncoding([System.Globalization.CultureInfo]::CurrentCulture.TextInfo.OEMCodePage) }
  $info = New-Object System.Diagnostics.ProcessStartInfo
  $info.FileName = $command[0].Path
  $info.Arguments = (@($arguments | ForEach-Object { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } }) -join ' ')
  $info.UseShellExecute = $false
  $info.CreateNoWindow = $true
  $info.RedirectStandardOutput = $true
  $info.RedirectStandardError = $true
  $info.StandardOutputEncoding = $encoding
  $info.StandardErrorEncoding = $encoding
  $process = [System.Diagnostics.Process]::Start($info)
  try {
    $stdoutTask = $process.StandardOutput.ReadToEndAsync()
    $stderrTask = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($timeoutMs)) {
      try { $process.Kill() } catch { }
      throw ('{0} did not finish within {1} ms' -f $exe, $timeoutMs)
    }
    $process.WaitForExit()
    return [pscustomobject]@{ exitCode = $process.ExitCode; stdout = (Limit-Text $stdoutTask.Result $maxTextChars); stderr = (Limit-Text $stderrTask.Result 2000) }
  } finally {
    $process.Dispose()
  }
}

# stdout of a native tool, or a throw that carries its exit code and first stderr line.
function Get-NativeOutput([string]$exe, [string[]]$arguments) {
  $run = Invoke-NativeText $exe $arguments
  if ($run.exitCode -ne 0) {
    $firstLine = @(([string]$run.stderr + "`n" + [string]$run.stdout) -split "`r?`n" | Where-Object { $_.Trim() -ne '' })
    $detail = ''
    if ($firstLine.Count -gt 0) { $detail = ': ' + $firstLine[0].Trim() }
    throw ('{0} exited with code {1}{2}' -f $exe, $run.exitCode, $detail)
  }
  return $run.stdout
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

# Writes the document as ASCII: no console code page (437, 850, 932...) can change a byte of it.
function Write-JsonDocument($document, [int]$depth) {
  $json = ConvertTo-Json -InputObject $document -Depth $depth -Compress
  $ascii = $json
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
    $ascii = $builder.ToString()
  }
  $stdout = [Console]::OpenStandardOutput()
  $bytes = [System.Text.Encoding]::ASCII.GetBytes($ascii + "`n")
  $stdout.Write($bytes, 0, $bytes.Length)
  $stdout.Flush()
}

# --- services and processes ----------------------------------------------------------------
# Installers name the same service differently: AKS registers kube-proxy as "kubeproxy"
# ("Kubeproxy"), sig-windows-tools and EKS as "kube-proxy". Names compare case-insensitively.
$serviceVariants = [ordered]@{
  'kubelet' = @('kubelet')
  'kube-proxy' = @('kube-proxy', 'kubeproxy')
  'containerd' = @('containerd')
  'docker' = @('docker')
  'flanneld' = @('flanneld', 'flannel')
  'csi-proxy' = @('csi-proxy')
  'hns' = @('hns')
  'vmcompute' = @('vmcompute')
}
$servicesByName = @{}
$processesByName = @{}
$processesListed = $false

try {
  foreach ($svc in @(Get-CimInstance -ClassName Win32_Service)) {
    if ($null -ne $svc.Name) { $servicesByName[([string]$svc.Name).ToLowerInvariant()] = $svc }
  }
  $services = New-Object System.Collections.Generic.List[object]
  foreach ($canonical in $serviceVariants.Keys) {
    $found = $null
    foreach ($variant in $serviceVariants[$canonical]) {
      if ($servicesByName.ContainsKey($variant)) { $found = $servicesByName[$variant]; break }
    }
    if ($null -eq $found) {
      $services.Add([ordered]@{ name = $canonical; present = $false })
    } else {
      $services.Add([ordered]@{ name = $canonical; serviceName = [string]$found.Name; present = $true; state = [string]$found.State; startMode = [string]$found.StartMode; pathName = (Limit-Text $found.PathName 4096) })
    }
  }
  $result.services = $services
} catch { Add-ProbeError 'services' $_ }

try {
  foreach ($process in @(Get-CimInstance -ClassName Win32_Process)) {
    if ($null -eq $process.Name) { continue }
    $key = ([string]$process.Name).ToLowerInvariant()
    if (-not $processesByName.ContainsKey($key)) { $processesByName[$key] = $process }
  }
  $processesListed = $true
} catch { Add-ProbeError 'processes' $_ }

function Get-CommandLineOf([string]$processName, [string]$serviceName) {
  if ($processesByName.ContainsKey($processName)) { return [string]$processesByName[$processName].CommandLine }
  if ($servicesByName.ContainsKey($serviceName)) { return [string]$servicesByName[$serviceName].PathName }
  return $null
}

foreach ($pair in @(@('kubelet', 'kubelet.exe'), @('kubeProxy', 'kube-proxy.exe'))) {
  try {
    if ($processesByName.ContainsKey($pair[1])) {
      $result[$pair[0]] = [ordered]@{ running = $true; commandLine = (Limit-Text $processesByName[$pair[1]].CommandLine 16384) }
    } elseif ($processesListed) {
      $result[$pair[0]] = [ordered]@{ running = $false }
    }
  } catch { Add-ProbeError $pair[0] $_ }
}

# --- kubelet configuration file ------------------------------------------------------------
$kubeletCommandLine = Get-CommandLineOf 'kubelet.exe' 'kubelet'
try {
  $kubeletConfigPath = ConvertTo-HostPath (Get-FlagValue $kubeletCommandLine @('--config'))
  if ($null -ne $kubeletConfigPath -and $null -ne $result.kubelet) {
    $result.kubelet.configPath = $kubeletConfigPath
    $result.kubelet.configText = Read-TextFile $kubeletConfigPath
  }
} catch { Add-ProbeError 'kubeletConfig' $_ }

# --- containerd ----------------------------------------------------------------------------
$containerdText = $null
try {
  $configPath = $null
  $configSource = 'default-path'
  $fromCommandLine = ConvertTo-HostPath (Get-FlagValue (Get-CommandLineOf 'containerd.exe' 'containerd') @('--config', '-c'))
  if ($null -ne $fromCommandLine -and (Test-Path -LiteralPath $fromCommandLine -PathType Leaf)) {
    $configPath = $fromCommandLine
    $configSource = 'command-line'
  } else {
    # containerd's own default, AKS, GKE, RKE2, and older hand-made installs.
    foreach ($candidate in @('C:\Program Files\containerd\config.toml', 'C:\k\containerd\containerd.toml', 'C:\k\containerd\config.toml', 'C:\etc\kubernetes\containerd\config.toml', 'C:\var\lib\rancher\rke2\agent\etc\containerd\config.toml', 'C:\etc\containerd\config.toml')) {
      if (Test-Path -LiteralPath $candidate -PathType Leaf) { $configPath = $candidate; break }
    }
  }
  if ($null -eq $configPath) {
    $result.containerd = [ordered]@{ configPresent = $false }
    if ($null -ne $fromCommandLine) { $result.containerd.configPath = $fromCommandLine }
  } else {
    $containerdText = Read-TextFile $configPath
    $result.containerd = [ordered]@{ configPresent = $true; configPath = $configPath; configSource = $configSource; configText = $containerdText }
  }
} catch { Add-ProbeError 'containerd' $_ }

# --- CNI config ----------------------------------------------------------------------------
try {
  $confDirs = New-Object System.Collections.Generic.List[string]
  $binDirs = New-Object System.Collections.Generic.List[string]
  $runtimeConfDir = $null
  foreach ($dir in (Get-TomlStrings $containerdText 'conf_dir')) { if ($null -eq $runtimeConfDir) { $runtimeConfDir = ConvertTo-HostPath $dir }; Add-Unique $confDirs (ConvertTo-HostPath $dir) }
  foreach ($key in @('bin_dir', 'bin_dirs')) { foreach ($dir in (Get-TomlStrings $containerdText $key)) { Add-Unique $binDirs (ConvertTo-HostPath $dir) } }
  $kubeletConfDir = ConvertTo-HostPath (Get-FlagValue $kubeletCommandLine @('--cni-conf-dir'))
  if ($null -eq $runtimeConfDir) { $runtimeConfDir = $kubeletConfDir }
  Add-Unique $confDirs $kubeletConfDir
  Add-Unique $binDirs (ConvertTo-HostPath (Get-FlagValue $kubeletCommandLine @('--cni-bin-dir')))
  foreach ($dir in @('C:\Program Files\containerd\cni\conf', 'C:\etc\cni\net.d', 'C:\k\cni\config', 'C:\k\azurecni\netconf', 'C:\etc\kubernetes\cni\config', 'C:\var\lib\rancher\rke2\agent\etc\cni\net.d')) { Add-Unique $confDirs $dir }
  foreach ($dir in @('C:\Program Files\containerd\cni\bin', 'C:\opt\cni\bin', 'C:\k\cni', 'C:\k\cni\bin', 'C:\k\azurecni\bin', 'C:\etc\kubernetes\cni', 'C:\var\lib\rancher\rke2\bin')) { Add-Unique $binDirs $dir }

  $cniFiles = New-Object System.Collections.Generic.List[object]
  foreach ($dir in $confDirs) {
    if (-not (Test-Folder $dir)) { continue }
    foreach ($file in @(Get-ChildItem -LiteralPath $dir -File | Where-Object { $_.Name -like '*.conf*' -or $_.Name -like '*.json' } | Sort-Object -Property 'Name')) {
      if ($cniFiles.Count -ge 32) { break }
      $cniFiles.Add([ordered]@{ path = [string]$file.FullName; text = (Read-TextFile ([string]$file.FullName)) })
    }
  }
  $binaries = New-Object System.Collections.Generic.List[object]
  foreach ($dir in $binDirs) {
    if (-not (Test-Folder $dir)) { continue }
    foreach ($exe in @(Get-ChildItem -LiteralPath $dir -File -Filter '*.exe')) {
      if ($binaries.Count -ge 64) { break }
      $binaries.Add([ordered]@{ name = [string]$exe.Name; path = [string]$exe.FullName; fileVersion = [string]$exe.VersionInfo.FileVersion; productVersion = [string]$exe.VersionInfo.ProductVersion })
    }
  }
  $result.cni = [ordered]@{ confDir = $runtimeConfDir; searchedConfDirs = $confDirs; files = $cniFiles; binaries = $binaries }
} catch { Add-ProbeError 'cni' $_ }

# --- flannel files -------------------------------------------------------------------------
# flanneld's --subnet-file and --net-config-path (drive-less defaults resolve on C:), and for a
# HostProcess flannel the config mounted next to its executable in the container's sandbox.
try {
  $flannelLine = Get-CommandLineOf 'flanneld.exe' 'flanneld'
  $subnetFiles = New-Object System.Collections.Generic.List[string]
  $netConfFiles = New-Object System.Collections.Generic.List[string]
  Add-Unique $subnetFiles (ConvertTo-HostPath (Get-FlagValue $flannelLine @('--subnet-file')))
  Add-Unique $subnetFiles 'C:\run\flannel\subnet.env'
  Add-Unique $netConfFiles (ConvertTo-HostPath (Get-FlagValue $flannelLine @('--net-config-path')))
  if ($processesByName.ContainsKey('flanneld.exe')) {
    $exePath = [string]$processesByName['flanneld.exe'].ExecutablePath
    $sandbox = [regex]::Match($exePath, '^(.*)\\flannel\\flanneld\.exe$', 'IgnoreCase')
    if ($sandbox.Success) { Add-Unique $netConfFiles ($sandbox.Groups[1].Value + '\mounts\kube-flannel\net-conf.json') }
  }
  Add-Unique $netConfFiles 'C:\etc\kube-flannel\net-conf.json'
  $flannel = [ordered]@{}
  foreach ($item in @(@('subnetEnv', $subnetFiles), @('sourceVip', @('C:\k\SourceVip.json', 'C:\sourcevip\sourceVip.json')), @('sourceVipRequest', @('C:\k\SourceVipRequest.json', 'C:\sourcevip\sourceVipRequest.json')), @('netConf', $netConfFiles))) {
    $chosen = $null
    $text = $null
    foreach ($path in $item[1]) {
      $text = Read-TextFile $path
      if ($null -ne $text) { $chosen = $path; break }
    }
    if ($null -eq $chosen) { $chosen = @($item[1])[0] }
    $flannel[$item[0]] = [ordered]@{ path = $chosen; present = ($null -ne $text); text = $text }
  }
  $result.flannel = $flannel
} catch { Add-ProbeError 'flannel' $_ }

# --- cluster settings AKS writes on the node -----------------------------------------------
try {
  $clusterConfig = Read-TextFile 'C:\k\kubeclusterconfig.json'
  if ($null -ne $clusterConfig) { $result.clusterConfig = [ordered]@{ path = 'C:\k\kubeclusterconfig.json'; text = $clusterConfig } }
} catch { Add-ProbeError 'clusterConfig' $_ }

# --- HNS -----------------------------------------------------------------------------------
$hnsNative = @'
using System;
using System.Runtime.InteropServices;
namespace Windbg {
  public static class HnsNative {
    [DllImport("vmcompute.dll")]
    public static extern void HNSCall([MarshalAs(UnmanagedType.LPWStr)] string method, [MarshalAs(UnmanagedType.LPWStr)] string path, [MarshalAs(UnmanagedType.LPWStr)] string request, [MarshalAs(UnmanagedType.LPWStr)] out string response);
    [DllImport("computenetwork.dll")]
    public static extern int HcnEnumerateLoadBalancers([MarshalAs(UnmanagedType.LPWStr)] string query, [MarshalAs(UnmanagedType.LPWStr)] out string loadBalancers, [MarshalAs(UnmanagedType.LPWStr)] out string errorRecord);
    [DllImport("computenetwork.dll")]
    public static extern int HcnOpenLoadBalancer(ref Guid id, out IntPtr loadBalancer, [MarshalAs(UnmanagedType.LPWStr)] out string errorRecord);
    [DllImport("computenetwork.dll")]
    public static extern int HcnQueryLoadBalancerProperties(IntPtr loadBalancer, [MarshalAs(UnmanagedType.LPWStr)] string query, [MarshalAs(UnmanagedType.LPWStr)] out string properties, [MarshalAs(UnmanagedType.LPWStr)] out string errorRecord);
    [DllImport("computenetwork.dll")]
    public static extern int HcnCloseLoadBalancer(IntPtr loadBalancer);
  }
}
'@

function Initialize-HnsNative {
  if (-not ('Windbg.HnsNative' -as [type])) { Add-Type -TypeDefinition $hnsNative }
}

function Invoke-HnsGet([string]$path) {
  Initialize-HnsNative
  $response = ''
  [Windbg.HnsNative]::HNSCall('GET', $path, '', [ref]$response)
  $parsed = ConvertFrom-Json -InputObject $response
  if (-not $parsed.Success) { throw ('HNS GET {0} failed: {1}' -f $path, $parsed.Error) }
  # Callers wrap the result in @(): returning from a function unrolls arrays.
  return $parsed.Output
}

# HCN wants a HostComputeQuery document; an empty string is rejected with E_INVALIDARG.
$hcnQuery = '{"SchemaVersion":{"Major":2,"Minor":0},"Flags":0}'

function Get-HcnLoadBalancers {
  Initialize-HnsNative
  $list = ''
  $errorRecord = ''
  $hr = [Windbg.HnsNative]::HcnEnumerateLoadBalancers($hcnQuery, [ref]$list, [ref]$errorRecord)
  if ($hr -ne 0) { throw ('HcnEnumerateLoadBalancers returned 0x{0:X8} {1}' -f $hr, $errorRecord) }
  $ids = @()
  if (-not [string]::IsNullOrEmpty($list)) { $ids = @(ConvertFrom-Json -InputObject $list) }
  $balancers = New-Object System.Collections.Generic.List[object]
  foreach ($id in $ids) {
    if ($balancers.Count -ge $maxListItems) { break }
    $guid = [Guid]([string]$id)
    $handle = [IntPtr]::Zero
    $hr = [Windbg.HnsNative]::HcnOpenLoadBalancer([ref]$guid, [ref]$handle, [ref]$errorRecord)
    if ($hr -ne 0) { continue }
    try {
      $properties = ''
      $hr = [Windbg.HnsNative]::HcnQueryLoadBalancerProperties($handle, $hcnQuery, [ref]$properties, [ref]$errorRecord)
      if ($hr -ne 0 -or [string]::IsNullOrEmpty($properties)) { continue }
      $lb = ConvertFrom-Json -InputObject $properties
      $mapping = @($lb.PortMappings)[0]
      $endpointIds = @(@($lb.HostComputeEndpoints) | ForEach-Object { [string]$_ })
      $balancers.Add([ordered]@{
        id = [string]$id
        vips = @(@($lb.FrontendVIPs) | ForEach-Object { [string]$_ })
        protocol = $mapping.Protocol
        internalPort = $mapping.InternalPort
        externalPort = $mapping.ExternalPort
        isDsr = ((([int]$lb.Flags) -band 1) -ne 0)
        localRoutedVip = ((([int]$mapping.Flags) -band 2) -ne 0)
        endpointIds = $endpointIds
      })
    } finally {
      [void][Windbg.HnsNative]::HcnCloseLoadBalancer($handle)
    }
  }
  return ,$balancers
}

# HNS v1 policy lists (Get-HnsPolicyList / GET /policylists/): the ELB policy inside each.
function ConvertFrom-PolicyList($policyList) {
  $elb = @(@($policyList.Policies) | Where-Object { $_.Type -eq 'ELB' })[0]
  if ($null -eq $elb) { $elb = @($policyList.Policies)[0] }
  $endpointIds = @(@($policyList.References) | ForEach-Object { ([string]$_) -replace '^/endpoints/', '' })
  return [ordered]@{
    id = [string]$policyList.ID
    state = $policyList.State
    vips = @(@($elb.VIPs) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_ })
    protocol = $elb.Protocol
    internalPort = $elb.InternalPort
    externalPort = $elb.ExternalPort
    isDsr = ($elb.IsDSR -eq $true)
    localRoutedVip = ($elb.LocalRoutedVip -eq $true)
    endpointIds = $endpointIds
  }
}

function ConvertFrom-HnsEndpoint($endpoint) {
  $portGuid = $null
  $port = @(@($endpoint.Resources.Allocators) | Where-Object { $_.Tag -eq 'Endpoint Port' })[0]
  if ($null -ne $port) { $portGuid = [string]$port.EndpointPortGuid }
  return [ordered]@{
    id = [string]$endpoint.ID
    name = [string]$endpoint.Name
    ipAddress = [string]$endpoint.IPAddress
    macAddress = [string]$endpoint.MacAddress
    state = $endpoint.State
    isRemote = ($endpoint.IsRemoteEndpoint -eq $true)
    networkName = [string]$endpoint.VirtualNetworkName
    portGuid = $portGuid
  }
}

try {
  $hns = [ordered]@{ source = 'hns-module' }
  if (-not (Get-Command -Name 'Get-HnsNetwork' -ErrorAction SilentlyContinue)) {
    foreach ($module in @('HostNetworkingService', 'C:\k\hns.psm1', 'C:\k\debug\hns.psm1', 'C:\etc\kubernetes\hns.psm1')) {
      try { Import-Module $module -DisableNameChecking -ErrorAction Stop; break } catch { }
    }
  }
  if (Get-Command -Name 'Get-HnsNetwork' -ErrorAction SilentlyContinue) {
    $networks = @(Get-HnsNetwork)
    $endpoints = @(Get-HnsEndpoint)
    $policyLists = @()
    if (Get-Command -Name 'Get-HnsPolicyList' -ErrorAction SilentlyContinue) { $policyLists = @(Get-HnsPolicyList) }
  } else {
    $hns.source = 'hns-api'
    $networks = @(Invoke-HnsGet '/networks/')
    $endpoints = @(Invoke-HnsGet '/endpoints/')
    $policyLists = @(Invoke-HnsGet '/policylists/')
  }
  $networkFacts = New-Object System.Collections.Generic.List[object]
  foreach ($net in $networks) {
    if ($null -eq $net) { continue }
    $subnets = New-Object System.Collections.Generic.List[object]
    foreach ($subnet in @($net.Subnets)) {
      if ($null -ne $subnet) { $subnets.Add([ordered]@{ addressPrefix = [string]$subnet.AddressPrefix; gateway = [string]$subnet.GatewayAddress }) }
    }
    $networkFacts.Add([ordered]@{ name = [string]$net.Name; type = [string]$net.Type; id = [string]$net.Id; subnets = $subnets; managementIp = [string]$net.ManagementIP })
  }
  $hns.networks = $networkFacts
  $endpoints = @($endpoints | Where-Object { $null -ne $_ })
  $hns.endpointCount = $endpoints.Count
  # kube-proxy adds remote endpoints for service backends on other nodes; leaks show in the local ones.
  $hns.localEndpointCount = @($endpoints | Where-Object { -not ($_.IsRemoteEndpoint -eq $true) }).Count
  $endpointFacts = New-Object System.Collections.Generic.List[object]
  foreach ($endpoint in $endpoints) {
    if ($endpointFacts.Count -ge $maxListItems) { break }
    $endpointFacts.Add((ConvertFrom-HnsEndpoint $endpoint))
  }
  $hns.endpoints = $endpointFacts
  $policyLists = @($policyLists | Where-Object { $null -ne $_ })
  $hns.policyListCount = $policyLists.Count
  $result.hns = $hns
} catch { Add-ProbeError 'hns' $_ }

# Load balancers: HCN v2 first; HNS v1 policy lists when HCN is not there; hnsdiag counts last.
if ($null -ne $result.hns) {
  try {
    $balancers = $null
    try {
      $balancers = Get-HcnLoadBalancers
      $result.hns.loadBalancerSource = 'hcn'
    } catch {
      Add-ProbeError 'hcnLoadBalancers' $_
      if ($policyLists.Count -gt 0) {
        $balancers = New-Object System.Collections.Generic.List[object]
        foreach ($policyList in $policyLists) { if ($balancers.Count -lt $maxListItems) { $balancers.Add((ConvertFrom-PolicyList $policyList)) } }
        $result.hns.loadBalancerSource = 'policylists'
      }
    }
    if ($null -ne $balancers) {
      $result.hns.loadBalancerCount = $balancers.Count
      $result.hns.loadBalancers = $balancers
    } else {
      $lines = @((Get-NativeOutput 'hnsdiag.exe' @('list', 'loadbalancers')) -split "`r?`n")
      $result.hns.loadBalancerCount = @($lines | Where-Object { $_ -match '^\S.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}' }).Count
      $result.hns.loadBalancerSource = 'hnsdiag'
    }
  } catch { Add-ProbeError 'loadBalancers' $_ }
}

# --- VFP ports of local endpoints: blocked state and DSR rules -----------------------------
if ($null -ne $result.hns -and $null -ne $result.hns.endpoints) {
  try {
    $vfpPorts = New-Object System.Collections.Generic.List[object]
    foreach ($endpoint in $result.hns.endpoints) {
      if ($endpoint.isRemote -or [string]::IsNullOrEmpty($endpoint.portGuid)) { continue }
      if ($vfpPorts.Count -ge $maxVfpPorts) { break }
      $state = Invoke-NativeText 'vfpctrl.exe' @('/port', $endpoint.portGuid, '/get-port-state') 10000
      $rules = Invoke-NativeText 'vfpctrl.exe' @('/port', $endpoint.portGuid, '/layer', 'LB_DSR', '/group', 'LB_DSR_IPv4_OUT', '/list-rule') 10000
      $vfpPorts.Add([ordered]@{
        endpointId = $endpoint.id
        portGuid = $endpoint.portGuid
        stateExitCode = $state.exitCode
        stateText = (Limit-Text $state.stdout 4000)
        dsrRulesExitCode = $rules.exitCode
        dsrRulesText = (Limit-Text $rules.stdout 16000)
      })
    }
    $result.vfp = [ordered]@{ ports = $vfpPorts }
  } catch { Add-ProbeError 'vfp' $_ }
}

# --- vEthernet adapters --------------------------------------------------------------------
try {
  $adapters = New-Object System.Collections.Generic.List[object]
  foreach ($adapter in @(Get-NetAdapter -IncludeHidden -ErrorAction Stop | Where-Object { $_.Name -like 'vEthernet*' })) {
    $ips = @(Get-NetIPAddress -InterfaceIndex $adapter.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue | ForEach-Object { [string]$_.IPAddress })
    $adapters.Add([ordered]@{ name = [string]$adapter.Name; status = [string]$adapter.Status; macAddress = [string]$adapter.MacAddress; ipv4 = $ips })
  }
  $result.adapters = $adapters
} catch { Add-ProbeError 'adapters' $_ }

# --- TCP dynamic ports ---------------------------------------------------------------------
try {
  $ports = [ordered]@{}
  $ports.dynamicRaw = Get-NativeOutput 'netsh.exe' @('int', 'ipv4', 'show', 'dynamicport', 'tcp')
  $ports.excludedRaw = Get-NativeOutput 'netsh.exe' @('int', 'ipv4', 'show', 'excludedportrange', 'protocol=tcp')
  $result.ports = $ports
} catch { Add-ProbeError 'ports' $_ }

# HNS reserves UDP port blocks too (DNS load balancers): the same two tables for UDP.
if ($null -ne $result.ports) {
  try {
    $result.ports.udpDynamicRaw = Get-NativeOutput 'netsh.exe' @('int', 'ipv4', 'show', 'dynamicport', 'udp')
    $result.ports.udpExcludedRaw = Get-NativeOutput 'netsh.exe' @('int', 'ipv4', 'show', 'excludedportrange', 'protocol=udp')
  } catch { Add-ProbeError 'udpPorts' $_ }
}

# Reserves ten blocks of 64 ports on one socket, as HNS does for each load balancer. The
# reservations belong to that socket and disappear when it is closed (always, in finally).
$portReservation = @'
using System;
using System.Runtime.InteropServices;
namespace Windbg {
  [StructLayout(LayoutKind.Sequential)]
  public struct PortRange { public ushort StartPort; public ushort NumberOfPorts; }
  [StructLayout(LayoutKind.Sequential)]
  public struct PortReservation { public ushort StartPort; public ushort NumberOfPorts; public ulong Token; }
  public static class PortReservationTest {
    const uint SioAcquirePortReservation = 0x98000064;
    [DllImport("ws2_32.dll")] static extern int WSAStartup(ushort version, byte[] data);
    [DllImport("ws2_32.dll")] static extern int WSACleanup();
    [DllImport("ws2_32.dll")] static extern int WSAGetLastError();
    [DllImport("ws2_32.dll")] static extern IntPtr socket(int family, int type, int protocol);
    [DllImport("ws2_32.dll")] static extern int closesocket(IntPtr s);
    [DllImport("ws2_32.dll")] static extern int WSAIoctl(IntPtr s, uint code, ref PortRange input, int inputLength, out PortReservation output, int outputLength, out int returned, IntPtr overlapped, IntPtr completion);
    public static int Run(int blocks, ushort size, out string error) {
      error = null;
      if (WSAStartup(0x0202, new byte[512]) != 0) { error = "WSAStartup failed"; return 0; }
      IntPtr s = socket(2, 1, 6);
      if (s == new IntPtr(-1)) { error = "socket failed: " + WSAGetLastError(); WSACleanup(); return 0; }
      int succeeded = 0;
      try {
        for (int i = 0; i < blocks; i++) {
          PortRange range = new PortRange { StartPort = 0, NumberOfPorts = size };
          PortReservation reservation; int returned;
          int rc = WSAIoctl(s, SioAcquirePortReservation, ref range, Marshal.SizeOf(typeof(PortRange)), out reservation, Marshal.SizeOf(typeof(PortReservation)), out returned, IntPtr.Zero, IntPtr.Zero);
          if (rc == 0) { succeeded++; } else if (error == null) { error = "WSAIoctl(SIO_ACQUIRE_PORT_RESERVATION) failed with WSA error " + WSAGetLastError(); }
        }
      } finally {
        closesocket(s);
        WSACleanup();
      }
      return succeeded;
    }
  }
}
'@

if ($env:WINDBG_SKIP_PORT_RESERVATION -ne '1') {
  try {
    if (-not ('Windbg.PortReservationTest' -as [type])) { Add-Type -TypeDefinition $portReservation }
    $reservationError = $null
    $succeeded = [Windbg.PortReservationTest]::Run(10, 64, [ref]$reservationError)
    if ($null -eq $result.ports) { $result.ports = [ordered]@{} }
    $result.ports.reservationTest = [ordered]@{ attempted = 10; succeeded = $succeeded; error = $reservationError }
  } catch { Add-ProbeError 'portReservation' $_ }
}

# --- machine-level proxy -------------------------------------------------------------------
try {
  $machineEnv = Get-ItemProperty -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  $result.proxy = [ordered]@{
    httpProxy = [string]$machineEnv.HTTP_PROXY
    httpsProxy = [string]$machineEnv.HTTPS_PROXY
    noProxy = [string]$machineEnv.NO_PROXY
  }
} catch { Add-ProbeError 'proxy' $_ }

# --- OS ------------------------------------------------------------------------------------
try {
  $cv = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  $os = Get-CimInstance -ClassName Win32_OperatingSystem
  $boot = ([datetime]$os.LastBootUpTime).ToUniversalTime()
  $hotfixes = @()
  try { $hotfixes = @(Get-HotFix | ForEach-Object { [string]$_.HotFixID }) } catch { Add-ProbeError 'hotfixes' $_ }
  $result.os = [ordered]@{
    productName = [string]$cv.ProductName
    displayVersion = [string]$cv.DisplayVersion
    build = [string]$cv.CurrentBuildNumber
    ubr = $cv.UBR
    hotfixes = $hotfixes
    lastBootTime = $boot.ToString('o')
    uptimeSeconds = [int64]((Get-Date).ToUniversalTime() - $boot).TotalSeconds
  }
} catch { Add-ProbeError 'os' $_ }

# --- disk, memory, machine -----------------------------------------------------------------
try {
  $systemDrive = $env:SystemDrive
  if ([string]::IsNullOrEmpty($systemDrive)) { $systemDrive = 'C:' }
  $drive = Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='{0}'" -f $systemDrive)
  $os = Get-CimInstance -ClassName Win32_OperatingSystem
  $result.resources = [ordered]@{
    systemDriveFreeBytes = [int64]$drive.FreeSpace
    systemDriveTotalBytes = [int64]$drive.Size
    freeMemoryBytes = [int64]$os.FreePhysicalMemory * 1024
    totalMemoryBytes = [int64]$os.TotalVisibleMemorySize * 1024
  }
} catch { Add-ProbeError 'resources' $_ }

try {
  $cs = Get-CimInstance -ClassName Win32_ComputerSystem
  $result.machine = [ordered]@{ manufacturer = [string]$cs.Manufacturer; model = [string]$cs.Model }
} catch { Add-ProbeError 'machine' $_ }

# --- optional reachability tests -----------------------------------------------------------
if ($env:WINDBG_NODEPORT -match '^\d{1,5}$') {
  try {
    $target = '127.0.0.1'
    if ($env:WINDBG_NODE_IP -match '^\d{1,3}(\.\d{1,3}){3}$') { $target = $env:WINDBG_NODE_IP }
    $port = [int]$env:WINDBG_NODEPORT
    $test = Test-TcpConnect $target $port 3000
    $result.nodePortSelfTest = [ordered]@{ port = $port; target = $target; ok = $test.ok; detail = $test.detail }
  } catch { Add-ProbeError 'nodePortSelfTest' $_ }
}

if ($env:WINDBG_SERVICE_VIP -match '^(\d{1,3}(\.\d{1,3}){3}):(\d{1,5})$') {
  try {
    $vip = $Matches[1]
    $port = [int]$Matches[3]
    $test = Test-TcpConnect $vip $port 3000
    $result.serviceVipFromHost = [ordered]@{ target = $env:WINDBG_SERVICE_VIP; ok = $test.ok; detail = $test.detail }
  } catch { Add-ProbeError 'serviceVipFromHost' $_ }
}

# A section that cannot be serialized is dropped and named, never the whole document.
try {
  Write-JsonDocument $result 8
} catch {
  $failure = $_
  foreach ($key in @($result.Keys)) {
    if (@('schemaVersion', 'node', 'computerName', 'collectedAt', 'psVersion', 'errors') -contains $key) { continue }
    try { [void](ConvertTo-Json -InputObject $result[$key] -Depth 6 -Compress) } catch { $result.Remove($key); Add-ProbeError $key $_ }
  }
  try { Write-JsonDocument $result 8 } catch {
    Write-JsonDocument ([ordered]@{ schemaVersion = 1; node = $env:WINDBG_NODE_NAME; errors = @([ordered]@{ probe = 'output'; message = [string]$failure.Exception.Message }) }) 4
  }
}
