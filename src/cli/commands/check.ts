import type { Argv, ArgumentsCamelCase, CommandModule } from 'yargs';
import { t } from '../../i18n/index.js';
import type { Finding, Target } from '../../rules/types.js';
import type { NodeFacts, PodNetworkFacts } from '../../probes/facts.js';
import type { CliIO, RunState } from '../io.js';
import { exitCodeForFindings, commandOutputs, outputFor, rejectProbeFlagsOffline, useColor, type FailOn, type GlobalArgs } from '../options.js';
import { ExitCode } from '../../errors.js';
import { commandLineNarrowing, gather, loadRunConfig, runDiagnosis } from '../gather.js';
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
      const probing = await import('../probing.js');
      const [config, narrowing] = await Promise.all([loadRunConfig(args, io), commandLineNarrowing(args)]);
      const { snapshot: collected, client } = await gather(args, io, {
        nodeLabelSelector: args.selector,
        namespace: args.namespace !== undefined && !args.allNamespaces ? args.namespace : undefined,
      });
      const [{ filterSnapshot }, shape, { allRules }] = await Promise.all([
        import('../../config/config.js'),
        import('../shape.js'),
        import('../../rules/index.js'),
      ]);
      if (args.dryRun) {
        io.stdout(await probing.nodeProbeDryRun(collected.nodes.map((n) => n.metadata.name), args));
        return;
      }
      let snapshot = filterSnapshot(collected, config);
      const notes: string[] = [];
      const probeFindings: Finding[] = [];
      let nodeFacts: ReadonlyMap<string, NodeFacts> | undefined;
      let podFacts: ReadonlyMap<string, PodNetworkFacts> | undefined;
      if (client && args.probe && snapshot.nodes.length > 0) {
        const names = snapshot.nodes.map((n) => n.metadata.name);
        const outcome = await probing.probeNodes(client, snapshot, names, args, io);
        snapshot = outcome.snapshot;
        nodeFacts = outcome.nodeFacts;
        for (const finding of outcome.findings) probeFindings.push(finding);
        for (const note of outcome.notes) notes.push(note);
      }
      if (client && args.canary && snapshot.nodes.length > 0) {
        const outcome = await probing.canary(client, snapshot, args, io);
        snapshot = outcome.snapshot;
        podFacts = outcome.podFacts;
        for (const finding of outcome.findings) probeFindings.push(finding);
        for (const note of outcome.notes) notes.push(note);
      }
      const result = await runDiagnosis({ snapshot, config, nodeFacts, podFacts, probeFindings, notes, ...narrowing });
      const disabled = new Set(config?.ignore.rules ?? []);
      const target: Target = { kind: 'Cluster', name: clusterName(args, client?.contextName) };
      const report = {
        target,
        result,
        clock: shape.reportClock(snapshot),
        inventory: shape.checkInventory(snapshot, shape.ruleSummaries(allRules, disabled)),
        placement: output === 'html' ? shape.placement(snapshot) : undefined,
      };
      writeOutput(io, await renderCheck(report, output, useColor(args, io)));
      state.exitCode = exitCodeForFindings(result.findings, args.failOn);
      if (result.checked.nodes === 0 && !args.allowEmpty) {
        // A green CI run must mean something was checked.
        io.stderr(`error: ${t('cli.error.checkedNothing', { why: whyNothing(args, collected.nodes.length, config?.path) })} ${t('cli.hint.allowEmpty')}\n`);
        state.exitCode = ExitCode.findings;
      }
    },
  };
}

function whyNothing(args: GlobalArgs, collectedNodes: number, configPath: string | undefined): string {
  if (collectedNodes > 0 && configPath !== undefined) return t('cli.error.allNodesIgnored', { path: configPath });
  if (args.selector) return t('cli.error.noWindowsNodeSelector', { selector: args.selector });
  if (args.from !== undefined) return t('cli.error.noWindowsNodeInput', { path: args.from });
  return t('cli.error.noWindowsNodeCluster');
}

function clusterName(args: GlobalArgs, contextName: string | undefined): string {
  if (args.from !== undefined) return args.from;
  return contextName ?? args.context ?? 'cluster';
}
