import type { ArgumentsCamelCase, CommandModule } from 'yargs';
import { language, t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import { commandOutputs, outputFor, type GlobalArgs } from '../options.js';
import { renderData, writeOutput } from '../render.js';

export function rulesCommand(io: CliIO): CommandModule<GlobalArgs, GlobalArgs> {
  return {
    command: 'rules',
    describe: t('cli.rules.describe'),
    handler: async (args: ArgumentsCamelCase<GlobalArgs>) => {
      const output = outputFor(args, 'rules', commandOutputs.rules, 'table');
      // The table generated at build time: listing the catalogue loads none of the cause folders.
      const [{ catalogueSummaries }, catalog] = await Promise.all([import('../catalogue-index.js'), import('../../report/catalog.js')]);
      const summaries = await catalogueSummaries(language());
      if (output === 'table') io.stdout(catalog.renderRulesTable(summaries));
      else writeOutput(io, await renderData(catalog.rulesDocument(summaries), output));
    },
  };
}
