import type { ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import { commandOutputs, outputFor, sourceOptions, type GlobalArgs } from '../options.js';
import { cliUi } from '../ui.js';
import { renderData, writeOutput } from '../render.js';
import { terminalSafe } from '../../report/sanitize.js';

export function nodesCommand(io: CliIO): CommandModule<GlobalArgs, GlobalArgs> {
  return {
    command: 'nodes',
    describe: t('cli.nodes.describe'),
    handler: async (args: ArgumentsCamelCase<GlobalArgs>) => {
      const output = outputFor(args, 'nodes', commandOutputs.nodes, 'table');
      const [{ runNodes }, nodesReport] = await Promise.all([import('../../app/pipelines.js'), import('../../report/nodes.js')]);
      const { rows, groups, notes } = await runNodes(
        { source: sourceOptions(args), selector: args.selector, namespace: args.allNamespaces ? undefined : args.namespace },
        cliUi(io, args.verbose === true),
      );
      if (output === 'json' || output === 'yaml') writeOutput(io, await renderData(nodesReport.nodesDocument(rows, groups), output));
      else io.stdout(nodesReport.renderNodesTable(rows, output === 'wide', groups));
      if (rows.length > 0 && notes.length > 0 && (output === 'table' || output === 'wide')) {
        const { renderText } = await import('../../report/localize.js');
        for (const note of notes) io.stderr(`${t('cli.note', { note: terminalSafe(renderText(note)) })}\n`);
      }
    },
  };
}
