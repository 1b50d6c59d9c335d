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
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) if (own[key] !== value) return false;
  for (const expression of selector?.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(own, expression.key);
    const values = expression.values ?? [];
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

/** The Snapshot's pods by namespace, to test selectors against. */
export type PodsByNamespace = ReadonlyMap<string, readonly KPod[]>;

export function podsByNamespace(pods: readonly KPod[]): PodsByNamespace {
  const byNamespace = new Map<string, KPod[]>();
  for (const pod of pods) {
    const namespace = pod.metadata.namespace ?? 'default';
    const list = byNamespace.get(namespace);
    if (list) list.push(pod);
    else byNamespace.set(namespace, [pod]);
  }
  return byNamespace;
}

/** Keep a Service when it selects one of the Snapshot's pods in its namespace. */
export function keepService(service: KService, pods: PodsByNamespace): boolean {
  const candidates = pods.get(service.metadata?.namespace ?? 'default') ?? [];
  return candidates.some((pod) => serviceSelects(service, pod.metadata.labels));
}

/** Keep a NetworkPolicy when its podSelector selects one of the Snapshot's pods in its namespace. */
export function keepNetworkPolicy(policy: KNetworkPolicy, pods: PodsByNamespace): boolean {
  const candidates = pods.get(policy.metadata?.namespace ?? 'default') ?? [];
  return candidates.some((pod) => policySelects(policy, pod.metadata.labels));
}

function refOf(meta: ObjectMeta): string {
  return `${meta.namespace ?? 'default'}/${meta.name}`;
}

/** Stable order: by namespace/name. */
export function sortByRef<T extends { metadata: ObjectMeta }>(objects: T[]): T[] {
  return objects.sort((a, b) => (refOf(a.metadata) < refOf(b.metadata) ? -1 : refOf(a.metadata) > refOf(b.metadata) ? 1 : 0));
}
