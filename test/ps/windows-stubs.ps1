# Stand-ins for the Windows-only commands the probe scripts call, for running them under pwsh on
# Linux. Dot-sourced in the same -Command line, before the probe bootstrap, so the probe runs
# exactly as on a node (script block, stdin or env delivery) and finds these as global functions.
# Everything they return comes from the scenario file written by the test ($env:PSTEST_SCENARIO):
# objects with the property names and value types the real cmdlets return. Paths on C: are
# served from the folder $env:PSTEST_ROOT (C:\k\x.json -> $env:PSTEST_ROOT/C/k/x.json).
# Nothing here is loaded by the product: only the test harness passes this file to pwsh.

$ErrorActionPreference = 'Stop'
$global:PsTestScenario = Get-Content -LiteralPath $env:PSTEST_SCENARIO -Raw | ConvertFrom-Json
$global:PsTestRoot = $env:PSTEST_ROOT

function global:Get-PsTestValue([string]$name) {
  $property = $global:PsTestScenario.PSObject.Properties[$name]
  if ($null -eq $property) { return $null }
  return $property.Value
}

# A scenario's "fail" map makes one command throw the way the real one does.
function global:Assert-PsTestCommandWorks([string]$command) {
  $fail = Get-PsTestValue 'fail'
  if ($null -ne $fail -and $null -ne $fail.PSObject.Properties[$command]) {
    throw [System.InvalidOperationException]::new([string]$fail.PSObject.Properties[$command].Value)
  }
}

function global:ConvertTo-PsTestPath([string]$path) {
  if ($path -match '^([A-Za-z]):\\(.*)$') {
    return [System.IO.Path]::Combine($global:PsTestRoot, $Matches[1].ToUpperInvariant(), $Matches[2].Replace('\', '/'))
  }
  if ($path -match '^[A-Za-z]:$') { return [System.IO.Path]::Combine($global:PsTestRoot, $path.Substring(0, 1).ToUpperInvariant()) }
  throw [System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$path' because it does not exist.")
}

function global:ConvertFrom-PsTestPath([string]$path) {
  $root = [System.IO.Path]::GetFullPath($global:PsTestRoot).TrimEnd('/')
  $relative = $path.Substring($root.Length + 1)
  $drive = $relative.Substring(0, 1)
  return ($drive + ':\' + $relative.Substring(2).Replace('/', '\')).TrimEnd('\')
}

# --- file cmdlets over the stand-in C: drive -----------------------------------------------
function global:Test-Path {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Path, [string]$LiteralPath, [string]$PathType = 'Any')
  $target = $LiteralPath
  if ([string]::IsNullOrEmpty($target)) { $target = $Path }
  if ($target -notmatch '^[A-Za-z]:') { return $false }
  return Microsoft.PowerShell.Management\Test-Path -LiteralPath (ConvertTo-PsTestPath $target) -PathType $PathType
}

function global:Get-Content {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Path, [string]$LiteralPath, [switch]$Raw, [string]$Encoding = 'utf8')
  $target = $LiteralPath
  if ([string]::IsNullOrEmpty($target)) { $target = $Path }
  if ($target -notmatch '^[A-Za-z]:') { return Microsoft.PowerShell.Management\Get-Content -LiteralPath $target -Raw:$Raw -Encoding $Encoding }
  Assert-PsTestCommandWorks ('Get-Content ' + $target)
  return Microsoft.PowerShell.Management\Get-Content -LiteralPath (ConvertTo-PsTestPath $target) -Raw:$Raw -Encoding $Encoding
}

# FileInfo objects whose FullName is the Windows path; Open() and Length work on the real file.
function global:Get-ChildItem {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Path, [string]$LiteralPath, [switch]$File, [switch]$Recurse, [int]$Depth = 64, [string]$Filter)
  $target = $LiteralPath
  if ([string]::IsNullOrEmpty($target)) { $target = $Path }
  Assert-PsTestCommandWorks ('Get-ChildItem ' + $target)
  $versions = Get-PsTestValue 'fileVersions'
  $arguments = @{ LiteralPath = (ConvertTo-PsTestPath $target); File = $File; Recurse = $Recurse }
  if ($Recurse) { $arguments.Depth = $Depth }
  if (-not [string]::IsNullOrEmpty($Filter)) { $arguments.Filter = $Filter }
  foreach ($item in @(Microsoft.PowerShell.Management\Get-ChildItem @arguments)) {
    $windowsPath = ConvertFrom-PsTestPath $item.FullName
    $version = $null
    if ($null -ne $versions) { $version = $versions.PSObject.Properties[$windowsPath] }
    $info = [pscustomobject]@{ FileVersion = $null; ProductVersion = $null }
    if ($null -ne $version) { $info = [pscustomobject]@{ FileVersion = $version.Value.FileVersion; ProductVersion = $version.Value.ProductVersion } }
    $real = $item
    $entry = [pscustomobject]@{ Name = $item.Name; FullName = $windowsPath; Extension = $item.Extension; Length = $item.Length; VersionInfo = $info }
    $entry | Add-Member -MemberType ScriptMethod -Name Open -Value ({ param($mode, $access, $share) Assert-PsTestCommandWorks ('Open ' + $windowsPath); $real.Open($mode, $access, $share) }.GetNewClosure())
    $entry
  }
}

# --- registry ------------------------------------------------------------------------------
function global:Get-ItemProperty {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Path, [string]$LiteralPath)
  $target = $LiteralPath
  if ([string]::IsNullOrEmpty($target)) { $target = $Path }
  Assert-PsTestCommandWorks ('Get-ItemProperty ' + $target)
  $registry = Get-PsTestValue 'registry'
  $key = $null
  if ($null -ne $registry) { $key = $registry.PSObject.Properties[$target] }
  if ($null -eq $key) { throw [System.Management.Automation.ItemNotFoundException]::new("Cannot find path '$target' because it does not exist.") }
  return $key.Value
}

# --- CIM -----------------------------------------------------------------------------------
function global:Get-CimInstance {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$ClassName, [string]$Filter)
  Assert-PsTestCommandWorks ('Get-CimInstance ' + $ClassName)
  $cim = Get-PsTestValue 'cim'
  $instances = @()
  if ($null -ne $cim -and $null -ne $cim.PSObject.Properties[$ClassName]) { $instances = @($cim.PSObject.Properties[$ClassName].Value) }
  foreach ($instance in $instances) {
    if ($ClassName -eq 'Win32_OperatingSystem') {
      # CIM gives DateTime values, not strings.
      $instance = $instance.PSObject.Copy()
      $instance.LastBootUpTime = [datetime]::Parse([string]$instance.LastBootUpTime, [Globalization.CultureInfo]::InvariantCulture, [Globalization.DateTimeStyles]::AdjustToUniversal)
    }
    if ($ClassName -eq 'Win32_LogicalDisk' -and $Filter -match "DeviceID='([^']*)'" -and $instance.DeviceID -ne $Matches[1]) { continue }
    $instance
  }
}

# --- networking cmdlets --------------------------------------------------------------------
function global:Get-NetAdapter {
  [CmdletBinding()]
  param([switch]$IncludeHidden)
  Assert-PsTestCommandWorks 'Get-NetAdapter'
  @(Get-PsTestValue 'netAdapters')
}

function global:Get-NetIPAddress {
  [CmdletBinding()]
  param([int]$InterfaceIndex, [string]$AddressFamily)
  Assert-PsTestCommandWorks 'Get-NetIPAddress'
  @(Get-PsTestValue 'netIPAddresses') | Where-Object { $_.InterfaceIndex -eq $InterfaceIndex -and $_.AddressFamily -eq $AddressFamily }
}

function global:Get-HotFix {
  [CmdletBinding()]
  param()
  Assert-PsTestCommandWorks 'Get-HotFix'
  @(Get-PsTestValue 'hotfixes') | ForEach-Object { [pscustomobject]@{ HotFixID = $_; Description = 'Security Update' } }
}

function global:Get-DnsClientGlobalSetting {
  [CmdletBinding()]
  param()
  Assert-PsTestCommandWorks 'Get-DnsClientGlobalSetting'
  [pscustomobject]@{ SuffixSearchList = @(Get-PsTestValue 'dnsSuffixes') }
}

function global:Resolve-DnsName {
  [CmdletBinding()]
  param([string]$Name, [string]$Type, [switch]$DnsOnly, [switch]$QuickTimeout)
  Assert-PsTestCommandWorks 'Resolve-DnsName'
  $answers = Get-PsTestValue 'dns'
  $entry = $null
  if ($null -ne $answers) { $entry = $answers.PSObject.Properties[$Name] }
  if ($null -eq $entry) { throw [System.ComponentModel.Win32Exception]::new(9003, "${Name} : DNS name does not exist") }
  @($entry.Value) | ForEach-Object { [pscustomobject]@{ Name = $Name; Type = 'A'; IPAddress = $_ } }
}

function global:Get-WinEvent {
  [CmdletBinding()]
  param([hashtable]$FilterHashtable, [int]$MaxEvents)
  Assert-PsTestCommandWorks ('Get-WinEvent ' + $FilterHashtable.LogName)
  $logs = Get-PsTestValue 'eventLogs'
  $entry = $null
  if ($null -ne $logs) { $entry = $logs.PSObject.Properties[$FilterHashtable.LogName] }
  if ($null -eq $entry -or @($entry.Value).Count -eq 0) {
    $record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('No events were found that match the specified selection criteria.'), 'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand', 'ObjectNotFound', $null)
    $PSCmdlet.ThrowTerminatingError($record)
  }
  @($entry.Value) | ForEach-Object { [pscustomobject]@{ TimeCreated = [datetime]$_.TimeCreated; Id = $_.Id; LevelDisplayName = $_.LevelDisplayName; ProviderName = $_.ProviderName; Message = $_.Message } }
}

# Test-Connection as Windows PowerShell 5.1 has it: one Win32_PingStatus object per reply, and a
# non-terminating error for each request that timed out (PowerShell 7 returns an object for both).
function global:Test-Connection {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$ComputerName, [int]$Count = 4)
  Assert-PsTestCommandWorks ('Test-Connection ' + $ComputerName)
  $replies = 0
  $answers = Get-PsTestValue 'pingReplies'
  if ($null -ne $answers -and $null -ne $answers.PSObject.Properties[$ComputerName]) { $replies = [int]$answers.PSObject.Properties[$ComputerName].Value }
  for ($i = 0; $i -lt $Count; $i++) {
    if ($i -lt $replies) {
      $reply = [pscustomobject]@{ Address = $ComputerName; IPV4Address = $ComputerName; ResponseTime = 3; ReplySize = 32; StatusCode = 0; __CLASS = 'Win32_PingStatus' }
      $reply.PSObject.TypeNames.Insert(0, 'System.Management.ManagementObject#root\cimv2\Win32_PingStatus')
      $reply
    } else {
      Write-Error -Message ("Testing connection to computer '{0}' failed: Request timed out" -f $ComputerName) -Category ResourceUnavailable -ErrorId 'TestConnectionException,Microsoft.PowerShell.Commands.TestConnectionCommand'
    }
  }
}

# Import-Module of a module file on C: (C:\k\hns.psm1) loads it from the stand-in drive; module
# names go to the real cmdlet (HostNetworkingService is not installed here, as on many nodes).
function global:Import-Module {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Name, [switch]$DisableNameChecking)
  Assert-PsTestCommandWorks ('Import-Module ' + $Name)
  if ($Name -match '^[A-Za-z]:\\') {
    $target = ConvertTo-PsTestPath $Name
    if (-not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $target -PathType Leaf)) {
      throw [System.IO.FileNotFoundException]::new(("The specified module '{0}' was not loaded because no valid module file was found in any module directory." -f $Name))
    }
    Microsoft.PowerShell.Core\Import-Module -Name $target -DisableNameChecking -Global
    return
  }
  Microsoft.PowerShell.Core\Import-Module -Name $Name -DisableNameChecking:$DisableNameChecking -Global
}

# --- HostNetworkingService module (present only when the scenario has it) ------------------
$hnsModule = Get-PsTestValue 'hnsModule'
if ($null -ne $hnsModule) {
  function global:Get-HnsNetwork { [CmdletBinding()] param() Assert-PsTestCommandWorks 'Get-HnsNetwork'; @((Get-PsTestValue 'hnsModule').networks) }
  function global:Get-HnsEndpoint { [CmdletBinding()] param() Assert-PsTestCommandWorks 'Get-HnsEndpoint'; @((Get-PsTestValue 'hnsModule').endpoints) }
  if ($null -ne $hnsModule.PSObject.Properties['policyLists']) {
    function global:Get-HnsPolicyList { [CmdletBinding()] param() Assert-PsTestCommandWorks 'Get-HnsPolicyList'; @((Get-PsTestValue 'hnsModule').policyLists) }
  }
}

# --- P/Invoke classes: managed stand-ins with the product's type names and signatures -------
# The scripts add their own types only when none of that name exists, so these take their place.
$native = Get-PsTestValue 'native'
if ($null -ne $native) { Add-Type -Path $env:PSTEST_NATIVE_DLL }

# A node whose console uses another code page (437, 850, 932): what [Console]::Out encodes with
# and what [Console]::In decodes stdin with (the bootstrap reads the script through it).
$codePage = Get-PsTestValue 'consoleCodePage'
if ($null -ne $codePage) {
  [Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding([int]$codePage)
  [Console]::InputEncoding = [System.Text.Encoding]::GetEncoding([int]$codePage)
}

# Commands this node does not have at all (a module not installed): calling them fails with
# CommandNotFoundException, as on Windows.
foreach ($missingCommand in @(Get-PsTestValue 'missingCommands')) {
  if ($null -ne $missingCommand) { Remove-Item -LiteralPath ('function:' + $missingCommand) }
}

Remove-Variable -Name @('hnsModule', 'native', 'codePage', 'missingCommand') -ErrorAction SilentlyContinue
# The probe itself starts with the default preference, as powershell.exe does.
$ErrorActionPreference = 'Continue'
