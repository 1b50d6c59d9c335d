import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';

/** What a request was doing, so failures can say it in words ("list pods in namespace web"). */
export interface RequestPurpose {
  verb: 'get' | 'list' | 'create' | 'delete' | 'exec' | 'logs';
  resource: string;
  namespace?: string;
  name?: string;
}

/** The API server answered with an error status (a Kubernetes `kind: Status` body when it sends one). */
export class KubeApiError extends ClusterAccessError {
  readonly status: number;
  /** Status reason: "Forbidden", "NotFound", "Expired", "TooManyRequests", ... */
  readonly reason?: string;
  /** The server's own message, untouched. */
  readonly apiMessage?: string;
  constructor(message: string, details: { status: number; reason?: string; apiMessage?: string; hint?: string; cause?: unknown }) {
    super(message, { hint: details.hint, cause: details.cause });
    this.status = details.status;
    this.reason = details.reason;
    this.apiMessage = details.apiMessage;
  }
}

/**
 * 403: the credentials may not do this. Carries what was refused so a caller can downgrade a
 * non-essential read (events, one namespace's pods) to a note.
 */
export class ForbiddenError extends KubeApiError {
  readonly verb: string;
  readonly resource: string;
  readonly namespace?: string;
  constructor(purpose: RequestPurpose, apiMessage: string | undefined) {
    super(
      t('kube.error.forbidden', {
        what: describePurpose(purpose),
        detail: apiMessage ?? 'Forbidden',
      }),
      { status: 403, reason: 'Forbidden', apiMessage, hint: t('kube.hint.forbidden') },
    );
    this.verb = purpose.verb;
    this.resource = purpose.resource;
    this.namespace = purpose.namespace;
  }
}

/** No answer within --request-timeout (or an exec that ran past its own limit). */
export class RequestTimeoutError extends ClusterAccessError {
  readonly timeoutMs: number;
  /** True when the server sent nothing at all (connect or silence limit), false for a slow answer. */
  readonly silence: boolean;
  constructor(message: string, timeoutMs: number, hint?: string, silence = false) {
    super(message, { hint });
    this.timeoutMs = timeoutMs;
    this.silence = silence;
  }
}

/** "list pods in namespace web", "get node akswin22-0", "list events in all namespaces". */
export function describePurpose(purpose: RequestPurpose): string {
  const target = purpose.name !== undefined ? `${singular(purpose.resource)} ${purpose.name}` : purpose.resource;
  const where =
    purpose.namespace !== undefined
      ? t('kube.word.inNamespace', { namespace: purpose.namespace })
      : purpose.verb === 'list'
        ? t('kube.word.inAllNamespaces')
        : '';
  const clusterScoped = ['nodes', 'namespaces'].includes(purpose.resource);
  return [purpose.verb, target, clusterScoped ? '' : where].filter((part) => part !== '').join(' ');
}

function singular(resource: string): string {
  return resource.endsWith('s') ? resource.slice(0, -1) : resource;
}
