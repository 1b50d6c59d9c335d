import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { ClusterAccessError, UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { commandOutputs, outputFor, sourceOptions } from '../options.js';
import { openCluster } from '../../app/session.js';
import { renderData, writeOutput } from '../render.js';
import { terminalSafe } from '../../report/sanitize.js';

export interface CleanupArgs extends GlobalArgs {
  dryRun?: boolean;
}

export function cleanupCommand(io: CliIO): CommandModule<GlobalArgs, CleanupArgs> {
  return {
    command: 'cleanup',
    describe: t('cli.cleanup.describe'),
    builder: (y: Argv<GlobalArgs>) =>
      y.option('dry-run', { type: 'boolean', describe: t('cli.opt.cleanupDryRun') }) as unknown as Argv<CleanupArgs>,
    handler: async (args: ArgumentsCamelCase<CleanupArgs>) => {
      if (args.from !== undefined) throw new UsageError(t('cli.error.probeOffline', { flags: 'cleanup' }));
      const output = outputFor(args, 'cleanup', commandOutputs.cleanup, 'table');
      const client = await openCluster(sourceOptions(args));
      const probing = await import('../../app/probing.js');
      const dryRun = args.dryRun === true;
      const outcome = await probing.cleanup(client, { dryRun, namespace: args.allNamespaces ? undefined : args.namespace });
      const leftovers = outcome.objects;
      const unlisted = outcome.kinds.filter((k) => !k.listed);
      if (output !== 'table') {
        writeOutput(io, await renderData({ dryRun, objects: leftovers, kinds: outcome.kinds }, output));
      } else {
        for (const o of leftovers) {
          const params = { kind: o.kind, namespace: terminalSafe(o.namespace), name: terminalSafe(o.name), error: terminalSafe(o.error ?? '') };
          if (o.error) io.stderr(`${t('cli.cleanup.failed', params)}\n`);
          else io.stdout(`${t(dryRun ? 'cli.cleanup.wouldDelete' : 'cli.cleanup.deleted', params)}\n`);
        }
        if (leftovers.length === 0 && unlisted.length === 0) io.stdout(`${t('cli.cleanup.none')}\n`);
        else {
          // Each kind's outcome on its own line; a kind that could not be listed does not stop the other.
          for (const k of outcome.kinds) {
            if (!k.listed) io.stderr(`${t('cli.cleanup.listFailed', { kind: k.kind, error: terminalSafe(k.error ?? '') })}\n`);
            else io.stdout(`${t(dryRun ? 'cli.cleanup.kindSummaryDryRun' : 'cli.cleanup.kindSummary', { kind: k.kind, found: k.found, deleted: k.deleted, failed: k.failed })}\n`);
          }
        }
      }
      if (leftovers.some((o) => o.error) || unlisted.length > 0) throw new ClusterAccessError(t('cli.cleanup.incomplete'));
    },
  };
}
