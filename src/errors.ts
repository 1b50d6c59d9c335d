/**
 * Typed errors. Library code throws these; the CLI catches them once at the top and maps them
 * to an exit code and a one-line message.
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  clusterAccess: 3,
  internal: 4,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export abstract class WindbgError extends Error {
  abstract readonly exitCode: ExitCodeValue;
  /** What the user can try next; appended to the one-line message. */
  readonly hint?: string;
  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint;
  }
}

/** Bad flag, bad argument, unknown rule id, a node that does not exist or is not Windows, unreadable --from input. */
export class UsageError extends WindbgError {
  readonly exitCode = ExitCode.usage;
}

/** Kubeconfig, network, TLS, 401/403 on essential calls, timeouts. */
export class ClusterAccessError extends WindbgError {
  readonly exitCode = ExitCode.clusterAccess;
}

/** A bug or an impossible state. */
export class InternalError extends WindbgError {
  readonly exitCode = ExitCode.internal;
}

export function isWindbgError(e: unknown): e is WindbgError {
  return e instanceof WindbgError;
}
