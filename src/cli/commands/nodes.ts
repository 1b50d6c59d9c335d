import type { ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { CliIO } from '../io.js';
import { commandOutputs, outputFor, type GlobalArgs } from '../options.js';
import { gather, loadRunConfig, runDiagnosis } from '../gather.js';
import { renderData, writeOutput } from '../render.js';

export function nodesCommand(io: CliIO): CommandModule<GlobalArgs, GlobalArgs> {
  return {
    command: 'nodes',
    describe: t('cli.nodes.describe'),
    handler: async (args: ArgumentsCamelCase<GlobalArgs>) => {
      const output = outputFor(args, 'nodes', commandOutputs.nodes, 'table');
      const config = await loadRunConfig(args, io);
      const { snapshot: collected } = await gather(args, io, {
        nodeLabelSelector: args.selector,
        namespace: args.allNamespaces ? undefined : args.namespace,
      });
      const [{ filterSnapshot }, { buildView }, { defaultThresholds }, shape, nodesReport] = await Promise.all([
        import('../../config/config.js'),
        import('../../engine/build-view.js'),
        import('../../engine/result.js'),
        import('../shape.js'),
        import('../../report/nodes.js'),
      ]);
      const snapshot = filterSnapshot(collected, config);
      const result = await runDiagnosis({ snapshot, config });
      const now = new Date(snapshot.collectedAt);
      const view = buildView(snapshot, { ...defaultThresholds, ...config?.thresholds }, now);
      const rows = shape.nodeSummaries(view, result, now);
      if (output === 'json' || output === 'yaml') writeOutput(io, await renderData(nodesReport.nodesDocument(rows), output));
      else io.stdout(nodesReport.renderNodesTable(rows, output === 'wide'));
      if (rows.length > 0 && result.notes.length > 0 && (output === 'table' || output === 'wide')) {
        const { renderText } = await import('../../report/localize.js');
        for (const note of result.notes) io.stderr(`${t('cli.note', { note: renderText(note) })}\n`);
      }
    },
  };
}
