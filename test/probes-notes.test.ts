/**
 * After --probe ran: the notes say what the probes returned on each node (ran, with the facts
 * found and the parts that failed; or failed, with why), and the "unchecked" list holds only what
 * is still unchecked, under a heading that says --probe ran. Through the command line against the
 * simulated cluster, and the summary on its own.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { factSections, nodeProbeSummary, podProbeSummary } from '../src/app/probing.js';
import type { KNode } from '../src/kube/types.js';
import { parseNodeProbeOutput } from '../src/probes/parse-node.js';
import { forgetLiveProbeObjects, liveProbeObjects } from '../src/probes/registry.js';
import type { NodeFacts } from '../src/probes/facts.js';
import type { Finding } from '../src/rules/types.js';
import { allRules } from '../src/rules/index.js';
import { runCli } from './cli-harness.js';
import { readyWindowsNode } from './support/sim/nodes.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/probe-outputs/${name}`, import.meta.url), 'utf8');

const clusters: SimCluster[] = [];
afterEach(async () => {
  forgetLiveProbeObjects(liveProbeObjects());
  await Promise.all(clusters.splice(0).map((c) => c.close()));
});

interface ReportJson {
  notes: string[];
  needsProbe: string[];
  probed?: boolean;
  findings: { ruleId: string; target: { name: string } }[];
}

const probeOnly = (kind: 'node' | 'pod') => allRules.filter((r) => r.probe === kind).map((r) => r.id).sort();

describe('check --probe: what the probes returned, and what stays unchecked', () => {
  it('one node probed fully, one partly, one failing: a note for each, only the pod-network checks left unchecked', async () => {
    const nodes = ['akswin000000', 'akswin000001', 'akswin000002'].map((n) => readyWindowsNode(n));
    const sim = await startSimCluster({ objects: nodes, podStartDelayMs: 30 });
    clusters.push(sim);
    sim.setProbeOutput('akswin000000', fixture('ws2022-aks-healthy.txt'));
    sim.setProbeOutput('akswin000001', fixture('ws2022-aks-healthy.txt'));
    sim.setProbeOutput('akswin000002', fixture('half-failed.txt'));
    sim.setExecHang('akswin000001');

    const before = await runCli(['check', '--kubeconfig', sim.kubeconfigPath, '-o', 'json', '--fail-on', 'never']);
    const unprobed = JSON.parse(before.stdout) as ReportJson;
    expect(unprobed.probed).toBeUndefined();
    expect(unprobed.needsProbe).toEqual([...probeOnly('node'), ...probeOnly('pod')].sort());

    const run = await runCli(['check', '--probe', '--probe-timeout', '1s', '--kubeconfig', sim.kubeconfigPath, '-o', 'json', '--fail-on', 'never']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.probed).toBe(true);
    // Node probes ran: only the pod-network checks are still unchecked.
    expect(report.needsProbe).toEqual(probeOnly('pod'));

    const healthy = factSections(parseNodeProbeOutput(fixture('ws2022-aks-healthy.txt'), 'akswin000000'));
    const half = parseNodeProbeOutput(fixture('half-failed.txt'), 'akswin000002');
    expect(healthy).toEqual(expect.arrayContaining(['services', 'hns']));
    expect(half.errors.length).toBeGreaterThan(0);
    const probeNotes = report.notes.filter((n) => n.startsWith('node probe '));
    expect(probeNotes).toHaveLength(3);
    expect(probeNotes).toContain(`node probe ran on akswin000000: facts found: ${healthy.join(', ')}`);
    expect(probeNotes).toContainEqual(expect.stringMatching(new RegExp(`^node probe ran on akswin000002: facts found: ${factSections(half).join(', ')}; parts that failed: ${half.errors[0]!.probe} \\(`)));
    expect(probeNotes).toContainEqual(expect.stringMatching(/^node probe failed on akswin000001: .*--probe-timeout.* \(the checks that need it stay unchecked there\)$/));
    expect(report.findings.filter((f) => f.ruleId === 'probe-pod-failed').map((f) => f.target.name)).toEqual(['akswin000001']);

    const text = await runCli(['check', '--probe', '--probe-timeout', '1s', '--kubeconfig', sim.kubeconfigPath, '--fail-on', 'never']);
    expect(text.stdout.split('\n')[0]).toMatch(/; 5 cause\(s\) still unchecked after --probe$/);
    expect(text.stdout).toContain(`Still unchecked after --probe: ${probeOnly('pod').join(', ')} (the notes say what the probes returned;`);
    expect(text.stdout).not.toContain('Could only be checked with --probe');
    expect(text.stdout).toContain(`  - node probe ran on akswin000000: facts found: ${healthy.join(', ')}`);
    const junit = (await runCli(['check', '--probe', '--probe-timeout', '1s', '--kubeconfig', sim.kubeconfigPath, '--fail-on', 'never', '-o', 'junit'])).stdout;
    const nodeProbeRule = probeOnly('node').find((id) => junit.includes(`<testcase name="${id}" classname="akswin000000"`))!;
    const podProbeRule = probeOnly('pod').find((id) => junit.includes(`<testcase name="${id}" classname="akswin000000"`))!;
    // Checked by the node probe: a case of its own, not skipped; the pod-network checks are still unchecked.
    expect(junit).toContain(`<testcase name="${nodeProbeRule}" classname="akswin000000" time="0"/>`);
    expect(junit).toContain(`<testcase name="${podProbeRule}" classname="akswin000000" time="0">\n      <skipped message="still unchecked after --probe"/>`);
  }, 60_000);
});

describe('probe failures with the same conclusion on many nodes', () => {
  it('a Pod Security restricted probe namespace on three nodes of one build is one finding at the build, listing the nodes', async () => {
    const nodes = ['akswin000000', 'akswin000001', 'akswin000002'].map((n) => readyWindowsNode(n));
    const locked = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'locked', labels: { 'kubernetes.io/metadata.name': 'locked', 'pod-security.kubernetes.io/enforce': 'restricted' } }, status: { phase: 'Active' } };
    const sim = await startSimCluster({ objects: [...nodes, locked] });
    clusters.push(sim);
    const run = await runCli(['check', '--probe', '--probe-namespace', 'locked', '--kubeconfig', sim.kubeconfigPath, '-o', 'json', '--fail-on', 'never']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Omit<ReportJson, 'findings'> & {
      findings: { ruleId: string; target: { kind: string; name: string }; affected?: { count: number; objects: { name: string }[] }; evidence: unknown[] }[];
    };
    const failed = report.findings.filter((f) => f.ruleId === 'probe-pod-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.target).toEqual({ kind: 'WindowsBuild', name: '10.0.20348' });
    expect(failed[0]!.affected).toEqual({ count: 3, objects: nodes.map((n) => ({ kind: 'Node', name: n.metadata.name })) });
    expect(failed[0]!.evidence).toContainEqual({ source: 'spec', text: 'namespace locked: pod-security.kubernetes.io/enforce=restricted' });
    // Nothing was probed: every node-probe check is still unchecked, and the notes say why.
    expect(report.needsProbe).toEqual([...probeOnly('node'), ...probeOnly('pod')].sort());
    expect(report.notes.filter((n) => n.startsWith('node probe failed on akswin000000, akswin000001, akswin000002: '))).toHaveLength(1);
  }, 60_000);
});

describe('the probe summary notes', () => {
  const facts = (node: string, errors: NodeFacts['errors'] = []): NodeFacts => ({ schemaVersion: 1, node, collectedAt: '2026-05-01T10:00:00Z', errors, services: [], os: { build: 20348, hotfixes: [] } });
  const failed = (node: string, message: string): Finding => ({ ruleId: 'probe-pod-failed', severity: 'warning', target: { kind: 'Node', name: node }, message, evidence: [] });
  const render = (text: Finding['message']) => String(text);

  it('nodes with the same outcome share a note naming the first five and how many more', () => {
    const names = Array.from({ length: 8 }, (_, i) => `n${i}`);
    const map = new Map(names.slice(0, 7).map((n) => [n, facts(n)]));
    map.set('n6', facts('n6', [{ probe: 'hns', message: 'Get-HnsNetwork : Access is denied.\nAt line:1 char:1' }]));
    const notes = nodeProbeSummary(names, map, [failed('n7', 'The probe pod on n7 could not pull its image (ErrImagePull): not found')], render);
    expect(notes).toEqual([
      'node probe ran on n0, n1, n2, n3, n4 and 1 more: facts found: services, os',
      'node probe ran on n6: facts found: services, os; parts that failed: hns (Get-HnsNetwork : Access is denied.)',
      'node probe failed on n7: The probe pod on n7 could not pull its image (ErrImagePull): not found (the checks that need it stay unchecked there)',
    ]);
    // The same failure on several nodes is one note.
    const psa = nodeProbeSummary(['win-a', 'win-b'], new Map(), [failed('win-a', 'namespace kube-system rejects privileged pods'), failed('win-b', 'namespace kube-system rejects privileged pods')], render);
    expect(psa).toEqual(['node probe failed on win-a, win-b: namespace kube-system rejects privileged pods (the checks that need it stay unchecked there)']);
  });

  it('the pod-network probe says where it ran from and what it found', () => {
    expect(
      podProbeSummary({ schemaVersion: 1, pod: { namespace: 'web', name: 'iis-1' }, vantage: 'sidecar-pod', errors: [{ probe: 'icmpExternal', message: 'ping.exe not found' }], dnsFqdn: { target: 'kubernetes.default.svc.cluster.local', ok: true } }),
    ).toBe('pod-network probe of web/iis-1 ran (sidecar-pod): facts found: dnsFqdn; parts that failed: icmpExternal (ping.exe not found)');
  });
});
