import type { SourceOptions } from '../app/session.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { severityRank, type Finding } from '../rules/types.js';
import { shouldUseColor } from '../report/ansi.js';
import type { KubeOverrides } from '../kube/kubeconfig.js';
import type { CliIO } from './io.js';

/** Flags every command accepts (kubectl's names and short forms). */
export interface GlobalArgs {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  allNamespaces?: boolean;
  selector?: string;
  output?: string;
  requestTimeout?: string;
  color?: boolean;
  verbose?: boolean;
  from?: string;
  lang?: string;
  config?: string;
  /** Limits for --from input (see src/kube/bounded-input.ts). */
  fromMaxSize?: string;
  fromMaxDepth?: string;
  fromMaxString?: string;
  fromMaxItems?: string;
  fromMaxObject?: string;
  /** kubectl's authentication and connection flags. */
  server?: string;
  user?: string;
  cluster?: string;
  token?: string;
  as?: string;
  asGroup?: string[];
  asUid?: string;
  certificateAuthority?: string;
  clientCertificate?: string;
  clientKey?: string;
  insecureSkipTlsVerify?: boolean;
  tlsServerName?: string;
}

/** The kubeconfig overrides kubectl's global flags ask for (see KubeOverrides in src/kube/kubeconfig.ts). */
export function kubeOverrides(args: GlobalArgs): KubeOverrides {
  return {
    server: args.server,
    user: args.user,
    cluster: args.cluster,
    token: args.token,
    as: args.as,
    asGroups: args.asGroup?.map(String),
    asUid: args.asUid,
    certificateAuthority: args.certificateAuthority,
    clientCertificate: args.clientCertificate,
    clientKey: args.clientKey,
    insecureSkipTlsVerify: args.insecureSkipTlsVerify,
    tlsServerName: args.tlsServerName,
  };
}

export const outputFormats = ['table', 'wide', 'json', 'yaml', 'junit', 'markdown', 'github', 'html'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** The -o formats of each command (also what shell completion offers). */
export const commandOutputs = {
  nodes: ['table', 'wide', 'json', 'yaml'],
  node: ['table', 'json', 'yaml', 'markdown', 'github', 'html'],
  pod: ['table', 'json', 'yaml', 'markdown', 'github', 'html'],
  check: ['table', 'json', 'yaml', 'junit', 'markdown', 'github', 'html'],
  explain: ['table', 'json', 'yaml'],
  rules: ['table', 'json', 'yaml'],
  cleanup: ['table', 'json', 'yaml'],
} as const satisfies Record<string, readonly OutputFormat[]>;

/** Validates -o for one command; an unsupported format is a usage error naming the allowed ones. */
export function outputFor<T extends OutputFormat>(args: GlobalArgs, command: string, allowed: readonly T[], fallback: T): T {
  const value = args.output;
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('cli.error.badOutput', { output: value, command, formats: allowed.join(', ') }));
}

export function useColor(args: GlobalArgs, io: CliIO): boolean {
  return shouldUseColor({ isTTY: io.stdoutIsTTY, noColorFlag: args.color === false, env: io.env });
}

export const failOnLevels = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof failOnLevels)[number];

const threshold: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: Number.POSITIVE_INFINITY };

/** Exit code 1 when any finding is at or above --fail-on, else 0. */
export function exitCodeForFindings(findings: readonly Pick<Finding, 'severity'>[], failOn: FailOn): 0 | 1 {
  return findings.some((f) => severityRank[f.severity] >= threshold[failOn]) ? 1 : 0;
}

/** Probe flags make no sense offline: there is no node to run anything on. */
export function rejectProbeFlagsOffline(args: GlobalArgs, probeFlags: Record<string, unknown>): void {
  if (args.from === undefined) return;
  const used = Object.entries(probeFlags)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([flag]) => `--${flag}`);
  if (used.length > 0) throw new UsageError(t('cli.error.probeOffline', { flags: used.join(', ') }));
}

/** Where a diagnosing command reads from, as the pipelines take it (src/app/session.ts). */
export function sourceOptions(args: GlobalArgs): SourceOptions {
  return {
    from: args.from,
    kubeconfig: args.kubeconfig,
    context: args.context,
    requestTimeout: args.requestTimeout,
    overrides: kubeOverrides(args),
    fromLimits: { size: args.fromMaxSize, depth: args.fromMaxDepth, string: args.fromMaxString, items: args.fromMaxItems, object: args.fromMaxObject },
    config: args.config,
  };
}
