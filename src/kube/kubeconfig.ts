/**
 * Kubeconfig resolution with kubectl's rules:
 *   1. --kubeconfig PATH (the file must exist);
 *   2. KUBECONFIG, a list of files separated by the platform's path-list separator, merged so that
 *      the first file to define a cluster, user or context (or current-context) wins, and files that
 *      do not exist are skipped;
 *   3. ~/.kube/config;
 *   4. the in-cluster service account (KUBERNETES_SERVICE_HOST/PORT and the token file).
 * --context picks a context, otherwise current-context does.
 *
 * Parsing and authentication (tokens, client certificates, exec credential plugins such as
 * kubelogin, aws or gke-gcloud-auth-plugin, auth providers) are left to @kubernetes/client-node's
 * KubeConfig, so everything kubectl accepts keeps working.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Cluster, Context, KubeConfig, User } from '@kubernetes/client-node';
import { parseDocument } from 'yaml';
import { ClusterAccessError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

/** kubectl's global flags that override the kubeconfig (ConfigOverrides in client-go). */
export interface KubeOverrides {
  /** -s/--server */
  server?: string;
  /** --user: a kubeconfig user instead of the context's */
  user?: string;
  /** --cluster: a kubeconfig cluster instead of the context's */
  cluster?: string;
  /** --token: a bearer token in place of the user's credentials */
  token?: string;
  /** --certificate-authority */
  certificateAuthority?: string;
  /** --client-certificate / --client-key */
  clientCertificate?: string;
  clientKey?: string;
  /** --insecure-skip-tls-verify */
  insecureSkipTlsVerify?: boolean;
  /** --tls-server-name */
  tlsServerName?: string;
  /** --as, --as-group (repeatable), --as-uid */
  as?: string;
  asGroups?: string[];
  asUid?: string;
}

/** What windbg reads from a kubeconfig user beyond @kubernetes/client-node's User. */
export interface UserExtras {
  /** tokenFile, as an absolute path (relative paths are against the kubeconfig's folder). */
  tokenFile?: string;
  /** as-groups, as-uid, as-user-extra */
  impersonateGroups?: string[];
  impersonateUid?: string;
  impersonateExtra?: Record<string, string[]>;
}

export type KubeUser = User & UserExtras;

/** What windbg reads from a kubeconfig cluster beyond @kubernetes/client-node's Cluster. */
export interface ClusterExtras {
  /** The `client.authentication.k8s.io/exec` extension: exec plugins get it as spec.cluster.config. */
  execPluginConfig?: unknown;
}

export type KubeCluster = Cluster & ClusterExtras;

/** The extension kubectl hands to exec plugins with the cluster's details. */
const execPluginExtension = 'client.authentication.k8s.io/exec';

export interface KubeConfigOptions {
  /** --kubeconfig */
  kubeconfig?: string;
  /** --context */
  context?: string;
  /** kubectl's global flags (--server, --token, --as, ...). */
  overrides?: KubeOverrides;
  /** Folder that relative flag paths (--certificate-authority, --client-key) are read from. */
  cwd?: string;
  /** Environment to read KUBECONFIG, HOME and KUBERNETES_SERVICE_* from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Home directory; os.homedir() by default. */
  homeDir?: string;
  /** Root of the service account files (tests); the real /var/run/secrets/... path by default. */
  serviceAccountRoot?: string;
}

export interface ResolvedKubeConfig {
  kc: KubeConfig;
  contextName: string;
  /** API server URL without a trailing slash. */
  server: string;
  /** The context's default namespace, when it sets one. */
  namespace?: string;
  /** Where the configuration came from: file paths, or "in-cluster". */
  sources: string[];
}

const serviceAccountDir = '/var/run/secrets/kubernetes.io/serviceaccount';

interface ParsedFile {
  file: string;
  clusters: Cluster[];
  users: User[];
  contexts: Context[];
  currentContext?: string;
}

/** Loads and validates the kubeconfig, then selects the context. Throws ClusterAccessError. */
export async function loadKubeConfig(opts: KubeConfigOptions = {}): Promise<ResolvedKubeConfig> {
  const env = opts.env ?? process.env;
  const { KubeConfig: KubeConfigClass } = await import('./kubeconfig-class.js');
  const kc = new KubeConfigClass();

  const overrides = opts.overrides ?? {};
  validateOverrides(overrides);
  const files = kubeconfigFiles(opts, env);
  if (files.length > 0) {
    const parsed = files.map((file) => parseKubeconfigFile(KubeConfigClass, file));
    const merged = mergeFirstWins(parsed);
    kc.loadFromOptions(noContextButServer(merged, opts.context, overrides) ? flagsOnlyConfig(overrides.server!) : merged);
    return applyOverrides(selectContext(kc, opts.context, files, overrides), overrides, opts.cwd ?? process.cwd());
  }

  const root = opts.serviceAccountRoot ?? serviceAccountDir;
  if (env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT && existsSync(path.join(root, 'token'))) {
    loadInCluster(kc, env, root);
    return applyOverrides(selectContext(kc, opts.context, ['in-cluster'], overrides), overrides, opts.cwd ?? process.cwd());
  }

  // kubectl works without any kubeconfig when the flags say where and who: --server (and --token ...).
  if (overrides.server !== undefined && overrides.server !== '') {
    kc.loadFromOptions(flagsOnlyConfig(overrides.server));
    return applyOverrides(selectContext(kc, undefined, ['flags'], overrides), overrides, opts.cwd ?? process.cwd());
  }

  throw new ClusterAccessError(t('kube.error.noKubeconfig', { path: path.join(homeDirOf(opts, env), '.kube', 'config') }), {
    hint: t('kube.hint.noKubeconfig'),
  });
}

/** The kubeconfig files kubectl would read, in precedence order (existing files only, except --kubeconfig). */
export function kubeconfigFiles(opts: Pick<KubeConfigOptions, 'kubeconfig' | 'homeDir'>, env: NodeJS.ProcessEnv): string[] {
  if (opts.kubeconfig !== undefined && opts.kubeconfig !== '') {
    const file = path.resolve(opts.kubeconfig);
    if (!isFile(file)) {
      throw new ClusterAccessError(t('kube.error.kubeconfigMissing', { path: file }), { hint: t('kube.hint.kubeconfigMissing') });
    }
    return [file];
  }
  const list = env.KUBECONFIG;
  if (list !== undefined && list !== '') {
    const candidates = list.split(path.delimiter).filter((entry) => entry !== '');
    const unique = [...new Set(candidates.map((entry) => path.resolve(entry)))];
    const present = unique.filter(isFile);
    if (present.length === 0) {
      throw new ClusterAccessError(t('kube.error.kubeconfigListEmpty', { list: candidates.join(path.delimiter) }), {
        hint: t('kube.hint.kubeconfigMissing'),
      });
    }
    return present;
  }
  const home = path.join(homeDirOf(opts, env), '.kube', 'config');
  return isFile(home) ? [home] : [];
}

function homeDirOf(opts: Pick<KubeConfigOptions, 'homeDir'>, env: NodeJS.ProcessEnv): string {
  return opts.homeDir ?? env.HOME ?? env.USERPROFILE ?? homedir();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function parseKubeconfigFile(KubeConfigClass: new () => KubeConfig, file: string): ParsedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ClusterAccessError(t('kube.error.kubeconfigUnreadable', { path: file, reason: errorText(error) }), { cause: error });
  }
  if (text.trim() === '') return { file, clusters: [], users: [], contexts: [] };

  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line;
    throw new ClusterAccessError(
      t(line === undefined ? 'kube.error.kubeconfigMalformed' : 'kube.error.kubeconfigMalformedAt', {
        path: file,
        line: line ?? 0,
        reason: firstError.message.split('\n')[0] ?? '',
      }),
      { hint: t('kube.hint.kubeconfigMalformed') },
    );
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { file, clusters: [], users: [], contexts: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ClusterAccessError(t('kube.error.kubeconfigNotMapping', { path: file }), { hint: t('kube.hint.kubeconfigMalformed') });
  }

  const rawUsers = rawEntries(value, 'users', 'user');
  const rawClusters = rawEntries(value, 'clusters', 'cluster');
  const single = new KubeConfigClass();
  try {
    // FILTER drops incomplete entries instead of failing the whole file, as kubectl only
    // complains about an entry when it is actually used. Token files are read here, later, relative
    // to this file (client-node would read its own "token-file" relative to the working directory).
    single.loadFromString(JSON.stringify(withoutTokenFiles(value)), { onInvalidEntry: 'filter' });
  } catch (error) {
    throw new ClusterAccessError(t('kube.error.kubeconfigMalformed', { path: file, reason: errorText(error) }), {
      cause: error,
      hint: t('kube.hint.kubeconfigMalformed'),
    });
  }
  const dir = path.dirname(file);
  return {
    file,
    clusters: single.clusters.map((cluster) => ({ ...cluster, caFile: absoluteFrom(dir, cluster.caFile), ...clusterExtras(rawClusters.get(cluster.name)) })),
    users: single.users.map((user) => ({ ...resolveUserPaths(user, dir), ...userExtras(rawUsers.get(user.name), dir) })),
    contexts: single.contexts,
    currentContext: single.currentContext || undefined,
  };
}

type RawRecord = Record<string, unknown>;

function isRecord(value: unknown): value is RawRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The inner mapping of each named entry of a list (`clusters[].cluster`, `users[].user`), as written in the file. */
function rawEntries(config: object, list: string, field: string): Map<string, RawRecord> {
  const entries = (config as RawRecord)[list];
  const out = new Map<string, RawRecord>();
  if (!Array.isArray(entries)) return out;
  for (const entry of entries) {
    if (isRecord(entry) && typeof entry.name === 'string' && isRecord(entry[field])) out.set(entry.name, entry[field]);
  }
  return out;
}

/** The exec plugin extension of a cluster (`extensions: [{name: client.authentication.k8s.io/exec, extension: ...}]`). */
function clusterExtras(raw: RawRecord | undefined): ClusterExtras {
  const extensions = raw?.extensions;
  if (!Array.isArray(extensions)) return {};
  const found = extensions.find((e): e is RawRecord => isRecord(e) && e.name === execPluginExtension);
  return found && found.extension !== undefined ? { execPluginConfig: found.extension } : {};
}

function withoutTokenFiles(config: object): object {
  const users = (config as RawRecord).users;
  if (!Array.isArray(users)) return config;
  return {
    ...config,
    users: users.map((entry) => {
      if (!isRecord(entry) || !isRecord(entry.user)) return entry;
      const { tokenFile: _tokenFile, 'token-file': _dashed, ...user } = entry.user;
      return { ...entry, user };
    }),
  };
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((item): item is string => typeof item === 'string');
  return items.length > 0 ? items : undefined;
}

/**
 * tokenFile and the impersonation fields. "token-file" (which client-node reads) is not kubectl's
 * name: kubectl ignores it, and so does this.
 */
function userExtras(raw: RawRecord | undefined, dir: string): UserExtras {
  if (!raw) return {};
  const tokenFile = typeof raw.tokenFile === 'string' && raw.tokenFile !== '' ? raw.tokenFile : undefined;
  const extra = isRecord(raw['as-user-extra'])
    ? Object.fromEntries(Object.entries(raw['as-user-extra']).map(([key, values]) => [key, stringList(values) ?? []]))
    : undefined;
  return {
    ...(tokenFile ? { tokenFile: absoluteFrom(dir, tokenFile) } : {}),
    ...(stringList(raw['as-groups']) ? { impersonateGroups: stringList(raw['as-groups']) } : {}),
    ...(typeof raw['as-uid'] === 'string' && raw['as-uid'] !== '' ? { impersonateUid: raw['as-uid'] } : {}),
    ...(extra ? { impersonateExtra: extra } : {}),
  };
}

/** Relative file references in a kubeconfig are relative to that file, as in kubectl. */
function resolveUserPaths(user: User, dir: string): User {
  const command: unknown = user.exec?.command;
  // kubectl resolves an exec command relative to the kubeconfig only when it names a path
  // ("./bin/plugin"); a bare name ("kubelogin") is looked up on PATH.
  const relativeCommand = typeof command === 'string' && !path.isAbsolute(command) && /[\\/]/.test(command);
  return {
    ...user,
    certFile: absoluteFrom(dir, user.certFile),
    keyFile: absoluteFrom(dir, user.keyFile),
    exec: relativeCommand ? { ...user.exec, command: path.join(dir, command) } : user.exec,
  };
}

function absoluteFrom(dir: string, file: string | undefined): string | undefined {
  if (file === undefined || file === null || file === '') return file ?? undefined;
  return path.isAbsolute(file) ? file : path.join(dir, file);
}

/**
 * kubectl's merge of several kubeconfig files: the first file that defines a name wins
 * (later duplicates are ignored), and the first non-empty current-context wins.
 * (@kubernetes/client-node's own mergeConfig throws on duplicates and lets later files
 * override current-context, which is why the merge is done here.)
 */
export function mergeFirstWins(files: readonly Omit<ParsedFile, 'file'>[]): {
  clusters: Cluster[];
  users: User[];
  contexts: Context[];
  currentContext: string;
} {
  const clusters = new Map<string, Cluster>();
  const users = new Map<string, User>();
  const contexts = new Map<string, Context>();
  let currentContext = '';
  for (const file of files) {
    for (const cluster of file.clusters) if (!clusters.has(cluster.name)) clusters.set(cluster.name, cluster);
    for (const user of file.users) if (!users.has(user.name)) users.set(user.name, user);
    for (const context of file.contexts) if (!contexts.has(context.name)) contexts.set(context.name, context);
    if (currentContext === '' && file.currentContext) currentContext = file.currentContext;
  }
  return { clusters: [...clusters.values()], users: [...users.values()], contexts: [...contexts.values()], currentContext };
}

function loadInCluster(kc: KubeConfig, env: NodeJS.ProcessEnv, root: string): void {
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const port = env.KUBERNETES_SERVICE_PORT ?? '443';
  const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const namespaceFile = path.join(root, 'namespace');
  kc.loadFromOptions({
    clusters: [{ name: 'in-cluster', server, caFile: path.join(root, 'ca.crt'), skipTLSVerify: false }],
    users: [{ name: 'in-cluster', authProvider: { name: 'tokenFile', config: { tokenFile: path.join(root, 'token') } } }],
    contexts: [
      {
        name: 'in-cluster',
        cluster: 'in-cluster',
        user: 'in-cluster',
        namespace: existsSync(namespaceFile) ? readFileSync(namespaceFile, 'utf8').trim() : undefined,
      },
    ],
    currentContext: 'in-cluster',
  });
}

function selectContext(kc: KubeConfig, requested: string | undefined, sources: string[], overrides: KubeOverrides = {}): ResolvedKubeConfig {
  const names = kc.contexts.map((context) => context.name);
  const available = names.length > 0 ? names.join(', ') : t('kube.word.none');
  let name: string;
  if (requested !== undefined && requested !== '') {
    if (!names.includes(requested)) {
      throw new ClusterAccessError(t('kube.error.unknownContext', { context: requested, available }), {
        hint: t('kube.hint.unknownContext'),
      });
    }
    name = requested;
  } else {
    if (!kc.currentContext) {
      throw new ClusterAccessError(t('kube.error.noCurrentContext', { available }), { hint: t('kube.hint.noCurrentContext') });
    }
    if (!names.includes(kc.currentContext)) {
      throw new ClusterAccessError(t('kube.error.currentContextMissing', { context: kc.currentContext, available }), {
        hint: t('kube.hint.unknownContext'),
      });
    }
    name = kc.currentContext;
  }
  kc.setCurrentContext(name);
  const original = kc.getContextObject(name);
  // --user / --cluster pick other kubeconfig entries for this run, as kubectl does.
  const context = original ? pickEntries(kc, original, overrides) : original;
  const cluster = context ? kc.getCluster(context.cluster) : null;
  if (!context || !cluster) {
    throw new ClusterAccessError(t('kube.error.contextWithoutCluster', { context: name, cluster: context?.cluster ?? '' }), {
      hint: t('kube.hint.kubeconfigMalformed'),
    });
  }
  return { kc, contextName: name, server: cluster.server, namespace: context.namespace || undefined, sources };
}

/** A kubeconfig without any context, used with --server and no --context: the flags alone describe the cluster. */
function noContextButServer(merged: { currentContext: string; contexts: Context[] }, context: string | undefined, overrides: KubeOverrides): boolean {
  return (context === undefined || context === '') && merged.currentContext === '' && overrides.server !== undefined && overrides.server !== '';
}

function flagsOnlyConfig(server: string): { clusters: Cluster[]; users: User[]; contexts: Context[]; currentContext: string } {
  return {
    clusters: [{ name: 'flags', server, skipTLSVerify: false }],
    users: [{ name: 'flags' }],
    contexts: [{ name: 'flags', cluster: 'flags', user: 'flags' }],
    currentContext: 'flags',
  };
}

function pickEntries(kc: KubeConfig, context: Context, overrides: KubeOverrides): Context {
  const users = kc.users.map((user) => user.name);
  const clusters = kc.clusters.map((cluster) => cluster.name);
  if (overrides.user && !users.includes(overrides.user)) {
    throw new ClusterAccessError(t('kube.error.unknownUser', { user: overrides.user, available: users.join(', ') || t('kube.word.none') }), { hint: t('kube.hint.unknownContext') });
  }
  if (overrides.cluster && !clusters.includes(overrides.cluster)) {
    throw new ClusterAccessError(t('kube.error.unknownCluster', { cluster: overrides.cluster, available: clusters.join(', ') || t('kube.word.none') }), {
      hint: t('kube.hint.unknownContext'),
    });
  }
  if (!overrides.user && !overrides.cluster) return context;
  const picked: Context = { ...context, user: overrides.user || context.user, cluster: overrides.cluster || context.cluster };
  kc.contexts = kc.contexts.map((c) => (c.name === context.name ? picked : c));
  return picked;
}

/** --as-group / --as-uid need --as; a CA file and --insecure-skip-tls-verify exclude each other (as in kubectl). */
function validateOverrides(overrides: KubeOverrides): void {
  if (((overrides.asGroups?.length ?? 0) > 0 || overrides.asUid) && !overrides.as) {
    throw new UsageError(t('kube.error.impersonateWithoutUser'));
  }
  if (overrides.insecureSkipTlsVerify && overrides.certificateAuthority) {
    throw new UsageError(t('kube.error.caWithInsecure'));
  }
  if (overrides.server !== undefined && overrides.server !== '') {
    try {
      const url = new URL(overrides.server);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    } catch {
      throw new UsageError(t('kube.error.badServer', { server: overrides.server }));
    }
  }
}

/**
 * The flags on top of the selected context: server and TLS settings on a copy of its cluster,
 * credentials and impersonation on a copy of its user. --token replaces the user's credentials
 * (token file, exec plugin, auth provider, basic auth); client certificate flags replace its
 * certificate and key.
 */
function applyOverrides(resolved: ResolvedKubeConfig, overrides: KubeOverrides, cwd: string): ResolvedKubeConfig {
  const { kc } = resolved;
  const context = kc.getContextObject(resolved.contextName);
  const cluster = context ? kc.getCluster(context.cluster) : null;
  const user = (context ? kc.getUser(context.user) : null) as KubeUser | null;
  if (!context || !cluster) return resolved;
  const file = (p: string | undefined): string | undefined => (p === undefined || p === '' ? undefined : path.resolve(cwd, p));

  const clusterChanged =
    overrides.server || overrides.certificateAuthority || overrides.insecureSkipTlsVerify || overrides.tlsServerName !== undefined;
  let server = resolved.server;
  if (clusterChanged) {
    const next = { ...cluster };
    if (overrides.server) next.server = overrides.server;
    if (overrides.certificateAuthority) Object.assign(next, { caFile: file(overrides.certificateAuthority), caData: undefined, skipTLSVerify: false });
    if (overrides.insecureSkipTlsVerify) Object.assign(next, { skipTLSVerify: true, caFile: undefined, caData: undefined });
    if (overrides.tlsServerName !== undefined) Object.assign(next, { tlsServerName: overrides.tlsServerName });
    kc.clusters = kc.clusters.map((c) => (c.name === cluster.name ? next : c));
    server = next.server;
  }

  const userChanged = overrides.token || overrides.clientCertificate || overrides.clientKey || overrides.as;
  if (userChanged) {
    const base: KubeUser = user ?? { name: context.user };
    const next: KubeUser = { ...base };
    if (overrides.token) {
      // The user's tokenFile stays: kubectl still sends the file's token when the file can be read.
      Object.assign(next, { token: overrides.token, exec: undefined, authProvider: undefined, username: undefined, password: undefined });
    }
    if (overrides.clientCertificate) Object.assign(next, { certFile: file(overrides.clientCertificate), certData: undefined });
    if (overrides.clientKey) Object.assign(next, { keyFile: file(overrides.clientKey), keyData: undefined });
    if (overrides.as) {
      Object.assign(next, { impersonateUser: overrides.as, impersonateGroups: overrides.asGroups?.length ? [...overrides.asGroups] : undefined, impersonateUid: overrides.asUid || undefined, impersonateExtra: undefined });
    }
    kc.users = user ? kc.users.map((u) => (u.name === user.name ? next : u)) : [...kc.users, next];
  }
  return { ...resolved, server };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
