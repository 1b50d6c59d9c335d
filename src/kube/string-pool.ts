/**
 * One shared copy of each repeated value in the objects a Snapshot keeps.
 *
 * JSON.parse gives every value its own copy, and tens of thousands of kept pods repeat the same
 * namespaces, node names, images, reasons and timestamps, and the same tolerations, volumes,
 * ports, resources, owner references, labels, annotations and containers (every replica of a
 * Deployment has the same ones).
 * Sharing them cuts what a kept pod costs in memory by about half. Values only ever become an
 * equal value, so nothing observable changes; shared objects are frozen, because a change made
 * through one pod must never show up in another.
 */

/** Longer strings (messages, certificates, scripts) are rarely repeated; they are left alone. */
const longestPooled = 128;

/** Members whose whole value is commonly identical across pods of one workload. */
const sharedMembers: ReadonlySet<string> = new Set([
  'tolerations',
  'volumes',
  'projected',
  'volumeMounts',
  'ports',
  'resources',
  'nodeSelector',
  'affinity',
  'securityContext',
  'ownerReferences',
  'labels',
  // A ReplicaSet's pods carry its template's annotations and containers unchanged.
  'annotations',
  'containers',
  'initContainers',
  'env',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
]);

/** Members whose values are unique to one object: pooling them would only fill the pool. */
const uniqueMembers: ReadonlySet<string> = new Set(['uid', 'resourceVersion', 'podIP', 'containerID']);

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const item of Object.values(value)) if (item !== null && typeof item === 'object' && !Object.isFrozen(item)) deepFreeze(item as object);
}

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly subtrees = new Map<string, object>();

  /** Replaces, in place, repeated values inside `value` with their shared copies; returns `value`. */
  share<T>(value: T): T {
    if (value !== null && typeof value === 'object') this.visit(value);
    return value;
  }

  private pooled(text: string): string {
    if (text.length > longestPooled) return text;
    const shared = this.strings.get(text);
    if (shared !== undefined) return shared;
    this.strings.set(text, text);
    return text;
  }

  /** The shared copy of a member's object value (strings inside pooled, frozen). */
  private subtree(name: string, value: object): object {
    const key = `${name}\u0000${JSON.stringify(value)}`;
    const shared = this.subtrees.get(key);
    if (shared !== undefined) return shared;
    this.visit(value);
    deepFreeze(value);
    this.subtrees.set(key, value);
    return value;
  }

  private visit(value: object, parentKey = ''): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = this.pooled(item);
        else if (item !== null && typeof item === 'object') this.visit(item);
      }
      return;
    }
    const object = value as Record<string, unknown>;
    for (const key in object) {
      const item = object[key];
      if (typeof item === 'string') {
        // An object's own name is unique to it; other names (containers, volumes, ports) repeat.
        if (!uniqueMembers.has(key) && !(key === 'name' && parentKey === 'metadata')) object[key] = this.pooled(item);
      } else if (item !== null && typeof item === 'object') {
        if (sharedMembers.has(key)) object[key] = this.subtree(key, item);
        else this.visit(item, key);
      }
    }
  }
}
