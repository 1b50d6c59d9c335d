/**
 * `?watch=true` streams: newline-delimited `{"type":...,"object":...}` for changes that match the
 * selectors. Without a resourceVersion (or with "0") the stream starts with ADDED for every
 * current match, as the real server does; with one, it only sends later changes.
 */
import type { ServerResponse } from 'node:http';
import { compileFilter, entryMatches, type Filter } from './lists.js';
import type { ResourceInfo } from './resources.js';
import { withTypeMeta, type ChangeType, type ObjectStore, type StoredEntry } from './store.js';

/** Renders an object for a watch event: as itself, or as a one-row Table for kubectl get -w. */
export type WatchRenderer = (entry: StoredEntry) => string;

interface Watcher {
  resource: ResourceInfo;
  namespace?: string;
  filter: Filter;
  res: ServerResponse;
  render: WatchRenderer;
}

export class WatchHub {
  private readonly watchers = new Set<Watcher>();

  constructor(private readonly store: ObjectStore) {
    store.onChange((type, entry) => this.dispatch(type, entry));
  }

  open(
    resource: ResourceInfo,
    res: ServerResponse,
    opts: {
      namespace?: string;
      labelSelector?: string | null;
      fieldSelector?: string | null;
      resourceVersion?: string | null;
      timeoutSeconds?: number;
      render?: WatchRenderer;
    },
  ): void {
    const filter = compileFilter(resource, opts.labelSelector, opts.fieldSelector);
    const watcher: Watcher = { resource, namespace: opts.namespace, filter, res, render: opts.render ?? withTypeMeta };
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
    if (!opts.resourceVersion || opts.resourceVersion === '0') {
      for (const entry of this.store.entries(resource, opts.namespace)) {
        if (entryMatches(filter, entry)) write(watcher, 'ADDED', entry);
      }
    }
    this.watchers.add(watcher);
    const end = (): void => {
      this.watchers.delete(watcher);
      if (!res.writableEnded) res.end();
    };
    res.on('close', end);
    if (opts.timeoutSeconds && opts.timeoutSeconds > 0) setTimeout(end, opts.timeoutSeconds * 1000).unref();
  }

  closeAll(): void {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
  }

  private dispatch(type: ChangeType, entry: StoredEntry): void {
    for (const w of this.watchers) {
      if (w.resource !== entry.resource) continue;
      if (w.namespace !== undefined && entry.namespace !== w.namespace) continue;
      if (entryMatches(w.filter, entry)) write(w, type, entry);
    }
  }
}

function write(w: Watcher, type: ChangeType, entry: StoredEntry): void {
  w.res.write(`{"type":"${type}","object":${w.render(entry)}}\n`);
}
