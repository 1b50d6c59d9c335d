/**
 * The KubeClient over Node's https: raw JSON in and out (timestamps stay strings, no model
 * classes), authentication from the kubeconfig through @kubernetes/client-node, lists streamed
 * page by page.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Writable } from 'node:stream';
import type { KubeConfig } from '@kubernetes/client-node';
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';
import { formatDuration, parseRequestTimeout } from './duration.js';
import { KubeApiError } from './errors.js';
import type { RequestPurpose } from './errors.js';
import { runExec } from './exec.js';
import { runTtyExec, type TtySession } from './exec-tty.js';
import { Transport, type Credentials, type Exchange, type RetryPolicy, type TlsOptions } from './http.js';
import { runExecPlugin, type ExecConfig } from './exec-credential.js';
import { loadKubeConfig, type KubeCluster, type KubeConfigOptions, type KubeUser, type ResolvedKubeConfig } from './kubeconfig.js';
import { proxyFor, TunnelingAgent } from './proxy.js';
import { decodeListPage, peekContinueToken, type DecodedPage } from './raw-list.js';
import type {
  ExecResult,
  KDaemonSet,
  KEvent,
  KLease,
  KNamespace,
  KNetworkPolicy,
  KNode,
  KPod,
  KService,
  KubeClient,
  ListOptions,
  ObjectMeta,
  ServerVersion,
} from './types.js';
import { nodeLeaseNamespace } from './types.js';

export interface CreateKubeClientOptions extends KubeConfigOptions {
  /** --request-timeout in kubectl syntax: "0" (none), "30s", "1m", "2m30s", "45" (seconds). */
  requestTimeout?: string;
  /** Retry tuning (tests shorten the delays). */
  retry?: Partial<RetryPolicy>;
  /** Limits that apply without --request-timeout (tests shorten them); see http.ts. */
  idleTimeoutMs?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  silenceBudgetMs?: number;
  /** Exec subprotocols to offer, best first (default v5.channel.k8s.io, v4.channel.k8s.io). */
  execProtocols?: readonly string[];
  /** Whether stdin is a terminal an exec credential plugin could use (process.stdin by default). */
  stdinIsTTY?: boolean;
  /** Where exec credential plugins write their messages (process.stderr by default). */
  pluginStderr?: Writable;
}

interface CredentialContext {
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTTY: boolean;
  pluginStderr?: Writable;
}

export const defaultPageSize = 500;

export async function createKubeClient(opts: CreateKubeClientOptions = {}): Promise<KubeClient> {
  const requestTimeoutMs = parseRequestTimeout(opts.requestTimeout);
  const resolved = await loadKubeConfig(opts);
  const context: CredentialContext = { env: opts.env ?? process.env, stdinIsTTY: opts.stdinIsTTY ?? process.stdin.isTTY === true, pluginStderr: opts.pluginStderr };
  const credentials = await loadCredentials(resolved, context);
  const transport = new Transport({
    server: resolved.server,
    requestTimeoutMs,
    requestTimeoutGiven: opts.requestTimeout !== undefined && opts.requestTimeout.trim() !== '',
    idleTimeoutMs: opts.idleTimeoutMs,
    connectTimeoutMs: opts.connectTimeoutMs,
    totalTimeoutMs: opts.totalTimeoutMs,
    silenceBudgetMs: opts.silenceBudgetMs,
    retry: opts.retry,
    credentials,
    reloadCredentials: () => loadCredentials(resolved, context),
  });
  return new HttpKubeClient(transport, resolved, opts.execProtocols);
}

/**
 * Headers, TLS material and an agent for the selected context. @kubernetes/client-node applies the
 * TLS material, tokens, basic auth and auth providers; token files, exec plugins (with
 * KUBERNETES_EXEC_INFO), impersonation groups and the proxy environment are applied here, as kubectl does.
 */
export async function loadCredentials(resolved: ResolvedKubeConfig, context: CredentialContext = { env: process.env, stdinIsTTY: false }): Promise<Credentials> {
  const cluster = resolved.kc.getCurrentCluster() as KubeCluster | null;
  const user = resolved.kc.getCurrentUser() as KubeUser | null;
  const kc = credentialView(resolved.kc);
  const options: https.RequestOptions = {};
  try {
    await kc.applyToHTTPSOptions(options);
  } catch (error) {
    throw credentialError(error, resolved);
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const tls: TlsOptions = {
    ca: options.ca as string | Buffer | undefined,
    cert: options.cert as string | Buffer | undefined,
    key: options.key as string | Buffer | undefined,
    pfx: options.pfx as string | Buffer | undefined,
    passphrase: options.passphrase,
    rejectUnauthorized: options.rejectUnauthorized,
    servername: options.servername,
  };
  if (user?.tokenFile) {
    // As kubectl: the file's token is used whenever the file can be read, even next to a token (or --token);
    // the token is the fallback, and without one an unreadable file is an error.
    const fromFile = user.token ? readTokenFileIfReadable(user.tokenFile) : readTokenFile(user.tokenFile, user.name);
    if (fromFile) headers.Authorization = `Bearer ${fromFile}`;
  }
  if (user?.exec && cluster && !hasStaticCredentials(user)) {
    const status = await runExecPlugin(user.exec as ExecConfig, {
      userName: user.name,
      cluster: {
        server: cluster.server,
        caData: cluster.caData ?? caFileData(cluster.caFile),
        insecureSkipTlsVerify: cluster.skipTLSVerify,
        tlsServerName: cluster.tlsServerName,
        proxyUrl: cluster.proxyUrl,
        config: cluster.execPluginConfig,
      },
      stdinIsTTY: context.stdinIsTTY,
      env: context.env,
      stderr: context.pluginStderr,
    });
    if (status.token) headers.Authorization = `Bearer ${status.token}`;
    if (status.clientCertificateData && status.clientKeyData) {
      tls.cert = status.clientCertificateData;
      tls.key = status.clientKeyData;
    }
  }
  Object.assign(headers, impersonationHeaders(user));

  const isHttp = cluster?.server.startsWith('http:') === true;
  const proxy = cluster && !cluster.proxyUrl ? proxyFor(new URL(cluster.server), context.env) : undefined;
  let agent: http.Agent;
  if (cluster?.proxyUrl && options.agent instanceof http.Agent) {
    agent = options.agent;
  } else if (isHttp) {
    agent = new http.Agent({ keepAlive: true });
  } else if (proxy) {
    agent = new TunnelingAgent(proxy, { keepAlive: true, ...definedOnly(tls) });
  } else {
    agent = new https.Agent({ keepAlive: true, ...definedOnly(tls) });
  }
  return {
    headers,
    tls,
    agent,
    auth: typeof options.auth === 'string' ? options.auth : undefined,
    refreshable: Boolean(user?.exec || user?.authProvider || user?.tokenFile),
    proxied: Boolean(proxy || cluster?.proxyUrl),
    httpProxy: isHttp ? proxy : undefined,
  };
}

/** The CA file's content in base64 for KUBERNETES_EXEC_INFO; a file that cannot be read is left out (TLS setup reports it). */
function caFileData(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file).toString('base64');
  } catch {
    return undefined;
  }
}

/** Impersonate-Group (one header per group), Impersonate-Uid and Impersonate-Extra-<key>; client-node sets Impersonate-User. */
function impersonationHeaders(user: KubeUser | null): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  if (!user?.impersonateUser) return headers;
  if (user.impersonateGroups?.length) headers['Impersonate-Group'] = [...user.impersonateGroups];
  if (user.impersonateUid) headers['Impersonate-Uid'] = user.impersonateUid;
  for (const [key, values] of Object.entries(user.impersonateExtra ?? {})) {
    if (values.length > 0) headers[`Impersonate-Extra-${headerKeyEscape(key)}`] = [...values];
  }
  return headers;
}

/**
 * A token, token file, client certificate and key, or user name: kubectl does not run the exec
 * plugin then (the plugin is for users without credentials of their own).
 */
function hasStaticCredentials(user: KubeUser): boolean {
  const cert = Boolean(user.certData || user.certFile) && Boolean(user.keyData || user.keyFile);
  return Boolean(user.token || user.tokenFile || user.username) || cert;
}

/**
 * The characters kubectl keeps in an Impersonate-Extra header name: the HTTP token characters
 * (RFC 7230 tchar) except "%", which starts an escape. Every other byte is percent-encoded.
 */
const headerTokenCharacter = /^[!#$&'*+\-.^_`|~0-9A-Za-z]$/;

/** An Impersonate-Extra key in a header name, escaped as kubectl escapes it (UTF-8 bytes outside tchar as %XX). */
export function headerKeyEscape(key: string): string {
  let escaped = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    escaped += byte < 0x80 && headerTokenCharacter.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return escaped;
}

/** The token in a token file, or undefined when the file cannot be read or is empty. */
function readTokenFileIfReadable(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The token in a tokenFile, read at every credential load (kubectl re-reads it, so rotated tokens work). */
function readTokenFile(file: string, userName: string): string {
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ClusterAccessError(t('kube.error.tokenFileUnreadable', { path: file, user: userName, reason: (error as Error).message.split('\n')[0] ?? '' }), {
      cause: error,
      hint: t('kube.hint.tokenFile'),
    });
  }
  if (token === '') throw new ClusterAccessError(t('kube.error.tokenFileEmpty', { path: file, user: userName }), { hint: t('kube.hint.tokenFile') });
  return token;
}

/**
 * The kubeconfig as client-node should see it: without the current user's exec plugin (run here,
 * with KUBERNETES_EXEC_INFO) and, for a plain-http server, without TLS checks it would refuse.
 */
function credentialView(kc: KubeConfig): KubeConfig {
  const cluster = kc.getCurrentCluster();
  const user = kc.getCurrentUser();
  if (!user?.exec && !cluster?.server.startsWith('http:')) return kc;
  const view = Object.create(kc) as KubeConfig;
  if (user?.exec) view.users = kc.users.map((u) => (u === user ? { ...u, exec: undefined } : u));
  if (cluster?.server.startsWith('http:')) view.clusters = kc.clusters.map((c) => (c === cluster ? { ...c, skipTLSVerify: true } : c));
  return view;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

function credentialError(error: unknown, resolved: ResolvedKubeConfig): ClusterAccessError {
  const user = resolved.kc.getCurrentUser();
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw.trim().split('\n')[0] || (error as NodeJS.ErrnoException)?.code || 'failed';
  if (user?.exec) {
    const command = String(user.exec.command ?? '');
    const notFound = (error as NodeJS.ErrnoException)?.code === 'ENOENT';
    return new ClusterAccessError(
      t(notFound ? 'kube.error.execPluginMissing' : 'kube.error.execPluginFailed', { command, user: user.name, reason }),
      { cause: error, hint: t('kube.hint.execPlugin', { command }) },
    );
  }
  return new ClusterAccessError(t('kube.error.credentials', { user: user?.name ?? '', reason }), {
    cause: error,
    hint: t('kube.hint.unauthorized'),
  });
}

interface RawListPage {
  body: Buffer;
  /** Read from the head of the body, before decoding it. */
  continueToken?: string;
}

interface InFlightPage {
  page: Promise<RawListPage>;
  /** The token the page was asked for with; undefined for the first page. */
  continueToken?: string;
}

const core = '/api/v1';
const apps = '/apis/apps/v1';
const coordination = '/apis/coordination.k8s.io/v1';
const networking = '/apis/networking.k8s.io/v1';

function segment(value: string): string {
  return encodeURIComponent(value);
}

function objectKey(item: { metadata?: ObjectMeta }): string {
  const meta = item.metadata;
  return meta?.uid ?? `${meta?.namespace ?? ''}/${meta?.name ?? ''}`;
}

export class HttpKubeClient implements KubeClient {
  readonly contextName?: string;
  readonly server: string;
  readonly defaultNamespace?: string;

  constructor(
    private readonly transport: Transport,
    resolved: Pick<ResolvedKubeConfig, 'contextName' | 'namespace'>,
    private readonly execProtocols?: readonly string[],
  ) {
    this.contextName = resolved.contextName;
    this.server = transport.serverText;
    this.defaultNamespace = resolved.namespace;
  }

  /** kubectl sends its --request-timeout to the server too, so the server stops working on it. */
  private timeoutQuery(): { timeout?: string } {
    return this.transport.requestTimeoutMs > 0 ? { timeout: formatDuration(this.transport.requestTimeoutMs) } : {};
  }

  private async get<T>(path: string, purpose: RequestPurpose): Promise<T | undefined> {
    return this.transport.json<T>({ method: 'GET', path, query: this.timeoutQuery(), purpose }, { notFoundIsUndefined: true });
  }

  async version(): Promise<ServerVersion> {
    const body = await this.transport.json<ServerVersion>({
      method: 'GET',
      path: '/version',
      query: this.timeoutQuery(),
      purpose: { verb: 'get', resource: 'version' },
    });
    if (!body || typeof body.gitVersion !== 'string') {
      throw new ClusterAccessError(t('kube.error.badJson', { server: this.server }));
    }
    return body;
  }

  getNode(name: string): Promise<KNode | undefined> {
    return this.get<KNode>(`${core}/nodes/${segment(name)}`, { verb: 'get', resource: 'nodes', name });
  }

  getPod(namespace: string, name: string): Promise<KPod | undefined> {
    return this.get<KPod>(`${core}/namespaces/${segment(namespace)}/pods/${segment(name)}`, {
      verb: 'get',
      resource: 'pods',
      namespace,
      name,
    });
  }

  getNamespace(name: string): Promise<KNamespace | undefined> {
    return this.get<KNamespace>(`${core}/namespaces/${segment(name)}`, { verb: 'get', resource: 'namespaces', name });
  }

  listNodes(opts: ListOptions = {}): AsyncIterable<KNode[]> {
    return this.listPages<KNode>(`${core}/nodes`, 'nodes', { ...opts, namespace: undefined });
  }

  getNodeLease(nodeName: string): Promise<KLease | undefined> {
    return this.get<KLease>(`${coordination}/namespaces/${nodeLeaseNamespace}/leases/${segment(nodeName)}`, {
      verb: 'get',
      resource: 'leases',
      namespace: nodeLeaseNamespace,
      name: nodeName,
    });
  }

  listNodeLeases(opts: ListOptions = {}): AsyncIterable<KLease[]> {
    return this.listPages<KLease>(this.collectionPath(coordination, 'leases', nodeLeaseNamespace), 'leases', { ...opts, namespace: nodeLeaseNamespace });
  }

  listNamespaces(opts: ListOptions = {}): AsyncIterable<KNamespace[]> {
    return this.listPages<KNamespace>(`${core}/namespaces`, 'namespaces', { ...opts, namespace: undefined });
  }

  listPods(opts: ListOptions = {}): AsyncIterable<KPod[]> {
    return this.listPages<KPod>(this.collectionPath(core, 'pods', opts.namespace), 'pods', opts);
  }

  listEvents(opts: ListOptions = {}): AsyncIterable<KEvent[]> {
    return this.listPages<KEvent>(this.collectionPath(core, 'events', opts.namespace), 'events', opts);
  }

  listServices(opts: ListOptions = {}): AsyncIterable<KService[]> {
    return this.listPages<KService>(this.collectionPath(core, 'services', opts.namespace), 'services', opts);
  }

  listNetworkPolicies(opts: ListOptions = {}): AsyncIterable<KNetworkPolicy[]> {
    return this.listPages<KNetworkPolicy>(this.collectionPath(networking, 'networkpolicies', opts.namespace), 'networkpolicies', opts);
  }

  listDaemonSets(opts: ListOptions = {}): AsyncIterable<KDaemonSet[]> {
    return this.listPages<KDaemonSet>(this.collectionPath(apps, 'daemonsets', opts.namespace), 'daemonsets', opts);
  }

  async createPod(namespace: string, pod: KPod): Promise<KPod> {
    const created = await this.transport.json<KPod>({
      method: 'POST',
      path: `${core}/namespaces/${segment(namespace)}/pods`,
      body: { apiVersion: 'v1', kind: 'Pod', ...pod },
      purpose: { verb: 'create', resource: 'pods', namespace, name: pod.metadata.name },
    });
    return created as KPod;
  }

  async deletePod(namespace: string, name: string, opts: { gracePeriodSeconds?: number } = {}): Promise<void> {
    await this.deleteObject(`${core}/namespaces/${segment(namespace)}/pods/${segment(name)}`, opts.gracePeriodSeconds, {
      verb: 'delete',
      resource: 'pods',
      namespace,
      name,
    });
  }

  async createDaemonSet(namespace: string, ds: KDaemonSet): Promise<KDaemonSet> {
    const created = await this.transport.json<KDaemonSet>({
      method: 'POST',
      path: `${apps}/namespaces/${segment(namespace)}/daemonsets`,
      body: { apiVersion: 'apps/v1', kind: 'DaemonSet', ...ds },
      purpose: { verb: 'create', resource: 'daemonsets', namespace, name: ds.metadata.name },
    });
    return created as KDaemonSet;
  }

  getDaemonSet(namespace: string, name: string): Promise<KDaemonSet | undefined> {
    return this.get<KDaemonSet>(`${apps}/namespaces/${segment(namespace)}/daemonsets/${segment(name)}`, {
      verb: 'get',
      resource: 'daemonsets',
      namespace,
      name,
    });
  }

  async deleteDaemonSet(namespace: string, name: string): Promise<void> {
    await this.deleteObject(`${apps}/namespaces/${segment(namespace)}/daemonsets/${segment(name)}`, undefined, {
      verb: 'delete',
      resource: 'daemonsets',
      namespace,
      name,
    });
  }

  async podLogs(namespace: string, name: string, container?: string): Promise<string> {
    const purpose: RequestPurpose = { verb: 'logs', resource: 'pods', namespace, name };
    const response = await this.transport.send({
      method: 'GET',
      path: `${core}/namespaces/${segment(namespace)}/pods/${segment(name)}/log`,
      query: { container, ...this.timeoutQuery() },
      accept: '*/*',
      purpose,
    });
    if (response.status < 200 || response.status >= 300) throw this.transport.statusError(response, purpose);
    return response.body.toString('utf8');
  }

  async exec(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    opts: { stdin?: string; timeoutMs?: number; timeoutFlag?: string } = {},
  ): Promise<ExecResult> {
    const outcome = await runExec(this.transport, {
      namespace,
      pod,
      container,
      command,
      stdin: opts.stdin,
      timeoutMs: opts.timeoutMs,
      timeoutFlag: opts.timeoutFlag,
      protocols: this.execProtocols,
    });
    return { stdout: outcome.stdout, stderr: outcome.stderr, exitCode: outcome.exitCode };
  }

  async execInteractive(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    opts: { tty: boolean; session: TtySession },
  ): Promise<{ exitCode: number }> {
    const outcome = await runTtyExec(this.transport, { namespace, pod, container, command, tty: opts.tty, protocols: this.execProtocols }, opts.session);
    return { exitCode: outcome.exitCode };
  }

  async execStream(
    namespace: string,
    pod: string,
    container: string,
    command: string[],
    stdout: NodeJS.WritableStream,
    opts: { timeoutMs?: number; timeoutFlag?: string } = {},
  ): Promise<{ stderr: string; exitCode: number }> {
    const outcome = await runExec(this.transport, {
      namespace,
      pod,
      container,
      command,
      stdout,
      timeoutMs: opts.timeoutMs,
      timeoutFlag: opts.timeoutFlag,
      protocols: this.execProtocols,
    });
    return { stderr: outcome.stderr, exitCode: outcome.exitCode };
  }

  private collectionPath(prefix: string, resource: string, namespace: string | undefined): string {
    return namespace !== undefined ? `${prefix}/namespaces/${segment(namespace)}/${resource}` : `${prefix}/${resource}`;
  }

  private async deleteObject(path: string, gracePeriodSeconds: number | undefined, purpose: RequestPurpose): Promise<void> {
    const response = await this.transport.send({
      method: 'DELETE',
      path,
      query: { gracePeriodSeconds, ...this.timeoutQuery() },
      purpose,
    });
    if (response.status === 404) return;
    if (response.status < 200 || response.status >= 300) throw this.transport.statusError(response, purpose);
  }

  /** One page of a list, undecoded, with its continue token when the head of the body gives it away. */
  private async fetchListPage(path: string, purpose: RequestPurpose, query: Exchange['query']): Promise<RawListPage> {
    const response = await this.transport.send({ method: 'GET', path, query, purpose });
    if (response.status < 200 || response.status >= 300) throw this.transport.statusError(response, purpose);
    return { body: response.body, continueToken: peekContinueToken(response.body) };
  }

  /**
   * Pages of a list (limit + continue). The next page is requested as soon as a page has arrived,
   * so the server prepares it while this one is decoded and used. A page whose connection breaks
   * is fetched again with the same continue token. When the token expires (410 Gone) the list
   * starts over once, skipping objects already handed out; a second expiry is an error.
   */
  private async *listPages<T extends { metadata?: ObjectMeta }>(
    path: string,
    resource: string,
    opts: ListOptions,
  ): AsyncGenerator<T[], void, undefined> {
    const purpose: RequestPurpose = { verb: 'list', resource, namespace: opts.namespace };
    const limit = opts.limit ?? defaultPageSize;
    const filter = opts.onlyOnNodes
      ? { nodeNames: opts.onlyOnNodes.nodeNames, unscheduled: opts.onlyOnNodes.unscheduled }
      : opts.onlyInvolving
        ? { involvedNames: opts.onlyInvolving }
        : undefined;
    const request = (continueToken: string | undefined): InFlightPage => {
      const page = this.fetchListPage(path, purpose, {
        limit,
        continue: continueToken,
        labelSelector: opts.labelSelector || undefined,
        fieldSelector: opts.fieldSelector || undefined,
        ...this.timeoutQuery(),
      });
      // Read ahead: nobody may await this page if the caller stops early.
      page.catch(() => undefined);
      return { page, continueToken };
    };
    const handedOut = new Set<string>();
    let restarted = false;
    let inFlight = request(undefined);
    for (;;) {
      let raw: RawListPage;
      try {
        raw = await inFlight.page;
      } catch (error) {
        if (error instanceof KubeApiError && error.status === 410 && inFlight.continueToken !== undefined) {
          if (restarted) {
            throw new KubeApiError(t('kube.error.expiredTwice', { resource }), {
              status: 410,
              reason: error.reason,
              apiMessage: error.apiMessage,
              hint: t('kube.hint.retryLater'),
            });
          }
          restarted = true;
          inFlight = request(undefined);
          continue;
        }
        throw error;
      }
      if (raw.continueToken !== undefined) inFlight = request(raw.continueToken);
      let decoded: DecodedPage<T>;
      try {
        decoded = decodeListPage<T>(raw.body, filter);
      } catch (error) {
        throw new ClusterAccessError(t('kube.error.badJson', { server: this.server }), { cause: error });
      }
      // The head of the body did not give the token away: ask for the next page now.
      if (raw.continueToken === undefined && decoded.continueToken !== undefined) inFlight = request(decoded.continueToken);
      const fresh = restarted ? decoded.items.filter((item) => !handedOut.has(objectKey(item))) : decoded.items;
      for (const item of fresh) handedOut.add(objectKey(item));
      // A page whose items were all skipped unparsed still counts as a page read (progress).
      if (fresh.length > 0 || (!restarted && decoded.listed > 0)) yield fresh;
      if (decoded.continueToken === undefined) return;
    }
  }
}
