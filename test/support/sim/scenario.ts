/**
 * Scenario folders: `*.yaml` files holding `kind: List` (or single objects, or several YAML
 * documents), an optional `scenario.yaml`, and optional `probe-outputs/<nodeName>.json`.
 *
 * `scenario.yaml` fields:
 *   serverVersion: {major, minor, gitVersion}
 *   podStartDelayMs: number
 *   referenceTime: RFC 3339 time at which the fixtures were captured.
 *   network: how pods on each node reach DNS, services, the API server and the outside (network.ts).
 * When `referenceTime` is set, every RFC 3339 timestamp in the objects is moved forward by
 * (load time - referenceTime), so ages, heartbeats and "last seen" read the same whenever the
 * scenario is loaded (a heartbeat written 20s before referenceTime is 20s old at load).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { ProbeResult } from './context.js';
import { parseNetworkSettings, type NetworkSettings } from './network.js';
import type { ServerVersionInfo, SimObject } from './types.js';

export const SCENARIOS_DIR = fileURLToPath(new URL('../../fixtures/scenarios/', import.meta.url));

export interface ScenarioSettings {
  serverVersion?: ServerVersionInfo;
  podStartDelayMs?: number;
  referenceTime?: string;
  network?: unknown;
}

export interface LoadedScenario {
  dir: string;
  settings: ScenarioSettings;
  objects: SimObject[];
  probeOutputs: Map<string, ProbeResult>;
  network: NetworkSettings;
}

export function scenarioDir(nameOrPath: string): string {
  const dir = isAbsolute(nameOrPath) ? nameOrPath : join(SCENARIOS_DIR, nameOrPath);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`scenario "${nameOrPath}" not found: expected a folder at ${dir}`);
  }
  return dir;
}

function parseYamlFile(path: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(path, 'utf8'));
  const out: unknown[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as unknown;
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

/** Flattens `kind: List` / `*List` documents into their items (carrying the list's apiVersion down). */
export function flattenObjects(docs: unknown[]): SimObject[] {
  const out: SimObject[] = [];
  for (const doc of docs) {
    if (doc === null || typeof doc !== 'object') continue;
    const obj = doc as SimObject & { items?: unknown[] };
    if (Array.isArray(obj.items) && typeof obj.kind === 'string' && obj.kind.endsWith('List')) {
      const itemKind = obj.kind === 'List' ? undefined : obj.kind.slice(0, -'List'.length);
      for (const item of obj.items as SimObject[]) {
        out.push({ ...item, kind: item.kind ?? itemKind, apiVersion: item.apiVersion ?? (obj.kind === 'List' ? undefined : obj.apiVersion) });
      }
    } else out.push(obj);
  }
  return out;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z$/;

function shiftTimestamp(value: string, offsetMs: number): string {
  const m = TIMESTAMP.exec(value);
  if (!m) return value;
  const shifted = new Date(Date.parse(`${m[1]}Z`) + offsetMs).toISOString().slice(0, 19);
  return `${shifted}${m[2] ?? ''}Z`;
}

/** Moves every RFC 3339 timestamp in `value` by `offsetMs` (fractional digits kept as written). */
export function shiftTimestamps<T>(value: T, offsetMs: number): T {
  if (typeof value === 'string') return shiftTimestamp(value, offsetMs) as T;
  if (Array.isArray(value)) return value.map((v) => shiftTimestamps(v, offsetMs)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftTimestamps(v, offsetMs);
    return out as T;
  }
  return value;
}

function readProbeOutputs(dir: string): Map<string, ProbeResult> {
  const outputs = new Map<string, ProbeResult>();
  const probeDir = join(dir, 'probe-outputs');
  if (!existsSync(probeDir)) return outputs;
  for (const file of readdirSync(probeDir).sort()) {
    if (!file.endsWith('.json')) continue;
    outputs.set(basename(file, '.json'), { stdout: readFileSync(join(probeDir, file), 'utf8') });
  }
  return outputs;
}

/** Loads a scenario; timestamps are rebased to `now` when scenario.yaml names a referenceTime. */
export function loadScenario(nameOrPath: string, now: Date = new Date()): LoadedScenario {
  const dir = scenarioDir(nameOrPath);
  const settingsPath = join(dir, 'scenario.yaml');
  const settings = (existsSync(settingsPath) ? (parseYamlFile(settingsPath)[0] ?? {}) : {}) as ScenarioSettings;
  const files = readdirSync(dir)
    .filter((f) => (f.endsWith('.yaml') || f.endsWith('.yml')) && f !== 'scenario.yaml')
    .sort();
  let objects = flattenObjects(files.flatMap((f) => parseYamlFile(join(dir, f))));
  if (settings.referenceTime) {
    const reference = Date.parse(String(settings.referenceTime));
    if (Number.isNaN(reference)) throw new Error(`${settingsPath}: referenceTime "${settings.referenceTime}" is not an RFC 3339 time`);
    objects = shiftTimestamps(objects, now.getTime() - reference);
  }
  const network = parseNetworkSettings(settings.network, `${settingsPath}: network`);
  return { dir, settings, objects, probeOutputs: readProbeOutputs(dir), network };
}
