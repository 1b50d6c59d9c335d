import type { Argv } from 'yargs';
import { t } from '../i18n/index.js';
import type { Severity } from '../rules/types.js';

/** Flags of the commands that can run remote probes (node, pod, check). */
export interface ProbeArgs {
  probe?: boolean;
  probeImage?: string;
  probeNamespace?: string;
  probeTimeout?: string;
  dryRun?: boolean;
}

export function withProbeFlags<T>(y: Argv<T>): Argv<T & ProbeArgs> {
  return y
    .option('probe', { type: 'boolean', describe: t('cli.opt.probe'), group: t('cli.group.probe') })
    .option('probe-image', { type: 'string', describe: t('cli.opt.probeImage'), group: t('cli.group.probe') })
    .option('probe-namespace', { type: 'string', describe: t('cli.opt.probeNamespace'), group: t('cli.group.probe') })
    .option('probe-timeout', { type: 'string', describe: t('cli.opt.probeTimeout'), group: t('cli.group.probe') })
    .option('dry-run', { type: 'boolean', describe: t('cli.opt.dryRun'), group: t('cli.group.probe') }) as Argv<T & ProbeArgs>;
}

export function withFailOn<T>(y: Argv<T>, fallback: 'error' | 'never'): Argv<T & { failOn: 'error' | 'warning' | 'info' | 'never' }> {
  return y.option('fail-on', {
    choices: ['error', 'warning', 'info', 'never'] as const,
    default: fallback,
    describe: t('cli.opt.failOn'),
    group: t('cli.group.output'),
  }) as unknown as Argv<T & { failOn: 'error' | 'warning' | 'info' | 'never' }>;
}

/** The probe flags a user actually gave, by their command-line names. */
export function probeFlagsUsed(args: ProbeArgs & { canary?: boolean; canaryImage?: string; concurrency?: number; probeMode?: string }): Record<string, unknown> {
  return {
    probe: args.probe,
    'probe-image': args.probeImage,
    'probe-namespace': args.probeNamespace,
    'probe-timeout': args.probeTimeout,
    'dry-run': args.dryRun,
    canary: args.canary,
    'canary-image': args.canaryImage,
    'probe-mode': args.probeMode,
  };
}

/** Flags that narrow what a diagnosing command reports (node, pod, check). */
export interface FilterArgs {
  rule?: string[];
  skipRule?: string[];
  severity?: Severity;
  stuckAfter?: string;
  maxAffected?: number;
}

const asList = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map((v) => String(v));

export function withFilterFlags<T>(y: Argv<T>): Argv<T & FilterArgs> {
  return y
    .option('rule', { type: 'string', coerce: asList, describe: t('cli.opt.rule'), group: t('cli.group.output') })
    .option('skip-rule', { type: 'string', coerce: asList, describe: t('cli.opt.skipRule'), group: t('cli.group.output') })
    .option('severity', { choices: ['error', 'warning', 'info'] as const, describe: t('cli.opt.severity'), group: t('cli.group.output') })
    .option('stuck-after', { type: 'string', describe: t('cli.opt.stuckAfter'), group: t('cli.group.output') })
    .option('max-affected', { type: 'number', describe: t('cli.opt.maxAffected'), group: t('cli.group.output') }) as unknown as Argv<T & FilterArgs>;
}
