/**
 * `--from PATH`: a Snapshot from files instead of a cluster. Accepts a file or a directory
 * (searched recursively) of .yaml/.yml/.json: single objects, `kind: List` and typed lists
 * (NodeList, PodList, EventList...), multi-document YAML, `kubectl get -o json|yaml` output,
 * concatenated JSON documents, and a `kubectl cluster-info dump --output-directory` tree
 * (nodes.json, <namespace>/pods.json, <namespace>/events.json, <namespace>/services.json; logs
 * and other kinds are ignored). Services and NetworkPolicies are read when the input holds them.
 * The objects go through the same selection as live collection.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import {
  checkJsonBytes,
  checkParsedValue,
  checkReadablePath,
  asUtf8,
  checkYamlText,
  defaultFromLimits,
  largeObjectError,
  readBoundedFile,
  splitYamlDocuments,
  tooDeepError,
  type FromLimits,
  type JsonObjectRange,
  type YamlDocumentPieces,
} from './bounded-input.js';
import { conformObject } from './conform.js';
import { scanListBody } from './raw-list.js';
import { keepNetworkPolicy, keepService, podsByNamespace, slimNetworkPolicy, slimService } from './services.js';
import {
  asCoreEvent,
  checkRequestedNode,
  checkRequestedPod,
  eventFilterFor,
  keepEvent,
  keepPod,
  namespacesOfInterest,
  parseLabelSelector,
  pickWindowsNodes,
  podEventFilter,
  podFilterFor,
  sortSnapshotObjects,
  tidyObject,
  type EventFilter,
} from './select.js';
import {
  nodeLeaseNamespace,
  type CollectScope,
  type KEvent,
  type KLease,
  type KNamespace,
  type KNetworkPolicy,
  type KNode,
  type KPod,
  type KService,
  type ServerVersion,
  type Snapshot,
} from './types.js';

const objectFileExtensions = ['.yaml', '.yml', '.json'];

/** Everything of interest found in the files, deduplicated (the first file to hold an object wins). */
export interface LoadedObjects {
  nodes: KNode[];
  pods: KPod[];
  events: KEvent[];
  namespaces: KNamespace[];
  /** Node Leases (kube-node-lease), by node name. */
  leases: KLease[];
  /** Services and NetworkPolicies, slimmed as soon as they are read (see services.ts). */
  services: KService[];
  networkPolicies: KNetworkPolicy[];
  serverVersion?: ServerVersion;
  /** Newest modification time of the files read (ms since epoch). */
  newestFileTime: number;
}

export async function loadSnapshotFromPath(inputPath: string, scope: CollectScope, limits: FromLimits = defaultFromLimits): Promise<Snapshot> {
  if (scope.nodeLabelSelector) parseLabelSelector(scope.nodeLabelSelector);
  const loaded = await loadObjectsFromPath(inputPath, limits);
  return selectSnapshot(loaded, scope, inputPath);
}

/**
 * Reads every object file under the path, within the limits (see bounded-input.ts). Throws
 * UsageError for a missing path, a device or FIFO, a file past a limit, or a malformed file.
 */
export async function loadObjectsFromPath(inputPath: string, limits: FromLimits = defaultFromLimits): Promise<LoadedObjects> {
  let info;
  try {
    info = await stat(inputPath);
  } catch {
    throw new UsageError(t('kube.error.fromMissing', { path: inputPath }), { hint: t('kube.hint.fromMissing') });
  }
  await checkReadablePath(inputPath, info);
  const files = info.isDirectory() ? await objectFilesUnder(inputPath) : [inputPath];
  if (info.isDirectory() && files.length === 0) {
    throw new UsageError(t('kube.error.fromEmpty', { path: inputPath }), { hint: t('kube.hint.fromMissing') });
  }
  const collector = new ObjectCollector();
  const counted = { items: 0 };
  let newestFileTime = 0;
  for (const file of files) {
    const bytes = asUtf8(await readBoundedFile(file, limits));
    newestFileTime = Math.max(newestFileTime, (await stat(file)).mtimeMs);
    for (const document of parseBoundedFile(file, bytes, limits, counted)) collector.add(document, undefined);
  }
  return { ...collector.result(), newestFileTime };
}

/**
 * The documents of one file, within the limits. A JSON list is taken apart item by item (its
 * items are parsed one at a time, never as one text); anything a parser cannot cope with (too
 * deep for its stack, too long for a string) is a usage error about that file, never a crash.
 */
export function parseBoundedFile(file: string, bytes: Buffer, limits: FromLimits, counted: { items: number } = { items: 0 }): unknown[] {
  try {
    const documents = path.extname(file).toLowerCase() === '.json' || looksLikeJson(bytes) ? parseJsonFile(file, bytes, limits) : parseYamlFile(file, bytes, limits);
    for (const document of documents) checkParsedValue(document, file, limits, counted);
    return documents;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeepError(file, limits, error);
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    throw new UsageError(t('kube.error.fromMalformed', { path: file, reason }), { hint: t('kube.hint.fromMalformed'), cause: error });
  }
}

/** JSON in a .yaml file (`kubectl get -o json > dump.yaml`): it starts with `{` or `[`. */
function looksLikeJson(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const byte = bytes[i]!;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (i === 0 && bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) {
      i += 2;
      continue;
    }
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

function parseJsonFile(file: string, bytes: Buffer, limits: FromLimits): unknown[] {
  const objects = checkJsonBytes(bytes, file, limits);
  const listed = jsonListItems(bytes, file, limits);
  if (listed) return listed;
  checkWholeJsonObjects(file, bytes, objects, limits);
  if (path.extname(file).toLowerCase() === '.json') return parseObjectFile(file, bytes.toString('utf8'));
  // A .yaml file that starts like JSON but is not JSON (a YAML flow mapping) is read as YAML.
  try {
    return parseJsonDocuments(file, bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return parseYamlFile(file, bytes, limits);
  }
}

/**
 * YAML within the limits: the text is measured first (long lines, long block scalars), then each
 * document, and each item of a list, is parsed on its own, so memory follows the largest object
 * rather than the whole file. When a piece does not parse on its own (an alias to another item, a
 * directive), a file within --from-max-object is parsed as a whole instead, which also gives the
 * exact line of a real error.
 */
function parseYamlFile(file: string, bytes: Buffer, limits: FromLimits): unknown[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  checkYamlText(text, file, limits);
  const values: unknown[] = [];
  for (const pieces of splitYamlDocuments(text)) {
    checkPieceSizes(file, pieces, limits);
    const value = parseYamlPieces(pieces);
    if (value instanceof YamlPieceError) {
      if (text.length <= limits.maxObjectBytes) return parseYamlDocuments(file, text, limits);
      throw new UsageError(t('kube.error.fromMalformedAt', { path: file, line: value.line, reason: value.reason }), { hint: t('kube.hint.fromMalformed') });
    }
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

/** Each piece parsed on its own must stay under --from-max-object (a list's shell and items, or the whole document). */
function checkPieceSizes(file: string, pieces: YamlDocumentPieces, limits: FromLimits): void {
  const parts = pieces.items === undefined ? [pieces] : [{ text: pieces.shell ?? '', line: pieces.line }, ...pieces.items];
  for (const part of parts) {
    if (part.text.length > limits.maxObjectBytes) throw largeObjectError(file, part.text.length, part.line + 1, limits);
  }
}

class YamlPieceError {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {}
}

function parseYamlPiece(text: string, line: number): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const offset = error.pos?.[0];
    return new YamlPieceError(line + (typeof offset === 'number' ? lineAt(text, offset) : 1), firstLine(error.message));
  }
  return document.toJS();
}

/** One document: its list items one by one (when it is a list in block style), else the whole document. */
function parseYamlPieces(pieces: YamlDocumentPieces): unknown {
  if (pieces.shell === undefined || pieces.items === undefined) return parseYamlPiece(pieces.text, pieces.line);
  const shell = parseYamlPiece(pieces.shell, pieces.line);
  if (shell instanceof YamlPieceError) return shell;
  if (shell === null || typeof shell !== 'object' || Array.isArray(shell)) return parseYamlPiece(pieces.text, pieces.line);
  const items: unknown[] = [];
  for (const item of pieces.items) {
    const value = parseYamlPiece(item.text, item.line);
    if (value instanceof YamlPieceError) return value;
    if (!Array.isArray(value) || value.length !== 1) return parseYamlPiece(pieces.text, pieces.line);
    items.push(value[0]);
  }
  return { ...(shell as Record<string, unknown>), items };
}

/**
 * A top-level JSON object that is parsed whole (not a list read item by item) must stay under
 * --from-max-object: a parse costs up to 15 bytes of memory per byte of small members. Lists
 * among several documents (`kubectl cluster-info dump` output) keep the file size as their bound.
 */
function checkWholeJsonObjects(file: string, bytes: Buffer, objects: readonly JsonObjectRange[], limits: FromLimits): void {
  for (const { start, end } of objects) {
    if (end - start <= limits.maxObjectBytes) continue;
    if (objects.length > 1 && scanListBody(bytes.subarray(start, end))?.items.length) continue;
    throw largeObjectError(file, end - start, lineOfByte(bytes, start), limits);
  }
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/** A single JSON list document as its list (without items) plus each item, parsed one by one; undefined when it is not one. */
function jsonListItems(bytes: Buffer, file: string, limits: FromLimits): unknown[] | undefined {
  try {
    return jsonListItemsOrThrow(bytes, file, limits);
  } catch (error) {
    // Malformed JSON: the whole-text parser says where (file and line).
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function jsonListItemsOrThrow(bytes: Buffer, file: string, limits: FromLimits): unknown[] | undefined {
  const layout = scanListBody(bytes);
  if (!layout || layout.items.length === 0) return undefined;
  for (let k = 0; k < layout.items.length; k += 2) {
    const size = layout.items[k + 1]! - layout.items[k]!;
    if (size > limits.maxObjectBytes) throw largeObjectError(file, size, lineOfByte(bytes, layout.items[k]!), limits);
  }
  const first = layout.items[0]!;
  const last = layout.items[layout.items.length - 1]!;
  const shell = JSON.parse(Buffer.concat([bytes.subarray(0, first), bytes.subarray(last)]).toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const items: unknown[] = [];
  for (let k = 0; k < layout.items.length; k += 2) items.push(JSON.parse(bytes.toString('utf8', layout.items[k], layout.items[k + 1])));
  return [{ ...shell, items }];
}

async function objectFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await objectFilesUnder(full)));
    else if (entry.isFile() && objectFileExtensions.includes(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** The documents of one file: JSON for .json, YAML (which also reads JSON) for everything else. */
export function parseObjectFile(file: string, text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '');
  return path.extname(file).toLowerCase() === '.json' ? parseJsonDocuments(file, body) : parseYamlDocuments(file, body);
}

function parseYamlDocuments(file: string, text: string, limits: FromLimits = defaultFromLimits): unknown[] {
  // Without prettyErrors: a mangled file can hold thousands of errors, and pretty errors would
  // each work out their line from the whole text. Only the first error's line is needed.
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(documents) ? documents : [];
  const values: unknown[] = [];
  for (const document of list) {
    const error = document.errors[0];
    if (error && /maximum call stack/i.test(error.message)) throw tooDeepError(file, limits);
    if (error) {
      const offset = error.pos?.[0];
      const line = typeof offset === 'number' ? lineAt(text, offset) : undefined;
      throw new UsageError(
        t(line === undefined ? 'kube.error.fromMalformed' : 'kube.error.fromMalformedAt', {
          path: file,
          line: line ?? 0,
          reason: firstLine(error.message),
        }),
        { hint: t('kube.hint.fromMalformed') },
      );
    }
    // The yaml library's default alias limit stops "billion laughs" files; kubectl never writes aliases.
    const value: unknown = document.toJS();
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

/** One JSON document, or several written one after another (as `kubectl cluster-info dump` does). */
function parseJsonDocuments(file: string, text: string): unknown[] {
  const values: unknown[] = [];
  let offset = 0;
  while (text.slice(offset).trim() !== '') {
    const rest = text.slice(offset);
    try {
      values.push(JSON.parse(rest));
      break;
    } catch (error) {
      const message = (error as Error).message;
      const trailing = /Unexpected non-whitespace character after JSON at position (\d+)/.exec(message);
      if (trailing) {
        const end = Number(trailing[1]);
        values.push(JSON.parse(rest.slice(0, end)));
        offset += end;
        continue;
      }
      const position = offset + jsonErrorPosition(rest, message);
      throw new UsageError(
        t('kube.error.fromMalformedAt', { path: file, line: lineAt(text, position), reason: firstLine(message) }),
        { hint: t('kube.hint.fromMalformed') },
      );
    }
  }
  return values;
}

/** Where JSON.parse stopped: from its message, else the shortest prefix that fails for a reason other than its end. */
function jsonErrorPosition(text: string, message: string): number {
  const reported = /at position (\d+)/.exec(message);
  if (reported) return Number(reported[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const breaksBefore = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      // Running out of text is not the fault we look for: "Unexpected end", or a position at the very end.
      const text = (error as Error).message;
      if (/Unexpected end of JSON input/.test(text)) return false;
      const at = /at position (\d+)/.exec(text);
      return at === null || Number(at[1]) < length;
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (breaksBefore(middle + 1)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

// ---------------------------------------------------------------------------------------------
// Objects

interface RawObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: { name?: unknown; namespace?: unknown };
  items?: unknown;
  [key: string]: unknown;
}

function isRecord(value: unknown): value is RawObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isVersion(value: unknown): value is ServerVersion {
  return isRecord(value) && typeof value.gitVersion === 'string' && typeof value.major === 'string' && typeof value.minor === 'string';
}

/** The kind of an object that does not say (items of typed lists, or of a List from the API). */
function inferKind(object: RawObject, listKind: string | undefined): string | undefined {
  if (typeof object.kind === 'string') return object.kind;
  if (listKind && listKind !== 'List' && listKind.endsWith('List')) return listKind.slice(0, -'List'.length);
  const spec = isRecord(object.spec) ? object.spec : undefined;
  const status = isRecord(object.status) ? object.status : undefined;
  if (isRecord(object.involvedObject) || isRecord(object.regarding)) return 'Event';
  if (spec && Array.isArray(spec.containers)) return 'Pod';
  if (status && isRecord(status.nodeInfo)) return 'Node';
  return undefined;
}

class ObjectCollector {
  private readonly nodes = new Map<string, KNode>();
  private readonly pods = new Map<string, KPod>();
  private readonly events = new Map<string, KEvent>();
  private readonly namespaces = new Map<string, KNamespace>();
  private readonly leases = new Map<string, KLease>();
  private readonly services = new Map<string, KService>();
  private readonly networkPolicies = new Map<string, KNetworkPolicy>();
  private serverVersion?: ServerVersion;

  add(value: unknown, listKind: string | undefined): void {
    if (Array.isArray(value)) {
      for (const item of value) this.add(item, listKind);
      return;
    }
    if (!isRecord(value)) return;
    if (Array.isArray(value.items) && (value.kind === undefined || (typeof value.kind === 'string' && value.kind.endsWith('List')))) {
      const kind = typeof value.kind === 'string' ? value.kind : undefined;
      for (const item of value.items) this.add(item, kind);
      return;
    }
    if (isVersion(value.serverVersion)) {
      this.serverVersion ??= value.serverVersion;
      return;
    }
    if (isVersion(value) && (value as RawObject).metadata === undefined) {
      this.serverVersion ??= value;
      return;
    }
    const name = value.metadata?.name;
    if (typeof name !== 'string' || name === '') return;
    const namespace = typeof value.metadata?.namespace === 'string' ? value.metadata.namespace : '';
    const key = `${namespace}/${name}`;
    switch (inferKind(value, listKind)) {
      // Objects from files are conformed to the shapes the API server sends before anything reads them.
      case 'Node':
        if (!this.nodes.has(name)) this.nodes.set(name, tidyObject(conformObject(value as unknown as KNode, 'Node'), 'Node', 'v1'));
        return;
      case 'Pod':
        if (!this.pods.has(key)) this.pods.set(key, tidyObject(conformObject(value as unknown as KPod, 'Pod'), 'Pod', 'v1'));
        return;
      case 'Event': {
        const event = asCoreEvent(conformObject(value, 'Event') as unknown as KEvent & Record<string, unknown>);
        if (!this.events.has(key) && event.involvedObject) this.events.set(key, tidyObject(event, 'Event', 'v1'));
        return;
      }
      case 'Namespace':
        if (!this.namespaces.has(name)) this.namespaces.set(name, tidyObject(conformObject(value as unknown as KNamespace, 'Namespace'), 'Namespace', 'v1'));
        return;
      case 'Lease':
        if (namespace === nodeLeaseNamespace && !this.leases.has(name)) this.leases.set(name, tidyObject(value as unknown as KLease, 'Lease', 'coordination.k8s.io/v1'));
        return;
      case 'Service':
        if (!this.services.has(key)) this.services.set(key, slimService(value as unknown as KService));
        return;
      case 'NetworkPolicy':
        if (!this.networkPolicies.has(key)) this.networkPolicies.set(key, slimNetworkPolicy(value as unknown as KNetworkPolicy));
        return;
      default:
        return;
    }
  }

  result(): Omit<LoadedObjects, 'newestFileTime'> {
    return {
      nodes: [...this.nodes.values()],
      pods: [...this.pods.values()],
      events: [...this.events.values()],
      namespaces: [...this.namespaces.values()],
      leases: [...this.leases.values()],
      services: [...this.services.values()],
      networkPolicies: [...this.networkPolicies.values()],
      serverVersion: this.serverVersion,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Selection (the same rules as src/kube/collect.ts)

export function selectSnapshot(loaded: LoadedObjects, scope: CollectScope, sourcePath: string): Snapshot {
  const notes: string[] = [];
  let nodes: KNode[];
  let pods: KPod[];
  let eventFilter: EventFilter;
  if (scope.pod) {
    const ref = scope.pod;
    const found = loaded.pods.find((pod) => pod.metadata.namespace === ref.namespace && pod.metadata.name === ref.name);
    const nodeName = found?.spec?.nodeName;
    const node = nodeName ? loaded.nodes.find((candidate) => candidate.metadata.name === nodeName) : undefined;
    const pod = checkRequestedPod(ref, found, node);
    nodes = node ? [node] : nodeName ? [] : pickWindowsNodes(loaded.nodes, scope.nodeLabelSelector);
    pods = [pod];
    eventFilter = podEventFilter(pod, node);
  } else {
    if (scope.namespace !== undefined) checkNamespaceInInput(loaded, scope.namespace, sourcePath);
    if (scope.nodeNames && scope.nodeNames.length > 0) {
      const byName = new Map(loaded.nodes.map((node) => [node.metadata.name, node]));
      nodes = [...new Set(scope.nodeNames)].map((name) => checkRequestedNode(name, byName.get(name)));
    } else {
      nodes = pickWindowsNodes(loaded.nodes, scope.nodeLabelSelector);
    }
    const podFilter = podFilterFor(scope, nodes);
    pods = loaded.pods.filter((pod) => keepPod(pod, podFilter));
    eventFilter = eventFilterFor(nodes, pods);
  }
  const events = loaded.events.filter((event) => keepEvent(event, eventFilter));
  const wanted = new Set(namespacesOfInterest(pods));
  const namespaces = loaded.namespaces.length > 0 ? loaded.namespaces.filter((ns) => wanted.has(ns.metadata.name)) : undefined;
  if (!loaded.serverVersion) notes.push(t('kube.note.versionUnknownOffline'));
  const nodeNames = new Set(nodes.map((node) => node.metadata.name));
  const leases = loaded.leases.length > 0 ? loaded.leases.filter((lease) => nodeNames.has(lease.metadata.name)) : undefined;

  const snapshot: Snapshot = {
    source: { kind: 'files', path: sourcePath },
    // The whole input is the witness of when it was taken, not just the objects selected from it.
    collectedAt: estimateCollectedAt(loaded.nodes, loaded.pods, loaded.events, loaded.newestFileTime, loaded.leases),
    serverVersion: loaded.serverVersion,
    nodes,
    pods,
    events,
    namespaces,
    notes,
  };
  if (leases) snapshot.leases = leases;
  // An input without any Service (or NetworkPolicy) says nothing about them: left unread, not empty.
  const byNamespace = podsByNamespace(pods);
  if (loaded.services.length > 0) snapshot.services = loaded.services.filter((service) => keepService(service, byNamespace));
  if (loaded.networkPolicies.length > 0) {
    snapshot.networkPolicies = loaded.networkPolicies.filter((policy) => keepNetworkPolicy(policy, byNamespace));
  }
  sortSnapshotObjects(snapshot);
  return snapshot;
}

/** -n with a namespace the input knows nothing of (no Namespace object, no pod, no event) is a usage error. */
function checkNamespaceInInput(loaded: LoadedObjects, namespace: string, sourcePath: string): void {
  const known =
    loaded.namespaces.some((ns) => ns.metadata.name === namespace) ||
    loaded.pods.some((pod) => (pod.metadata.namespace ?? 'default') === namespace) ||
    loaded.events.some((event) => event.metadata.namespace === namespace);
  if (!known) throw new UsageError(t('cli.error.namespaceNotInInput', { namespace, path: sourcePath }), { hint: t('cli.hint.listNamespaces') });
}

/**
 * When the files were captured. The objects themselves are the best witness (the newest node
 * heartbeat, event or status change); file times only count when the objects carry no time,
 * because copying or unpacking a bundle changes them.
 */
export function estimateCollectedAt(
  nodes: readonly KNode[],
  pods: readonly KPod[],
  events: readonly KEvent[],
  newestFileTime: number,
  leases: readonly KLease[] = [],
): string {
  let newest = Number.NEGATIVE_INFINITY;
  const consider = (value: string | null | undefined): void => {
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time) && time > newest) newest = time;
  };
  for (const node of nodes) {
    consider(node.metadata.creationTimestamp);
    for (const condition of node.status?.conditions ?? []) {
      consider(condition.lastHeartbeatTime);
      consider(condition.lastTransitionTime);
    }
  }
  for (const pod of pods) {
    consider(pod.metadata.creationTimestamp);
    consider(pod.status?.startTime);
    for (const condition of pod.status?.conditions ?? []) consider(condition.lastTransitionTime);
    for (const status of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
      consider(status.state?.running?.startedAt);
      consider(status.state?.terminated?.finishedAt);
      consider(status.lastState?.terminated?.finishedAt);
    }
  }
  for (const lease of leases) consider(lease.spec?.renewTime);
  for (const event of events) {
    consider(event.lastTimestamp);
    consider(event.eventTime);
    consider(event.series?.lastObservedTime);
    consider(event.firstTimestamp);
  }
  if (newest !== Number.NEGATIVE_INFINITY) return new Date(newest).toISOString();
  return new Date(newestFileTime > 0 ? newestFileTime : Date.now()).toISOString();
}
