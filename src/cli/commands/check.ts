import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, sourceOptions, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { ExitCode } from '../../errors.js';
import { cliUi } from '../ui.js';
import { renderCheck, writeOutput } from '../render.js';
import { probeFlagsUsed, withFailOn, withFilterFlags, withProbeFlags, type FilterArgs, type ProbeArgs } from '../probe-flags.js';

export interface CheckArgs extends GlobalArgs, ProbeArgs, FilterArgs {
  failOn: FailOn;
  allowEmpty?: boolean;
  concurrency: number;
  probeMode: 'auto' | 'pods' | 'daemonset';
  canary?: boolean;
  canaryImage?: string;
}

export function checkCommand(io: CliIO, state: RunState): CommandModule<GlobalArgs, CheckArgs> {
  return {
    command: 'check',
    describe: t('cli.check.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      withFilterFlags(withFailOn(withProbeFlags(y), 'error'))
        .option('allow-empty', { type: 'boolean', describe: t('cli.opt.allowEmpty'), group: t('cli.group.output') })
        .option('concurrency', { type: 'number', default: 10, describe: t('cli.opt.concurrency'), group: t('cli.group.probe') })
        .option('probe-mode', { choices: ['auto', 'pods', 'daemonset'] as const, default: 'auto' as const, describe: t('cli.opt.probeMode'), group: t('cli.group.probe') })
        .option('canary', { type: 'boolean', describe: t('cli.opt.canary'), group: t('cli.group.probe') })
        .option('canary-image', { type: 'string', describe: t('cli.opt.canaryImage'), group: t('cli.group.probe') })
        .example('$0 check -o junit > windbg.xml', '')
        .example('$0 check --probe --canary --fail-on warning', '') as unknown as Argv<CheckArgs>,
    handler: async (args: ArgumentsCamelCase<CheckArgs>) => {
      const output = outputFor(args, 'check', commandOutputs.check, 'table');
      const used = probeFlagsUsed(args);
      // --probe-mode has a default, so only an explicit non-default value counts as "given" offline.
      rejectProbeFlagsOffline(args, { ...used, 'probe-mode': args.probeMode === 'auto' ? undefined : args.probeMode });
      const { runCheck } = await import('../../app/pipelines.js');
      const outcome = await runCheck(
        {
          source: sourceOptions(args),
          narrowing: args,
          selector: args.selector,
          namespace: args.namespace !== undefined && !args.allNamespaces ? args.namespace : undefined,
          probe: args,
          clusterName: args.context,
          placement: output === 'html',
        },
        cliUi(io, args.verbose === true),
      );
      if (outcome.kind === 'dry-run') {
        io.stdout(outcome.text);
        return;
      }
      const { report, checkedNothing } = outcome.report;
      writeOutput(io, await renderCheck(report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(report.result.findings, args.failOn);
      if (checkedNothing !== undefined && !args.allowEmpty) {
        // A green CI run must mean something was checked.
        io.stderr(`error: ${t('cli.error.checkedNothing', { why: checkedNothing })} ${t('cli.hint.allowEmpty')}\n`);
        state.exitCode = ExitCode.findings;
      }
    },
  };
}
