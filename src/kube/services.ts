/**
 * Services and NetworkPolicies as the Snapshot keeps them: slimmed to the fields the causes read
 * (selector, session affinity, type and ports; pod selector and policy types) and kept only when
 * they select at least one of the Snapshot's pods, so a cluster with thousands of Services costs
 * a few records. The same selection serves live collection and `--from` files.
 */
import type { KNetworkPolicy, KPod, KService, LabelSelector, ObjectMeta, ServicePort } from './types.js';

/** Whether labels satisfy a LabelSelector (matchLabels and matchExpressions, ANDed); an empty selector matches everything. */
export function labelSelectorMatches(selector: LabelSelector | undefined, labels: Readonly<Record<string, string>> | undefined): boolean {
  const own = labels ?? {};
  // Read before it is slimmed too, so any shape is possible: what is not a selector selects nothing.
  const matchLabels: unknown = selector?.matchLabels ?? {};
  const expressions: unknown = selector?.matchExpressions ?? [];
  if (matchLabels === null || typeof matchLabels !== 'object' || !Array.isArray(expressions)) return false;
  for (const [key, value] of Object.entries(matchLabels)) if (own[key] !== value) return false;
  for (const expression of expressions as NonNullable<LabelSelector['matchExpressions']>) {
    if (expression === null || typeof expression !== 'object' || typeof expression.key !== 'string') return false;
    const has = Object.prototype.hasOwnProperty.call(own, expression.key);
    const values = Array.isArray(expression.values) ? expression.values : [];
    switch (expression.operator) {
      case 'In':
        if (!has || !values.includes(own[expression.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(own[expression.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // An operator the API would have refused: select nothing rather than guess.
        return false;
    }
  }
  return true;
}

/** Whether a Service's equality selector selects the labels; a Service without selector selects no pod. */
export function serviceSelects(service: KService, labels: Readonly<Record<string, string>> | undefined): boolean {
  const selector = service.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return false;
  return labelSelectorMatches({ matchLabels: selector }, labels);
}

/** Whether a NetworkPolicy's podSelector selects the labels (namespaces are compared by the caller). */
export function policySelects(policy: KNetworkPolicy, labels: Readonly<Record<string, string>> | undefined): boolean {
  return labelSelectorMatches(policy.spec?.podSelector ?? {}, labels);
}

function slimMeta(meta: ObjectMeta): ObjectMeta {
  const slim: ObjectMeta = { name: String(meta.name) };
  if (typeof meta.namespace === 'string') slim.namespace = meta.namespace;
  if (typeof meta.uid === 'string') slim.uid = meta.uid;
  return slim;
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) if (typeof entry === 'string') out[key] = entry;
  return out;
}

function slimPorts(value: unknown): ServicePort[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry): ServicePort[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const port = entry as Record<string, unknown>;
    if (typeof port.port !== 'number') return [];
    const slim: ServicePort = { port: port.port };
    if (typeof port.name === 'string') slim.name = port.name;
    if (typeof port.protocol === 'string') slim.protocol = port.protocol;
    if (typeof port.targetPort === 'number' || typeof port.targetPort === 'string') slim.targetPort = port.targetPort;
    if (typeof port.nodePort === 'number') slim.nodePort = port.nodePort;
    return [slim];
  });
}

/** A Service with only what the causes read; everything else (status, annotations, managedFields) is dropped. */
export function slimService(service: KService): KService {
  const spec = service.spec ?? {};
  const slimSpec: NonNullable<KService['spec']> = {};
  const selector = stringRecord(spec.selector);
  if (selector) slimSpec.selector = selector;
  if (typeof spec.sessionAffinity === 'string') slimSpec.sessionAffinity = spec.sessionAffinity;
  if (typeof spec.type === 'string') slimSpec.type = spec.type;
  const ports = slimPorts(spec.ports);
  if (ports) slimSpec.ports = ports;
  return { apiVersion: 'v1', kind: 'Service', metadata: slimMeta(service.metadata), spec: slimSpec };
}

function slimLabelSelector(value: unknown): LabelSelector {
  if (value === null || typeof value !== 'object') return {};
  const raw = value as Record<string, unknown>;
  const selector: LabelSelector = {};
  const matchLabels = stringRecord(raw.matchLabels);
  if (matchLabels) selector.matchLabels = matchLabels;
  if (Array.isArray(raw.matchExpressions)) {
    selector.matchExpressions = raw.matchExpressions.flatMap((entry) => {
      if (entry === null || typeof entry !== 'object') return [];
      const expression = entry as Record<string, unknown>;
      if (typeof expression.key !== 'string' || typeof expression.operator !== 'string') return [];
      const values = Array.isArray(expression.values) ? expression.values.filter((v): v is string => typeof v === 'string') : undefined;
      return [{ key: expression.key, operator: expression.operator, ...(values ? { values } : {}) }];
    });
  }
  return selector;
}

/** A NetworkPolicy with only its pod selector and policy types (the rules themselves are not read). */
export function slimNetworkPolicy(policy: KNetworkPolicy): KNetworkPolicy {
  const spec = policy.spec ?? {};
  const slimSpec: NonNullable<KNetworkPolicy['spec']> = { podSelector: slimLabelSelector(spec.podSelector) };
  if (Array.isArray(spec.policyTypes)) slimSpec.policyTypes = spec.policyTypes.filter((t): t is string => typeof t === 'string');
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: slimMeta(policy.metadata), spec: slimSpec };
}

/**
 * Labelled objects indexed by namespace and by each label pair, so that a selector is tested only
 * against the objects carrying one of its pairs: thousands of Services over tens of thousands of
 * pods stay a few lookups each instead of a scan of the namespace.
 */
export class LabelIndex<T> {
  private readonly byNamespace = new Map<string, T[]>();
  private readonly byPair = new Map<string, T[]>();

  constructor(items: readonly T[], namespaceOf: (item: T) => string, labelsOf: (item: T) => Readonly<Record<string, string>> | undefined) {
    for (const item of items) {
      const namespace = namespaceOf(item);
      push(this.byNamespace, namespace, item);
      for (const [key, value] of Object.entries(labelsOf(item) ?? {})) push(this.byPair, pairKey(namespace, key, value), item);
    }
  }

  /** The namespaces holding at least one object, sorted. */
  namespaces(): string[] {
    return [...this.byNamespace.keys()].sort();
  }

  /** The objects of the namespace that can match: those with the rarest pair of `matchLabels`, else all of the namespace. */
  candidates(namespace: string, matchLabels: Readonly<Record<string, string>> | undefined): readonly T[] {
    let best: readonly T[] | undefined;
    for (const [key, value] of Object.entries(matchLabels ?? {})) {
      const bucket = this.byPair.get(pairKey(namespace, key, value)) ?? [];
      if (best === undefined || bucket.length < best.length) best = bucket;
      if (best.length === 0) break;
    }
    return best ?? this.byNamespace.get(namespace) ?? [];
  }
}

function pairKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The Snapshot's pods, indexed to test selectors against. */
export type PodsByNamespace = LabelIndex<KPod>;

export function podsByNamespace(pods: readonly KPod[]): PodsByNamespace {
  return new LabelIndex(pods, (pod) => pod.metadata.namespace ?? 'default', (pod) => pod.metadata.labels);
}

/** Keep a Service when it selects one of the Snapshot's pods in its namespace. */
export function keepService(service: KService, pods: PodsByNamespace): boolean {
  const selector = service.spec?.selector;
  if (!selector || typeof selector !== 'object' || Object.keys(selector).length === 0) return false;
  return pods.candidates(service.metadata?.namespace ?? 'default', selector).some((pod) => serviceSelects(service, pod.metadata.labels));
}

/** Keep a NetworkPolicy when its podSelector selects one of the Snapshot's pods in its namespace. */
export function keepNetworkPolicy(policy: KNetworkPolicy, pods: PodsByNamespace): boolean {
  const matchLabels = policy.spec?.podSelector?.matchLabels;
  const candidates = pods.candidates(policy.metadata?.namespace ?? 'default', matchLabels && typeof matchLabels === 'object' ? matchLabels : undefined);
  return candidates.some((pod) => policySelects(policy, pod.metadata.labels));
}
