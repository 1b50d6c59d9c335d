import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Target } from '../../rules/types.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { commandLineNarrowing, defaultNamespace, gather, loadRunConfig, runDiagnosis } from '../gather.js';
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
      const name = String(args.name);
      const namespace = await defaultNamespace(args);
      const probing = await import('../probing.js');
      const [config, narrowing] = await Promise.all([loadRunConfig(args, io), commandLineNarrowing(args)]);
      const { snapshot: collected, client } = await gather(args, io, { pod: { namespace, name }, namespace });
      const pod = collected.pods.find((p) => p.metadata.name === name && (p.metadata.namespace ?? 'default') === namespace);
      if (!pod) throw new UsageError(t('cli.error.podNotFound', { namespace, name }), { hint: t('cli.hint.podNamespace') });

      const [{ filterSnapshot }, shape] = await Promise.all([import('../../config/config.js'), import('../shape.js')]);
      let snapshot = filterSnapshot(collected, config, { pod: { namespace, name } });
      const target: Target = { kind: 'Pod', namespace, name };
      if (args.dryRun) {
        io.stdout(await probing.podProbeDryRun(pod, collected.nodes));
        return;
      }
      const outcome = args.probe && client ? await probing.probePod(client, snapshot, pod, args, io) : undefined;
      if (outcome) snapshot = outcome.snapshot;
      const result = await runDiagnosis({
        snapshot,
        config,
        focus: target,
        podFacts: outcome?.podFacts,
        nodeFacts: outcome?.nodeFacts,
        probeFindings: outcome?.findings,
        notes: outcome?.notes,
        ...narrowing,
      });
      const clock = shape.reportClock(snapshot);
      const report = { target, header: shape.podHeader(pod, snapshot.nodes, new Date(clock.now)), result, clock, placement: output === 'html' ? shape.placement(snapshot) : undefined };
      writeOutput(io, await renderReport(report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(result.findings, args.failOn);
    },
  };
}
