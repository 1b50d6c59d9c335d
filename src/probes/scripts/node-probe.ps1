# windbg-script: node-probe  (names the script in recorded execs and logs; keep it the first line)
# kubectl-windbg node probe (Windows PowerShell 5.1, runs on the host through a HostProcess pod).
# Read-only apart from the port reservation test, whose reservations live only as long as one
# socket that is always closed. Every probe runs in its own try/catch; failures are collected in
# "errors" and the others still report. Output: one JSON document on stdout, schemaVersion 1.
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

$result = [ordered]@{
  schemaVersion = 1
  node = $env:WINDBG_NODE_NAME
  computerName = $env:COMPUTERNAME
  collectedAt = (Get-Date).ToUniversalTime().ToString('o')
  psVersion = $PSVersionTable.PSVersion.ToString()
  errors = @()
}

function Add-ProbeError([string]$probe, $err) {
  $text = [string]$err
  if ($err -is [System.Management.Automation.ErrorRecord]) { $text = $err.Exception.Message }
  $script:result.errors += ,([ordered]@{ probe = $probe; message = $text })
}

function Read-TextFile([string]$path) {
  if (-not (Test-Path -LiteralPath $path -PathType Leaf)) { return $null }
  $text = [System.IO.File]::ReadAllText($path)
  if ($text.Length -gt $script:maxTextChars) { $text = $text.Substring(0, $script:maxTextChars) }
  return $text
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

# --- services ------------------------------------------------------------------------------
try {
  $services = @()
  foreach ($name in @('kubelet', 'kube-proxy', 'containerd', 'docker', 'flanneld', 'hns', 'vmcompute')) {
    $svc = Get-CimInstance -ClassName Win32_Service -Filter ("Name='{0}'" -f $name) -ErrorAction SilentlyContinue
    if ($null -eq $svc) {
      $services += ,([ordered]@{ name = $name; present = $false })
    } else {
      $services += ,([ordered]@{ name = $name; present = $true; state = [string]$svc.State; startMode = [string]$svc.StartMode })
    }
  }
  $result.services = $services
} catch { Add-ProbeError 'services' $_ }

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
  }
}
'@

function Invoke-HnsGet([string]$path) {
  if (-not ('Windbg.HnsNative' -as [type])) { Add-Type -TypeDefinition $script:hnsNative }
  $response = ''
  [Windbg.HnsNative]::HNSCall('GET', $path, '', [ref]$response)
  $parsed = ConvertFrom-Json -InputObject $response
  if (-not $parsed.Success) { throw ('HNS GET {0} failed: {1}' -f $path, $parsed.Error) }
  # Callers wrap the result in @(): returning from a function unrolls arrays.
  return $parsed.Output
}

try {
  $hns = [ordered]@{ source = 'hns-module' }
  if (-not (Get-Command -Name 'Get-HnsNetwork' -ErrorAction SilentlyContinue)) {
    foreach ($module in @('HostNetworkingService', 'C:\k\hns.psm1', 'C:\k\debug\hns.psm1')) {
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
  $networkFacts = @()
  foreach ($net in $networks) {
    $subnets = @()
    foreach ($subnet in @($net.Subnets)) {
      if ($null -ne $subnet) { $subnets += ,([ordered]@{ addressPrefix = [string]$subnet.AddressPrefix; gateway = [string]$subnet.GatewayAddress }) }
    }
    $networkFacts += ,([ordered]@{ name = [string]$net.Name; type = [string]$net.Type; id = [string]$net.Id; subnets = $subnets; managementIp = [string]$net.ManagementIP })
  }
  $hns.networks = $networkFacts
  $hns.endpointCount = $endpoints.Count
  # kube-proxy adds remote endpoints for service backends on other nodes; leaks show in the local ones.
  $hns.localEndpointCount = @($endpoints | Where-Object { -not $_.IsRemoteEndpoint }).Count
  $hns.policyListCount = $policyLists.Count
  try {
    if (-not ('Windbg.HnsNative' -as [type])) { Add-Type -TypeDefinition $hnsNative }
    $lbList = ''
    $lbError = ''
    $hr = [Windbg.HnsNative]::HcnEnumerateLoadBalancers('', [ref]$lbList, [ref]$lbError)
    if ($hr -ne 0) { throw ('HcnEnumerateLoadBalancers returned 0x{0:X8} {1}' -f $hr, $lbError) }
    $lbIds = @()
    if (-not [string]::IsNullOrEmpty($lbList)) { $lbIds = ConvertFrom-Json -InputObject $lbList }
    $hns.loadBalancerCount = @($lbIds).Count
    $hns.loadBalancerSource = 'hcn'
  } catch {
    $lbLines = @(& hnsdiag.exe list loadbalancers 2>&1 | ForEach-Object { [string]$_ })
    $hns.loadBalancerCount = @($lbLines | Where-Object { $_ -match '^\S.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}' }).Count
    $hns.loadBalancerSource = 'hnsdiag'
  }
  $result.hns = $hns
} catch { Add-ProbeError 'hns' $_ }

# --- vEthernet adapters --------------------------------------------------------------------
try {
  $adapters = @()
  foreach ($adapter in @(Get-NetAdapter -IncludeHidden -ErrorAction Stop | Where-Object { $_.Name -like 'vEthernet*' })) {
    $ips = @(Get-NetIPAddress -InterfaceIndex $adapter.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue | ForEach-Object { [string]$_.IPAddress })
    $adapters += ,([ordered]@{ name = [string]$adapter.Name; status = [string]$adapter.Status; macAddress = [string]$adapter.MacAddress; ipv4 = $ips })
  }
  $result.adapters = $adapters
} catch { Add-ProbeError 'adapters' $_ }

# --- TCP dynamic ports ---------------------------------------------------------------------
try {
  $ports = [ordered]@{}
  $ports.dynamicRaw = (@(& netsh.exe int ipv4 show dynamicport tcp) -join "`n")
  $ports.excludedRaw = (@(& netsh.exe int ipv4 show excludedportrange protocol=tcp) -join "`n")
  $result.ports = $ports
} catch { Add-ProbeError 'ports' $_ }

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

# --- containerd ----------------------------------------------------------------------------
try {
  $configPath = $null
  foreach ($candidate in @('C:\Program Files\containerd\config.toml', 'C:\k\containerd\containerd.toml', 'C:\k\containerd\config.toml', 'C:\etc\containerd\config.toml')) {
    if (Test-Path -LiteralPath $candidate -PathType Leaf) { $configPath = $candidate; break }
  }
  if ($null -eq $configPath) {
    $result.containerd = [ordered]@{ configPresent = $false }
  } else {
    $result.containerd = [ordered]@{ configPresent = $true; configPath = $configPath; configText = (Read-TextFile $configPath) }
  }
} catch { Add-ProbeError 'containerd' $_ }

# --- kubelet / kube-proxy command lines ----------------------------------------------------
foreach ($pair in @(@('kubelet', 'kubelet.exe'), @('kubeProxy', 'kube-proxy.exe'))) {
  try {
    $process = @(Get-CimInstance -ClassName Win32_Process -Filter ("Name='{0}'" -f $pair[1]))
    if ($process.Count -eq 0) {
      $result[$pair[0]] = [ordered]@{ running = $false }
    } else {
      $result[$pair[0]] = [ordered]@{ running = $true; commandLine = [string]$process[0].CommandLine }
    }
  } catch { Add-ProbeError $pair[0] $_ }
}

# --- CNI config ----------------------------------------------------------------------------
try {
  $cniFiles = @()
  foreach ($dir in @('C:\k\cni\config', 'C:\etc\cni\net.d', 'C:\k\azurecni\netconf')) {
    if (Test-Path -LiteralPath $dir -PathType Container) {
      foreach ($file in @(Get-ChildItem -LiteralPath $dir -File | Where-Object { $_.Name -like '*.conf*' -or $_.Name -like '*.json' } | Sort-Object -Property 'Name')) {
        $cniFiles += ,([ordered]@{ path = $file.FullName; text = (Read-TextFile $file.FullName) })
      }
    }
  }
  $binaries = @()
  foreach ($dir in @('C:\k\cni', 'C:\opt\cni\bin', 'C:\k\cni\bin', 'C:\k\azurecni\bin')) {
    if (Test-Path -LiteralPath $dir -PathType Container) {
      foreach ($exe in @(Get-ChildItem -LiteralPath $dir -File -Filter '*.exe')) {
        $binaries += ,([ordered]@{ name = $exe.Name; fileVersion = [string]$exe.VersionInfo.FileVersion; productVersion = [string]$exe.VersionInfo.ProductVersion })
      }
    }
  }
  $result.cni = [ordered]@{ files = $cniFiles; binaries = $binaries }
} catch { Add-ProbeError 'cni' $_ }

# --- flannel files -------------------------------------------------------------------------
try {
  $flannel = [ordered]@{}
  foreach ($item in @(@('subnetEnv', 'C:\run\flannel\subnet.env'), @('sourceVip', 'C:\k\SourceVip.json'), @('sourceVipRequest', 'C:\k\SourceVipRequest.json'), @('netConf', 'C:\etc\kube-flannel\net-conf.json'))) {
    $text = Read-TextFile $item[1]
    $flannel[$item[0]] = [ordered]@{ path = $item[1]; present = ($null -ne $text); text = $text }
  }
  $result.flannel = $flannel
} catch { Add-ProbeError 'flannel' $_ }

# --- machine-level proxy -------------------------------------------------------------------
try {
  $result.proxy = [ordered]@{
    httpProxy = [Environment]::GetEnvironmentVariable('HTTP_PROXY', 'Machine')
    httpsProxy = [Environment]::GetEnvironmentVariable('HTTPS_PROXY', 'Machine')
    noProxy = [Environment]::GetEnvironmentVariable('NO_PROXY', 'Machine')
  }
} catch { Add-ProbeError 'proxy' $_ }

# --- OS ------------------------------------------------------------------------------------
try {
  $cv = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  $os = Get-CimInstance -ClassName Win32_OperatingSystem
  $boot = $os.LastBootUpTime.ToUniversalTime()
  $hotfixes = @(Get-HotFix -ErrorAction SilentlyContinue | ForEach-Object { [string]$_.HotFixID })
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
  $drive = Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='{0}'" -f $env:SystemDrive)
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

[Console]::Out.WriteLine((ConvertTo-Json -InputObject $result -Depth 8 -Compress))
[Console]::Out.Flush()
