/**
 * `kubectl windbg shell <node>`: PowerShell on a Windows node through a short-lived HostProcess
 * pod with the probe pod's spec. The pod gets a name chosen here and registered for signal
 * cleanup before it is created, so an interrupt at any moment deletes exactly that pod; it is
 * deleted when the session ends however it ends, and `activeDeadlineSeconds` bounds it even when
 * this process is killed outright.
 */
import { Readable } from 'node:stream';
import { stringify } from 'yaml';
import { ClusterAccessError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { TtySession } from '../kube/exec-tty.js';
import type { KNode, KPod, KubeClient } from '../kube/types.js';
import { isWindowsNode } from '../windows/builds.js';
import { createTrackedPod, isNodeReady, uniqueObjectName, waitForPod } from './lifecycle.js';
import { checkPodSecurity, hostProcessUnsupportedReason } from './admission.js';
import { DEFAULT_PROBE_NAMESPACE, forCreate, NAME_LABEL, PROBE_CONTAINER, probePodManifest } from './manifests.js';
import { installCleanupOnSignals } from './registry.js';

export const SHELL_NAME = 'windbg-shell';
/** The longest a shell session (and its pod) lives. */
export const SHELL_DEADLINE_SECONDS = 3600;
const DEFAULT_START_TIMEOUT_MS = 120_000;

/** A pod name nobody else will pick: "windbg-shell-" and 10 random characters, chosen before the create. */
export function shellPodName(): string {
  return uniqueObjectName(SHELL_NAME);
}

export interface ShellPodOptions {
  name: string;
  image?: string;
  namespace?: string;
}

/** The probe pod's spec under the shell's own name and label. */
export function shellPodManifest(nodeName: string, opts: ShellPodOptions): KPod {
  const pod = probePodManifest(nodeName, { image: opts.image, namespace: opts.namespace, activeDeadlineSeconds: SHELL_DEADLINE_SECONDS });
  const metadata = { ...pod.metadata, name: opts.name, labels: { ...pod.metadata.labels, [NAME_LABEL]: SHELL_NAME } };
  delete (metadata as { generateName?: string }).generateName;
  return { ...pod, metadata };
}

/** Interactive PowerShell; with a terminal it reads keystrokes, without one it reads commands from stdin. */
export function shellCommand(opts: { command?: string; tty: boolean }): string[] {
  if (opts.command !== undefined) return ['powershell.exe', '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', opts.command];
  if (opts.tty) return ['powershell.exe', '-NoLogo'];
  return ['powershell.exe', '-NoLogo', '-NoProfile', '-Command', '-'];
}

/** One word of a POSIX shell command line: quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Whether the pod was stopped because its activeDeadlineSeconds passed. */
async function reachedDeadline(client: KubeClient, namespace: string, name: string): Promise<boolean> {
  const pod = await client.getPod(namespace, name).catch(() => undefined);
  return pod?.status?.reason === 'DeadlineExceeded';
}

/** What --dry-run prints: the pod, then the exec that would run in it. Creates nothing. */
export function shellDryRun(nodeName: string, opts: ShellPodOptions & { command?: string; tty: boolean }): string {
  const pod = forCreate(shellPodManifest(nodeName, opts));
  const exec = shellCommand(opts);
  const line = t('probes.shell.dryRunExec', { namespace: pod.metadata.namespace ?? DEFAULT_PROBE_NAMESPACE, pod: pod.metadata.name, container: PROBE_CONTAINER, tty: opts.tty ? 't' : '', command: exec.map(shellWord).join(' ') });
  return `${stringify(pod, { lineWidth: 0 })}---\n# ${line}\n`;
}

export interface ShellRun {
  nodeName: string;
  namespace?: string;
  image?: string;
  /** One non-interactive PowerShell command instead of a session. */
  command?: string;
  /** Allocate a terminal (the local stdin is one). */
  tty: boolean;
  session: TtySession;
  startTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Progress and cleanup lines for the user (stderr). */
  onStatus?: (text: string) => void;
  /** Name of the pod to create (tests pass a fixed one). */
  podName?: string;
}

/** The node, refusing one that does not exist, is not Windows, or cannot start a pod. */
async function shellNode(client: KubeClient, nodeName: string): Promise<KNode> {
  const node = await client.getNode(nodeName);
  if (!node || !isWindowsNode(node)) throw new UsageError(t('cli.error.nodeNotFound', { name: nodeName }), { hint: t('cli.hint.listNodes') });
  if (!isNodeReady(node)) throw new ClusterAccessError(t('probes.bundle.notReady', { node: nodeName }));
  return node;
}

/** The checks the probes make before creating anything: namespace, Pod Security, HostProcess support. */
async function preflight(client: KubeClient, namespace: string, node: KNode): Promise<void> {
  const ns = await client.getNamespace(namespace);
  if (!ns) throw new UsageError(t('probes.shell.namespaceMissing', { namespace }));
  const psa = checkPodSecurity(ns);
  if (!psa.allowed) throw new ClusterAccessError(psa.message ?? '', { hint: psa.fix });
  const reason = hostProcessUnsupportedReason(await client.version().catch(() => undefined), node);
  if (reason) throw new ClusterAccessError(reason);
}

function onHangup(handler: () => void): () => void {
  process.once('SIGHUP', handler);
  return () => process.off('SIGHUP', handler);
}

/** Runs the session and returns the exit code of the remote PowerShell. The pod is always deleted. */
export async function runNodeShell(client: KubeClient, run: ShellRun): Promise<number> {
  if (!client.execInteractive) throw new ClusterAccessError(t('probes.shell.noInteractiveExec'));
  const namespace = run.namespace ?? DEFAULT_PROBE_NAMESPACE;
  const node = await shellNode(client, run.nodeName);
  await preflight(client, namespace, node);

  const name = run.podName ?? shellPodName();
  const manifest = shellPodManifest(run.nodeName, { name, image: run.image, namespace });
  const status = run.onStatus ?? (() => undefined);
  const uninstallSignals = installCleanupOnSignals({ onCleanup: (what) => status(t('cli.probe.cleanedUp', { what })) });
  status(t('probes.shell.starting', { pod: `${namespace}/${name}`, node: run.nodeName }));
  // Registered for cleanup before the create request leaves; an uncertain create is looked up and deleted.
  const created = await createTrackedPod(client, namespace, manifest);
  if (created.failure) {
    uninstallSignals();
    const f = created.failure;
    throw new ClusterAccessError(t(`probes.failed.${f.kind}`, { node: run.nodeName, reason: f.reason, message: f.message }));
  }
  const { tracked } = created;
  const remove = async (): Promise<boolean> => {
    const failed = await tracked.remove();
    if (failed) status(failed);
    return failed === undefined;
  };
  let execStarted = false;
  const removeOnHangup = onHangup(() => {
    void remove().then((removed) => {
      if (removed) status(t('probes.shell.deleted', { pod: `${namespace}/${name}` }));
      process.exit(129);
    });
  });
  try {
    const started = await waitForPod(client, namespace, tracked.name, {
      deadline: Date.now() + (run.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS),
      pollIntervalMs: run.pollIntervalMs,
    });
    if (started.failure) {
      const f = started.failure;
      throw new ClusterAccessError(t(`probes.failed.${f.kind}`, { node: run.nodeName, reason: f.reason, message: f.message }), {
        hint: f.evidence.map((e) => e.text).join('; ') || undefined,
      });
    }
    const command = shellCommand({ command: run.command, tty: run.tty });
    // A single command reads nothing: its stdin is closed at once.
    const session: TtySession = run.command !== undefined ? { ...run.session, input: Readable.from([]) } : run.session;
    execStarted = true;
    const { exitCode } = await client.execInteractive(namespace, tracked.name, PROBE_CONTAINER, command, { tty: run.tty && run.command === undefined, session });
    return exitCode;
  } finally {
    removeOnHangup();
    // However the session ended (an exit status or a dropped connection), say so when the time limit ended it.
    if (execStarted && (await reachedDeadline(client, namespace, tracked.name))) {
      status(t('probes.shell.deadlineReached', { pod: `${namespace}/${name}`, seconds: SHELL_DEADLINE_SECONDS }));
    }
    if (await remove()) status(t('probes.shell.deleted', { pod: `${namespace}/${name}` }));
    uninstallSignals();
  }
}
