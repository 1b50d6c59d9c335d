import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}
interface ClusterRole {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  rules: PolicyRule[];
}

const docs = parseAllDocuments(readFileSync('rbac/clusterrole.yaml', 'utf8'));
const roles = docs.map((d) => {
  expect(d.errors).toEqual([]);
  return d.toJS() as ClusterRole;
});

function verbsFor(role: ClusterRole, group: string, resource: string): string[] {
  return role.rules.filter((r) => r.apiGroups.includes(group) && r.resources.includes(resource)).flatMap((r) => r.verbs);
}

describe('rbac/clusterrole.yaml', () => {
  it('holds the read-only role and the probe role', () => {
    expect(roles.map((r) => [r.apiVersion, r.kind, r.metadata.name])).toEqual([
      ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'kubectl-windbg'],
      ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'kubectl-windbg-probes'],
    ]);
  });
  it('the read-only role gets and lists nodes, pods, events, namespaces, services and network policies, and writes nothing', () => {
    const [reader] = roles;
    for (const resource of ['nodes', 'pods', 'events', 'namespaces', 'services']) {
      expect(verbsFor(reader!, '', resource).sort()).toEqual(['get', 'list']);
    }
    expect(verbsFor(reader!, 'networking.k8s.io', 'networkpolicies').sort()).toEqual(['get', 'list']);
    const verbs = reader!.rules.flatMap((r) => r.verbs);
    for (const write of ['create', 'update', 'patch', 'delete']) expect(verbs).not.toContain(write);
  });
  it('the probe role creates and deletes pods and daemonsets, execs, and reads logs', () => {
    const probes = roles[1]!;
    expect(verbsFor(probes, '', 'pods')).toEqual(expect.arrayContaining(['create', 'delete', 'get']));
    expect(verbsFor(probes, '', 'pods/exec')).toEqual(expect.arrayContaining(['create', 'get']));
    expect(verbsFor(probes, '', 'pods/log')).toContain('get');
    expect(verbsFor(probes, 'apps', 'daemonsets')).toEqual(expect.arrayContaining(['create', 'delete', 'get']));
  });
});
