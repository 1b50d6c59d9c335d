import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { openCluster } from '../gather.js';
import { withProgress } from '../progress.js';

export interface CollectArgs extends GlobalArgs {
  name: string;
  outputDir?: string;
  probeImage?: string;
  probeNamespace?: string;
  probeTimeout?: string;
}

export function collectCommand(io: CliIO): CommandModule<GlobalArgs, CollectArgs> {
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
      const client = await openCluster(args);
      const probing = await import('../probing.js');
      const path = await withProgress(io, args.verbose === true, t('cli.progress.collecting', { name }), () =>
        probing.collectNode(client, name, args.outputDir ?? io.cwd, args, io),
      );
      io.stdout(`${t('cli.collect.written', { path })}\n`);
    },
  };
}
