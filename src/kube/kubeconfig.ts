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
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface KubeConfigOptions {
  /** --kubeconfig */
  kubeconfig?: string;
  /** --context */
  context?: string;
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

  const files = kubeconfigFiles(opts, env);
  if (files.length > 0) {
    const parsed = files.map((file) => parseKubeconfigFile(KubeConfigClass, file));
    const merged = mergeFirstWins(parsed);
    kc.loadFromOptions(merged);
    return selectContext(kc, opts.context, files);
  }

  const root = opts.serviceAccountRoot ?? serviceAccountDir;
  if (env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT && existsSync(path.join(root, 'token'))) {
    loadInCluster(kc, env, root);
    return selectContext(kc, opts.context, ['in-cluster']);
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

  const single = new KubeConfigClass();
  try {
    // FILTER drops incomplete entries instead of failing the whole file, as kubectl only
    // complains about an entry when it is actually used.
    single.loadFromString(text, { onInvalidEntry: 'filter' });
  } catch (error) {
    throw new ClusterAccessError(t('kube.error.kubeconfigMalformed', { path: file, reason: errorText(error) }), {
      cause: error,
      hint: t('kube.hint.kubeconfigMalformed'),
    });
  }
  const dir = path.dirname(file);
  return {
    file,
    clusters: single.clusters.map((cluster) => ({ ...cluster, caFile: absoluteFrom(dir, cluster.caFile) })),
    users: single.users.map((user) => resolveUserPaths(user, dir)),
    contexts: single.contexts,
    currentContext: single.currentContext || undefined,
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

function selectContext(kc: KubeConfig, requested: string | undefined, sources: string[]): ResolvedKubeConfig {
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
  const context = kc.getContextObject(name);
  const cluster = context ? kc.getCluster(context.cluster) : null;
  if (!context || !cluster) {
    throw new ClusterAccessError(t('kube.error.contextWithoutCluster', { context: name, cluster: context?.cluster ?? '' }), {
      hint: t('kube.hint.kubeconfigMalformed'),
    });
  }
  return { kc, contextName: name, server: cluster.server, namespace: context.namespace || undefined, sources };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
