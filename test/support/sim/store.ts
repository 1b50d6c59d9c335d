/**
 * Object store of the simulated API server.
 *
 * Objects are kept as their JSON serialisation (without kind/apiVersion, as list items are sent)
 * next to the few things lists filter on (labels, selectable fields), so that serving a page is
 * a string join and 150,000 pods cost little more than their text. Keys are kept sorted per kind
 * (`<namespace>/<name>` or `<name>`, the order etcd returns), which makes a namespace a contiguous
 * range and a continue token a binary search.
 */
import { randomUUID } from 'node:crypto';
import { resourceFor, type ResourceInfo } from './resources.js';
import type { Labels } from './selectors.js';
import type { SimObject, SimStoreApi } from './types.js';

export interface StoredEntry {
  key: string;
  resource: ResourceInfo;
  namespace: string | undefined;
  name: string;
  /** JSON of the object without kind/apiVersion. */
  json: string;
  labels: Labels;
  fields: Record<string, string>;
}

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type ChangeListener = (type: ChangeType, entry: StoredEntry) => void;

export class StoreError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index in sorted `keys` within [lo, hi) whose key is >= `key`. */
export function lowerBound(keys: readonly string[], key: string, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(keys: string[], key: string): void {
  const i = lowerBound(keys, key);
  if (keys[i] !== key) keys.splice(i, 0, key);
}

function removeSorted(keys: string[], key: string): void {
  const i = lowerBound(keys, key);
  if (keys[i] === key) keys.splice(i, 1);
}

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace === undefined ? name : `${namespace}/${name}`;
}

/** Objects of one kind with their sorted keys and field indexes. */
class KindTable {
  readonly entries = new Map<string, StoredEntry>();
  sortedKeys: string[] = [];
  /** field -> value -> sorted keys */
  readonly indexes = new Map<string, Map<string, string[]>>();
  constructor(readonly resource: ResourceInfo) {
    for (const f of resource.indexedFields) this.indexes.set(f, new Map());
  }

  indexAdd(entry: StoredEntry): void {
    for (const [f, index] of this.indexes) {
      const v = entry.fields[f] ?? '';
      let keys = index.get(v);
      if (!keys) index.set(v, (keys = []));
      insertSorted(keys, entry.key);
    }
  }

  indexRemove(entry: StoredEntry): void {
    for (const [f, index] of this.indexes) {
      const v = entry.fields[f] ?? '';
      const keys = index.get(v);
      if (!keys) continue;
      removeSorted(keys, entry.key);
      if (keys.length === 0) index.delete(v);
    }
  }

  /** Rebuilds keys and indexes in one pass (bulk loading). */
  rebuild(): void {
    this.sortedKeys = [...this.entries.keys()].sort(compareKeys);
    for (const index of this.indexes.values()) index.clear();
    for (const key of this.sortedKeys) {
      const entry = this.entries.get(key)!;
      for (const [f, index] of this.indexes) {
        const v = entry.fields[f] ?? '';
        let keys = index.get(v);
        if (!keys) index.set(v, (keys = []));
        keys.push(key);
      }
    }
  }
}

export class ObjectStore {
  private readonly tables = new Map<string, KindTable>();
  private revision = 1000;
  private readonly listeners: ChangeListener[] = [];
  private bulk = false;

  get resourceVersion(): string {
    return String(this.revision);
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  table(resource: ResourceInfo): KindTable {
    let t = this.tables.get(resource.kind);
    if (!t) this.tables.set(resource.kind, (t = new KindTable(resource)));
    return t;
  }

  /** Puts many objects, sorting and indexing once at the end. */
  putMany(objects: readonly object[]): void {
    this.bulk = true;
    try {
      for (const o of objects) this.put(o);
    } finally {
      this.bulk = false;
      for (const t of this.tables.values()) t.rebuild();
    }
  }

  /**
   * Writes an object (create or replace). Fills what the server always sets: uid,
   * creationTimestamp, a fresh resourceVersion. Returns the stored entry.
   */
  put(input: object): StoredEntry {
    const obj = input as SimObject;
    const resource = obj.kind ? resourceFor(obj.kind) : undefined;
    if (!resource) throw new StoreError(400, `the simulated cluster does not serve kind "${String(obj.kind)}"`);
    const meta = obj.metadata;
    if (!meta || typeof meta.name !== 'string' || meta.name === '') {
      throw new StoreError(422, `${resource.kind} "" is invalid: metadata.name: Required value: name or generateName is required`);
    }
    const namespace = resource.namespaced ? (meta.namespace ?? 'default') : undefined;
    const t = this.table(resource);
    const key = objectKey(namespace, meta.name);
    const previous = t.entries.get(key);

    this.revision++;
    const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj;
    const metadata = { ...meta };
    if (namespace !== undefined) metadata.namespace = namespace;
    else delete metadata.namespace;
    metadata.uid ??= randomUUID();
    metadata.creationTimestamp ??= new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    metadata.resourceVersion = String(this.revision);
    const stored = { metadata: orderMetadata(metadata), ...withoutKey(rest, 'metadata') };

    const fields: Record<string, string> = {};
    for (const [f, get] of Object.entries(resource.fields)) fields[f] = get(stored as SimObject) ?? '';
    const entry: StoredEntry = {
      key,
      resource,
      namespace,
      name: meta.name,
      json: JSON.stringify(stored),
      labels: metadata.labels,
      fields,
    };
    if (previous && !this.bulk) t.indexRemove(previous);
    t.entries.set(key, entry);
    if (!this.bulk) {
      if (!previous) insertSorted(t.sortedKeys, key);
      t.indexAdd(entry);
    }
    this.emit(previous ? 'MODIFIED' : 'ADDED', entry);
    return entry;
  }

  getEntry(resource: ResourceInfo, namespace: string | undefined, name: string): StoredEntry | undefined {
    return this.tables.get(resource.kind)?.entries.get(objectKey(resource.namespaced ? namespace : undefined, name));
  }

  /** A parsed copy of the object with kind and apiVersion. */
  read(resource: ResourceInfo, namespace: string | undefined, name: string): SimObject | undefined {
    const e = this.getEntry(resource, namespace, name);
    return e ? toObject(e) : undefined;
  }

  remove(resource: ResourceInfo, namespace: string | undefined, name: string): StoredEntry | undefined {
    const t = this.tables.get(resource.kind);
    const key = objectKey(resource.namespaced ? namespace : undefined, name);
    const entry = t?.entries.get(key);
    if (!t || !entry) return undefined;
    this.revision++;
    t.entries.delete(key);
    removeSorted(t.sortedKeys, key);
    t.indexRemove(entry);
    this.emit('DELETED', entry);
    return entry;
  }

  /** All entries of a resource in key order (optionally one namespace). */
  entries(resource: ResourceInfo, namespace?: string): StoredEntry[] {
    const t = this.tables.get(resource.kind);
    if (!t) return [];
    const [lo, hi] = namespaceRange(t.sortedKeys, resource, namespace);
    const out: StoredEntry[] = [];
    for (let i = lo; i < hi; i++) out.push(t.entries.get(t.sortedKeys[i]!)!);
    return out;
  }

  /** The store API handed to tests: kinds by name, copies in and out. */
  api(): SimStoreApi {
    const resolve = (kind: string): ResourceInfo => {
      const r = resourceFor(kind);
      if (!r) throw new Error(`unknown kind "${kind}"; the simulated cluster serves Namespace, Node, Pod, Event, DaemonSet, Lease, Service, NetworkPolicy`);
      return r;
    };
    return {
      list: (kind) => this.entries(resolve(kind)).map(toObject),
      get: (kind, namespace, name) => this.read(resolve(kind), namespace, name),
      put: (obj) => void this.put(obj),
      remove: (kind, namespace, name) => void this.remove(resolve(kind), namespace, name),
    };
  }

  private emit(type: ChangeType, entry: StoredEntry): void {
    for (const l of this.listeners) l(type, entry);
  }
}

/** [lo, hi) of the keys of one namespace (whole array when cluster-wide). */
export function namespaceRange(keys: readonly string[], resource: ResourceInfo, namespace: string | undefined): [number, number] {
  if (!resource.namespaced || namespace === undefined) return [0, keys.length];
  // '0' is the character after '/', so [ns/, ns0) holds exactly the namespace's keys.
  return [lowerBound(keys, `${namespace}/`), lowerBound(keys, `${namespace}0`)];
}

export function toObject(entry: StoredEntry): SimObject {
  return JSON.parse(withTypeMeta(entry)) as SimObject;
}

/** The entry's JSON with kind and apiVersion in front, as a single GET returns it. */
export function withTypeMeta(entry: StoredEntry): string {
  const head = `{"kind":"${entry.resource.kind}","apiVersion":"${entry.resource.apiVersion}"`;
  return entry.json.length > 2 ? `${head},${entry.json.slice(1)}` : `${head}}`;
}

const METADATA_ORDER = ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp'];

/** Metadata fields in the order the API server writes them, for readable YAML. */
function orderMetadata(meta: SimObject['metadata']): SimObject['metadata'] {
  const out: Record<string, unknown> = {};
  for (const k of METADATA_ORDER) if (meta[k] !== undefined) out[k] = meta[k];
  for (const [k, v] of Object.entries(meta)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as SimObject['metadata'];
}

function withoutKey<T extends object>(obj: T, key: string): Partial<T> {
  const copy = { ...obj } as Record<string, unknown>;
  delete copy[key];
  return copy as Partial<T>;
}
