/**
 * kubectl windbg: entry point. Parses the command line, runs one command, and maps whatever it
 * throws to an exit code and one line on stderr. This is the only place that ends the process.
 *
 * Cold start matters (shell completion, `--version` in scripts): nothing heavy is imported here.
 * The Kubernetes client, yaml, ora, cli-table3, the engine and the probes are loaded with
 * `await import()` inside the handlers that need them.
 */
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import type { Argv, CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ExitCode, UsageError, isWindbgError } from '../errors.js';
import { setLanguage, supportedLanguages, t } from '../i18n/index.js';
import { terminalSafe } from '../report/sanitize.js';
import type { CliIO, RunState } from './io.js';
import { completionLanguage, langFlag, languageFromEnv, resolveLanguage } from './lang.js';
import { outputFormats, type GlobalArgs } from './options.js';
import { checkCommand } from './commands/check.js';
import { cleanupCommand } from './commands/cleanup.js';
import { collectCommand } from './commands/collect.js';
import { explainCommand } from './commands/explain.js';
import { nodeCommand } from './commands/node.js';
import { nodesCommand } from './commands/nodes.js';
import { podCommand } from './commands/pod.js';
import { rulesCommand } from './commands/rules.js';
import { completionCommand } from './commands/completion.js';
import { shellCommand } from './commands/shell.js';

const commandNames = ['nodes', 'node', 'pod', 'check', 'explain', 'rules', 'collect', 'cleanup', 'shell', 'completion'];

/** What each command takes besides flags, as its usage line shows it. */
const commandArguments: Readonly<Record<string, string>> = {
  node: '<name>',
  pod: '<name>',
  explain: '<text|rule-id>',
  collect: '<name>',
  shell: '<name>',
  completion: 'bash|zsh|fish|powershell',
};

/** kubectl's completion runs `kubectl_complete-windbg <words...>` found on PATH. */
export function isCompletionExecutable(argv1: string | undefined): boolean {
  return argv1 !== undefined && basename(argv1).startsWith('kubectl_complete-windbg');
}

/** Answers one completion request (see complete.ts); a failure offers nothing rather than an error. */
async function runCompletion(words: readonly string[], io: CliIO): Promise<number> {
  const [{ complete, formatCompletion, Directive }, { clusterCompletionSources }] = await Promise.all([
    import('./complete.js'),
    import('./complete-sources.js'),
  ]);
  try {
    io.stdout(formatCompletion(await complete(words, clusterCompletionSources({ env: { ...io.env } }))));
  } catch {
    io.stdout(formatCompletion({ items: [], directive: Directive.noFileComp }));
  }
  return ExitCode.ok;
}

/** kubectl runs plugins as `kubectl-windbg` found on PATH and sets KUBECTL_PLUGINS_CALLER. */
export function isPluginInvocation(argv1: string | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['KUBECTL_PLUGINS_CALLER']) return true;
  return argv1 !== undefined && basename(argv1).startsWith('kubectl-windbg');
}

export function scriptNameFor(argv1: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return isPluginInvocation(argv1, env) ? 'kubectl windbg' : 'kubectl-windbg';
}

/** yargs' own --help labels, in the output language (its locale files are not in the bundle). */
const helpLabels: Readonly<Record<string, string>> = {
  'Commands:': 'cli.help.commands',
  'Options:': 'cli.help.options',
  'Positionals:': 'cli.help.positionals',
  'Examples:': 'cli.help.examples',
  'Show help': 'cli.help.showHelp',
  'Show version number': 'cli.help.showVersion',
  boolean: 'cli.help.boolean',
  string: 'cli.help.string',
  number: 'cli.help.number',
  array: 'cli.help.array',
  count: 'cli.help.count',
  required: 'cli.help.required',
  default: 'cli.help.default',
  'default:': 'cli.help.defaultColon',
  'choices:': 'cli.help.choices',
  'aliases:': 'cli.help.aliases',
  deprecated: 'cli.help.deprecated',
};

function localizedHelpLabels(): Record<string, string> {
  return Object.fromEntries(Object.entries(helpLabels).map(([label, key]) => [label, t(key)]));
}

/** The command modules, in the order --help lists them. */
function commandModules(io: CliIO, state: RunState): CommandModule<GlobalArgs, GlobalArgs>[] {
  const modules = [
    nodesCommand(io),
    nodeCommand(io, state),
    podCommand(io, state),
    checkCommand(io, state),
    explainCommand(io),
    rulesCommand(io),
    collectCommand(io, state),
    cleanupCommand(io),
    shellCommand(io, state),
    completionCommand(io),
  ];
  // Each module narrows its own arguments; yargs only needs them as modules over the global flags.
  return modules as unknown as CommandModule<GlobalArgs, GlobalArgs>[];
}

/** Builds the parser; exported for tests, which run it against captured IO. */
export function buildParser(argv: readonly string[], io: CliIO, state: RunState): Argv<GlobalArgs> {
  const parser = yargs([...argv])
    .scriptName(state.scriptName)
    .locale('en')
    .detectLocale(false)
    .updateStrings(localizedHelpLabels())
    .usage(t('cli.usage', { name: state.scriptName }))
    .option('kubeconfig', { type: 'string', global: true, describe: t('cli.opt.kubeconfig'), group: t('cli.group.cluster') })
    .option('context', { type: 'string', global: true, describe: t('cli.opt.context'), group: t('cli.group.cluster') })
    .option('request-timeout', { type: 'string', global: true, describe: t('cli.opt.requestTimeout'), group: t('cli.group.cluster') })
    .option('server', { alias: 's', type: 'string', global: true, describe: t('cli.opt.server'), group: t('cli.group.cluster') })
    .option('user', { type: 'string', global: true, describe: t('cli.opt.user'), group: t('cli.group.cluster') })
    .option('cluster', { type: 'string', global: true, describe: t('cli.opt.cluster'), group: t('cli.group.cluster') })
    .option('token', { type: 'string', global: true, describe: t('cli.opt.token'), group: t('cli.group.cluster') })
    .option('as', { type: 'string', global: true, describe: t('cli.opt.as'), group: t('cli.group.cluster') })
    .option('as-group', { type: 'string', array: true, global: true, describe: t('cli.opt.asGroup'), group: t('cli.group.cluster') })
    .option('as-uid', { type: 'string', global: true, describe: t('cli.opt.asUid'), group: t('cli.group.cluster') })
    .option('certificate-authority', { type: 'string', global: true, describe: t('cli.opt.certificateAuthority'), group: t('cli.group.cluster') })
    .option('client-certificate', { type: 'string', global: true, describe: t('cli.opt.clientCertificate'), group: t('cli.group.cluster') })
    .option('client-key', { type: 'string', global: true, describe: t('cli.opt.clientKey'), group: t('cli.group.cluster') })
    .option('insecure-skip-tls-verify', { type: 'boolean', global: true, describe: t('cli.opt.insecureSkipTlsVerify'), group: t('cli.group.cluster') })
    .option('tls-server-name', { type: 'string', global: true, describe: t('cli.opt.tlsServerName'), group: t('cli.group.cluster') })
    .option('from', { type: 'string', global: true, describe: t('cli.opt.from'), group: t('cli.group.cluster') })
    .option('from-max-size', { type: 'string', global: true, describe: t('cli.opt.fromMaxSize'), group: t('cli.group.cluster') })
    .option('from-max-depth', { type: 'string', global: true, describe: t('cli.opt.fromMaxDepth'), group: t('cli.group.cluster') })
    .option('from-max-string', { type: 'string', global: true, describe: t('cli.opt.fromMaxString'), group: t('cli.group.cluster') })
    .option('from-max-items', { type: 'string', global: true, describe: t('cli.opt.fromMaxItems'), group: t('cli.group.cluster') })
    .option('from-max-object', { type: 'string', global: true, describe: t('cli.opt.fromMaxObject'), group: t('cli.group.cluster') })
    .option('namespace', { alias: 'n', type: 'string', global: true, describe: t('cli.opt.namespace'), group: t('cli.group.select') })
    .option('all-namespaces', { alias: 'A', type: 'boolean', global: true, describe: t('cli.opt.allNamespaces'), group: t('cli.group.select') })
    .option('selector', { alias: 'l', type: 'string', global: true, describe: t('cli.opt.selector'), group: t('cli.group.select') })
    .option('config', { type: 'string', global: true, describe: t('cli.opt.config'), group: t('cli.group.select') })
    .option('output', {
      alias: 'o',
      type: 'string',
      global: true,
      describe: t('cli.opt.output', { formats: outputFormats.join('|') }),
      group: t('cli.group.output'),
    })
    .option('color', { type: 'boolean', global: true, default: true, describe: t('cli.opt.color'), group: t('cli.group.output') })
    .option('lang', { type: 'string', global: true, describe: t('cli.opt.lang', { langs: supportedLanguages.join('|') }), group: t('cli.group.output') })
    .option('verbose', { alias: 'v', type: 'boolean', global: true, describe: t('cli.opt.verbose'), group: t('cli.group.output') })
    .command(commandModules(io, state))
    .demandCommand(1, t('cli.error.noCommand'))
    .strict()
    .help('help')
    .alias('help', 'h')
    .version('version', t('cli.opt.version'), __WINDBG_VERSION__)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .epilogue(t('cli.epilogue'))
    .fail((message: string | undefined, error: Error | undefined) => {
      if (error) throw error;
      throw new UsageError(usageMessage(message ?? '', argv, state.scriptName), { hint: t('cli.hint.help', { name: state.scriptName }) });
    });
  skipHelpRenderedAtEveryCommand(parser);
  return parser as unknown as Argv<GlobalArgs>;
}

interface YargsUsageInternals {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * Before it runs a command's handler, yargs renders that command's whole --help text and keeps it,
 * in case the handler asks for the help later. No handler here does (usage errors go through
 * .fail() as a UsageError), and laying out the help of every global flag costs more than the rest
 * of a `rules` start, on every command. The help itself (--help, no command) is unaffected.
 */
function skipHelpRenderedAtEveryCommand(parser: unknown): void {
  const usage = (parser as YargsUsageInternals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** yargs' validation messages, turned into one sentence that names what was wrong. */
export function usageMessage(message: string, argv: readonly string[], scriptName = 'kubectl windbg'): string {
  const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
  const positionals = argv.filter((a) => !a.startsWith('-'));
  const command = positionals.find((p) => commandNames.includes(p));
  const usage = command === undefined ? scriptName : `${scriptName} ${command} ${commandArguments[command] ?? ''}`.trimEnd();
  if (/^Not enough non-option arguments/.test(oneLine) && command !== undefined) {
    return t('cli.error.missingArgument', { command, argument: commandArguments[command] ?? '', usage });
  }
  const choice = /Argument: ([^,]+), Given: (.+?), Choices: (.+)$/.exec(oneLine);
  if (choice) return t('cli.error.invalidChoice', { flag: `--${choice[1]!}`, value: choice[2]!, choices: choice[3]! });
  const unknown = /^Unknown arguments?: (.+)$/.exec(oneLine);
  if (!unknown) return oneLine;
  const names = unknown[1]!.split(', ').map((s) => s.trim());
  const firstPositional = positionals[0];
  if (firstPositional !== undefined && names.includes(firstPositional) && !commandNames.includes(firstPositional)) {
    return t('cli.error.unknownCommand', { command: firstPositional, commands: commandNames.join(', ') });
  }
  const extra = names.filter((n) => positionals.includes(n));
  if (extra.length > 0 && command !== undefined) {
    return t('cli.error.extraArguments', { command, extra: extra.map((e) => `"${e}"`).join(', '), usage });
  }
  const flags = names.map((n) => {
    const raw = argv.find((a) => a === `-${n}` || a === `--${n}` || a.startsWith(`--${n}=`) || a === n);
    return raw?.split('=')[0] ?? (n.length === 1 ? `-${n}` : `--${n}`);
  });
  return t(flags.length === 1 ? 'cli.error.unknownFlag' : 'cli.error.unknownFlags', { flags: flags.join(', ') });
}

function hasVerboseFlag(argv: readonly string[]): boolean {
  return argv.some((a) => a === '-v' || a === '--verbose' || a === '--verbose=true');
}

/**
 * Runs one command line and returns the exit code. The single place where errors become exit
 * codes: typed errors keep theirs, yargs validation is a usage error, anything else is internal.
 */
export async function main(argv: readonly string[], rawIo: CliIO, argv1?: string): Promise<number> {
  // Messages on stderr quote the cluster (API errors, notes, names): nothing in them may drive the terminal.
  // Built on rawIo rather than copied from it, so that fields read on demand stay so (see processIO).
  const io: CliIO = Object.assign(Object.create(rawIo) as CliIO, { stderr: (text: string) => rawIo.stderr(terminalSafe(text, { stream: true })) });
  const state: RunState = {
    exitCode: ExitCode.ok,
    verbose: hasVerboseFlag(argv),
    scriptName: scriptNameFor(argv1, io.env),
  };
  const alreadyRegistered = await registeredProbeObjectKeys();
  try {
    // A TAB never fails: the words on a line being completed may be half typed (--lang ja|, --lang "").
    const completionWords = isCompletionExecutable(argv1) ? argv : argv[0] === '__complete' ? argv.slice(1) : undefined;
    if (completionWords) {
      setLanguage(completionLanguage(langFlag(completionWords.slice(0, -1)), io.env));
      return await runCompletion(completionWords, io);
    }
    // An unsupported --lang is reported in the language of the locale.
    setLanguage(languageFromEnv(io.env));
    setLanguage(resolveLanguage(langFlag(argv), io.env));
    if (argv.length === 0) {
      io.stdout(await buildParser(['--help'], io, state).getHelp() + '\n');
      return ExitCode.ok;
    }
    const parser = buildParser(argv, io, state);
    let output = '';
    await parser.parseAsync([...argv], {}, (error: Error | null | undefined, _args: unknown, text: string) => {
      if (error) throw error;
      output = text;
    });
    if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    return withLeftoverWarnings(state.exitCode, io, state, alreadyRegistered);
  } catch (error) {
    return withLeftoverWarnings(reportError(error, io, state.verbose), io, state, alreadyRegistered);
  }
}

async function registeredProbeObjectKeys(): Promise<Set<string>> {
  const { liveProbeObjects } = await import('../probes/registry.js');
  return new Set(liveProbeObjects().map((o) => `${o.kind}/${o.namespace}/${o.name}`));
}

/**
 * Probe pods and DaemonSets this run created and could not delete (or could not tell whether a
 * create made them): one warning each on stderr naming the cleanup command, and a non-zero exit
 * (3, cluster access) even when the report itself was fine.
 */
async function withLeftoverWarnings(code: number, io: CliIO, state: RunState, before: ReadonlySet<string>): Promise<number> {
  const { forgetLiveProbeObjects, liveProbeObjects } = await import('../probes/registry.js');
  const left = liveProbeObjects().filter((o) => !before.has(`${o.kind}/${o.namespace}/${o.name}`));
  if (left.length === 0) return code;
  for (const o of left) {
    const object = `${o.kind.toLowerCase()} ${o.namespace}/${o.name}`;
    io.stderr(`${t('cli.warning.leftover', { object, reason: oneLine(o.lastError ?? t('cli.warning.leftoverUnknown')), command: `${state.scriptName} cleanup` })}\n`);
  }
  forgetLiveProbeObjects(left);
  return code === ExitCode.ok || code === ExitCode.findings ? ExitCode.clusterAccess : code;
}

function reportError(error: unknown, io: CliIO, verbose: boolean): number {
  if (isWindbgError(error)) {
    io.stderr(`error: ${withHint(oneLine(error.message), error.hint ? oneLine(error.hint) : undefined)}\n`);
    if (verbose && error.stack) io.stderr(`${error.stack}\n`);
    if (verbose && error.cause instanceof Error && error.cause.stack) io.stderr(`cause: ${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`error: ${t('cli.error.internal', { message: oneLine(message) })}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.internal;
}

/** "what went wrong" + "what to try", as one sentence-like line. */
export function withHint(message: string, hint: string | undefined): string {
  if (!hint) return message;
  return /[.!?:;。！？；：]$/.test(message) ? `${message} ${hint}` : `${message}; ${hint}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029\u0085]\s*/g, ' ');
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/**
 * The real process. Node.js creates process.stdin and process.stderr the first time they are
 * read, and that costs milliseconds at every start: they are read when a command needs them.
 */
export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get stderrColumns() {
      return process.stderr.columns;
    },
    env: process.env,
    cwd: process.cwd(),
    get terminal() {
      return { input: process.stdin, output: process.stdout, errors: process.stderr };
    },
  };
}

/** True when this module is the program being run (the bundle, a PATH symlink to it, or the single executable). */
function invokedAsProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  if (basename(script).startsWith('kubectl-windbg') || isCompletionExecutable(script)) return true;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedAsProgram()) {
  void main(hideBin(process.argv), processIO(), process.argv[1]).then((code) => {
    // Let stdout drain before leaving: a piped `-o json` must arrive whole.
    process.stdout.write('', () => process.exit(code));
  });
}
