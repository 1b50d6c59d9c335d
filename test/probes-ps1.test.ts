import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Node, Parser } from 'web-tree-sitter';
import { compactScript, DAEMONSET_BOOTSTRAP, powershellEnvScriptCommand, powershellStdinCommand } from '../src/probes/bootstrap.js';
import { probeDaemonSetManifest, probePodManifest } from '../src/probes/manifests.js';
import { shellCommand } from '../src/probes/shell.js';
import { NATIVE_TOOLS, pwshRequired, REPO_ROOT } from './support/pwsh.js';
import { isolatedProbes, powershellParser, probeScripts, ps7OnlySyntax as ps7Only, scriptCalls, withInjectedFailure } from './support/ps-parse.js';

const scripts = probeScripts();

let parser: Parser;

beforeAll(async () => {
  parser = await powershellParser();
});

function firstProblem(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (!child) continue;
    const found = firstProblem(child);
    if (found) return found;
  }
  return undefined;
}

function describeProblem(source: string, node: Node): string {
  const kind = node.isMissing ? `MISSING ${node.type}` : 'ERROR';
  const line = source.split('\n')[node.startPosition.row] ?? '';
  return `${kind} at line ${node.startPosition.row + 1}, column ${node.startPosition.column + 1}: ${line.trim()}`;
}

/** Text of double-quoted strings and here-strings, where PowerShell expands variables. */
function expandableStrings(source: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'expandable_string_literal' || node.type === 'expandable_here_string_literal') found.push(node.text);
    for (const child of node.children) if (child) walk(child);
  };
  walk(parser.parse(source)!.rootNode);
  return found;
}

function ps7OnlySyntax(source: string): string[] {
  return ps7Only(parser, source);
}

describe('the PowerShell 7 syntax check (and the cmdlets and parameters PowerShell 7 added)', () => {
  it('finds each PowerShell-7-only construct, and nothing in strings or comments', () => {
    expect(ps7OnlySyntax('git status && echo ok')).toEqual(['&& at line 1']);
    expect(ps7OnlySyntax('Test-Path x || exit 1')).toEqual(['|| at line 1']);
    expect(ps7OnlySyntax('1..3 | ForEach-Object -Parallel { $_ }')).toEqual(['-Parallel at line 1']);
    expect(ps7OnlySyntax('$script:result.errors += 1')).toEqual(['$script:result at line 1']);
    expect(ps7OnlySyntax('$a = $b ?? 1')).toContain('?? at line 1');
    expect(ps7OnlySyntax('$a = $x ? 1 : 2').length).toBeGreaterThan(0);
    expect(ps7OnlySyntax("$a = 'x ?? y && z' # a || b, $script:c")).toEqual([]);
    expect(ps7OnlySyntax('$h = ConvertFrom-Json -InputObject $t -AsHashtable')).toEqual(['convertfrom-json -AsHashtable at line 1']);
    expect(ps7OnlySyntax("$j = ConvertTo-Json -InputObject $x -Depth 4 -Compress; Get-Content -LiteralPath $p -Raw -Encoding UTF8")).toEqual([]);
    expect(ps7OnlySyntax("Set-Content -LiteralPath $p -Value $v -Encoding utf8NoBOM")).toEqual(['-Encoding utf8NoBOM at line 1']);
    expect(ps7OnlySyntax('Get-Error')).toEqual(['Get-Error at line 1']);
  });

  for (const script of scripts) {
    it(`${script.name} uses only Windows PowerShell 5.1 syntax and no $script: scope`, () => {
      expect(ps7OnlySyntax(script.text)).toEqual([]);
    });
  }

  // Each construct written into a copy of each script, at the top level and inside a function:
  // the check must reject every copy.
  const constructs = [
    "$windbgValue = $null ?? 'default'",
    "$windbgValue ??= 'default'",
    "$windbgValue = ($true) ? 'yes' : 'no'",
    '$windbgValue = ${result}?.Keys',
    'Get-Date && Get-Date',
    'Get-Date || Get-Date',
    '1..2 | ForEach-Object -Parallel { $_ }',
    '$script:windbgValue = 1',
    "$windbgValue = ConvertFrom-Json -InputObject '{}' -AsHashtable",
    "$windbgValue = Get-Content -LiteralPath 'C:\\k\\x.bin' -AsByteStream -Raw",
    "$windbgValue = @('a', 'b') | Join-String -Separator ','",
    "$windbgValue = Test-Connection -ComputerName '10.0.0.1' -TcpPort 443",
    "$windbgValue = Get-Content -LiteralPath 'C:\\k\\x.txt' -Encoding utf8NoBOM",
  ];
  for (const script of scripts) {
    it(`${script.name}: the check rejects each PowerShell-7-only construct written into a copy of it`, () => {
      const topLevel = script.text.indexOf("$ErrorActionPreference = 'Stop'\n");
      const firstFunction = /\nfunction [\w-]+(\([^)]*\))? \{\n/.exec(script.text);
      expect(topLevel).toBeGreaterThan(0);
      expect(firstFunction).not.toBeNull();
      const insideFunction = firstFunction!.index + firstFunction![0].length;
      for (const construct of constructs) {
        for (const at of [topLevel, insideFunction]) {
          const copy = `${script.text.slice(0, at)}${construct}\n${script.text.slice(at)}`;
          const line = copy.slice(0, at).split('\n').length;
          const found = ps7OnlySyntax(copy);
          expect(found.length, `${construct} at line ${line}`).toBeGreaterThan(0);
          expect(found.some((f) => f.endsWith(`at line ${line}`)), `${construct} at line ${line}: ${found.join('; ')}`).toBe(true);
        }
      }
    });
  }

  it('the bootstraps that carry the scripts (stdin, env, DaemonSet), the probe pod and the shell use only 5.1 syntax', () => {
    const daemonSet = probeDaemonSetManifest(['akswin22-0']).spec!['template'] as { spec: { containers: { command: string[] }[] } };
    const probePod = probePodManifest('akswin22-0');
    const commands = [
      powershellStdinCommand(),
      powershellEnvScriptCommand(),
      daemonSet.spec.containers[0]!.command,
      probePod.spec!.containers[0]!.command as string[],
      shellCommand({ tty: false }),
      shellCommand({ tty: true }),
    ];
    expect(commands.every((c) => c[0] === 'powershell.exe')).toBe(true);
    const texts = commands.map((c) => (c.includes('-Command') ? c[c.indexOf('-Command') + 1]! : '')).filter((t) => t !== '' && t !== '-');
    expect(texts).toContain(DAEMONSET_BOOTSTRAP);
    expect(texts).toHaveLength(4);
    for (const text of texts) {
      const tree = parser.parse(text)!;
      expect(tree.rootNode.hasError, text).toBe(false);
      expect(ps7OnlySyntax(text), text).toEqual([]);
    }
  });
});

describe('probe scripts', () => {
  it('there are scripts to check', () => {
    expect(scripts.map((s) => s.name)).toEqual(['collect-bundle.ps1', 'node-probe.ps1', 'pod-network-probe.ps1']);
  });

  for (const script of scripts) {
    describe(script.name, () => {
      it('parses without error under the tree-sitter PowerShell grammar', () => {
        const tree = parser.parse(script.text)!;
        const problem = firstProblem(tree.rootNode);
        expect(problem ? describeProblem(script.text, problem) : 'no parse error').toBe('no parse error');
        expect(tree.rootNode.hasError).toBe(false);
      });

      it('never expands an input inside a string and reads inputs only from $env:WINDBG_*', () => {
        for (const text of expandableStrings(script.text)) {
          expect(text).not.toMatch(/\$env:/i);
          expect(text).not.toMatch(/\$Matches/i);
        }
        expect(script.text).not.toMatch(/Invoke-Expression|\biex\b|\[ScriptBlock\]::Create/i);
        expect(script.text).not.toMatch(/\bparam\s*\(/i);
        expect(script.text).not.toMatch(/\$args\b/i);
        const envReads = [...script.text.matchAll(/\$env:(\w+)/gi)].map((m) => m[1]!);
        for (const name of envReads) expect(['COMPUTERNAME', 'SystemDrive'].includes(name) || name.startsWith('WINDBG_')).toBe(true);
      });

      it('downloads nothing on the node', () => {
        expect(script.text).not.toMatch(/Invoke-WebRequest|Invoke-RestMethod|DownloadFile|Start-BitsTransfer|Net\.WebClient|curl\.exe/i);
      });
    });
  }

  it('node-probe.ps1 wraps every probe in its own try/catch', () => {
    const text = scripts.find((s) => s.name === 'node-probe.ps1')!.text;
    const probes = [
      'services', 'processes', 'kubeletConfig', 'containerd', 'cni', 'flannel', 'clusterConfig', 'hns', 'loadBalancers', 'vfp',
      'adapters', 'ports', 'udpPorts', 'portReservation', 'proxy', 'os', 'resources', 'machine', 'nodePortSelfTest', 'serviceVipFromHost',
    ];
    for (const probe of probes) expect(text).toMatch(new RegExp(`catch \\{ Add-ProbeError '${probe}' \\$_ \\}`));
    // kubelet and kube-proxy share one loop whose body is one try/catch per process.
    expect(text).toMatch(/catch \{ Add-ProbeError \$pair\[0\] \$_ \}/);
    expect(text).toContain('ConvertTo-Json -InputObject $document -Depth $depth -Compress');
    expect(text).toContain('Write-JsonDocument $result 8');
    expect(text).toContain('schemaVersion = 1');
  });

  it('pod-network-probe.ps1 wraps every test in try/catch and writes a schema version', () => {
    const text = scripts.find((s) => s.name === 'pod-network-probe.ps1')!.text;
    for (const probe of ['dnsSuffixes', 'tcpExternal', 'icmpExternal']) expect(text).toContain(`catch { Add-ProbeError '${probe}' $_ }`);
    expect(text).toContain('catch { Add-ProbeError $item[0] $_ }');
    expect(text).toContain('schemaVersion = 1');
  });

  it('the port reservation test always releases what it reserved', () => {
    const text = scripts.find((s) => s.name === 'node-probe.ps1')!.text;
    expect(text).toMatch(/finally \{\s*closesocket\(s\);\s*WSACleanup\(\);\s*\}/);
    expect(text).not.toMatch(/add excludedportrange|set dynamicport/i);
  });

  it('scripts stay below the Windows environment-variable limit used by DaemonSet mode', () => {
    for (const script of scripts) expect(compactScript(script.text).length).toBeLessThan(30_000);
  });
});

/**
 * PowerShell's own cmdlets, which run on Linux as on Windows and need no stand-in. ConvertTo-Json's
 * Windows PowerShell 5.1 shapes are covered by the parser tests instead (docs/powershell.md).
 */
const ENGINE_CMDLETS: Record<string, string> = {
  'Add-Type': 'compiles the P/Invoke classes; the stand-ins take their names first, and a node without the DLLs is a scenario',
  'ConvertFrom-Json': 'engine',
  'ConvertTo-Json': 'engine; 5.1 shapes in the parser tests',
  'ForEach-Object': 'engine',
  'Format-List': 'engine',
  'Get-Command': 'finds the native tools on PATH, where the stand-ins are',
  'Get-Date': 'engine',
  'New-Object': 'engine (.NET types present on both)',
  'Out-String': 'engine',
  'Sort-Object': 'engine',
  'Where-Object': 'engine',
};

function windowsStubs(): Set<string> {
  const text = readFileSync(`${REPO_ROOT}test/ps/windows-stubs.ps1`, 'utf8');
  return new Set([...text.matchAll(/^\s*function global:([\w-]+)/gm)].map((m) => m[1]!).filter((name) => !/PsTest/.test(name)));
}

function nativeStubTypes(): Set<string> {
  const text = readFileSync(`${REPO_ROOT}test/ps/native-stubs.cs`, 'utf8');
  return new Set([...text.matchAll(/public static class (\w+)/g)].map((m) => `Windbg.${m[1]!}`));
}

/** The inventory table of docs/powershell.md: script -> its four columns as lists of names. */
function documentedInventory(): Map<string, string[][]> {
  const doc = readFileSync(`${REPO_ROOT}docs/powershell.md`, 'utf8');
  const section = doc.slice(doc.indexOf('## What each script calls'));
  const rows = new Map<string, string[][]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const name = /^`([\w-]+\.ps1)`$/.exec(cells[0] ?? '');
    if (!name) continue;
    rows.set(name[1]!, cells.slice(1).map((c) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).sort((a, b) => a.localeCompare(b))));
  }
  return rows;
}

describe('what the scripts call outside themselves, and what stands in for it under pwsh', () => {
  const stubs = windowsStubs();
  const types = nativeStubTypes();

  for (const script of scripts) {
    it(`${script.name}: every command, native tool and P/Invoke class has a stand-in or runs as it is, as docs/powershell.md lists`, () => {
      const calls = scriptCalls(parser, script.text);
      const gaps = calls.commands.filter((c) => !stubs.has(c) && ENGINE_CMDLETS[c] === undefined);
      expect(gaps, 'commands with no stand-in in test/ps/windows-stubs.ps1').toEqual([]);
      expect(calls.nativeTools.filter((t) => !NATIVE_TOOLS.includes(t)), 'native tools with no stand-in executable').toEqual([]);
      expect(calls.nativeTypes.filter((t) => !types.has(t)), 'P/Invoke classes with no stand-in in test/ps/native-stubs.cs').toEqual([]);
      const row = documentedInventory().get(script.name);
      expect(row, `a row for ${script.name} in docs/powershell.md`).toBeDefined();
      expect(row).toEqual([
        calls.commands.filter((c) => stubs.has(c)),
        calls.nativeTools,
        calls.nativeTypes,
        calls.commands.filter((c) => !stubs.has(c)),
      ]);
    });
  }

  it('every stand-in stands in for something a script calls', () => {
    const called = scripts.map((s) => scriptCalls(parser, s.text));
    const commands = new Set(called.flatMap((c) => c.commands));
    expect([...stubs].filter((s) => !commands.has(s))).toEqual([]);
    const tools = new Set(called.flatMap((c) => c.nativeTools));
    expect(NATIVE_TOOLS.filter((t) => !tools.has(t))).toEqual([]);
    const classes = new Set(called.flatMap((c) => c.nativeTypes));
    expect([...types].filter((t) => !classes.has(t))).toEqual([]);
  });

  it('finds native tools run directly, through a wrapper, or from a list a loop hands to the runner', () => {
    const script = [
      "function Invoke-Tool([string]$exe) { $p = [System.Diagnostics.Process]::Start($exe) }",
      "function Get-ToolText([string]$exe) { Invoke-Tool $exe }",
      "Get-ToolText 'netsh.exe'",
      "foreach ($item in @(@('a.txt', 'route.exe'), @('b.txt', 'ipconfig.exe'))) { Invoke-Tool $item[1] }",
      "$processes.ContainsKey('kubelet.exe')",
      "Get-NetAdapter | Where-Object { $_.Name -like 'vEthernet*' }",
    ].join('\n');
    expect(scriptCalls(parser, script)).toEqual({ commands: ['Get-NetAdapter', 'Where-Object'], nativeTools: ['ipconfig.exe', 'netsh.exe', 'route.exe'], nativeTypes: [] });
  });
});

describe('what the stdin bootstrap and the pwsh tests rely on', () => {
  for (const script of scripts) {
    it(`${script.name} is ASCII: powershell.exe reads stdin in the console's code page, which would garble anything else`, () => {
      const offending = script.text.split('\n').findIndex((line) => /[^\x00-\x7F]/.test(line));
      expect(offending === -1 ? 'ASCII' : `line ${offending + 1}`).toBe('ASCII');
    });
  }

  it('finds every probe the node probe and the pod-network probe isolate, including those named from a loop', () => {
    const names = (name: string) => isolatedProbes(parser, scripts.find((s) => s.name === name)!.text).map((p) => p.name);
    expect(names('node-probe.ps1')).toEqual([
      'services', 'processes', 'kubelet', 'kubeProxy', 'kubeletConfig', 'containerd', 'cni', 'flannel', 'clusterConfig', 'hns', 'loadBalancers',
      'hcnLoadBalancers', 'vfp', 'adapters', 'ports', 'udpPorts', 'portReservation', 'proxy', 'os', 'hotfixes', 'resources', 'machine',
      'nodePortSelfTest', 'serviceVipFromHost', '$key',
    ]);
    expect(names('pod-network-probe.ps1')).toEqual(['dnsSuffixes', 'dnsFqdn', 'dnsPartial', 'tcpClusterIp', 'tcpApiServer', 'tcpExternal', 'icmpExternal']);
  });

  it('injects a failure as the first statement of one probe, guarded by the loop variable when the probe is one of a loop', () => {
    const text = scripts.find((s) => s.name === 'pod-network-probe.ps1')!.text;
    const probes = isolatedProbes(parser, text);
    const fqdn = withInjectedFailure(text, probes.find((p) => p.name === 'dnsFqdn')!);
    expect(fqdn).toContain("try { if ($item[0] -eq 'dnsFqdn') { throw 'injected failure of dnsFqdn' };");
    const suffixes = withInjectedFailure(text, probes.find((p) => p.name === 'dnsSuffixes')!);
    expect(suffixes).toContain("try { throw 'injected failure of dnsSuffixes';");
    expect(parser.parse(fqdn)!.rootNode.hasError).toBe(false);
  });
});

describe('when the PowerShell tests must run', () => {
  it('on any CI machine: CI set to true, 1 or yes requires pwsh; unset, empty, false or 0 does not', () => {
    expect(['true', 'TRUE', '1', 'yes'].map((CI) => pwshRequired({ CI }))).toEqual([true, true, true, true]);
    expect([undefined, '', 'false', '0'].map((CI) => pwshRequired({ CI }))).toEqual([false, false, false, false]);
  });
});
