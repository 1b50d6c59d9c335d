import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { CliIO, RunState } from '../io.js';
import { useColor, sourceOptions } from '../options.js';
import type { GlobalArgs } from '../options.js';
import { openCluster } from '../../app/session.js';
import { cliUi } from '../ui.js';
import { terminalSafe } from '../../report/sanitize.js';

export interface CollectArgs extends GlobalArgs {
  name: string;
  outputDir?: string;
  probeImage?: string;
  probeNamespace?: string;
  probeTimeout?: string;
}

export function collectCommand(io: CliIO, state: RunState): CommandModule<GlobalArgs, CollectArgs> {
  return {
    command: 'collect <name>',
    describe: t('cli.collect.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      y
        .positional('name', { type: 'string', demandOption: true, describe: t('cli.node.name') })
        .option('output-dir', { type: 'string', describe: t('cli.opt.outputDir') })
        .option('probe-image', { type: 'string', describe: t('cli.opt.probeImage'), group: t('cli.group.probe') })
        .option('probe-namespace', { type: 'string', describe: t('cli.opt.probeNamespace'), group: t('cli.group.probe') })
        .option('probe-timeout', { type: 'string', describe: t('cli.opt.probeTimeout'), group: t('cli.group.probe') }) as unknown as Argv<CollectArgs>,
    handler: async (args: ArgumentsCamelCase<CollectArgs>) => {
      if (args.from !== undefined) throw new UsageError(t('cli.error.probeOffline', { flags: 'collect' }));
      if (args.output !== undefined) throw new UsageError(t('cli.error.badOutput', { output: args.output, command: 'collect', formats: '(none; use --output-dir)' }));
      const name = String(args.name);
      const client = await openCluster(sourceOptions(args));
      const probing = await import('../../app/probing.js');
      const outcome = await probing.collectNode(client, name, args.outputDir ?? io.cwd, args, cliUi(io, args.verbose === true));
      for (const note of outcome.notes) io.stderr(`${t('cli.note', { note: terminalSafe(note) })}\n`);
      if (outcome.ok) {
        io.stdout(`${t('cli.collect.written', { path: outcome.path })}\n`);
        return;
      }
      // The probe pod could not start: that is a diagnosis, printed like any other report.
      const [{ renderTextReport }, { renderedReport }] = await Promise.all([import('../../report/text.js'), import('../../report/model.js')]);
      const finding = outcome.finding;
      const summary = { error: 0, warning: 0, info: 0, [finding.severity]: 1 };
      const result = { findings: [finding], needsProbe: [], notes: [], summary, checked: { nodes: 1, pods: 0 } };
      io.stdout(renderTextReport(renderedReport({ target: { kind: 'Node', name }, result }), { color: useColor(args, io) }));
      state.exitCode = 1;
    },
  };
}
