/**
 * `kubectl windbg shell <node>` against the simulated cluster: an interactive session over a
 * terminal (TTY exec on v5.channel.k8s.io with resizes), one --command, commands piped on stdin,
 * and the pod removed however the session ends: exit, a dropped connection, SIGINT while the pod
 * starts. Then the same through the real kubectl: the plugin, and kubectl's own `exec -it` into
 * the pod --dry-run prints.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/main.js';
import type { CliIO, TerminalIO } from '../src/cli/io.js';
import { shellPodManifest, shellPodName, shellCommand as shellExecCommand } from '../src/probes/shell.js';
import { startSimCluster, type SimCluster } from './support/sim/index.js';
import { BUNDLE, ensureBundle, kubectlAvailable, runProcess } from './e2e-support.js';

let sim: SimCluster;

beforeAll(async () => {
  ensureBundle();
  sim = await startSimCluster({ scenario: 'demo', podStartDelayMs: 50 });
}, 120_000);

afterAll(async () => {
  await sim?.close();
});

interface PodObject {
  metadata: { name: string; labels?: Record<string, string> };
  status?: { phase?: string };
}

const podsOf = (cluster: SimCluster): PodObject[] => cluster.store.list('Pod') as PodObject[];

function shellPods(): string[] {
  return podsOf(sim)
    .filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === 'windbg-shell')
    .map((p) => p.metadata.name);
}

const until = async (check: () => boolean, what: string, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** A terminal the test types into, with a size it can change. */
function fakeTerminal(columns: number, rows: number) {
  const input = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[], setRawMode(mode: boolean) { input.rawModes.push(mode); return input; } });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns, rows });
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  const errors = new PassThrough();
  let stderr = '';
  errors.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const terminal: TerminalIO = { input, output, errors };
  return { terminal, input, output, screen: () => screen, stderr: () => stderr };
}

function runShell(args: string[], terminal: TerminalIO): { done: Promise<number>; stderr: () => string } {
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void terminal.output.write(text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
    stdoutIsTTY: true,
    stderrIsTTY: false,
    env: { LANG: 'C' },
    cwd: process.cwd(),
    terminal,
  };
  return { done: main(['shell', ...args, '--kubeconfig', sim.kubeconfigPath], io, '/usr/local/bin/kubectl-windbg'), stderr: () => stderr };
}

describe('shell pod', () => {
  it('is the probe pod under a unique client-chosen name, bounded by activeDeadlineSeconds', () => {
    const name = shellPodName();
    expect(name).toMatch(/^windbg-shell-[b-z2-9]{10}$/);
    expect(shellPodName()).not.toBe(name);
    const pod = shellPodManifest('akswin22-0', { name });
    expect(pod.metadata).toMatchObject({ name, namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'kubectl-windbg', 'app.kubernetes.io/name': 'windbg-shell' } });
    expect(pod.metadata).not.toHaveProperty('generateName');
    expect(pod.spec).toMatchObject({ nodeName: 'akswin22-0', hostNetwork: true, activeDeadlineSeconds: 3600, securityContext: { windowsOptions: { hostProcess: true } } });
    expect(shellExecCommand({ tty: true })).toEqual(['powershell.exe', '-NoLogo']);
  });
});

describe('kubectl windbg shell, in process, on a terminal', () => {
  it('runs an interactive PowerShell: prompt, echo, resizes, exit code; the pod is gone afterwards', async () => {
    const term = fakeTerminal(120, 40);
    const run = runShell(['akswin22-0'], term.terminal);
    await until(() => term.screen().includes('PS C:\\hpc> '), 'the prompt');
    expect(shellPods()).toHaveLength(1);
    term.input.write('hostname\r');
    await until(() => term.screen().includes('hostname\r\nakswin22-0\r\n'), 'hostname');
    term.output.columns = 100;
    term.output.rows = 30;
    term.output.emit('resize');
    term.input.write('$Host.UI.RawUI.WindowSize.Width\r');
    await until(() => term.screen().includes('Width\r\n100\r\n'), 'the new width');
    term.input.write('exit 4\r');
    expect(await run.done).toBe(4);
    const session = sim.terminals.at(-1)!;
    expect(session.sizes).toEqual([{ width: 120, height: 40 }, { width: 100, height: 30 }]);
    expect(session.lines).toEqual(['hostname', '$Host.UI.RawUI.WindowSize.Width', 'exit 4']);
    expect(session.ended).toBe(4);
    expect(term.input.rawModes).toEqual([true, false]);
    expect(run.stderr()).toMatch(/starting pod kube-system\/windbg-shell-[b-z2-9]{10} on akswin22-0/);
    // After `exit 4` the cursor is at the start of a line already: no blank line before this one.
    expect(run.stderr()).toMatch(/\.\.\.\r?\ndeleted pod kube-system\/windbg-shell-[b-z2-9]{10}\r?\n$/);
    expect(shellPods()).toEqual([]);
    const exec = sim.requests.find((r) => r.path.endsWith('/exec') && r.query['tty'] === 'true');
    expect(exec?.query).toMatchObject({ container: 'probe', stdin: 'true', stdout: 'true', stderr: 'false', command: 'powershell.exe,-NoLogo' });
  });

  it('Ctrl-C goes to the remote command, not to windbg', async () => {
    const term = fakeTerminal(80, 24);
    const run = runShell(['win19-0'], term.terminal);
    await until(() => term.screen().includes('PS C:\\hpc> '), 'the prompt');
    term.input.write('Start-Sleep -Seconds 30\r');
    await until(() => sim.terminals.at(-1)?.lines.length === 1, 'the sleep');
    term.input.write('\u0003');
    await until(() => term.screen().includes('^C\r\nPS C:\\hpc> '), 'the interrupted sleep');
    term.input.write('exit\r');
    expect(await run.done).toBe(0);
    expect(shellPods()).toEqual([]);
  });

  it('deletes the pod when the connection drops, and says so', async () => {
    const term = fakeTerminal(80, 24);
    const run = runShell(['akswin22-1'], term.terminal);
    await until(() => term.screen().includes('PS C:\\hpc> '), 'the prompt');
    term.input.write('Restart-Computer -Force\r');
    expect(await run.done).toBe(3);
    expect(run.stderr()).toMatch(/error: .*windbg-shell-[b-z2-9]{10}/);
    expect(run.stderr()).toMatch(/deleted pod kube-system\/windbg-shell-/);
    expect(shellPods()).toEqual([]);
  });

  it('ends when activeDeadlineSeconds stops the pod, says why, and deletes the pod', async () => {
    const term = fakeTerminal(80, 24);
    const run = runShell(['win19-0'], term.terminal);
    await until(() => term.screen().includes('PS C:\\hpc> '), 'the prompt');
    const [name] = shellPods();
    expect(podsOf(sim).find((p) => p.metadata.name === name)).toMatchObject({ spec: { activeDeadlineSeconds: 3600 } });
    // The kubelet's doing once the hour has passed: the pod fails with DeadlineExceeded and the exec'd PowerShell is stopped.
    expect(sim.expireActiveDeadline('kube-system', name!)).toBe(true);
    expect(await run.done).toBe(1);
    // The prompt left the cursor mid-line: what windbg says next starts on a line of its own.
    expect(term.screen().endsWith('PS C:\\hpc> ')).toBe(true);
    expect(run.stderr()).toMatch(new RegExp(`\\.\\.\\.\\r?\\n\\r?\\nthe session ended: pod kube-system/${name} reached its time limit of 3600 s \\(activeDeadlineSeconds\\); run shell again for a new session\\r?\\ndeleted pod kube-system/${name}\\r?\\n$`));
    expect(shellPods()).toEqual([]);
  });

  it('ends when someone else deletes the pod, without a time-limit message', async () => {
    const term = fakeTerminal(80, 24);
    const run = runShell(['akswin22-0'], term.terminal);
    await until(() => term.screen().includes('PS C:\\hpc> '), 'the prompt');
    const [name] = shellPods();
    sim.store.remove('Pod', 'kube-system', name!);
    expect(await run.done).toBe(1);
    expect(run.stderr()).not.toContain('time limit');
    expect(shellPods()).toEqual([]);
  });

  it('refuses a namespace whose Pod Security level rejects HostProcess pods, creating nothing', async () => {
    sim.store.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'restricted-shell', labels: { 'pod-security.kubernetes.io/enforce': 'baseline' } } });
    const term = fakeTerminal(80, 24);
    const before = sim.requests.filter((r) => r.method === 'POST').length;
    const run = runShell(['akswin22-0', '-n', 'restricted-shell'], term.terminal);
    expect(await run.done).toBe(3);
    expect(run.stderr()).toContain('baseline');
    expect(run.stderr()).toContain('kubectl label namespace restricted-shell');
    expect(sim.requests.filter((r) => r.method === 'POST').length).toBe(before);
  });

  it('deletes the pod when the exec is refused, and when the create answer is lost', async () => {
    sim.faults.push({ method: 'GET', path: /\/pods\/windbg-shell-[^/]+\/exec$/, status: 403, reason: 'Forbidden', message: 'pods "x" is forbidden: User "dev" cannot create resource "pods/exec"', times: 1 });
    const refused = runShell(['akswin22-0'], fakeTerminal(80, 24).terminal);
    expect(await refused.done).toBe(3);
    expect(refused.stderr()).toMatch(/forbidden/i);
    expect(refused.stderr()).toMatch(/deleted pod kube-system\/windbg-shell-/);
    expect(shellPods()).toEqual([]);

    // The API server creates the pod, then the connection drops before the answer: the pod is found by its name and deleted.
    sim.faults.push({ method: 'POST', path: /\/namespaces\/kube-system\/pods$/, resetAfterHandling: true, times: 1 });
    const lost = runShell(['akswin22-0', '--command', 'hostname'], fakeTerminal(80, 24).terminal);
    expect(await lost.done).toBe(3);
    expect(lost.stderr()).toMatch(/got no clear answer, and the server had created it; it was found and deleted/);
    expect(shellPods()).toEqual([]);
  });

  it('refuses a Linux or unknown node as a usage error', async () => {
    const term = fakeTerminal(80, 24);
    expect(await runShell(['linux-0'], term.terminal).done).toBe(2);
    expect(await runShell(['no-such-node'], term.terminal).done).toBe(2);
  });
});

describe('kubectl windbg shell as a process', () => {
  const env = (): Record<string, string> => ({ KUBECONFIG: sim.kubeconfigPath, NO_COLOR: '1' });

  it('--command runs one command and exits with its code', async () => {
    const ok = await runProcess(process.execPath, [BUNDLE, 'shell', 'win25-0', '--command', 'hostname'], env());
    expect(ok.stdout).toBe('win25-0\n');
    expect(ok.code).toBe(0);
    const failed = await runProcess(process.execPath, [BUNDLE, 'shell', 'win25-0', '--command', 'exit 3'], env());
    expect(failed.code).toBe(3);
    expect(shellPods()).toEqual([]);
  });

  it('reads commands from stdin when it is not a terminal', async () => {
    const run = await runProcess(process.execPath, [BUNDLE, 'shell', 'akswin22-0'], env(), 'hostname\n$env:WINDBG_NODE_NAME\nexit 5\n');
    expect(run.stdout).toBe('akswin22-0\nakswin22-0\n');
    expect(run.code).toBe(5);
    expect(shellPods()).toEqual([]);
  });

  it('--dry-run prints the pod and creates nothing', async () => {
    const before = sim.requests.length;
    const run = await runProcess(process.execPath, [BUNDLE, 'shell', 'akswin22-0', '--dry-run', '--image', 'registry.local/hpc:v1'], env());
    expect(run.code).toBe(0);
    const [pod] = run.stdout.split('---\n').map((doc) => parse(doc) as { kind?: string; spec?: { containers: { image: string }[] } });
    expect(pod?.kind).toBe('Pod');
    expect(pod?.spec?.containers[0]?.image).toBe('registry.local/hpc:v1');
    const name = (parse(run.stdout.split('---\n')[0]!) as { metadata: { name: string } }).metadata.name;
    expect(run.stdout).toContain(`# then: kubectl exec -i -n kube-system ${name} -c probe -- powershell.exe -NoLogo -NoProfile -Command -\n`);
    expect(sim.requests.length).toBe(before);
    const one = await runProcess(process.execPath, [BUNDLE, 'shell', 'akswin22-0', '--dry-run', '-n', 'web', '--command', "Get-HnsNetwork | Select-Object Name, 'Type'"], env());
    expect(one.stdout).toMatch(/\n {2}namespace: web\n/);
    expect(one.stdout).toMatch(/# then: kubectl exec -i -n web windbg-shell-[b-z2-9]{10} -c probe -- powershell\.exe -NoLogo -NoProfile -NonInteractive -Command 'Get-HnsNetwork \| Select-Object Name, '\\''Type'\\'''\n$/);
  });

  /** A session reading commands from a pipe that stays open, so that only the test ends it. */
  function openSession(args: string[]) {
    const child = spawn(process.execPath, [BUNDLE, 'shell', ...args], { env: { PATH: process.env['PATH'] ?? '', KUBECONFIG: sim.kubeconfigPath, LANG: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    const started = sim.terminals.length;
    const connected = () => until(() => sim.terminals.slice(started).some((t) => t.ended === undefined), 'the session');
    return { child, exited, connected, stderr: () => stderr, stdout: () => stdout };
  }

  it('--image and -n: the pod runs that image in that namespace, and is deleted there', async () => {
    const session = openSession(['win25-0', '-n', 'web', '--image', 'registry.local/hpc:v1']);
    await session.connected();
    const pod = podsOf(sim).find((p) => p.metadata.name.startsWith('windbg-shell-')) as PodObject & { metadata: { namespace: string }; spec: { containers: { image: string }[] } };
    expect(pod.metadata.namespace).toBe('web');
    expect(pod.spec.containers[0]!.image).toBe('registry.local/hpc:v1');
    session.child.stdin.end('hostname\nexit 0\n');
    expect(await session.exited).toEqual({ code: 0, signal: null });
    expect(session.stdout()).toBe('win25-0\n');
    expect(session.stderr()).toContain(`deleted pod web/${pod.metadata.name}`);
    expect(shellPods()).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`deletes the pod on ${signal} during a session`, async () => {
      const session = openSession(['akswin22-1']);
      await session.connected();
      const [name] = shellPods();
      session.child.kill(signal);
      const { code, signal: by } = await session.exited;
      expect(code === null ? by : code).toBe(signal === 'SIGHUP' ? 129 : signal);
      expect(session.stderr()).toContain(`deleted pod kube-system/${name}`);
      expect(shellPods()).toEqual([]);
    });
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`gives the terminal back in its normal mode after ${signal} during a session on a terminal`, async () => {
      // The pseudo-terminal's settings are printed by stty once windbg has gone.
      const child = spawn('script', ['-qfec', `${process.execPath} ${BUNDLE} shell akswin22-0; stty -a`, '/dev/null'], {
        env: { PATH: process.env['PATH'] ?? '', KUBECONFIG: sim.kubeconfigPath, LANG: 'C', TERM: 'xterm', SHELL: '/bin/sh' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let screen = '';
      child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      await until(() => screen.includes('PS C:\\hpc> '), 'the prompt');
      const children = (pid: number | string) => execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n');
      const windbg = children(children(child.pid!)[0]!)[0]!;
      process.kill(Number(windbg), signal);
      await exited;
      expect(screen).toMatch(/deleted pod kube-system\/windbg-shell-/);
      const settings = screen.slice(screen.lastIndexOf('speed'));
      for (const mode of ['icanon', 'echo', 'isig']) expect(settings, mode).toMatch(new RegExp(`(^|\\s)${mode}(\\s|$)`));
      expect(shellPods()).toEqual([]);
    }, 60_000);
  }

  it('deletes the pod on SIGINT while it is still starting', async () => {
    const slow = await startSimCluster({ scenario: 'demo', podStartDelayMs: 60_000 });
    try {
      const child = spawn(process.execPath, [BUNDLE, 'shell', 'akswin22-0'], { env: { PATH: process.env['PATH'] ?? '', KUBECONFIG: slow.kubeconfigPath, LANG: 'C' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : null))));
      const created = () => podsOf(slow).some((p) => p.metadata.name.startsWith('windbg-shell-'));
      await until(created, 'the shell pod');
      child.kill('SIGINT');
      await exited;
      expect(stderr).toMatch(/deleted pod kube-system\/windbg-shell-[b-z2-9]{10}/);
      expect(created()).toBe(false);
    } finally {
      await slow.close();
    }
  });
});

describe('through the real kubectl', () => {
  const script = (command: string, env: Record<string, string>) =>
    spawn('script', ['-qfec', command, '/dev/null'], { env: { PATH: process.env['PATH'] ?? '', HOME: tmpdir(), LANG: 'C', TERM: 'xterm', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });

  it('kubectl windbg shell: one command through the plugin, and an interactive session on a pseudo-terminal', async () => {
    if (!kubectlAvailable()) throw new Error('kubectl is not installed; this test needs the real kubectl binary');
    const bin = mkdtempSync(join(tmpdir(), 'windbg-shell-path-'));
    symlinkSync(BUNDLE, join(bin, 'kubectl-windbg'));
    const env = { KUBECONFIG: sim.kubeconfigPath, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const one = await runProcess('kubectl', ['windbg', 'shell', 'win19-0', '--command', '$env:COMPUTERNAME'], env);
    expect(one.stdout).toBe('WIN19-0\n');

    const child = script('stty cols 100 rows 30; exec kubectl windbg shell akswin22-0', env);
    let screen = '';
    child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await until(() => screen.includes('PS C:\\hpc> '), 'the prompt');
    child.stdin.write('hostname\r');
    await until(() => /hostname\r*\n+akswin22-0\r*\n/.test(screen), 'hostname');
    // Resize the pseudo-terminal under the plugin (kubectl exec'd into it): the kernel signals SIGWINCH, the size goes out on channel 4.
    const plugin = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim().split('\n')[0]!;
    execFileSync('stty', ['-F', readlinkSync(`/proc/${plugin}/fd/0`), 'cols', '77', 'rows', '22']);
    // stty sets the columns and the rows one after the other: a size in between may go out too.
    const last = () => sim.terminals.at(-1)!.sizes.at(-1);
    await until(() => last()?.width === 77 && last()?.height === 22, 'the new size');
    child.stdin.write('$Host.UI.RawUI.WindowSize.Width\r');
    await until(() => /Width\r*\n77\r*\n/.test(screen), 'the new width');
    child.stdin.write('exit 6\r');
    expect(await exited).toBe(6);
    expect(sim.terminals.at(-1)!.sizes[0]).toEqual({ width: 100, height: 30 });
    expect(last()).toEqual({ width: 77, height: 22 });
    expect(shellPods()).toEqual([]);
  }, 60_000);

  it('kubectl exec -it into the pod --dry-run prints: the simulated TTY exec speaks kubectl\'s protocol', async () => {
    if (!kubectlAvailable()) throw new Error('kubectl is not installed; this test needs the real kubectl binary');
    const env = { KUBECONFIG: sim.kubeconfigPath };
    const dry = await runProcess(process.execPath, [BUNDLE, 'shell', 'win25-0', '--dry-run'], env);
    const pod = parse(dry.stdout.split('---\n')[0]!) as { metadata: { name: string } };
    // The simulated API server publishes no OpenAPI document for kubectl's client-side validation.
    const applied = await runProcess('kubectl', ['create', '--validate=false', '-f', '-'], env, dry.stdout.split('---\n')[0]);
    expect(applied.code).toBe(0);
    await until(() => podsOf(sim).some((p) => p.metadata.name === pod.metadata.name && p.status?.phase === 'Running'), 'the pod running');
    const child = script(`stty cols 91 rows 33; kubectl exec -it -n kube-system ${pod.metadata.name} -c probe -- powershell.exe -NoLogo`, env);
    let screen = '';
    child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await until(() => screen.includes('PS C:\\hpc> '), 'the prompt');
    child.stdin.write('$Host.UI.RawUI.WindowSize.Width\r');
    await until(() => /Width\r*\n91\r*\n/.test(screen), 'the width kubectl sent');
    child.stdin.write('exit 2\r');
    expect(await exited).toBe(2);
    expect(sim.terminals.at(-1)!.sizes[0]).toEqual({ width: 91, height: 33 });
    await runProcess('kubectl', ['delete', 'pod', '-n', 'kube-system', pod.metadata.name, '--wait=false'], env);
  }, 60_000);
});
