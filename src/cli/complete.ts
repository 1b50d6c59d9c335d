/**
 * Shell completion in kubectl's protocol (Cobra's `__complete`): kubectl runs
 * `kubectl_complete-windbg <words after "windbg"...> <word being completed>` and reads one
 * candidate per line ("value<TAB>description"), then ":<directive>". The same answer serves
 * `kubectl-windbg __complete ...` for the scripts of `completion bash|zsh|fish|powershell`.
 *
 * This module is pure: it reads the words and asks `CompletionSources` for names that live in the
 * cluster (Windows nodes, pods, namespaces, contexts) or in the catalogue (rule ids).
 */
import { supportedLanguages, t } from '../i18n/index.js';
import { commandOutputs, failOnLevels } from './options.js';
import { terminalSafe } from '../report/sanitize.js';

/** Cobra's ShellCompDirective bits. */
export const Directive = {
  default: 0,
  error: 1,
  noSpace: 2,
  noFileComp: 4,
  filterFileExt: 8,
  filterDirs: 16,
} as const;

export const completionShells = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type CompletionShell = (typeof completionShells)[number];

/** What a flag's value is, for completion. */
export type ValueKind =
  | { kind: 'file' }
  | { kind: 'dir' }
  | { kind: 'free' }
  | { kind: 'namespace' }
  | { kind: 'context' }
  | { kind: 'output' }
  | { kind: 'rule' }
  | { kind: 'choices'; values: readonly string[] };

export interface FlagSpec {
  name: string;
  alias?: string;
  /** i18n key of its description. */
  describe: string;
  /** Undefined for a boolean flag. */
  value?: ValueKind;
}

export type PositionalKind = 'windows-node' | 'pod' | 'rule-id' | 'shell';

export interface CommandSpec {
  name: string;
  describe: string;
  positional?: PositionalKind;
  flags: readonly FlagSpec[];
}

const free: ValueKind = { kind: 'free' };

export const globalFlags: readonly FlagSpec[] = [
  { name: 'kubeconfig', describe: 'cli.opt.kubeconfig', value: { kind: 'file' } },
  { name: 'context', describe: 'cli.opt.context', value: { kind: 'context' } },
  { name: 'request-timeout', describe: 'cli.opt.requestTimeout', value: free },
  { name: 'server', alias: 's', describe: 'cli.opt.server', value: free },
  { name: 'user', describe: 'cli.opt.user', value: free },
  { name: 'cluster', describe: 'cli.opt.cluster', value: free },
  { name: 'token', describe: 'cli.opt.token', value: free },
  { name: 'as', describe: 'cli.opt.as', value: free },
  { name: 'as-group', describe: 'cli.opt.asGroup', value: free },
  { name: 'as-uid', describe: 'cli.opt.asUid', value: free },
  { name: 'certificate-authority', describe: 'cli.opt.certificateAuthority', value: { kind: 'file' } },
  { name: 'client-certificate', describe: 'cli.opt.clientCertificate', value: { kind: 'file' } },
  { name: 'client-key', describe: 'cli.opt.clientKey', value: { kind: 'file' } },
  { name: 'insecure-skip-tls-verify', describe: 'cli.opt.insecureSkipTlsVerify' },
  { name: 'tls-server-name', describe: 'cli.opt.tlsServerName', value: free },
  { name: 'from', describe: 'cli.opt.from', value: { kind: 'file' } },
  { name: 'from-max-size', describe: 'cli.opt.fromMaxSize', value: free },
  { name: 'from-max-depth', describe: 'cli.opt.fromMaxDepth', value: free },
  { name: 'from-max-string', describe: 'cli.opt.fromMaxString', value: free },
  { name: 'from-max-items', describe: 'cli.opt.fromMaxItems', value: free },
  { name: 'from-max-object', describe: 'cli.opt.fromMaxObject', value: free },
  { name: 'namespace', alias: 'n', describe: 'cli.opt.namespace', value: { kind: 'namespace' } },
  { name: 'all-namespaces', alias: 'A', describe: 'cli.opt.allNamespaces' },
  { name: 'selector', alias: 'l', describe: 'cli.opt.selector', value: free },
  { name: 'config', describe: 'cli.opt.config', value: { kind: 'file' } },
  { name: 'output', alias: 'o', describe: 'cli.opt.output', value: { kind: 'output' } },
  { name: 'color', describe: 'cli.opt.color' },
  { name: 'no-color', describe: 'cli.opt.color' },
  { name: 'lang', describe: 'cli.opt.lang', value: { kind: 'choices', values: supportedLanguages } },
  { name: 'verbose', alias: 'v', describe: 'cli.opt.verbose' },
  { name: 'help', alias: 'h', describe: 'cli.help.showHelp' },
];

const probeFlags: readonly FlagSpec[] = [
  { name: 'probe', describe: 'cli.opt.probe' },
  { name: 'probe-image', describe: 'cli.opt.probeImage', value: free },
  { name: 'probe-namespace', describe: 'cli.opt.probeNamespace', value: { kind: 'namespace' } },
  { name: 'probe-timeout', describe: 'cli.opt.probeTimeout', value: free },
  { name: 'dry-run', describe: 'cli.opt.dryRun' },
];

const failOn: FlagSpec = { name: 'fail-on', describe: 'cli.opt.failOn', value: { kind: 'choices', values: failOnLevels } };

/** What narrows a diagnosis (node, pod, check). */
const filterFlags: readonly FlagSpec[] = [
  { name: 'rule', describe: 'cli.opt.rule', value: { kind: 'rule' } },
  { name: 'skip-rule', describe: 'cli.opt.skipRule', value: { kind: 'rule' } },
  { name: 'severity', describe: 'cli.opt.severity', value: { kind: 'choices', values: ['error', 'warning', 'info'] } },
  { name: 'stuck-after', describe: 'cli.opt.stuckAfter', value: free },
  { name: 'max-affected', describe: 'cli.opt.maxAffected', value: free },
];

export const commandSpecs: readonly CommandSpec[] = [
  { name: 'nodes', describe: 'cli.nodes.describe', flags: [] },
  { name: 'node', describe: 'cli.node.describe', positional: 'windows-node', flags: [...probeFlags, failOn, ...filterFlags] },
  { name: 'pod', describe: 'cli.pod.describe', positional: 'pod', flags: [...probeFlags, failOn, ...filterFlags] },
  {
    name: 'check',
    describe: 'cli.check.describe',
    flags: [
      ...probeFlags,
      failOn,
      ...filterFlags,
      { name: 'concurrency', describe: 'cli.opt.concurrency', value: free },
      { name: 'probe-mode', describe: 'cli.opt.probeMode', value: { kind: 'choices', values: ['auto', 'pods', 'daemonset'] } },
      { name: 'canary', describe: 'cli.opt.canary' },
      { name: 'canary-image', describe: 'cli.opt.canaryImage', value: free },
      { name: 'allow-empty', describe: 'cli.opt.allowEmpty' },
    ],
  },
  { name: 'explain', describe: 'cli.explain.describe', positional: 'rule-id', flags: [] },
  { name: 'rules', describe: 'cli.rules.describe', flags: [] },
  {
    name: 'collect',
    describe: 'cli.collect.describe',
    positional: 'windows-node',
    flags: [
      { name: 'output-dir', describe: 'cli.opt.outputDir', value: { kind: 'dir' } },
      ...probeFlags.filter((f) => f.name !== 'probe' && f.name !== 'dry-run'),
    ],
  },
  { name: 'cleanup', describe: 'cli.cleanup.describe', flags: [{ name: 'dry-run', describe: 'cli.opt.cleanupDryRun' }] },
  {
    name: 'shell',
    describe: 'cli.shell.describe',
    positional: 'windows-node',
    flags: [
      { name: 'image', describe: 'cli.opt.shellImage', value: free },
      { name: 'command', describe: 'cli.opt.shellCommand', value: free },
      { name: 'dry-run', describe: 'cli.opt.shellDryRun' },
      { name: 'probe-timeout', describe: 'cli.opt.probeTimeout', value: free },
    ],
  },
  { name: 'completion', describe: 'cli.completion.describe', positional: 'shell', flags: [] },
];

/** Where dynamic names come from; the CLI's implementation asks the cluster with a short timeout. */
export interface CompletionSources {
  windowsNodes(scope: CompletionScope): Promise<string[]>;
  pods(scope: CompletionScope): Promise<string[]>;
  namespaces(scope: CompletionScope): Promise<string[]>;
  contexts(scope: CompletionScope): Promise<string[]>;
  /** Rule ids, each optionally followed by a tab and its title. */
  ruleIds(): Promise<string[]>;
}

/** The cluster-selecting flags already typed on the line. */
export interface CompletionScope {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  from?: string;
  /** kubectl's authentication flags (--server, --token, --as, ...), as the commands read them. */
  auth?: AuthFlags;
}

/** The authentication flags, named as in GlobalArgs. */
export type AuthFlags = Partial<Record<'server' | 'user' | 'cluster' | 'token' | 'as' | 'asUid' | 'certificateAuthority' | 'clientCertificate' | 'clientKey' | 'tlsServerName', string>> & {
  asGroup?: string[];
  insecureSkipTlsVerify?: boolean;
};

const authFlagNames = new Set(['server', 'user', 'cluster', 'token', 'as', 'as-uid', 'certificate-authority', 'client-certificate', 'client-key', 'tls-server-name']);

function camelCase(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

export interface Completion {
  items: string[];
  directive: number;
}

interface ParsedLine {
  command?: CommandSpec;
  positionals: number;
  scope: CompletionScope;
  /** A flag typed as the previous word that still waits for its value. */
  pendingFlag?: FlagSpec;
  /** Everything after a bare "--" is positional. */
  afterDoubleDash: boolean;
}

function flagsOf(command: CommandSpec | undefined): readonly FlagSpec[] {
  return command ? [...command.flags, ...globalFlags] : globalFlags;
}

function findFlag(flags: readonly FlagSpec[], word: string): FlagSpec | undefined {
  if (word.startsWith('--')) {
    const name = word.slice(2).split('=')[0]!;
    return flags.find((f) => f.name === name);
  }
  if (word.startsWith('-') && word.length >= 2) return flags.find((f) => f.alias === word[1]);
  return undefined;
}

/** A flag word that carries its own value: --output=json, -ojson. */
function inlineValue(word: string): string | undefined {
  if (word.startsWith('--')) {
    const equals = word.indexOf('=');
    return equals === -1 ? undefined : word.slice(equals + 1);
  }
  return word.length > 2 ? word.slice(2).replace(/^=/, '') : undefined;
}

function recordScope(scope: CompletionScope, flag: FlagSpec, value: string): void {
  if (authFlagNames.has(flag.name)) (scope.auth ??= {})[camelCase(flag.name) as Exclude<keyof AuthFlags, 'asGroup' | 'insecureSkipTlsVerify'>] = value;
  else if (flag.name === 'as-group') ((scope.auth ??= {}).asGroup ??= []).push(value);
  else if (flag.name === 'kubeconfig') scope.kubeconfig = value;
  else if (flag.name === 'context') scope.context = value;
  else if (flag.name === 'namespace') scope.namespace = value;
  else if (flag.name === 'from') scope.from = value;
}

export function parseLine(words: readonly string[]): ParsedLine {
  const line: ParsedLine = { positionals: 0, scope: {}, afterDoubleDash: false };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (line.afterDoubleDash || !word.startsWith('-') || word === '-') {
      if (!line.command && !line.afterDoubleDash) {
        line.command = commandSpecs.find((c) => c.name === word);
        if (line.command) continue;
      }
      line.positionals += 1;
      continue;
    }
    if (word === '--') {
      line.afterDoubleDash = true;
      continue;
    }
    const flag = findFlag(flagsOf(line.command), word);
    if (flag?.name === 'insecure-skip-tls-verify' && !word.endsWith('=false')) (line.scope.auth ??= {}).insecureSkipTlsVerify = true;
    if (!flag?.value) continue;
    const inline = inlineValue(word);
    if (inline !== undefined) {
      recordScope(line.scope, flag, inline);
      continue;
    }
    if (i + 1 < words.length) {
      recordScope(line.scope, flag, words[i + 1]!);
      i += 1;
    } else {
      line.pendingFlag = flag;
    }
  }
  return line;
}

function withPrefix(values: readonly string[], prefix: string): string[] {
  return values.filter((v) => v.startsWith(prefix));
}

/** The -o formats a command accepts (none for shell, collect, completion); every format when no command is typed yet. */
function outputFormatsOf(command: CommandSpec | undefined): string[] {
  if (!command) return [...new Set(Object.values(commandOutputs).flat())];
  return command.name in commandOutputs ? [...commandOutputs[command.name as keyof typeof commandOutputs]] : [];
}

function described(value: string, describeKey: string, command?: CommandSpec): string {
  const text = t(describeKey, { formats: outputFormatsOf(command).join('|'), langs: supportedLanguages.join('|') }).replace(/\s+/g, ' ').trim();
  return text ? `${value}\t${text}` : value;
}

/** Values of a flag: never fails, an unreachable cluster just offers nothing. */
async function flagValues(flag: FlagSpec, line: ParsedLine, sources: CompletionSources): Promise<{ values: string[]; directive: number }> {
  const value = flag.value!;
  const none = Directive.noFileComp;
  switch (value.kind) {
    case 'file':
      return { values: [], directive: Directive.default };
    case 'dir':
      return { values: [], directive: Directive.filterDirs };
    case 'free':
      return { values: [], directive: none };
    case 'choices':
      return { values: [...value.values], directive: none };
    case 'output':
      return { values: outputFormatsOf(line.command), directive: none };
    case 'namespace':
      return { values: await sources.namespaces(line.scope), directive: none };
    case 'rule':
      return { values: await sources.ruleIds(), directive: none };
    case 'context':
      return { values: await sources.contexts(line.scope), directive: none };
  }
}

async function positionalValues(kind: PositionalKind, line: ParsedLine, sources: CompletionSources): Promise<string[]> {
  switch (kind) {
    case 'windows-node':
      return sources.windowsNodes(line.scope);
    case 'pod':
      return sources.pods(line.scope);
    case 'rule-id':
      return sources.ruleIds();
    case 'shell':
      return [...completionShells];
  }
}

/**
 * Completes the last word of `words` (the words after "windbg"; the last one may be empty).
 * Candidates are filtered by what was typed; descriptions follow a tab.
 */
export async function complete(words: readonly string[], sources: CompletionSources): Promise<Completion> {
  const typed = words.length > 0 ? words[words.length - 1]! : '';
  const line = parseLine(words.slice(0, -1));

  if (line.pendingFlag) {
    const { values, directive } = await flagValues(line.pendingFlag, line, sources);
    return { items: withPrefix(values, typed), directive };
  }

  if (typed.startsWith('-') && !line.afterDoubleDash) {
    const flags = flagsOf(line.command);
    const equals = typed.indexOf('=');
    if (typed.startsWith('--') && equals !== -1) {
      const flag = findFlag(flags, typed);
      if (!flag?.value) return { items: [], directive: Directive.noFileComp };
      const { values, directive } = await flagValues(flag, line, sources);
      const head = typed.slice(0, equals + 1);
      return { items: withPrefix(values, typed.slice(equals + 1)).map((v) => `${head}${v}`), directive };
    }
    const names = flags.flatMap((f) => {
      const long = described(`--${f.name}`, f.describe, line.command);
      return f.alias && !typed.startsWith('--') ? [long, described(`-${f.alias}`, f.describe, line.command)] : [long];
    });
    return { items: names.filter((n) => n.startsWith(typed)), directive: Directive.noFileComp };
  }

  if (!line.command) {
    if (line.positionals > 0) return { items: [], directive: Directive.noFileComp };
    const items = commandSpecs.map((c) => described(c.name, c.describe)).filter((c) => c.startsWith(typed));
    return { items, directive: Directive.noFileComp };
  }

  const { positional } = line.command;
  if (positional === undefined || line.positionals > 0) return { items: [], directive: Directive.noFileComp };
  return { items: withPrefix(await positionalValues(positional, line, sources), typed), directive: Directive.noFileComp };
}

/**
 * The answer as kubectl reads it: one candidate per line, then ":<directive>". Candidates quote the
 * kubeconfig (context names) and the cluster: a line break in one cannot add a candidate, nor a
 * control character reach the terminal the shell lists them on; the tab before a description stays.
 */
export function formatCompletion(completion: Completion): string {
  return [...completion.items.map(safeCandidate), `:${completion.directive}`].join('\n') + '\n';
}

function safeCandidate(item: string): string {
  const tab = item.indexOf('\t');
  return tab < 0 ? terminalSafe(item) : `${terminalSafe(item.slice(0, tab))}\t${terminalSafe(item.slice(tab + 1))}`;
}
