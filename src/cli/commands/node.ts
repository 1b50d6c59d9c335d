import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Target } from '../../rules/types.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { commandLineNarrowing, gather, loadRunConfig, runDiagnosis } from '../gather.js';
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
      const name = String(args.name);
      const probing = await import('../probing.js');
      if (args.dryRun) {
        io.stdout(await probing.nodeProbeDryRun([name], args));
        return;
      }
      const [config, narrowing] = await Promise.all([loadRunConfig(args, io), commandLineNarrowing(args)]);
      const { snapshot: collected, client } = await gather(args, io, { nodeNames: [name], namespace: args.namespace });
      const node = collected.nodes.find((n) => n.metadata.name === name);
      if (!node) throw new UsageError(t('cli.error.nodeNotFound', { name }), { hint: t('cli.hint.listNodes') });

      const [{ filterSnapshot }, shape] = await Promise.all([import('../../config/config.js'), import('../shape.js')]);
      let snapshot = filterSnapshot(collected, config, { node: name });
      const target: Target = { kind: 'Node', name };
      const outcome = args.probe && client ? await probing.probeNodes(client, snapshot, [name], args, io) : undefined;
      if (outcome) snapshot = outcome.snapshot;
      const result = await runDiagnosis({
        snapshot,
        config,
        focus: target,
        nodeFacts: outcome?.nodeFacts,
        probeFindings: outcome?.findings,
        notes: outcome?.notes,
        ...narrowing,
      });
      const clock = shape.reportClock(snapshot);
      const report = { target, header: shape.nodeHeader(node, new Date(clock.now)), result, clock, placement: output === 'html' ? shape.placement(snapshot) : undefined };
      writeOutput(io, await renderReport(report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(result.findings, args.failOn);
    },
  };
}
