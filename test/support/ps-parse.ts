/**
 * The probe scripts read through the tree-sitter PowerShell grammar: the commands, native tools
 * and P/Invoke types each script calls, the probes it isolates in try/catch, and PowerShell-7-only
 * syntax. Used by the static checks and by the pwsh tests that must cover every probe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Node } from 'web-tree-sitter';

export const SCRIPTS_DIR = fileURLToPath(new URL('../../src/probes/scripts/', import.meta.url));
const WASM = fileURLToPath(new URL('../../node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm', import.meta.url));

export interface ProbeScript {
  name: string;
  text: string;
}

export function probeScripts(): ProbeScript[] {
  return readdirSync(SCRIPTS_DIR)
    .filter((f) => f.endsWith('.ps1'))
    .sort()
    .map((name) => ({ name, text: readFileSync(SCRIPTS_DIR + name, 'utf8') }));
}

let parser: Parser | undefined;

export async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(WASM);
  const created = new Parser();
  created.setLanguage(language);
  parser = created;
  return created;
}

export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children) if (child) walk(child, visit);
}

export function nodesOfType(root: Node, type: string): Node[] {
  const found: Node[] = [];
  walk(root, (n) => {
    if (n.type === type) found.push(n);
  });
  return found;
}

/**
 * Syntax Windows PowerShell 5.1 does not have, found on the parse tree (so text in strings and
 * comments does not count): `&&` / `||` pipeline chains, `ForEach-Object -Parallel`, and `$script:`
 * (the scripts run as a script block, which has no script scope of its own). `??`, `??=`, `?.` and
 * the ternary `? :` do not parse under the grammar: they show as ERROR nodes holding a `?`.
 */
export function ps7OnlySyntax(p: Parser, source: string): string[] {
  const found: string[] = [];
  walk(p.parse(source)!.rootNode, (node) => {
    const line = node.startPosition.row + 1;
    if (node.type === 'command') found.push(...ps7OnlyCommandUse(node).map((what) => `${what} at line ${line}`));
    if (node.type === '&&' || node.type === '||') found.push(`${node.type} at line ${line}`);
    if (node.type === 'command_parameter' && /^-Parallel$/i.test(node.text)) found.push(`-Parallel at line ${line}`);
    if (node.type === 'variable' && /^\$script:/i.test(node.text)) found.push(`${node.text} at line ${line}`);
    if (node.type === 'ERROR' && /\?/.test(node.text)) found.push(`${node.text.trim()} at line ${line}`);
  });
  return found;
}

/**
 * Cmdlets PowerShell 7 added, and parameters (or parameter values) it added to cmdlets 5.1 has: they
 * run under pwsh, so only a static check can keep them out of scripts for powershell.exe.
 */
const PS7_ONLY_COMMANDS = new Set(
  ['Join-String', 'Get-Error', 'Test-Json', 'ConvertFrom-Markdown', 'Get-Uptime', 'Remove-Alias', 'Remove-Service', 'Get-MarkdownOption', 'Set-MarkdownOption', 'Show-Markdown', 'Clear-RecycleBin']
    .map((c) => c.toLowerCase()),
);
const PS7_ONLY_PARAMETERS: Record<string, string[]> = {
  'convertto-json': ['-AsArray', '-EnumsAsStrings', '-EscapeHandling'],
  'convertfrom-json': ['-AsHashtable', '-Depth', '-NoEnumerate'],
  'get-content': ['-AsByteStream'],
  'set-content': ['-AsByteStream'],
  'add-content': ['-AsByteStream'],
  'test-connection': ['-TcpPort', '-Ping', '-Traceroute', '-MtuSize', '-Repeat', '-TimeoutSeconds', '-IPv4', '-IPv6', '-ResolveDestination'],
  'split-path': ['-Extension', '-LeafBase'],
  'select-string': ['-Raw', '-NoEmphasis'],
  'get-childitem': ['-FollowSymlink'],
  'foreach-object': ['-Parallel', '-ThrottleLimit', '-AsJob'],
  'invoke-webrequest': ['-SkipCertificateCheck', '-Authentication', '-SslProtocol'],
  'invoke-restmethod': ['-SkipCertificateCheck', '-Authentication', '-SslProtocol'],
  'get-date': ['-AsUTC', '-UnixTimeSeconds'],
  'import-module': ['-UseWindowsPowerShell'],
  'sort-object': ['-Top', '-Bottom', '-Stable'],
  'start-sleep': ['-Duration'],
  'out-string': ['-NoNewline'],
};
/** -Encoding values 5.1 does not know. */
const PS7_ONLY_ENCODINGS = /^'?"?(utf8NoBOM|utf8BOM|ansi|utf32BE)'?"?$/i;

function ps7OnlyCommandUse(command: Node): string[] {
  const name = command.childForFieldName('command_name')?.text.toLowerCase();
  if (!name) return [];
  if (PS7_ONLY_COMMANDS.has(name)) return [command.childForFieldName('command_name')!.text];
  const elements = command.childForFieldName('command_elements')?.children.filter((c): c is Node => c !== null && c.type !== 'command_argument_sep') ?? [];
  const found: string[] = [];
  const banned = (PS7_ONLY_PARAMETERS[name] ?? []).map((x) => x.toLowerCase());
  elements.forEach((element, i) => {
    if (element.type !== 'command_parameter') return;
    const parameter = element.text.replace(/:.*$/, '').toLowerCase();
    // -Parallel is reported on its own above.
    if (banned.includes(parameter) && parameter !== '-parallel') found.push(`${name} ${element.text}`);
    if (parameter === '-encoding' && elements[i + 1] && PS7_ONLY_ENCODINGS.test(elements[i + 1]!.text.trim())) found.push(`-Encoding ${elements[i + 1]!.text.trim()}`);
  });
  return found;
}

/** What a script calls outside itself, read from its parse tree. */
export interface ScriptCalls {
  /** Commands (cmdlets and functions) the script does not define itself. */
  commands: string[];
  /** Native executables it runs ('netsh.exe'), named as string literals. */
  nativeTools: string[];
  /** Its own P/Invoke classes ([Windbg.HnsNative]), compiled from here-strings on a node. */
  nativeTypes: string[];
}

export function scriptCalls(p: Parser, source: string): ScriptCalls {
  const root = p.parse(source)!.rootNode;
  const defined = new Set(nodesOfType(root, 'function_name').map((n) => n.text.toLowerCase()));
  const commands = new Set<string>();
  for (const n of nodesOfType(root, 'command_name')) if (!defined.has(n.text.toLowerCase())) commands.add(n.text);
  // Native tools: the .exe names given to the script's own runners (functions that start a
  // Process), directly or through the list a foreach loop hands them.
  const functions = nodesOfType(root, 'function_statement').map((f) => ({
    name: f.children.find((c) => c?.type === 'function_name')!.text.toLowerCase(),
    body: f,
  }));
  const runners = new Set(functions.filter((f) => /Diagnostics\.Process\]::Start\(/.test(f.body.text)).map((f) => f.name));
  for (let grown = true; grown; ) {
    grown = false;
    for (const f of functions) {
      if (runners.has(f.name)) continue;
      if (nodesOfType(f.body, 'command_name').some((n) => runners.has(n.text.toLowerCase()))) {
        runners.add(f.name);
        grown = true;
      }
    }
  }
  const nativeTools = new Set<string>();
  const exeLiterals = (node: Node) => {
    for (const n of nodesOfType(node, 'verbatim_string_characters')) {
      const m = /^'([\w-]+\.exe)'$/i.exec(n.text);
      if (m) nativeTools.add(m[1]!.toLowerCase());
    }
  };
  for (const command of nodesOfType(root, 'command')) {
    const name = command.childForFieldName('command_name')?.text.toLowerCase();
    if (!name || !runners.has(name)) continue;
    const elements = command.childForFieldName('command_elements');
    const first = elements?.children.find((c) => c !== null && c.type !== 'command_argument_sep');
    if (!first) continue;
    if (/^'[\w-]+\.exe'$/i.test(first.text)) exeLiterals(first);
    else {
      let loop: Node | null = command.parent;
      while (loop && loop.type !== 'foreach_statement') loop = loop.parent;
      const collection = loop?.children.find((c) => c?.type === 'pipeline');
      if (collection) exeLiterals(collection);
    }
  }
  const nativeTypes = new Set<string>();
  for (const n of nodesOfType(root, 'type_name')) if (/^Windbg\./.test(n.text)) nativeTypes.add(n.text);
  const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { commands: sort(commands), nativeTools: sort(nativeTools), nativeTypes: sort(nativeTypes) };
}

/** A probe a script isolates in its own try/catch, and how its catch names it. */
export interface IsolatedProbe {
  name: string;
  /** The expression the catch passes as the probe name: a literal or a loop variable such as `$pair[0]`. */
  nameExpression: string;
  /** Offset just inside the opening brace of the try block. */
  tryBodyStart: number;
}

/**
 * Every probe the script reports through `<reporter> <name> $_` in a catch block. A name taken
 * from a loop (`$item[0]`) stands for the first element of each list the loop goes over.
 */
export function isolatedProbes(p: Parser, source: string, reporter = 'Add-ProbeError'): IsolatedProbe[] {
  const root = p.parse(source)!.rootNode;
  const probes: IsolatedProbe[] = [];
  for (const tryStatement of nodesOfType(root, 'try_statement')) {
    const block = tryStatement.children.find((c) => c?.type === 'statement_block');
    const catches = tryStatement.children.find((c) => c?.type === 'catch_clauses');
    if (!block || !catches) continue;
    const report = nodesOfType(catches, 'command').find((c) => c.childForFieldName('command_name')?.text === reporter && enclosingTry(c) === tryStatement.id);
    const elements = report?.childForFieldName('command_elements');
    const first = elements?.children.find((c) => c !== null && c.type !== 'command_argument_sep');
    if (!first) continue;
    const expression = first.text;
    const literal = /^'([^']*)'$/.exec(expression);
    const names: string[] = [];
    if (literal) names.push(literal[1]!);
    else if (/^\$\w+\[0\]$/.test(expression)) {
      let loop: Node | null = tryStatement.parent;
      while (loop && loop.type !== 'foreach_statement') loop = loop.parent;
      const collection = loop?.children.find((c) => c?.type === 'pipeline');
      if (collection) names.push(...firstElementsOfListItems(collection));
    } else names.push(expression);
    for (const name of names) probes.push({ name, nameExpression: expression, tryBodyStart: block.startIndex + 1 });
  }
  return probes;
}

function enclosingTry(node: Node): number | undefined {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'try_statement') return n.id;
  return undefined;
}

/** `@(@('kubelet', 'kubelet.exe'), @('kubeProxy', ...))` -> ['kubelet', 'kubeProxy']. */
function firstElementsOfListItems(collection: Node): string[] {
  const arrays = nodesOfType(collection, 'array_expression');
  const depth = (n: Node) => {
    let d = 0;
    for (let a = n.parent; a && a.id !== collection.id; a = a.parent) if (a.type === 'array_expression') d += 1;
    return d;
  };
  const names: string[] = [];
  for (const item of arrays.filter((a) => depth(a) === 1)) {
    const m = /^@\(\s*'([^']*)'/.exec(item.text);
    if (m) names.push(m[1]!);
  }
  return names;
}

/**
 * A copy of the script in which one probe throws as the first thing in its try block: a failure
 * no stand-in Windows command can cause, to show the probe's isolation holds for it too.
 */
export function withInjectedFailure(source: string, probe: IsolatedProbe): string {
  const failure = `throw 'injected failure of ${probe.name}'`;
  const statement = probe.nameExpression.startsWith("'") ? failure : `if (${probe.nameExpression} -eq '${probe.name}') { ${failure} }`;
  return `${source.slice(0, probe.tryBodyStart)} ${statement};${source.slice(probe.tryBodyStart)}`;
}
