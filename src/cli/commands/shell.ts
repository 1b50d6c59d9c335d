import { Writable } from 'node:stream';
import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { TtySession } from '../../kube/exec-tty.js';
import type { CliIO, RunState, TerminalIO } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { openCluster } from '../../app/session.js';
import { sourceOptions } from '../options.js';

interface ShellArgs extends GlobalArgs {
  name: string;
  image?: string;
  command?: string;
  dryRun?: boolean;
  probeTimeout?: string;
}

const terminationSignals = ['SIGINT', 'SIGTERM'] as const;

/**
 * The local end of the session: raw keystrokes when stdin is a terminal, size changes forwarded.
 * It remembers whether the remote output left the cursor at the start of a line, so that what
 * windbg says after the session (the pod deleted, the time limit) starts on a line of its own.
 */
function terminalSession(terminal: TerminalIO, tty: boolean): { session: TtySession; restore: () => void; newLineFirst: () => string } {
  let raw = false;
  let atLineStart = true;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (chunk.length > 0) atLineStart = chunk[chunk.length - 1] === 0x0a;
      // Handed on at once: the terminal stream does its own buffering, and nothing waits here at exit.
      terminal.output.write(chunk);
      done();
    },
  });
  const session: TtySession = {
    input: terminal.input,
    output,
    errors: terminal.errors,
    size: () => (terminal.output.columns && terminal.output.rows ? { columns: terminal.output.columns, rows: terminal.output.rows } : undefined),
    onResize: (listener) => {
      terminal.output.on('resize', listener);
      return () => terminal.output.off('resize', listener);
    },
    // Until the session is connected, Ctrl-C stays a signal that deletes the pod and ends the run.
    onConnected: () => {
      if (tty && terminal.input.setRawMode) {
        terminal.input.setRawMode(true);
        raw = true;
        // A signal ends the run once the pod is deleted: the terminal must not stay raw (no echo, no line editing) after it.
        for (const signal of terminationSignals) process.once(signal, leaveRawMode);
      }
    },
  };
  function leaveRawMode(): void {
    for (const signal of terminationSignals) process.off(signal, leaveRawMode);
    if (!raw) return;
    raw = false;
    terminal.input.setRawMode?.(false);
  }
  return {
    session,
    /** A line break when the remote output left the cursor mid-line; what follows then starts a line. */
    newLineFirst: () => {
      const first = atLineStart ? '' : '\n';
      atLineStart = true;
      return first;
    },
    restore: () => {
      leaveRawMode();
      terminal.input.pause();
    },
  };
}

export function shellCommand(io: CliIO, state: RunState): CommandModule<GlobalArgs, ShellArgs> {
  return {
    command: 'shell <name>',
    describe: t('cli.shell.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      y
        .positional('name', { type: 'string', demandOption: true, describe: t('cli.node.name') })
        .option('image', { type: 'string', describe: t('cli.opt.shellImage') })
        .option('command', { type: 'string', describe: t('cli.opt.shellCommand') })
        .option('dry-run', { type: 'boolean', describe: t('cli.opt.shellDryRun') })
        .option('probe-timeout', { type: 'string', describe: t('cli.opt.probeTimeout') })
        .example('$0 shell akswin22-0', '')
        .example('$0 shell akswin22-0 --command "Get-HnsNetwork | Select-Object Name, Type"', '') as unknown as Argv<ShellArgs>,
    handler: async (args: ArgumentsCamelCase<ShellArgs>) => {
      if (args.from !== undefined) throw new UsageError(t('cli.error.probeOffline', { flags: 'shell' }));
      if (args.output !== undefined) throw new UsageError(t('cli.error.badOutput', { output: args.output, command: 'shell', formats: '(none)' }));
      const shell = await import('../../probes/shell.js');
      const name = String(args.name);
      const interactiveTerminal = args.command === undefined && io.terminal?.input.isTTY === true && io.terminal.output.isTTY === true;
      if (args.dryRun) {
        io.stdout(shell.shellDryRun(name, { name: shell.shellPodName(), image: args.image, namespace: args.namespace, command: args.command, tty: interactiveTerminal }));
        return;
      }
      if (!io.terminal) throw new UsageError(t('cli.shell.noTerminal'));
      const { probeTimeoutMs } = await import('../../app/probing.js');
      const startTimeoutMs = await probeTimeoutMs(args.probeTimeout);
      const client = await openCluster(sourceOptions(args));
      const local = terminalSession(io.terminal, interactiveTerminal);
      try {
        state.exitCode = await shell.runNodeShell(client, {
          nodeName: name,
          namespace: args.namespace,
          image: args.image,
          command: args.command,
          tty: interactiveTerminal,
          session: local.session,
          startTimeoutMs,
          // "\n" alone: the terminal turns it into CR LF, in raw mode as well (Node's raw mode keeps that output setting).
          onStatus: (text) => io.stderr(`${local.newLineFirst()}${text}\n`),
        });
      } finally {
        local.restore();
      }
    },
  };
}
