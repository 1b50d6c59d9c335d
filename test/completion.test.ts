/**
 * Shell completion the kubectl way: real kubectl 1.32 runs `kubectl_complete-windbg` from PATH for
 * `kubectl __complete windbg ...` (what every shell's kubectl completion script calls), against the
 * simulated cluster. Unit tests cover the word parsing and the flags staying in step with --help.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSpecs, complete, globalFlags, parseLine, type CompletionSources } from '../src/cli/complete.js';
import { completionScript } from '../src/cli/completion-scripts.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';
import { BUNDLE, ensureBundle, kubectlAvailable, runProcess } from './e2e-support.js';
import { runCli } from './cli-harness.js';

const COMPLETION_BIN = join(process.cwd(), 'dist', 'kubectl_complete-windbg.js');

/** Names a test cluster would give, recorded per call. */
function fakeSources(calls: string[] = []): CompletionSources {
  return {
    windowsNodes: async (scope) => (calls.push(`nodes ${scope.context ?? ''}`), ['akswin22-0', 'akswin22-1', 'win19-0']),
    pods: async (scope) => (calls.push(`pods ${scope.namespace ?? '<context>'}`), scope.namespace === 'web' ? ['iis-0', 'iis-1'] : ['api-0']),
    namespaces: async () => ['default', 'kube-system', 'web'],
    contexts: async () => ['aks-prod', 'kind-win'],
    ruleIds: async () => ['hns-network-missing', 'image-os-mismatch'],
  };
}

const values = (items: string[]): string[] => items.map((i) => i.split('\t')[0]!);

describe('completion words', () => {
  it('offers the commands with their descriptions', async () => {
    const result = await complete([''], fakeSources());
    expect(values(result.items)).toEqual(commandSpecs.map((c) => c.name));
    expect(result.items).toContain('nodes\tList the Windows nodes with their version, health and findings');
    expect(result.directive).toBe(4);
    expect(values((await complete(['no'], fakeSources())).items)).toEqual(['nodes', 'node']);
  });
  it('offers Windows node names, pod names in the namespace typed, and rule ids', async () => {
    const calls: string[] = [];
    expect((await complete(['node', 'aks'], fakeSources(calls))).items).toEqual(['akswin22-0', 'akswin22-1']);
    expect((await complete(['pod', '-n', 'web', ''], fakeSources(calls))).items).toEqual(['iis-0', 'iis-1']);
    expect((await complete(['pod', '--namespace=web', 'iis-1'], fakeSources(calls))).items).toEqual(['iis-1']);
    expect((await complete(['--context', 'aks-prod', 'collect', ''], fakeSources(calls))).items).toHaveLength(3);
    expect(calls).toEqual(['nodes ', 'pods web', 'pods web', 'nodes aks-prod']);
    expect((await complete(['explain', 'image'], fakeSources())).items).toEqual(['image-os-mismatch']);
    expect((await complete(['node', 'win19-0', ''], fakeSources())).items).toEqual([]);
  });
  it('offers flag values: output formats of the command, choices, namespaces, contexts, files', async () => {
    expect((await complete(['nodes', '-o', ''], fakeSources())).items).toEqual(['table', 'wide', 'json', 'yaml']);
    expect((await complete(['check', '--output=j'], fakeSources())).items).toEqual(['--output=json', '--output=junit']);
    expect((await complete(['check', '--fail-on', 'w'], fakeSources())).items).toEqual(['warning']);
    expect((await complete(['pod', '-n', 'k'], fakeSources())).items).toEqual(['kube-system']);
    expect((await complete(['--context', ''], fakeSources())).items).toEqual(['aks-prod', 'kind-win']);
    expect(await complete(['check', '--from', ''], fakeSources())).toEqual({ items: [], directive: 0 });
    expect(await complete(['completion', ''], fakeSources())).toEqual({ items: ['bash', 'zsh', 'fish', 'powershell'], directive: 4 });
  });
  it('offers the flags of the command and the global ones', async () => {
    const flags = values((await complete(['check', '--p'], fakeSources())).items);
    expect(flags).toEqual(['--probe', '--probe-image', '--probe-namespace', '--probe-timeout', '--probe-mode']);
    expect(values((await complete(['node', 'x', '-'], fakeSources())).items)).toEqual(expect.arrayContaining(['--fail-on', '-n', '--namespace', '-o', '--kubeconfig']));
  });
  it('reads the scope flags in every spelling', () => {
    expect(parseLine(['--kubeconfig=/k', '--context', 'c', 'pod', '-nweb', 'x']).scope).toEqual({ kubeconfig: '/k', context: 'c', namespace: 'web' });
    expect(parseLine(['pod', '-n']).pendingFlag?.name).toBe('namespace');
    expect(parseLine(['--server', 'https://10.0.0.1:6443', '--token=abc', '--as-group', 'a', '--as-group', 'b', '--insecure-skip-tls-verify', 'node']).scope.auth).toEqual({
      server: 'https://10.0.0.1:6443',
      token: 'abc',
      asGroup: ['a', 'b'],
      insecureSkipTlsVerify: true,
    });
  });

  it('knows every command and flag that --help lists', async () => {
    const help = await runCli(['--help']);
    const listed = [...help.stdout.matchAll(/^ {2}kubectl windbg (\w+)/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(commandSpecs.map((c) => c.name).sort());
    for (const command of commandSpecs) {
      const text = (await runCli([command.name, '--help'])).stdout;
      const flags = new Set([...text.matchAll(/^ {2}(?:-\w, | {4})--([\w-]+)/gm)].map((m) => m[1]));
      const known = new Set([...command.flags, ...globalFlags].map((f) => f.name));
      flags.delete('version');
      for (const flag of flags) expect(known.has(flag!), `${command.name} --${flag} is not completed`).toBe(true);
      for (const flag of command.flags) expect(flags.has(flag.name), `${command.name} --${flag.name} is not in --help`).toBe(true);
    }
  });
});

describe('completion scripts', () => {
  it('completion takes the shell as an argument', async () => {
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const run = await runCli(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('kubectl-windbg __complete');
    }
    expect((await runCli(['completion', 'tcsh'])).code).toBe(2);
  });
  it('the PowerShell script parses', async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const grammar = await Language.load(join(process.cwd(), 'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'));
    const parser = new Parser();
    parser.setLanguage(grammar);
    expect(parser.parse(completionScript('powershell'))!.rootNode.hasError).toBe(false);
  });
});

describe('through real kubectl against the simulated cluster', () => {
  let sim: SimCluster;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!kubectlAvailable()) throw new Error('kubectl is not installed; these tests need the real kubectl binary (1.32) on PATH');
    ensureBundle();
    sim = await startSimCluster({ scenario: 'demo' });
    const bin = mkdtempSync(join(tmpdir(), 'windbg-complete-path-'));
    symlinkSync(BUNDLE, join(bin, 'kubectl-windbg'));
    symlinkSync(COMPLETION_BIN, join(bin, 'kubectl_complete-windbg'));
    env = { KUBECONFIG: sim.kubeconfigPath, PATH: `${bin}:${process.env['PATH'] ?? ''}`, HOME: bin };
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
  });

  const kubectlComplete = async (...words: string[]): Promise<{ values: string[]; directive: string }> => {
    const run = await runProcess('kubectl', ['__complete', 'windbg', ...words], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    return { values: values(lines.slice(0, -1)), directive: lines.at(-1)! };
  };

  it('completes the commands', async () => {
    expect(await kubectlComplete('')).toEqual({ values: commandSpecs.map((c) => c.name), directive: ':4' });
  });

  it('completes Windows node names from the cluster, never the Linux node', async () => {
    const { values: nodes } = await kubectlComplete('node', '');
    expect(nodes).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
    expect((await kubectlComplete('collect', 'win2')).values).toEqual(['win2004-0', 'win25-0']);
  });

  it('completes pod names in the namespace given with -n', async () => {
    const { values: pods } = await kubectlComplete('pod', '-n', 'shop', '');
    const listed = await runProcess('kubectl', ['get', 'pods', '-n', 'shop', '-o', 'name'], env);
    expect(pods).toEqual(listed.stdout.trim().split('\n').map((line) => line.replace('pod/', '')).sort());
    expect(pods).toContain('legacy-cart-8d7c6b5f4-wq9zp');
    expect(pods).not.toContain('iis-site-6d4b9c7f5-h2v9x');
    expect((await kubectlComplete('pod', '--namespace', 'web', 'iis-site')).values).toEqual(['iis-site-6d4b9c7f5-h2v9x', 'iis-site-6d4b9c7f5-zq8rd']);
    const namespaces = await runProcess('kubectl', ['get', 'namespaces', '-o', 'name'], env);
    expect((await kubectlComplete('pod', '-n', '')).values).toEqual(namespaces.stdout.trim().split('\n').map((line) => line.replace('namespace/', '')).sort());
  });

  it('completes flags, output formats and rule ids', async () => {
    expect((await kubectlComplete('nodes', '-o', '')).values).toEqual(['table', 'wide', 'json', 'yaml']);
    expect((await kubectlComplete('check', '--fail')).values).toEqual(['--fail-on']);
    expect((await kubectlComplete('explain', 'hns-')).values).toEqual(expect.arrayContaining(['hns-network-missing', 'hns-lb-port-exhaustion']));
  });

  it('the bash script completes the executable run directly', async () => {
    const script = completionScript('bash');
    const run = await runProcess(
      'bash',
      ['-c', `${script}\nCOMP_WORDS=(kubectl-windbg node ""); COMP_CWORD=2; _kubectl_windbg; printf '%s\\n' "\${COMPREPLY[@]}"`],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
  });

  it('offers nothing, quickly, when the cluster cannot be reached', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'windbg-complete-kc-')), 'kubeconfig');
    writeFileSync(bad, 'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:9\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\nusers:\n- name: u\n  user:\n    token: t\n');
    const run = await runProcess('kubectl', ['__complete', 'windbg', 'node', ''], { ...env, KUBECONFIG: bad });
    expect(run.stdout).toBe(':4\n');
  });
});
