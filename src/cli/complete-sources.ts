/**
 * Names for shell completion, read from the cluster (or the --from files) within a short time:
 * a TAB that hangs is worse than a TAB that offers nothing. Every failure yields no names.
 */
import type { KubeClient } from '../kube/types.js';
import type { CompletionScope, CompletionSources } from './complete.js';
import { kubeOverrides } from './options.js';

/** The whole answer must arrive within this time, connection included. */
export const completionDeadlineMs = 3000;
/** At most this many names are read (a namespace with 50,000 pods still completes quickly). */
const maxNames = 2000;
const pageSize = 500;

function withinDeadline<T>(work: Promise<T>, fallback: T, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  return Promise.race([work.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

async function collectNames<T extends { metadata?: { name?: string } }>(pages: AsyncIterable<T[]>, keep: (item: T) => boolean = () => true): Promise<string[]> {
  const names: string[] = [];
  for await (const page of pages) {
    for (const item of page) if (item.metadata?.name && keep(item)) names.push(item.metadata.name);
    if (names.length >= maxNames) break;
  }
  return [...new Set(names)].sort();
}

export interface ClusterSourceOptions {
  env?: NodeJS.ProcessEnv;
  deadlineMs?: number;
}

export function clusterCompletionSources(opts: ClusterSourceOptions = {}): CompletionSources {
  const deadline = opts.deadlineMs ?? completionDeadlineMs;
  const clients = new Map<string, Promise<KubeClient>>();
  const client = (scope: CompletionScope): Promise<KubeClient> => {
    const key = JSON.stringify([scope.kubeconfig, scope.context, scope.auth]);
    if (!clients.has(key)) {
      clients.set(
        key,
        import('../kube/client.js').then(({ createKubeClient }) =>
          createKubeClient({
            kubeconfig: scope.kubeconfig,
            context: scope.context,
            env: opts.env,
            requestTimeout: `${Math.ceil(deadline / 1000)}s`,
            retry: { maxAttempts: 1 },
            overrides: kubeOverrides(scope.auth ?? {}),
          }),
        ),
      );
    }
    return clients.get(key)!;
  };
  const offline = async (from: string) => (await import('../kube/offline.js')).loadSnapshotFromPath(from, {});
  const namespaceOf = async (scope: CompletionScope): Promise<string> => {
    if (scope.namespace) return scope.namespace;
    const { loadKubeConfig } = await import('../kube/kubeconfig.js');
    return (await loadKubeConfig({ kubeconfig: scope.kubeconfig, context: scope.context, env: opts.env, overrides: kubeOverrides(scope.auth ?? {}) })).namespace ?? 'default';
  };

  return {
    windowsNodes: (scope) =>
      withinDeadline(
        (async () => {
          if (scope.from !== undefined) return (await offline(scope.from)).nodes.map((n) => n.metadata.name).sort();
          return collectNames((await client(scope)).listNodes({ labelSelector: 'kubernetes.io/os=windows', limit: pageSize }));
        })(),
        [],
        deadline,
      ),
    pods: (scope) =>
      withinDeadline(
        (async () => {
          if (scope.from !== undefined) {
            const pods = (await offline(scope.from)).pods;
            const namespace = scope.namespace;
            return [...new Set(pods.filter((p) => !namespace || (p.metadata.namespace ?? 'default') === namespace).map((p) => p.metadata.name))].sort();
          }
          const namespace = await namespaceOf(scope);
          return collectNames((await client(scope)).listPods({ namespace, limit: pageSize }));
        })(),
        [],
        deadline,
      ),
    namespaces: (scope) =>
      withinDeadline(
        (async () => {
          if (scope.from !== undefined) return [...new Set((await offline(scope.from)).pods.map((p) => p.metadata.namespace ?? 'default'))].sort();
          const kube = await client(scope);
          return kube.listNamespaces ? collectNames(kube.listNamespaces({ limit: pageSize })) : [];
        })(),
        [],
        deadline,
      ),
    contexts: (scope) =>
      withinDeadline(
        (async () => {
          const { loadKubeConfig } = await import('../kube/kubeconfig.js');
          const resolved = await loadKubeConfig({ kubeconfig: scope.kubeconfig, env: opts.env });
          return resolved.kc.getContexts().map((c) => c.name).sort();
        })(),
        [],
        deadline,
      ),
    // From the table generated at build time (as `rules` lists it): the cause folders stay unloaded.
    ruleIds: async () => {
      const [{ catalogueSummaries }, { language }] = await Promise.all([import('./catalogue-index.js'), import('../i18n/index.js')]);
      return (await catalogueSummaries(language())).map((rule) => `${rule.id}\t${rule.title.replace(/\s+/g, ' ')}`);
    },
  };
}
