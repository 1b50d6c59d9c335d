/**
 * One HTTP exchange with the API server, with kubectl's --request-timeout, bounded retries with
 * backoff and jitter, and failures turned into one-sentence ClusterAccessErrors.
 */
import http from 'node:http';
import https from 'node:https';
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';
import { formatDuration } from './duration.js';
import { proxyAuthorization } from './proxy.js';
import { ForbiddenError, KubeApiError, RequestTimeoutError, describePurpose, type RequestPurpose } from './errors.js';

/** TLS material for talking to the server (from the kubeconfig). */
export interface TlsOptions {
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
  pfx?: string | Buffer;
  passphrase?: string;
  rejectUnauthorized?: boolean;
  servername?: string;
}

/** Everything needed to authenticate one request; reloaded when the server answers 401. */
export interface Credentials {
  headers: Record<string, string | string[]>;
  tls: TlsOptions;
  agent: http.Agent;
  /** "user:password" for basic auth. */
  auth?: string;
  /** True when reloading can yield a different credential (exec plugin, auth provider, token file). */
  refreshable: boolean;
  /** True when connections go through a proxy (the agent opens the tunnel). */
  proxied?: boolean;
  /** For a plain-http server behind HTTP_PROXY: requests go to this proxy with the absolute URL. */
  httpProxy?: URL;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 4000, maxRetryAfterMs: 10_000 };

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Exchange {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  accept?: string;
  purpose: RequestPurpose;
}

/**
 * Without --request-timeout nothing may wait forever: connecting (TCP and TLS) gives up after
 * 30 s, like kubectl's dialer, and a request on which the server sends nothing for 30 s (no
 * headers, no body bytes) fails too. A server that trickles a byte now and then is cut off when
 * the whole request has taken 2 minutes.
 * Commands that go on after a failed read (cleanup, optional reads that become notes) must not
 * wait 30 s again and again on a server that has gone silent: once a request has been given up
 * for silence, and until the server completes an answer again, the requests that follow share
 * what is left of a 50 s silence budget counted from the start of that request. Deletes are exempt, so
 * the tool's own objects still get their full chance to be removed. A silent server therefore
 * ends any command within a minute.
 * --request-timeout replaces all of this with its own limit for each whole request ("0": no limit).
 */
export const defaultConnectTimeoutMs = 30_000;
export const defaultIdleTimeoutMs = 30_000;
export const defaultTotalTimeoutMs = 120_000;
export const defaultSilenceBudgetMs = 50_000;
const retryableStatuses = new Set([429, 500, 502, 503, 504]);
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ETIMEDOUT', 'EADDRNOTAVAIL']);
const untrustedCertCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

const userAgent = `kubectl-windbg/${typeof __WINDBG_VERSION__ === 'string' ? __WINDBG_VERSION__ : 'dev'}`;

/** A connection that broke before the whole answer arrived (reset, hang-up, truncated body). */
class BrokenConnectionError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export class Transport {
  readonly server: URL;
  /** --request-timeout: limit for a whole request, 0 = none. */
  readonly requestTimeoutMs: number;
  /** Limit for silence on a request (0 = none); applies when --request-timeout was not given. */
  readonly idleTimeoutMs: number;
  /** Limit for connecting, TLS handshake included. */
  readonly connectTimeoutMs: number;
  /** Limit for a whole request when --request-timeout was not given (0 = none). */
  readonly totalTimeoutMs: number;
  /** How long requests may wait in all once the server has gone silent (0 = no budget); see above. */
  readonly silenceBudgetMs: number;
  /** When the request that ran into the silence limit started; cleared by the next complete answer. */
  private silentSince: number | undefined;
  private readonly retry: RetryPolicy;
  private credentials: Credentials;
  private readonly reloadCredentials: () => Promise<Credentials>;

  constructor(opts: {
    server: string;
    requestTimeoutMs: number;
    /** Whether --request-timeout was given (even as "0"); without it the default limits apply. */
    requestTimeoutGiven?: boolean;
    idleTimeoutMs?: number;
    connectTimeoutMs?: number;
    totalTimeoutMs?: number;
    silenceBudgetMs?: number;
    retry?: Partial<RetryPolicy>;
    credentials: Credentials;
    reloadCredentials: () => Promise<Credentials>;
  }) {
    this.server = new URL(opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
    this.requestTimeoutMs = opts.requestTimeoutMs;
    const given = opts.requestTimeoutGiven ?? opts.requestTimeoutMs > 0;
    this.idleTimeoutMs = given ? 0 : (opts.idleTimeoutMs ?? defaultIdleTimeoutMs);
    this.totalTimeoutMs = given ? 0 : (opts.totalTimeoutMs ?? defaultTotalTimeoutMs);
    this.silenceBudgetMs = given ? 0 : (opts.silenceBudgetMs ?? defaultSilenceBudgetMs);
    // With --request-timeout its own timer covers connecting too (and names the flag); this one only caps a slow connect.
    this.connectTimeoutMs = opts.connectTimeoutMs ?? defaultConnectTimeoutMs;
    this.retry = { ...defaultRetryPolicy, ...opts.retry };
    this.credentials = opts.credentials;
    this.reloadCredentials = opts.reloadCredentials;
  }

  /** How long an exec WebSocket may take to open: --request-timeout when given, else the connect limit. */
  get handshakeTimeoutMs(): number {
    return this.requestTimeoutMs > 0 ? this.requestTimeoutMs : this.connectTimeoutMs;
  }

  get serverText(): string {
    return this.server.href.replace(/\/$/, '');
  }

  currentCredentials(): Credentials {
    return this.credentials;
  }

  /** The URL for an API path plus query (undefined values dropped). */
  url(path: string, query?: Exchange['query']): URL {
    const url = new URL(path.replace(/^\//, ''), this.server);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  /**
   * Sends the request, retrying 429/5xx and broken connections with backoff (Retry-After honoured
   * up to a cap). Creates are retried only on 429/503, which the server sends before acting.
   * Returns any HTTP answer; network failures and timeouts throw ClusterAccessError.
   */
  async send(exchange: Exchange): Promise<RawResponse> {
    const url = this.url(exchange.path, exchange.query);
    const body = exchange.body === undefined ? undefined : Buffer.from(JSON.stringify(exchange.body));
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= this.retry.maxAttempts;
      let response: RawResponse;
      try {
        response = await this.once(exchange.method, url, body, exchange.accept);
      } catch (error) {
        if (error instanceof BrokenConnectionError && !last && exchange.method !== 'POST') {
          await sleep(this.backoff(attempt));
          continue;
        }
        throw this.networkError(error, attempt);
      }
      if (response.status === 401 && !refreshed && this.credentials.refreshable) {
        refreshed = true;
        this.credentials = await this.reloadCredentials();
        attempt--;
        continue;
      }
      if (!last && retryableStatuses.has(response.status) && (exchange.method !== 'POST' || [429, 503].includes(response.status))) {
        await sleep(this.retryDelay(response, attempt));
        continue;
      }
      return response;
    }
  }

  /** Sends and returns the parsed JSON body of a 2xx answer; 404 gives undefined when allowed. */
  async json<T>(exchange: Exchange, opts: { notFoundIsUndefined?: boolean } = {}): Promise<T | undefined> {
    const response = await this.send(exchange);
    if (response.status === 404 && opts.notFoundIsUndefined) return undefined;
    if (response.status < 200 || response.status >= 300) throw this.statusError(response, exchange.purpose);
    return parseJsonBody<T>(response.body, this.serverText);
  }

  /** The ClusterAccessError for a non-2xx answer. */
  statusError(response: RawResponse, purpose: RequestPurpose): KubeApiError {
    const status = parseStatusBody(response.body);
    const what = describePurpose(purpose);
    switch (response.status) {
      case 401:
        return new KubeApiError(t('kube.error.unauthorized', { server: this.serverText }), {
          status: 401,
          reason: status.reason ?? 'Unauthorized',
          apiMessage: status.message,
          hint: t('kube.hint.unauthorized'),
        });
      case 403:
        return new ForbiddenError(purpose, status.message);
      case 410:
        return new KubeApiError(t('kube.error.expired', { what }), {
          status: 410,
          reason: status.reason ?? 'Expired',
          apiMessage: status.message,
          hint: t('kube.hint.retryLater'),
        });
      default:
        return new KubeApiError(
          t('kube.error.apiStatus', {
            what,
            status: response.status,
            reason: status.reason ?? http.STATUS_CODES[response.status] ?? 'Error',
            detail: status.message ?? '',
          }).replace(/: $/, ''),
          {
            status: response.status,
            reason: status.reason,
            apiMessage: status.message,
            hint: retryableStatuses.has(response.status) ? t('kube.hint.retryLater') : undefined,
          },
        );
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    // "Equal jitter": never less than half the step, so retries stay spaced out.
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private retryDelay(response: RawResponse, attempt: number): number {
    const header = response.headers['retry-after'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value !== undefined) {
      const seconds = Number(value);
      const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
      if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, this.retry.maxRetryAfterMs);
    }
    return this.backoff(attempt);
  }

  /**
   * The part of the silence budget left for a request starting now; undefined when no budget
   * applies (the server has not gone silent, --request-timeout was given, or the request is a delete).
   */
  private silenceLeftMs(method: string): number | undefined {
    if (this.silentSince === undefined || this.silenceBudgetMs <= 0 || method === 'DELETE') return undefined;
    return Math.max(0, this.silentSince + this.silenceBudgetMs - Date.now());
  }

  private once(method: string, url: URL, body: Buffer | undefined, accept: string | undefined): Promise<RawResponse> {
    const credentials = this.credentials;
    const timeoutMs = this.requestTimeoutMs;
    const startedAt = Date.now();
    if (this.silenceLeftMs(method) === 0) return Promise.reject(this.silentServerError());
    return new Promise<RawResponse>((resolve, reject) => {
      const headers: Record<string, string | string[]> = {
        Accept: accept ?? 'application/json',
        'User-Agent': userAgent,
        ...credentials.headers,
      };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = String(body.length);
      }
      const transport = url.protocol === 'http:' ? http : https;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      let stall: NodeJS.Timeout | undefined;
      const finish = (error: Error | undefined, response?: RawResponse): void => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        if (stall) clearTimeout(stall);
        if (error) {
          request.destroy();
          if (error instanceof RequestTimeoutError && error.silence) this.silentSince ??= startedAt;
          reject(error);
        } else {
          this.silentSince = undefined;
          resolve(response!);
        }
      };
      const viaProxy = credentials.httpProxy;
      if (viaProxy) {
        headers.Host = url.host;
        const authorization = proxyAuthorization(viaProxy);
        if (authorization) headers['Proxy-Authorization'] = authorization;
      }
      const request = transport.request(
        {
          method,
          protocol: url.protocol,
          hostname: (viaProxy ?? url).hostname.replace(/^\[(.*)\]$/, '$1'),
          port: viaProxy ? viaProxy.port || 80 : url.port,
          path: viaProxy ? url.href : `${url.pathname}${url.search}`,
          headers,
          agent: credentials.agent,
          auth: credentials.auth,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let ended = false;
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            ended = true;
            if (!response.complete) {
              finish(new BrokenConnectionError('ECONNRESET', 'the connection closed before the whole answer arrived'));
              return;
            }
            finish(undefined, { status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
          });
          response.on('error', (error: NodeJS.ErrnoException) =>
            finish(new BrokenConnectionError(error.code ?? 'ECONNRESET', error.message)),
          );
          response.on('close', () => {
            if (!ended) finish(new BrokenConnectionError('ECONNRESET', 'the connection closed before the whole answer arrived'));
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? '';
        if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(error.message)) {
          finish(new BrokenConnectionError(code || 'ECONNRESET', error.message));
        } else {
          finish(error);
        }
      });
      // Progress clock: connecting (TCP + TLS) must finish within the connect limit; after that,
      // without --request-timeout, every stretch of silence must stay under the idle limit.
      let connected = false;
      const armStall = (): void => {
        if (settled) return;
        if (stall) clearTimeout(stall);
        const limit = connected ? this.idleTimeoutMs : this.connectTimeoutMs;
        if (limit <= 0) return;
        const left = this.silenceLeftMs(method);
        if (left !== undefined && left < limit) {
          stall = setTimeout(() => finish(this.silentServerError()), left);
          return;
        }
        stall = setTimeout(() => finish(connected ? this.idleTimeoutError() : this.connectTimeoutError()), limit);
      };
      const markConnected = (): void => {
        connected = true;
        armStall();
      };
      armStall();
      request.on('socket', (socket) => {
        // A kept-alive socket is already connected (and its TLS session established).
        if (!socket.connecting) markConnected();
        else socket.once(url.protocol === 'http:' ? 'connect' : 'secureConnect', markConnected);
      });
      request.on('response', (response) => {
        armStall();
        response.on('data', armStall);
      });
      if (timeoutMs > 0) {
        const timeoutError = (): RequestTimeoutError =>
          new RequestTimeoutError(
            t('kube.error.timeout', { server: this.serverText, timeout: formatDuration(timeoutMs) }),
            timeoutMs,
            t('kube.hint.timeout'),
          );
        timers.push(setTimeout(() => finish(timeoutError()), timeoutMs));
      } else if (this.totalTimeoutMs > 0) {
        timers.push(setTimeout(() => finish(this.totalTimeoutError()), this.totalTimeoutMs));
      }
      request.end(body);
    });
  }

  private connectTimeoutError(): RequestTimeoutError {
    const timeout = formatDuration(this.connectTimeoutMs);
    return new RequestTimeoutError(t('kube.error.connectTimeout', { server: this.serverText, timeout }), this.connectTimeoutMs, t('kube.hint.connectTimeout'), true);
  }

  private idleTimeoutError(): RequestTimeoutError {
    const timeout = formatDuration(this.idleTimeoutMs);
    return new RequestTimeoutError(t('kube.error.idleTimeout', { server: this.serverText, timeout }), this.idleTimeoutMs, t('kube.hint.idleTimeout', { timeout }), true);
  }

  /** The error for a request given up because the server has been silent for the whole budget. */
  private silentServerError(): RequestTimeoutError {
    const timeout = formatDuration(this.silenceBudgetMs);
    return new RequestTimeoutError(
      t('kube.error.silentServer', { server: this.serverText, timeout }),
      this.silenceBudgetMs,
      t('kube.hint.idleTimeout', { timeout: formatDuration(this.idleTimeoutMs) }),
      true,
    );
  }

  private totalTimeoutError(): RequestTimeoutError {
    const timeout = formatDuration(this.totalTimeoutMs);
    return new RequestTimeoutError(t('kube.error.totalTimeout', { server: this.serverText, timeout }), this.totalTimeoutMs, t('kube.hint.totalTimeout', { timeout }));
  }

  /** The ClusterAccessError for a failure below HTTP (DNS, refused, TLS, reset). */
  networkError(error: unknown, attempts: number): ClusterAccessError {
    if (error instanceof ClusterAccessError) return error;
    const err = error as NodeJS.ErrnoException;
    const code = err.code ?? '';
    const server = this.serverText;
    // The exec WebSocket's own limit on its opening handshake (see handshakeTimeoutMs).
    if (/opening handshake has timed out/i.test(err.message ?? '')) {
      return this.requestTimeoutMs > 0
        ? new RequestTimeoutError(t('kube.error.timeout', { server, timeout: formatDuration(this.requestTimeoutMs) }), this.requestTimeoutMs, t('kube.hint.timeout'))
        : this.connectTimeoutError();
    }
    if (unreachableCodes.has(code)) {
      return new ClusterAccessError(t('kube.error.unreachable', { server, code }), { cause: error, hint: t('kube.hint.unreachable') });
    }
    if (untrustedCertCodes.has(code)) {
      return new ClusterAccessError(t('kube.error.tlsUntrusted', { server }), { cause: error, hint: t('kube.hint.tlsUntrusted') });
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return new ClusterAccessError(t('kube.error.tlsWrongHost', { server, host: this.credentials.tls.servername || this.server.hostname }), {
        cause: error,
        hint: t('kube.hint.tlsWrongHost'),
      });
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
      return new ClusterAccessError(t('kube.error.tlsExpired', { server }), { cause: error, hint: t('kube.hint.tlsExpired') });
    }
    if (error instanceof BrokenConnectionError) {
      return new ClusterAccessError(t('kube.error.connectionReset', { server, attempts }), {
        cause: error,
        hint: t('kube.hint.retryLater'),
      });
    }
    return new ClusterAccessError(t('kube.error.requestFailed', { server, reason: err.message ?? String(error) }), {
      cause: error,
      hint: t('kube.hint.unreachable'),
    });
  }
}

export function parseJsonBody<T>(body: Buffer, server: string): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch (error) {
    throw new ClusterAccessError(t('kube.error.badJson', { server }), { cause: error });
  }
}

/** The reason and message of a Kubernetes `kind: Status` body, when the body is one. */
export function parseStatusBody(body: Buffer): { reason?: string; message?: string } {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object') {
      const status = parsed as { reason?: unknown; message?: unknown };
      return {
        reason: typeof status.reason === 'string' && status.reason !== '' ? status.reason : undefined,
        message: typeof status.message === 'string' && status.message !== '' ? status.message : undefined,
      };
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  const text = body.toString('utf8').trim();
  return { message: text === '' ? undefined : text.slice(0, 300) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
