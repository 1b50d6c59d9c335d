/**
 * Legacy (unaggregated) discovery documents and /version. Clients that ask for aggregated
 * discovery get these with a plain application/json content type and fall back, as they do
 * against any server without aggregated discovery.
 */
import { createHash } from 'node:crypto';
import { groupsServed, RESOURCES, type ResourceInfo } from './resources.js';
import type { ServerVersionInfo } from './types.js';

function storageVersionHash(r: ResourceInfo): string {
  return createHash('sha256').update(`${r.group}/${r.version}/${r.kind}`).digest('base64').slice(0, 11) + '=';
}

export function apiResourceList(group: string, version: string): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  for (const r of RESOURCES.filter((x) => x.group === group && x.version === version)) {
    const entry: Record<string, unknown> = {
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
    };
    if (r.shortNames.length) entry.shortNames = r.shortNames;
    if (r.kind === 'DaemonSet') entry.categories = ['all'];
    if (r.kind === 'Pod') entry.categories = ['all'];
    entry.storageVersionHash = storageVersionHash(r);
    resources.push(entry);
    for (const sub of r.subresources) {
      const verbs = sub === 'exec' || sub === 'attach' || sub === 'portforward' ? ['create', 'get'] : sub === 'log' ? ['get'] : ['get', 'patch', 'update'];
      const kind = sub === 'exec' ? 'PodExecOptions' : sub === 'log' ? 'Pod' : sub === 'eviction' ? 'Eviction' : r.kind;
      resources.push({ name: `${r.plural}/${sub}`, singularName: '', namespaced: r.namespaced, kind, verbs });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources };
}

export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function apiGroup(name: string): Record<string, unknown> {
  const gv = { groupVersion: `${name}/v1`, version: 'v1' };
  return { kind: 'APIGroup', apiVersion: 'v1', name, versions: [gv], preferredVersion: gv };
}

export function apiGroupList(): Record<string, unknown> {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groupsServed().map((g) => { const { kind: _k, apiVersion: _a, ...rest } = apiGroup(g); return rest; }) };
}

export function versionInfo(v: ServerVersionInfo): Record<string, string> {
  return {
    major: v.major,
    minor: v.minor,
    gitVersion: v.gitVersion,
    gitCommit: createHash('sha1').update(v.gitVersion).digest('hex'),
    gitTreeState: 'clean',
    buildDate: '2024-10-22T20:28:14Z',
    goVersion: 'go1.22.8',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export const DEFAULT_SERVER_VERSION: ServerVersionInfo = { major: '1', minor: '31', gitVersion: 'v1.31.2' };
