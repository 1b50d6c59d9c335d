import type { ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import { commandOutputs, outputFor, type GlobalArgs } from '../options.js';
import { renderData, writeOutput } from '../render.js';

export function rulesCommand(io: CliIO): CommandModule<GlobalArgs, GlobalArgs> {
  return {
    command: 'rules',
    describe: t('cli.rules.describe'),
    handler: async (args: ArgumentsCamelCase<GlobalArgs>) => {
      const output = outputFor(args, 'rules', commandOutputs.rules, 'table');
      const [{ allRules }, { ruleTitle }, catalog] = await Promise.all([
        import('../../rules/index.js'),
        import('../../i18n/rules.js'),
        import('../../report/catalog.js'),
      ]);
      const summaries = allRules.map((r) => ({ id: r.id, title: ruleTitle(r), area: r.area, severity: r.severity }));
      if (output === 'table') io.stdout(catalog.renderRulesTable(summaries));
      else writeOutput(io, await renderData(catalog.rulesDocument(summaries), output));
    },
  };
}
