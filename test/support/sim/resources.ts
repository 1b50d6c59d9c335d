/**
 * The resources the simulated API server knows: their names, scope, verbs and the fields a
 * `fieldSelector` may use (the same sets a real kube-apiserver accepts for them).
 */
import type { SimObject } from './types.js';

export type FieldGetter = (obj: SimObject) => string | undefined;

export interface ResourceInfo {
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  group: string;
  version: string;
  apiVersion: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  subresources: string[];
  fields: Record<string, FieldGetter>;
  /** Fields indexed by the store so that equality selectors skip a full scan. */
  indexedFields: string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

type Loose = Record<string, unknown>;

function read(obj: unknown, path: string[]): unknown {
  let cur: unknown = obj;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Loose)[part];
  }
  return cur;
}

/** A field getter that renders the value as the server compares it (strings, booleans as text). */
function field(path: string): FieldGetter {
  const parts = path.split('.');
  return (obj) => {
    const v = read(obj, parts);
    if (v === undefined || v === null) return '';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };
}

function metaFields(namespaced: boolean): Record<string, FieldGetter> {
  const fields: Record<string, FieldGetter> = { 'metadata.name': field('metadata.name') };
  if (namespaced) fields['metadata.namespace'] = field('metadata.namespace');
  return fields;
}

function core(
  kind: string,
  plural: string,
  namespaced: boolean,
  shortNames: string[],
  extraFields: Record<string, FieldGetter>,
  opts: { subresources?: string[]; indexedFields?: string[]; verbs?: string[] } = {},
): ResourceInfo {
  return {
    kind,
    listKind: `${kind}List`,
    plural,
    singular: kind.toLowerCase(),
    group: '',
    version: 'v1',
    apiVersion: 'v1',
    namespaced,
    shortNames,
    verbs: opts.verbs ?? ALL_VERBS,
    subresources: opts.subresources ?? [],
    fields: { ...metaFields(namespaced), ...extraFields },
    indexedFields: opts.indexedFields ?? [],
  };
}

export const RESOURCES: readonly ResourceInfo[] = [
  core(
    'Namespace',
    'namespaces',
    false,
    ['ns'],
    { 'status.phase': field('status.phase') },
    { subresources: ['status', 'finalize'], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  ),
  core('Node', 'nodes', false, ['no'], { 'spec.unschedulable': (o) => String(read(o, ['spec', 'unschedulable']) === true) }, {
    subresources: ['status', 'proxy'],
  }),
  core(
    'Pod',
    'pods',
    true,
    ['po'],
    {
      'spec.nodeName': field('spec.nodeName'),
      'spec.restartPolicy': field('spec.restartPolicy'),
      'spec.schedulerName': field('spec.schedulerName'),
      'spec.serviceAccountName': field('spec.serviceAccountName'),
      'spec.hostNetwork': (o) => String(read(o, ['spec', 'hostNetwork']) === true),
      'status.phase': field('status.phase'),
      'status.podIP': field('status.podIP'),
      'status.nominatedNodeName': field('status.nominatedNodeName'),
    },
    { subresources: ['log', 'exec', 'status', 'attach', 'portforward', 'eviction'], indexedFields: ['spec.nodeName'] },
  ),
  core(
    'Event',
    'events',
    true,
    ['ev'],
    {
      'involvedObject.kind': field('involvedObject.kind'),
      'involvedObject.namespace': field('involvedObject.namespace'),
      'involvedObject.name': field('involvedObject.name'),
      'involvedObject.uid': field('involvedObject.uid'),
      'involvedObject.apiVersion': field('involvedObject.apiVersion'),
      'involvedObject.resourceVersion': field('involvedObject.resourceVersion'),
      'involvedObject.fieldPath': field('involvedObject.fieldPath'),
      reason: field('reason'),
      reportingComponent: field('reportingComponent'),
      source: field('source.component'),
      type: field('type'),
    },
    { indexedFields: ['involvedObject.name'] },
  ),
  core('Service', 'services', true, ['svc'], { 'spec.clusterIP': field('spec.clusterIP'), 'spec.type': field('spec.type') }, { subresources: ['status', 'proxy'] }),
  {
    kind: 'DaemonSet',
    listKind: 'DaemonSetList',
    plural: 'daemonsets',
    singular: 'daemonset',
    group: 'apps',
    version: 'v1',
    apiVersion: 'apps/v1',
    namespaced: true,
    shortNames: ['ds'],
    verbs: ALL_VERBS,
    subresources: ['status'],
    fields: metaFields(true),
    indexedFields: [],
  },
  {
    kind: 'Lease',
    listKind: 'LeaseList',
    plural: 'leases',
    singular: 'lease',
    group: 'coordination.k8s.io',
    version: 'v1',
    apiVersion: 'coordination.k8s.io/v1',
    namespaced: true,
    shortNames: [],
    verbs: ALL_VERBS,
    subresources: [],
    fields: metaFields(true),
    indexedFields: [],
  },
  {
    kind: 'NetworkPolicy',
    listKind: 'NetworkPolicyList',
    plural: 'networkpolicies',
    singular: 'networkpolicy',
    group: 'networking.k8s.io',
    version: 'v1',
    apiVersion: 'networking.k8s.io/v1',
    namespaced: true,
    shortNames: ['netpol'],
    verbs: ALL_VERBS,
    subresources: [],
    fields: metaFields(true),
    indexedFields: [],
  },
];

const byName = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  byName.set(r.kind.toLowerCase(), r);
  byName.set(r.plural, r);
  byName.set(r.singular, r);
}

/** Resolves a kind ('Pod'), plural ('pods') or singular name; undefined when unknown. */
export function resourceFor(kindOrPlural: string): ResourceInfo | undefined {
  return byName.get(kindOrPlural.toLowerCase());
}

/** The resource served under `group` (''=core) with this plural, if any. */
export function resourceAt(group: string, plural: string): ResourceInfo | undefined {
  const r = byName.get(plural);
  return r && r.plural === plural && r.group === group ? r : undefined;
}

export function groupsServed(): string[] {
  return [...new Set(RESOURCES.map((r) => r.group).filter((g) => g !== ''))];
}
