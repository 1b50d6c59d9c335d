/**
 * Resource verbs: list (JSON or Table, paged), watch, get, create, update, merge patch, delete,
 * delete collection, and the pod `log` subresource.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rfc3339, type SimContext } from './context.js';
import { createDaemonSet, deleteDaemonSet } from './daemonsets.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, SCRIPT_MARKER } from './exec.js';
import { readBody, sendJson, sendStatus, sendText } from './http.js';
import { ContinueError, listJsonChunks, listMetadata, listPage, type ListPage } from './lists.js';
import { admitPod, containerNotRunning, preparePodForCreate, resolveContainer } from './pods.js';
import { resourceFor, RESOURCES, type ResourceInfo } from './resources.js';
import { SelectorError } from './selectors.js';
import { alreadyExists, badRequest, notFound, statusBody } from './status.js';
import { StoreError, toObject, withTypeMeta, type StoredEntry } from './store.js';
import { toTable, wantsTable, type IncludeObject } from './table.js';
import type { SimObject } from './types.js';
import type { WatchHub } from './watch.js';

type Loose = Record<string, any>; // plain JSON objects

export interface ResourceRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  resource: ResourceInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
}

function qualified(resource: ResourceInfo): string {
  return resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
}

function includeObject(url: URL): IncludeObject {
  const v = url.searchParams.get('includeObject');
  return v === 'None' || v === 'Object' ? v : 'Metadata';
}

function sendEntry(r: ResourceRequest, entry: StoredEntry, code = 200): void {
  if (wantsTable(r.req.headers.accept)) {
    const obj = toObject(entry);
    sendJson(r.res, code, toTable(entry.resource, [obj], { resourceVersion: obj.metadata.resourceVersion ?? '' }, includeObject(r.url)));
    return;
  }
  sendJson(r.res, code, withTypeMeta(entry));
}

function sendPage(r: ResourceRequest, page: ListPage): void {
  if (wantsTable(r.req.headers.accept)) {
    const objects = page.items.map(toObject);
    sendJson(r.res, 200, toTable(r.resource, objects, listMetadata(page), includeObject(r.url)));
    return;
  }
  r.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
  for (const chunk of listJsonChunks(r.resource, page)) r.res.write(chunk);
  r.res.end();
}

function list(ctx: SimContext, hub: WatchHub, r: ResourceRequest): void {
  const q = r.url.searchParams;
  const watch = q.get('watch');
  if (watch === 'true' || watch === '1') {
    hub.open(r.resource, r.res, {
      namespace: r.namespace,
      labelSelector: q.get('labelSelector'),
      fieldSelector: q.get('fieldSelector'),
      resourceVersion: q.get('resourceVersion'),
      timeoutSeconds: Number(q.get('timeoutSeconds') ?? 0),
      render: wantsTable(r.req.headers.accept)
        ? (entry) => {
            const obj = toObject(entry);
            return JSON.stringify(toTable(entry.resource, [obj], { resourceVersion: obj.metadata.resourceVersion ?? '' }, includeObject(r.url)));
          }
        : undefined,
    });
    return;
  }
  const limit = Number(q.get('limit') ?? 0);
  if (!Number.isInteger(limit) || limit < 0) return sendStatus(r.res, badRequest(`invalid value for limit: ${q.get('limit')}`));
  const page = listPage(ctx.store, r.resource, {
    namespace: r.namespace,
    labelSelector: q.get('labelSelector'),
    fieldSelector: q.get('fieldSelector'),
    limit,
    continueToken: q.get('continue'),
  });
  sendPage(r, page);
}

function get(ctx: SimContext, r: ResourceRequest): void {
  const entry = ctx.store.getEntry(r.resource, r.namespace, r.name!);
  if (!entry) return sendStatus(r.res, notFound(r.resource.plural, r.name!, r.resource.group));
  sendEntry(r, entry);
}

function parseJson(text: string): Loose {
  try {
    const v = JSON.parse(text) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Loose;
  } catch (e) {
    throw new StoreError(400, `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml (${(e as Error).message})`);
  }
}

function checkKind(resource: ResourceInfo, body: Loose): void {
  if (body.kind !== undefined && body.kind !== resource.kind) {
    throw new StoreError(400, `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${resource.apiVersion})`);
  }
}

function createGeneric(ctx: SimContext, r: ResourceRequest, body: Loose): SimObject {
  const meta: Loose = { ...(body.metadata ?? {}) };
  const name: string | undefined = meta.name;
  if (!name) throw new StoreError(422, `${r.resource.kind} "" is invalid: metadata.name: Required value: name or generateName is required`);
  if (ctx.store.getEntry(r.resource, r.namespace, name)) throw new StoreError(409, `${qualified(r.resource)} "${name}" already exists`);
  if (r.namespace && !ctx.store.getEntry(resourceFor('Namespace')!, undefined, r.namespace)) {
    throw new StoreError(404, `namespaces "${r.namespace}" not found`);
  }
  delete meta.uid;
  delete meta.resourceVersion;
  delete meta.creationTimestamp;
  if (r.namespace) meta.namespace = r.namespace;
  const obj: Loose = { ...body, apiVersion: r.resource.apiVersion, kind: r.resource.kind, metadata: meta };
  if (r.resource.kind === 'Namespace') obj.status = { phase: 'Active' };
  return toObject(ctx.store.put(obj));
}

async function create(ctx: SimContext, r: ResourceRequest): Promise<void> {
  if (r.resource.namespaced && r.namespace === undefined) {
    return sendStatus(r.res, statusBody(405, { message: `the server does not allow this method on the requested resource` }));
  }
  const body = parseJson(await readBody(r.req));
  checkKind(r.resource, body);
  let created: SimObject;
  if (r.resource.kind === 'Pod') {
    const prepared = preparePodForCreate(ctx, body, r.namespace!);
    created = toObject(ctx.store.put(prepared));
    if (r.url.searchParams.get('dryRun') !== 'All') admitPod(ctx, created);
  } else if (r.resource.kind === 'DaemonSet') {
    created = createDaemonSet(ctx, body, r.namespace!);
  } else {
    created = createGeneric(ctx, r, body);
  }
  sendJson(r.res, 201, created);
}

function conflict(resource: ResourceInfo, name: string): StoreError {
  return new StoreError(409, `Operation cannot be fulfilled on ${qualified(resource)} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
}

async function update(ctx: SimContext, r: ResourceRequest): Promise<void> {
  const current = ctx.store.read(r.resource, r.namespace, r.name!);
  if (!current) return sendStatus(r.res, notFound(r.resource.plural, r.name!, r.resource.group));
  const body = parseJson(await readBody(r.req));
  checkKind(r.resource, body);
  const rv = body.metadata?.resourceVersion;
  if (rv && rv !== current.metadata.resourceVersion) throw conflict(r.resource, r.name!);
  const next: Loose = { ...body, apiVersion: r.resource.apiVersion, kind: r.resource.kind };
  next.metadata = { ...body.metadata, name: r.name, namespace: r.namespace, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp };
  if (r.subresource === 'status') next.spec = (current as Loose).spec;
  sendJson(r.res, 200, withTypeMeta(ctx.store.put(next)));
}

/** RFC 7386 JSON merge patch (strategic merge patches are applied the same way). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Loose = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Loose) } : {};
  for (const [k, v] of Object.entries(patch as Loose)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

async function patch(ctx: SimContext, r: ResourceRequest): Promise<void> {
  const type = r.req.headers['content-type'] ?? '';
  if (!/merge-patch\+json|strategic-merge-patch\+json/.test(type)) {
    return sendStatus(r.res, statusBody(415, { message: `the simulated cluster supports merge and strategic merge patches, not ${type || 'this content type'}` }));
  }
  const current = ctx.store.read(r.resource, r.namespace, r.name!);
  if (!current) return sendStatus(r.res, notFound(r.resource.plural, r.name!, r.resource.group));
  const patchBody = parseJson(await readBody(r.req));
  const next = mergePatch(current, patchBody) as Loose;
  next.metadata = { ...next.metadata, name: r.name, namespace: r.namespace, uid: current.metadata.uid };
  sendJson(r.res, 200, withTypeMeta(ctx.store.put(next)));
}

async function deleteOptions(r: ResourceRequest): Promise<Loose> {
  const text = await readBody(r.req);
  const options: Loose = text.trim() ? parseJson(text) : {};
  const policy = r.url.searchParams.get('propagationPolicy');
  if (policy) options.propagationPolicy = policy;
  const grace = r.url.searchParams.get('gracePeriodSeconds');
  if (grace !== null) options.gracePeriodSeconds = Number(grace);
  return options;
}

function removeNamespaceContents(ctx: SimContext, namespace: string): void {
  for (const res of RESOURCES.filter((x) => x.namespaced)) {
    for (const e of ctx.store.entries(res, namespace)) ctx.store.remove(res, namespace, e.name);
  }
}

async function remove(ctx: SimContext, r: ResourceRequest): Promise<void> {
  const options = await deleteOptions(r);
  const name = r.name!;
  const current = ctx.store.read(r.resource, r.namespace, name);
  if (!current) return sendStatus(r.res, notFound(r.resource.plural, name, r.resource.group));
  const now = rfc3339();
  if (r.resource.kind === 'DaemonSet') {
    deleteDaemonSet(ctx, r.namespace!, name, options.propagationPolicy === 'Orphan');
  } else {
    ctx.store.remove(r.resource, r.namespace, name);
    if (r.resource.kind === 'Namespace') removeNamespaceContents(ctx, name);
  }
  if (r.resource.kind === 'Pod' || r.resource.kind === 'Namespace') {
    const grace = options.gracePeriodSeconds ?? (current as Loose).spec?.terminationGracePeriodSeconds ?? 30;
    const gone: Loose = { ...current, metadata: { ...current.metadata, deletionTimestamp: now } };
    if (r.resource.kind === 'Pod') gone.metadata.deletionGracePeriodSeconds = grace;
    else gone.status = { phase: 'Terminating' };
    return sendJson(r.res, 200, gone);
  }
  sendJson(r.res, 200, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { name, group: r.resource.group || undefined, kind: r.resource.plural, uid: current.metadata.uid },
  });
}

async function removeCollection(ctx: SimContext, r: ResourceRequest): Promise<void> {
  const options = await deleteOptions(r);
  const q = r.url.searchParams;
  const page = listPage(ctx.store, r.resource, { namespace: r.namespace, labelSelector: q.get('labelSelector'), fieldSelector: q.get('fieldSelector') });
  const deleted = page.items.map(toObject);
  for (const obj of deleted) {
    const ns = obj.metadata.namespace;
    if (r.resource.kind === 'DaemonSet') deleteDaemonSet(ctx, ns!, obj.metadata.name!, options.propagationPolicy === 'Orphan');
    else ctx.store.remove(r.resource, ns, obj.metadata.name!);
  }
  sendJson(r.res, 200, { kind: r.resource.listKind, apiVersion: r.resource.apiVersion, metadata: { resourceVersion: ctx.store.resourceVersion }, items: deleted });
}

function tail(text: string, lines: number): string {
  const parts = text.split('\n');
  const trailing = parts[parts.length - 1] === '' ? parts.pop() : undefined;
  const kept = parts.slice(Math.max(0, parts.length - lines));
  return kept.join('\n') + (trailing !== undefined ? '\n' : '');
}

/**
 * What a DaemonSet probe pod prints: its command runs the node probe carried in WINDBG_SCRIPT and
 * then writes a done marker (`[Console]::Out.WriteLine('<marker>')`); undefined for other pods.
 */
function daemonProbeLog(ctx: SimContext, pod: Loose): string | undefined {
  if (!(pod.metadata.ownerReferences ?? []).some((o: Loose) => o.kind === 'DaemonSet')) return undefined;
  const container = (pod.spec?.containers ?? [])[0] as Loose | undefined;
  const script = (container?.env ?? []).find((e: Loose) => e.name === 'WINDBG_SCRIPT')?.value as string | undefined;
  if (SCRIPT_MARKER.exec(script ?? '')?.[1] !== 'node-probe') return undefined;
  // A node whose execs hang runs the probe without ever finishing it: nothing reaches the log.
  if (ctx.hungExecNodes.has(pod.spec.nodeName)) return '';
  const marker = /WriteLine\('([^']+)'\)/.exec((container?.command ?? []).join(' '))?.[1];
  const output = ctx.scriptOutputs.get(`node-probe/${pod.spec.nodeName}`) ?? ctx.probeOutputs.get(pod.spec.nodeName);
  if (!output || output.exitCode) return output?.stderr ?? '';
  const stdout = output.stdout.endsWith('\n') ? output.stdout : `${output.stdout}\r\n`;
  return marker ? `${stdout}${marker}\r\n` : stdout;
}

/** Logs: text set with setPodLogs, else for probe pods (managed-by label) the node's probe output. */
function logs(ctx: SimContext, r: ResourceRequest): void {
  const pod = ctx.store.read(r.resource, r.namespace, r.name!) as Loose | undefined;
  if (!pod) return sendStatus(r.res, notFound('pods', r.name!));
  const container = resolveContainer(pod, r.url.searchParams.get('container'));
  if ('error' in container) return sendStatus(r.res, badRequest(container.error));
  const waiting = containerNotRunning(pod, container.name);
  if (waiting) return sendStatus(r.res, badRequest(waiting));
  let text = ctx.podLogs.get(`${r.namespace}/${r.name}`);
  if (text === undefined && pod.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE) {
    text = daemonProbeLog(ctx, pod) ?? ctx.probeOutputs.get(pod.spec.nodeName)?.stdout;
  }
  text ??= '';
  const tailLines = r.url.searchParams.get('tailLines');
  if (tailLines !== null && Number(tailLines) >= 0) text = tail(text, Number(tailLines));
  sendText(r.res, 200, text);
}

/** Dispatches a resource request by verb; store and selector errors become Status bodies. */
export async function handleResource(ctx: SimContext, hub: WatchHub, r: ResourceRequest): Promise<void> {
  const method = r.req.method ?? 'GET';
  try {
    if (r.subresource && r.subresource !== 'status') {
      if (r.resource.kind === 'Pod' && r.subresource === 'log' && method === 'GET') return logs(ctx, r);
      if (r.resource.kind === 'Pod' && r.subresource === 'exec') {
        return sendStatus(r.res, badRequest('Upgrade request required'));
      }
      return sendStatus(r.res, statusBody(404, { message: 'the server could not find the requested resource' }));
    }
    if (r.name === undefined) {
      if (method === 'GET') return list(ctx, hub, r);
      if (method === 'POST') return await create(ctx, r);
      if (method === 'DELETE') return await removeCollection(ctx, r);
    } else {
      if (method === 'GET') return get(ctx, r);
      if (method === 'PUT') return await update(ctx, r);
      if (method === 'PATCH') return await patch(ctx, r);
      if (method === 'DELETE' && !r.subresource) return await remove(ctx, r);
    }
    sendStatus(r.res, statusBody(405, { message: 'the server does not allow this method on the requested resource' }));
  } catch (e) {
    if (e instanceof StoreError) {
      const status =
        e.code === 409 && /already exists/.test(e.message)
          ? alreadyExists(r.resource.plural, String(/"([^"]+)"/.exec(e.message)?.[1] ?? ''), r.resource.group)
          : statusBody(e.code, { message: e.message, reason: e.code === 409 ? 'Conflict' : undefined });
      return sendStatus(r.res, status);
    }
    if (e instanceof SelectorError || e instanceof ContinueError) return sendStatus(r.res, badRequest(e.message));
    throw e;
  }
}
