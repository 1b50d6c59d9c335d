import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { compactScript } from '../src/probes/bootstrap.js';

const scriptsDir = fileURLToPath(new URL('../src/probes/scripts/', import.meta.url));
const wasmPath = fileURLToPath(new URL('../node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm', import.meta.url));
const scripts = readdirSync(scriptsDir)
  .filter((f) => f.endsWith('.ps1'))
  .sort()
  .map((name) => ({ name, text: readFileSync(scriptsDir + name, 'utf8') }));

let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  const language = await Language.load(wasmPath);
  parser = new Parser();
  parser.setLanguage(language);
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

/**
 * Syntax Windows PowerShell 5.1 does not have, found on the parse tree (so text in strings and
 * comments does not count): `&&` / `||` pipeline chains, `ForEach-Object -Parallel`, and `$script:`
 * (the scripts run as a script block, which has no script scope of its own). `??`, `??=`, `?.` and
 * the ternary `? :` do not parse under the grammar, which the parse test already rejects.
 */
function ps7OnlySyntax(source: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    const line = node.startPosition.row + 1;
    if (node.type === '&&' || node.type === '||') found.push(`${node.type} at line ${line}`);
    if (node.type === 'command_parameter' && /^-Parallel$/i.test(node.text)) found.push(`-Parallel at line ${line}`);
    if (node.type === 'variable' && /^\$script:/i.test(node.text)) found.push(`${node.text} at line ${line}`);
    if (node.type === 'ERROR' && /\?/.test(node.text)) found.push(`${node.text.trim()} at line ${line}`);
    for (const child of node.children) if (child) walk(child);
  };
  walk(parser.parse(source)!.rootNode);
  return found;
}

describe('the PowerShell 7 syntax check', () => {
  it('finds each PowerShell-7-only construct, and nothing in strings or comments', () => {
    expect(ps7OnlySyntax('git status && echo ok')).toEqual(['&& at line 1']);
    expect(ps7OnlySyntax('Test-Path x || exit 1')).toEqual(['|| at line 1']);
    expect(ps7OnlySyntax('1..3 | ForEach-Object -Parallel { $_ }')).toEqual(['-Parallel at line 1']);
    expect(ps7OnlySyntax('$script:result.errors += 1')).toEqual(['$script:result at line 1']);
    expect(ps7OnlySyntax('$a = $b ?? 1')).toContain('?? at line 1');
    expect(ps7OnlySyntax('$a = $x ? 1 : 2').length).toBeGreaterThan(0);
    expect(ps7OnlySyntax("$a = 'x ?? y && z' # a || b, $script:c")).toEqual([]);
  });

  for (const script of scripts) {
    it(`${script.name} uses only Windows PowerShell 5.1 syntax and no $script: scope`, () => {
      expect(ps7OnlySyntax(script.text)).toEqual([]);
    });
  }
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
