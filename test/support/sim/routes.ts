/** Maps a request path onto discovery documents or a resource (collection, object, subresource). */
import { groupsServed, resourceAt, type ResourceInfo } from './resources.js';

export type Route =
  | { type: 'discovery'; doc: 'api' | 'apis' | 'version' | 'health'; }
  | { type: 'resourceList'; group: string; version: string }
  | { type: 'group'; group: string }
  | { type: 'resource'; resource: ResourceInfo; namespace?: string; name?: string; subresource?: string }
  | { type: 'unknown' };

function resourceRoute(group: string, rest: string[]): Route {
  if (rest.length === 0) return { type: 'resourceList', group, version: 'v1' };
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const resource = resourceAt(group, rest[2]!);
    if (resource?.namespaced && rest.length <= 5) {
      return { type: 'resource', resource, namespace: rest[1], name: rest[3], subresource: rest[4] };
    }
    if (group === '' && rest.length === 3) {
      const ns = resourceAt('', 'namespaces')!;
      return { type: 'resource', resource: ns, name: rest[1], subresource: rest[2] };
    }
    return { type: 'unknown' };
  }
  const resource = resourceAt(group, rest[0]!);
  if (!resource || rest.length > 3) return { type: 'unknown' };
  if (resource.namespaced && rest.length > 1) return { type: 'unknown' };
  return { type: 'resource', resource, name: rest[1], subresource: rest[2] };
}

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter((p) => p !== '').map(decodeURIComponent);
  if (parts.length === 1 && parts[0] === 'version') return { type: 'discovery', doc: 'version' };
  if (parts.length === 1 && ['healthz', 'livez', 'readyz'].includes(parts[0]!)) return { type: 'discovery', doc: 'health' };
  if (parts[0] === 'api') {
    if (parts.length === 1) return { type: 'discovery', doc: 'api' };
    if (parts[1] !== 'v1') return { type: 'unknown' };
    return resourceRoute('', parts.slice(2));
  }
  if (parts[0] === 'apis') {
    if (parts.length === 1) return { type: 'discovery', doc: 'apis' };
    const group = parts[1]!;
    if (!groupsServed().includes(group)) return { type: 'unknown' };
    if (parts.length === 2) return { type: 'group', group };
    if (parts[2] !== 'v1') return { type: 'unknown' };
    return resourceRoute(group, parts.slice(3));
  }
  return { type: 'unknown' };
}
