import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, sourceOptions, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { cliUi } from '../ui.js';
import { renderReport, writeOutput } from '../render.js';
import { probeFlagsUsed, withFailOn, withFilterFlags, withProbeFlags, type FilterArgs, type ProbeArgs } from '../probe-flags.js';


interface NodeArgs extends GlobalArgs, ProbeArgs, FilterArgs {
  name: string;
  failOn: FailOn;
}

export function nodeCommand(io: CliIO, state: RunState): CommandModule<GlobalArgs, NodeArgs> {
  return {
    command: 'node <name>',
    describe: t('cli.node.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      withFilterFlags(withFailOn(withProbeFlags(y.positional('name', { type: 'string', demandOption: true, describe: t('cli.node.name') })), 'never')) as unknown as Argv<NodeArgs>,
    handler: async (args: ArgumentsCamelCase<NodeArgs>) => {
      const output = outputFor(args, 'node', commandOutputs.node, 'table');
      rejectProbeFlagsOffline(args, probeFlagsUsed(args));
      const { runNode } = await import('../../app/pipelines.js');
      const outcome = await runNode(
        { source: sourceOptions(args), narrowing: args, placement: output === 'html', name: String(args.name), namespace: args.namespace, probe: args },
        cliUi(io, args.verbose === true),
      );
      if (outcome.kind === 'dry-run') {
        io.stdout(outcome.text);
        return;
      }
      writeOutput(io, await renderReport(outcome.report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(outcome.report.result.findings, args.failOn);
    },
  };
}
