import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, sourceOptions, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { cliUi } from '../ui.js';
import { renderReport, writeOutput } from '../render.js';
import { probeFlagsUsed, withFailOn, withFilterFlags, withProbeFlags, type FilterArgs, type ProbeArgs } from '../probe-flags.js';


interface PodArgs extends GlobalArgs, ProbeArgs, FilterArgs {
  name: string;
  failOn: FailOn;
}

export function podCommand(io: CliIO, state: RunState): CommandModule<GlobalArgs, PodArgs> {
  return {
    command: 'pod <name>',
    describe: t('cli.pod.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      withFilterFlags(withFailOn(withProbeFlags(y.positional('name', { type: 'string', demandOption: true, describe: t('cli.pod.name') })), 'never')) as unknown as Argv<PodArgs>,
    handler: async (args: ArgumentsCamelCase<PodArgs>) => {
      const output = outputFor(args, 'pod', commandOutputs.pod, 'table');
      rejectProbeFlagsOffline(args, probeFlagsUsed(args));
      const [{ runPod }, { defaultNamespace }] = await Promise.all([import('../../app/pipelines.js'), import('../../app/session.js')]);
      const source = sourceOptions(args);
      const namespace = await defaultNamespace(source, args.namespace);
      const outcome = await runPod({ source, narrowing: args, placement: output === 'html', name: String(args.name), namespace, probe: args }, cliUi(io, args.verbose === true));
      if (outcome.kind === 'dry-run') {
        io.stdout(outcome.text);
        return;
      }
      writeOutput(io, await renderReport(outcome.report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(outcome.report.result.findings, args.failOn);
    },
  };
}
