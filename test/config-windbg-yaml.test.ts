import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides, filterSnapshot, loadConfig, parseConfig } from '../src/config/config.js';
import { matchesSelector, parseSelector } from '../src/config/selector.js';
import { UsageError } from '../src/errors.js';
import type { KEvent, KNode, KPod, Snapshot } from '../src/kube/types.js';
import type { DiagnosisResult } from '../src/engine/result.js';

const known = new Set(['memory-overcommit', 'version-skew', 'image-os-mismatch', 'no-known-cause']);

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseConfig', () => {
  it('reads ignore, severity and thresholds', () => {
    const config = parseConfig(
      [
        'ignore:',
        '  rules: [memory-overcommit]',
        '  nodes: [win-legacy-0, "agentpool=experimental"]',
        '  namespaces: [sandbox]',
        'severity:',
        '  version-skew: error',
        'thresholds:',
        '  containerCreatingSeconds: 600',
        '  nodeGraceSeconds: 60',
      ].join('\n'),
      '.windbg.yaml',
      known,
    );
    expect(config.ignore).toEqual({ rules: ['memory-overcommit'], nodes: ['win-legacy-0', 'agentpool=experimental'], namespaces: ['sandbox'] });
    expect(config.severity).toEqual({ 'version-skew': 'error' });
    expect(config.thresholds).toEqual({ containerCreatingSeconds: 600, nodeGraceSeconds: 60 });
  });

  it('accepts an empty file', () => {
    expect(parseConfig('', '.windbg.yaml', known).ignore.rules).toEqual([]);
  });

  it('names unknown keys and unknown rule ids in one usage error', () => {
    const message = usageMessage(() =>
      parseConfig('ignore:\n  rule: [x]\n  rules: [hns-everything]\nseverity:\n  made-up-rule: warning\nthreshold: {}\n', '.windbg.yaml', known),
    );
    expect(message).toContain('unknown rule id(s) hns-everything, made-up-rule');
    expect(message).toContain('unknown key(s) threshold, ignore.rule');
    expect(message).not.toContain('\n');
  });

  it('rejects bad severities and thresholds', () => {
    const message = usageMessage(() => parseConfig('severity:\n  version-skew: fatal\nthresholds:\n  nodeGraceSeconds: -5\n  podAge: 3\n', 'team.yaml', known));
    expect(message).toContain('"severity.version-skew" is "fatal" but must be error, warning or info');
    expect(message).toContain('"thresholds.nodeGraceSeconds" is "-5"');
    expect(message).toContain('thresholds.podAge');
    expect(message.startsWith('team.yaml is not valid')).toBe(true);
  });

  it('names the file and line of a YAML syntax error', () => {
    const message = usageMessage(() => parseConfig('ignore:\n  rules: [a, b\n', 'conf/.windbg.yaml', known));
    expect(message).toMatch(/^conf\/\.windbg\.yaml:\d+ is not valid YAML/);
  });
});

describe('loadConfig', () => {
  it('uses ./.windbg.yaml when present and nothing otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windbg-config-'));
    expect(await loadConfig({ cwd: dir, knownRuleIds: known })).toBeUndefined();
    writeFileSync(join(dir, '.windbg.yaml'), 'ignore:\n  namespaces: [kube-system]\n');
    expect((await loadConfig({ cwd: dir, knownRuleIds: known }))?.ignore.namespaces).toEqual(['kube-system']);
  });
  it('--config must exist', async () => {
    await expect(loadConfig({ path: '/nonexistent/windbg.yaml', cwd: '/', knownRuleIds: known })).rejects.toThrow(/does not exist/);
  });
});

describe('label selectors', () => {
  it.each([
    ['agentpool=win22', { agentpool: 'win22' }, true],
    ['agentpool==win22', { agentpool: 'win19' }, false],
    ['agentpool!=win22', {}, true],
    ['env in (prod, staging),tier', { env: 'prod', tier: 'x' }, true],
    ['env notin (prod)', { env: 'prod' }, false],
    ['!legacy', { legacy: 'true' }, false],
  ])('%s on %j -> %s', (selector, labels, expected) => {
    expect(matchesSelector(parseSelector(selector)!, labels)).toBe(expected);
  });
  it('rejects nonsense', () => expect(parseSelector('a=b=c')).toBeUndefined());
});

const node = (name: string, labels: Record<string, string> = {}): KNode => ({ metadata: { name, labels: { 'kubernetes.io/os': 'windows', ...labels } } });
const pod = (namespace: string, name: string, nodeName: string): KPod => ({ metadata: { namespace, name }, spec: { nodeName, containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/servercore:ltsc2022' }] } });
const event = (kind: string, name: string, namespace?: string): KEvent => ({ metadata: { name: `${name}.17a`, namespace: namespace ?? 'default' }, involvedObject: { kind, name, namespace }, reason: 'BackOff', message: 'Back-off' });

describe('filterSnapshot', () => {
  const snapshot: Snapshot = {
    source: { kind: 'files', path: 'dump' },
    collectedAt: '2025-03-14T09:00:00Z',
    nodes: [node('win-a', { agentpool: 'prod' }), node('win-b', { agentpool: 'experimental' }), node('win-c')],
    pods: [pod('web', 'iis-1', 'win-a'), pod('sandbox', 'toy-1', 'win-a'), pod('web', 'iis-2', 'win-b'), pod('web', 'iis-3', 'win-c')],
    events: [event('Pod', 'toy-1', 'sandbox'), event('Pod', 'iis-2', 'web'), event('Node', 'win-b'), event('Pod', 'iis-1', 'web')],
    notes: [],
  };
  const config = parseConfig('ignore:\n  nodes: ["agentpool=experimental", win-c]\n  namespaces: [sandbox]\n', '.windbg.yaml', known);

  it('drops ignored nodes by selector and name, their pods and events, and ignored namespaces', () => {
    const out = filterSnapshot(snapshot, config);
    expect(out.nodes.map((n) => n.metadata.name)).toEqual(['win-a']);
    expect(out.pods.map((p) => p.metadata.name)).toEqual(['iis-1']);
    expect(out.events.map((e) => e.involvedObject.name)).toEqual(['iis-1']);
  });
  it('keeps the node or pod a command asked for', () => {
    expect(filterSnapshot(snapshot, config, { node: 'win-b' }).nodes.map((n) => n.metadata.name)).toEqual(['win-a', 'win-b']);
    const kept = filterSnapshot(snapshot, config, { pod: { namespace: 'sandbox', name: 'toy-1' } });
    expect(kept.pods.map((p) => p.metadata.name)).toContain('toy-1');
    expect(kept.events.map((e) => e.involvedObject.name)).toContain('toy-1');
  });
});

describe('applySeverityOverrides', () => {
  it('changes severities, recounts and re-sorts', () => {
    const result: DiagnosisResult = {
      findings: [
        { ruleId: 'image-os-mismatch', severity: 'error', target: { kind: 'Pod', namespace: 'web', name: 'a' }, message: 'm', evidence: [] },
        { ruleId: 'version-skew', severity: 'warning', target: { kind: 'Node', name: 'win-a' }, message: 'm', evidence: [] },
      ],
      needsProbe: [],
      notes: [],
      summary: { error: 1, warning: 1, info: 0 },
      checked: { nodes: 1, pods: 1 },
    };
    const config = parseConfig('severity:\n  image-os-mismatch: info\n  version-skew: error\n', '.windbg.yaml', known);
    const out = applySeverityOverrides(result, config);
    expect(out.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['version-skew', 'error'],
      ['image-os-mismatch', 'info'],
    ]);
    expect(out.summary).toEqual({ error: 1, warning: 0, info: 1 });
  });
});
