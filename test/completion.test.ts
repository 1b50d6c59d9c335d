/**
 * Shell completion the kubectl way: real kubectl 1.32 runs `kubectl_complete-windbg` from PATH for
 * `kubectl __complete windbg ...` (what every shell's kubectl completion script calls), against the
 * simulated cluster. Unit tests cover the word parsing and the flags staying in step with --help.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSpecs, complete, formatCompletion, globalFlags, parseLine, type CompletionSources } from '../src/cli/complete.js';
import { completionScript } from '../src/cli/completion-scripts.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';
import { BUNDLE, ensureBundle, kubectlAvailable, runProcess } from './e2e-support.js';
import { runCli } from './cli-harness.js';
import { findPwsh, PWSH_MISSING_MESSAGE } from './support/pwsh.js';

/** A shell on PATH; under CI (which installs zsh and fish) a missing one is a failure, elsewhere the check is skipped. */
function shellAvailable(shell: string): boolean {
  const found = spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
  if (!found && process.env['CI'] === 'true') throw new Error(`${shell} is required in CI (.ci/run installs it)`);
  return found;
}

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
  it('a context name from the kubeconfig cannot add a candidate line nor drive the terminal', () => {
    const printed = formatCompletion({ items: ['prod\n--evil', 'kind-\u001b]0;owned\u0007win\ttitle \u001b[31mred'], directive: 4 });
    expect(printed.split('\n')).toEqual(['prod \u23CE --evil', 'kind-\u241B]0;owned\u2407win\ttitle \u241B[31mred', ':4', '']);
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
  it('describes -o with the formats of the command typed, and offers none to a command without -o', async () => {
    expect((await complete(['check', '-'], fakeSources())).items).toContain('-o\tOutput format: table|json|yaml|junit|markdown|github|html (each command accepts the ones that fit it)');
    expect((await complete(['nodes', '--out'], fakeSources())).items).toEqual(['--output\tOutput format: table|wide|json|yaml (each command accepts the ones that fit it)']);
    expect(await complete(['shell', 'win19-0', '-o', ''], fakeSources())).toEqual({ items: [], directive: 4 });
  });
  it('a half-typed or unknown --lang on the line completes instead of failing', async () => {
    const languages = await runCli(['__complete', 'check', '--lang', '']);
    expect(languages).toEqual({ code: 0, stdout: 'en\nja\nko\nzh-CN\n:4\n', stderr: '' });
    expect((await runCli(['__complete', '--lang', 'ja', 'che'])).stdout).toMatch(/^check\tすべての.*Windows.*\n:4\n$/);
    expect((await runCli(['__complete', '--lang', 'xx', 'che'])).stdout).toMatch(/^check\tCheck every Windows node/);
    expect((await runCli(['--lang', 'xx', 'rules'])).code).toBe(2);
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
  it('every script is valid in its shell', () => {
    for (const [shell, args] of [['bash', ['-n']], ['zsh', ['-n']], ['fish', ['--no-execute']]] as const) {
      if (!shellAvailable(shell)) continue;
      const dir = mkdtempSync(join(tmpdir(), 'windbg-complete-script-'));
      const file = join(dir, `completion.${shell}`);
      writeFileSync(file, completionScript(shell));
      const check = spawnSync(shell, [...args, file], { encoding: 'utf8' });
      expect(check.stderr, shell).toBe('');
      expect(check.status, shell).toBe(0);
    }
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

  it('completes every rule id the catalogue lists, with its title in the output language', async () => {
    const ids = (JSON.parse((await runProcess('kubectl', ['windbg', 'rules', '-o', 'json'], env)).stdout) as { id: string }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(50);
    expect((await kubectlComplete('explain', '')).values).toEqual(ids);
    const run = await runProcess('kubectl', ['__complete', 'windbg', 'check', '--rule', 'hns-network-m'], env);
    expect(run.stdout).toBe('hns-network-missing\tThe HNS container network or its vEthernet adapter does not exist\n:4\n');
    const ja = await runProcess('kubectl', ['__complete', 'windbg', '--lang', 'ja', 'explain', 'hns-network-m'], env);
    expect(ja.stdout).toBe('hns-network-missing\tHNSのコンテナネットワークまたはそのvEthernetアダプターが存在しない\n:4\n');
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

  it('the zsh, fish and PowerShell scripts complete node names, pod names and formats', async () => {
    const words = (stdout: string) => stdout.trim().split('\n').map((line) => line.split(/[\t:]/)[0]);
    if (shellAvailable('zsh')) {
      // zsh's completion widgets exist only inside compinit's machinery: _describe and compdef are stood in for.
      const stubs = 'compdef() { :; }; _describe() { print -l -- "${(@P)${@[-1]}}"; }; _files() { print "FILES $*"; };';
      const zsh = (line: string[]) => runProcess('zsh', ['-f', '-c', `${stubs}\n${completionScript('zsh')}\nwords=(${line.map((w) => `'${w}'`).join(' ')}); CURRENT=${line.length}; _kubectl_windbg`], env);
      expect(words((await zsh(['kubectl-windbg', 'node', ''])).stdout)).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
      expect(words((await zsh(['kubectl-windbg', 'pod', '-n', 'web', 'iis-s'])).stdout)).toEqual(['iis-site-6d4b9c7f5-h2v9x', 'iis-site-6d4b9c7f5-zq8rd']);
      expect((await zsh(['kubectl-windbg', 'check', '--from', ''])).stdout).toBe('FILES \n');
    }
    if (shellAvailable('fish')) {
      const fish = (line: string) => runProcess('fish', ['--no-config', '-c', `${completionScript('fish')}\ncomplete -C '${line}'`], env);
      expect(words((await fish('kubectl-windbg node ')).stdout).sort()).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
      expect(words((await fish('kubectl-windbg check -o h')).stdout)).toEqual(['html']);
    }
    const pwsh = findPwsh();
    if (!pwsh && process.env['CI'] === 'true') throw new Error(PWSH_MISSING_MESSAGE);
    if (pwsh) {
      const dir = mkdtempSync(join(tmpdir(), 'windbg-complete-ps-'));
      writeFileSync(join(dir, 'complete.ps1'), completionScript('powershell'));
      const tab = (line: string) =>
        runProcess(pwsh, ['-NoProfile', '-NonInteractive', '-Command', `. '${join(dir, 'complete.ps1')}'; (TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches | ForEach-Object { $_.CompletionText }`], { ...env, HOME: dir });
      expect(words((await tab('kubectl-windbg node ')).stdout)).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
      expect(words((await tab('kubectl-windbg pod -n shop c')).stdout)).toEqual(['cart-api-5d8f7b9c4-k7xq2', 'cart-api-5d8f7b9c4-p4n8w', 'catalog-api-5b8c7d9f6-qv4lm']);
      expect(words((await tab('kubectl-windbg check --fail')).stdout)).toEqual(['--fail-on']);
    }
  }, 60_000);

  it('kubectl\'s own completion scripts complete kubectl windbg on a TAB (bash, fish, PowerShell)', async () => {
    const words = (stdout: string) => stdout.trim().split('\n').map((line) => line.split('\t')[0]!.trim());
    const bashCompletion = '/usr/share/bash-completion/bash_completion';
    if (!existsSync(bashCompletion) && process.env['CI'] === 'true') throw new Error('bash-completion is required in CI (.ci/run installs it)');
    if (existsSync(bashCompletion)) {
      // What bash runs on a TAB after `kubectl windbg node `: kubectl's completion function, with the line in COMP_*.
      const line = ['kubectl', 'windbg', 'node', ''];
      const bash = await runProcess(
        'bash',
        ['-c', `source ${bashCompletion}; source <(kubectl completion bash); COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=3; COMP_LINE='kubectl windbg node '; COMP_POINT=\${#COMP_LINE}; COMP_TYPE=9; __start_kubectl kubectl '' windbg; printf '%s\\n' "\${COMPREPLY[@]}"`],
        env,
      );
      expect(words(bash.stdout)).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
    }
    if (shellAvailable('fish')) {
      const fish = (line: string) => runProcess('fish', ['--no-config', '-c', `kubectl completion fish | source; complete -C '${line}'`], env);
      expect(words((await fish('kubectl windbg node ')).stdout).sort()).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
      expect(words((await fish('kubectl windbg pod -n web iis-s')).stdout)).toEqual(['iis-site-6d4b9c7f5-h2v9x', 'iis-site-6d4b9c7f5-zq8rd']);
      expect(words((await fish('kubectl windbg ')).stdout).sort()).toEqual(commandSpecs.map((c) => c.name).sort());
    }
    const pwsh = findPwsh();
    if (!pwsh && process.env['CI'] === 'true') throw new Error(PWSH_MISSING_MESSAGE);
    if (pwsh) {
      const dir = mkdtempSync(join(tmpdir(), 'windbg-complete-kubectl-ps-'));
      const tab = (line: string) =>
        runProcess(pwsh, ['-NoProfile', '-NonInteractive', '-Command', `kubectl completion powershell | Out-String | Invoke-Expression; (TabExpansion2 -inputScript '${line}' -cursorColumn ${line.length}).CompletionMatches | ForEach-Object { $_.CompletionText }`], { ...env, HOME: dir });
      expect(words((await tab('kubectl windbg node ')).stdout)).toEqual(['akswin22-0', 'akswin22-1', 'win19-0', 'win2004-0', 'win25-0']);
      expect(words((await tab('kubectl windbg check -o h')).stdout)).toEqual(['html']);
    }
  }, 60_000);

  it('offers nothing when the API server accepts the connection and never answers', async () => {
    const held: Socket[] = [];
    const silent: Server = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as { port: number }).port;
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'windbg-complete-silent-')), 'kubeconfig');
      writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:${port}\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\nusers:\n- name: u\n  user:\n    token: t\n`);
      // What kubectl runs for `kubectl windbg node <TAB>` and `kubectl windbg pod -n <TAB>`.
      for (const words of [['node', ''], ['pod', '-n', '']]) {
        const run = await runProcess('kubectl_complete-windbg', words, { ...env, KUBECONFIG: kubeconfig });
        expect(run).toEqual({ code: 0, stdout: ':4\n', stderr: '' });
      }
      expect(held.length).toBeGreaterThan(0);
    } finally {
      for (const socket of held) socket.destroy();
      silent.close();
    }
  }, 30_000);

  it('offers nothing, quickly, when the cluster cannot be reached', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'windbg-complete-kc-')), 'kubeconfig');
    writeFileSync(bad, 'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:9\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\nusers:\n- name: u\n  user:\n    token: t\n');
    const run = await runProcess('kubectl', ['__complete', 'windbg', 'node', ''], { ...env, KUBECONFIG: bad });
    expect(run.stdout).toBe(':4\n');
  });
});
