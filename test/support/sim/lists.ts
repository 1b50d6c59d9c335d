/**
 * List requests: selectors, `limit`/`continue` paging with the real server's opaque token
 * format, `remainingItemCount` when no selector is given, pages serialised on demand.
 */
import type { ResourceInfo } from './resources.js';
import { fieldsMatch, labelsMatch, parseFieldSelector, parseLabelSelector, type FieldRequirement, type LabelRequirement } from './selectors.js';
import { lowerBound, namespaceRange, type ObjectStore, type StoredEntry } from './store.js';

export class ContinueError extends Error {}

export interface ListQuery {
  namespace?: string;
  labelSelector?: string | null;
  fieldSelector?: string | null;
  limit?: number;
  continueToken?: string | null;
}

export interface ListPage {
  items: StoredEntry[];
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
}

interface ContinueState {
  v: string;
  rv: number;
  start: string;
}

export function encodeContinue(lastKey: string, resourceVersion: string): string {
  const state: ContinueState = { v: 'meta.k8s.io/v1', rv: Number(resourceVersion), start: `${lastKey}\u0000` };
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeContinue(token: string): ContinueState {
  let state: Partial<ContinueState>;
  try {
    state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<ContinueState>;
  } catch {
    throw new ContinueError('continue key is not valid: illegal base64 data at input byte 0');
  }
  if (state.v !== 'meta.k8s.io/v1' || typeof state.start !== 'string' || typeof state.rv !== 'number') {
    throw new ContinueError('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
  return state as ContinueState;
}

/** Compiled selectors; throws SelectorError for bad syntax or unsupported fields. */
export interface Filter {
  labels: LabelRequirement[];
  fields: FieldRequirement[];
}

export function compileFilter(resource: ResourceInfo, labelSelector?: string | null, fieldSelector?: string | null): Filter {
  return { labels: parseLabelSelector(labelSelector), fields: parseFieldSelector(fieldSelector, resource) };
}

export function entryMatches(filter: Filter, entry: StoredEntry): boolean {
  return labelsMatch(filter.labels, entry.labels) && fieldsMatch(filter.fields, entry.fields);
}

/** The sorted keys to scan: an index's keys when an equality on an indexed field allows it. */
function candidateKeys(store: ObjectStore, resource: ResourceInfo, filter: Filter): readonly string[] {
  const table = store.table(resource);
  for (const req of filter.fields) {
    if (!req.equal) continue;
    const index = table.indexes.get(req.field);
    if (index) return index.get(req.value) ?? [];
  }
  return table.sortedKeys;
}

export function listPage(store: ObjectStore, resource: ResourceInfo, query: ListQuery): ListPage {
  const filter = compileFilter(resource, query.labelSelector, query.fieldSelector);
  const table = store.table(resource);
  const keys = candidateKeys(store, resource, filter);
  const [lo, hi] = namespaceRange(keys, resource, query.namespace);
  const resourceVersion = store.resourceVersion;
  let start = lo;
  let pageVersion = resourceVersion;
  if (query.continueToken) {
    const state = decodeContinue(query.continueToken);
    start = lowerBound(keys, state.start, lo, hi);
    pageVersion = String(state.rv);
  }
  const limit = query.limit && query.limit > 0 ? query.limit : Infinity;
  const selective = filter.labels.length > 0 || filter.fields.length > 0;
  const items: StoredEntry[] = [];
  let i = start;
  for (; i < hi && items.length < limit; i++) {
    const entry = table.entries.get(keys[i]!)!;
    if (!selective || entryMatches(filter, entry)) items.push(entry);
  }
  const page: ListPage = { items, resourceVersion: pageVersion };
  if (i < hi && items.length >= limit) {
    page.continueToken = encodeContinue(keys[i - 1]!, pageVersion);
    if (!selective) page.remainingItemCount = hi - i;
  }
  return page;
}

/** List metadata in the order the server writes it. */
export function listMetadata(page: ListPage): Record<string, string | number> {
  const meta: Record<string, string | number> = { resourceVersion: page.resourceVersion };
  if (page.continueToken) meta.continue = page.continueToken;
  if (page.remainingItemCount !== undefined) meta.remainingItemCount = page.remainingItemCount;
  return meta;
}

/** Serialises a list response in chunks so that no single huge string is built. */
export function* listJsonChunks(resource: ResourceInfo, page: ListPage, chunkItems = 1000): Generator<string> {
  yield `{"kind":"${resource.listKind}","apiVersion":"${resource.apiVersion}","metadata":${JSON.stringify(listMetadata(page))},"items":[`;
  for (let i = 0; i < page.items.length; i += chunkItems) {
    const slice = page.items.slice(i, i + chunkItems).map((e) => e.json);
    yield (i === 0 ? '' : ',') + slice.join(',');
  }
  yield ']}\n';
}
