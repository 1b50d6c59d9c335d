import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPluginInvocation, scriptNameFor, usageMessage, withHint } from '../src/cli/main.js';
import { langFlag, languageFromEnv, languageFromLocale, resolveLanguage } from '../src/cli/lang.js';
import { exitCodeForFindings, outputFor } from '../src/cli/options.js';
import { looksLikeRuleId } from '../src/cli/commands/explain.js';
import { UsageError } from '../src/errors.js';
import { language, setLanguage } from '../src/i18n/index.js';
import { runCli } from './cli-harness.js';

const commands = ['nodes', 'node', 'pod', 'check', 'explain', 'rules', 'collect', 'cleanup'];

describe('help, version and completion', () => {
  it('--help names every command and speaks as "kubectl windbg" in plugin mode', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kubectl windbg <command> [flags]');
    for (const c of commands) expect(run.stdout).toMatch(new RegExp(`kubectl windbg ${c}\\b`));
    for (const flag of ['--kubeconfig', '--context', '--namespace', '--all-namespaces', '--selector', '--output', '--request-timeout', '--no-color', '--verbose', '--from', '--lang']) {
      expect(run.stdout).toContain(flag);
    }
  });
  it('without a command prints the help and exits 0', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Commands:');
  });
  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('completion bash prints a script for the kubectl-windbg executable; the shell is an argument', async () => {
    const run = await runCli(['completion', 'bash'], { env: { SHELL: '/bin/zsh' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('complete -F _kubectl_windbg kubectl-windbg');
    expect((await runCli(['completion'])).code).toBe(2);
  });
  it('__complete answers with the command names and a directive, as kubectl expects', async () => {
    const run = await runCli(['__complete', '']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    for (const c of ['nodes', 'check', 'explain']) expect(lines.map((l) => l.split('\t')[0])).toContain(c);
    expect(lines.at(-1)).toBe(':4');
  });
});

describe('plugin-mode naming', () => {
  it('is plugin mode when run as kubectl-windbg or by kubectl', () => {
    expect(isPluginInvocation('/home/u/.krew/bin/kubectl-windbg', {})).toBe(true);
    expect(isPluginInvocation('/repo/dist/kubectl-windbg.js', {})).toBe(true);
    expect(isPluginInvocation('/repo/src/cli/main.ts', { KUBECTL_PLUGINS_CALLER: '/usr/bin/kubectl' })).toBe(true);
    expect(isPluginInvocation('/repo/src/cli/main.ts', {})).toBe(false);
    expect(scriptNameFor('/x/kubectl-windbg', {})).toBe('kubectl windbg');
    expect(scriptNameFor('/x/main.ts', {})).toBe('kubectl-windbg');
  });
  it('usage errors name the command the way it was invoked', async () => {
    const plugin = await runCli(['bogus']);
    expect(plugin.stderr).toContain('Run "kubectl windbg --help"');
    const direct = await runCli(['bogus'], { argv1: '/repo/src/cli/main.ts' });
    expect(direct.stderr).toContain('Run "kubectl-windbg --help"');
  });
});

describe('strict parsing: usage errors exit 2 with one sentence', () => {
  it.each([
    [['bogus'], /^error: Unknown command "bogus"; the commands are nodes, node, pod, check, explain, rules, collect, cleanup/],
    [['rules', '--bogus'], /^error: Unknown flag --bogus\./],
    [['rules', '--frobnicate', '-z'], /^error: Unknown flags --frobnicate, -z\./],
    [['rules', '-o', 'junit'], /^error: Output format "junit" is not available for rules; use one of table, json, yaml\./],
    [['check', '--fail-on', 'sometimes'], /^error: --fail-on "sometimes" is not one of "error", "warning", "info", "never"\. /],
    [['node'], /^error: "node" needs <name>; usage: kubectl windbg node <name>\. /],
    [['completion'], /^error: "completion" needs bash\|zsh\|fish\|powershell; usage: kubectl windbg completion bash\|zsh\|fish\|powershell\. /],
    [['pod', 'web-0', 'web-1'], /^error: Unexpected argument "web-1" for "pod"; usage: kubectl windbg pod <name>\. /],
    [['node', '--lang', 'ja'], /^error: "node"には<name>を指定してください。使い方: kubectl windbg node <name>。 "kubectl windbg --help"/],
    [['node', 'a', 'b', '--lang', 'ko'], /^error: "node"에 예상하지 않은 인수 "b"가 있습니다\. 사용법: kubectl windbg node <name>\. /],
    [['check', '--fail-on', 'x', '--lang', 'zh-CN'], /^error: --fail-on 的值 "x" 无效，请使用 "error", "warning", "info", "never" 之一。 运行/],
    [['rules', '--lang', 'xx'], /^error: Unsupported language "xx"; use one of en, ja, ko, zh-CN\./],
    [['explain', 'made-up-rule'], /^error: There is no rule with the id "made-up-rule"\./],
    [['node', 'win-0', '--from', '/tmp', '--probe'], /^error: --probe cannot be used with --from/],
  ])('%j', async (argv, pattern) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('turns yargs messages into sentences that say what was unknown', () => {
    expect(usageMessage('Unknown argument: nods', ['nods'])).toBe('Unknown command "nods"; the commands are nodes, node, pod, check, explain, rules, collect, cleanup, shell, completion.');
    expect(usageMessage('Unknown argument: colour', ['nodes', '--colour=auto'])).toBe('Unknown flag --colour.');
    expect(usageMessage('Unknown arguments: b, c', ['node', 'a', 'b', 'c'], 'kubectl-windbg')).toBe('Unexpected argument "b", "c" for "node"; usage: kubectl-windbg node <name>.');
    expect(usageMessage('Not enough non-option arguments: got 0, need at least 1', ['-v', 'shell'])).toBe('"shell" needs <name>; usage: kubectl windbg shell <name>.');
  });

  it('joins a message and its hint into one line', () => {
    expect(withHint('node win-9 not found', 'list the Windows nodes with "kubectl windbg nodes"')).toBe(
      'node win-9 not found; list the Windows nodes with "kubectl windbg nodes"',
    );
    expect(withHint('There is no rule with the id "x".', 'Run "kubectl windbg rules".')).toBe('There is no rule with the id "x". Run "kubectl windbg rules".');
    expect(withHint('plain', undefined)).toBe('plain');
  });

  it('validates -o per command', () => {
    expect(outputFor({ output: 'wide' }, 'nodes', ['table', 'wide'], 'table')).toBe('wide');
    expect(outputFor({}, 'nodes', ['table', 'wide'], 'table')).toBe('table');
    expect(() => outputFor({ output: 'github' }, 'nodes', ['table', 'wide'], 'table')).toThrow(UsageError);
  });
});

describe('errors map to exit codes', () => {
  it('a missing kubeconfig is a cluster access failure (3)', async () => {
    const run = await runCli(['nodes', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: .*\/nonexistent\/kubeconfig/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('an unexpected failure is internal (4); the stack only with -v', async () => {
    const failingStdout = () => {
      throw new Error('disk on fire');
    };
    const quiet = await runCli(['rules'], { stdout: failingStdout });
    expect(quiet.code).toBe(4);
    expect(quiet.stderr).toBe('error: internal error: disk on fire (run with -v for details)\n');
    const loud = await runCli(['rules', '-v'], { stdout: failingStdout });
    expect(loud.code).toBe(4);
    expect(loud.stderr).toMatch(/disk on fire[\s\S]*\n\s+at /);
  });
});

describe('language selection', () => {
  it.each([
    ['ja_JP.UTF-8', 'ja'],
    ['ko_KR.UTF-8', 'ko'],
    ['ko_KR', 'ko'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_Hans', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_TW.UTF-8', 'en'],
    ['en_US.UTF-8', 'en'],
    ['C', 'en'],
    ['POSIX', 'en'],
  ])('%s -> %s', (locale, lang) => expect(languageFromLocale(locale)).toBe(lang));

  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnv({ LC_ALL: 'ko_KR.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(languageFromEnv({})).toBe('en');
  });
  it('--lang wins over the environment and must be supported', () => {
    expect(langFlag(['rules', '--lang', 'ko'])).toBe('ko');
    expect(langFlag(['rules', '--lang=zh-CN'])).toBe('zh-CN');
    expect(resolveLanguage('ja', { LANG: 'ko_KR.UTF-8' })).toBe('ja');
    expect(() => resolveLanguage('fr', {})).toThrow(/en, ja, ko, zh-CN/);
  });
  it('sets the language for the run', async () => {
    const run = await runCli(['rules', '--lang', 'ja']);
    expect(run.code).toBe(0);
    expect(language()).toBe('ja');
    setLanguage('en');
  });
});

describe('--fail-on', () => {
  const findings = [{ severity: 'warning' as const }, { severity: 'info' as const }];
  it.each([
    ['error', 0],
    ['warning', 1],
    ['info', 1],
    ['never', 0],
  ] as const)('fail-on %s with a warning and an info -> %d', (failOn, code) => {
    expect(exitCodeForFindings(findings, failOn)).toBe(code);
  });
  it('an error finding fails every level but never', () => {
    expect(exitCodeForFindings([{ severity: 'error' }], 'error')).toBe(1);
    expect(exitCodeForFindings([{ severity: 'error' }], 'never')).toBe(0);
    expect(exitCodeForFindings([], 'info')).toBe(0);
  });
});

describe('rules and explain', () => {
  it('rules lists the catalogue as a table and as json', async () => {
    const table = await runCli(['rules']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +AREA +SEVERITY +FOUND BY +TITLE$/);
    expect(table.stdout).toMatch(/\nimage-os-mismatch +pod +error +check +/);
    expect(table.stdout).toMatch(/\ndns-client-cache-stale +pod +warning +explain +/);
    const json = await runCli(['rules', '-o', 'json']);
    const list = JSON.parse(json.stdout) as { id: string; title: string; area: string; severity: string; foundBy: string }[];
    expect(list.map((r) => r.id)).toContain('pause-image-incompatible');
    expect(Object.keys(list[0]!).sort()).toEqual(['area', 'foundBy', 'id', 'severity', 'title']);
    expect(list.find((r) => r.id === 'pause-image-incompatible')?.foundBy).toBe('check');
    expect(list.find((r) => r.id === 'dns-client-cache-stale')?.foundBy).toBe('explain');
    expect(list.length).toBeGreaterThanOrEqual(80);
  });
  it('looksLikeRuleId only accepts single kebab-case tokens', () => {
    expect(looksLikeRuleId('image-os-mismatch')).toBe(true);
    expect(looksLikeRuleId('ImagePullBackOff')).toBe(false);
    expect(looksLikeRuleId('no matching manifest')).toBe(false);
  });
  it('explain ranks causes for a pasted message, text and json', async () => {
    const message =
      'Failed to pull image "mcr.microsoft.com/windows/servercore:ltsc2019": rpc error: code = NotFound desc = failed to pull and unpack image: no match for platform in manifest: not found';
    const json = await runCli(['explain', message, '-o', 'json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as { matches: { id: string; confidence: number; why: string }[] };
    expect(doc.matches[0]?.id).toBe('image-os-mismatch');
    expect(doc.matches[0]?.confidence).toBeGreaterThan(0);
    const text = await runCli(['explain', message]);
    expect(text.stdout).toMatch(/1\. image-os-mismatch +\d+%/);
  });
  it('explain reads the text from stdin with "-"', async () => {
    const run = await runCli(['explain', '-', '-o', 'json'], {
      stdin: 'Warning  FailedCreatePodSandBox  kubelet  Failed to create pod sandbox: hcs::CreateComputeSystem: The container operating system does not match the host operating system.',
    });
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { matches: { id: string }[] }).matches.map((m) => m.id);
    expect(ids[0]).toBe('pause-image-incompatible');
  });
  it('explain <rule-id> prints that rule\'s page', async () => {
    const run = await runCli(['explain', 'pause-image-incompatible']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# pause-image-incompatible/);
    expect(run.stdout).toContain('sandbox');
    const json = JSON.parse((await runCli(['explain', 'pause-image-incompatible', '-o', 'json'])).stdout) as { id: string; page: string };
    expect(json.id).toBe('pause-image-incompatible');
    expect(json.page).toBe(run.stdout);
  });

  it('explain says "no known cause" and exits 0 when nothing fits', async () => {
    const run = await runCli(['explain', 'the coffee machine is out of beans']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No known cause matches this text.\n');
    const json = await runCli(['explain', 'the coffee machine is out of beans', '-o', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ matches: [] });
  });
});

describe('.windbg.yaml through the CLI', () => {
  it('an unknown rule id in the config is a usage error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'windbg-cli-config-'));
    writeFileSync(join(dir, '.windbg.yaml'), 'ignore:\n  rules: [not-a-rule]\n');
    const run = await runCli(['nodes', '--from', dir], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule id(s) not-a-rule');
  });
});
