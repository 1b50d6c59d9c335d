/**
 * Exec credential plugins (kubelogin, aws eks get-token, gke-gcloud-auth-plugin, ...) run the way
 * kubectl runs them: KUBERNETES_EXEC_INFO tells the plugin whether it may talk to the user
 * (`spec.interactive`) and, when the kubeconfig sets `provideClusterInfo: true`, which cluster it
 * is for (`spec.cluster`). An interactive plugin gets the terminal's stdin; its stderr always
 * reaches the user (device-code logins print their instructions there).
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { ClusterAccessError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface ExecConfig {
  command: string;
  args?: string[];
  env?: { name: string; value: string }[];
  apiVersion?: string;
  /** Never | IfAvailable (default) | Always */
  interactiveMode?: string;
  provideClusterInfo?: boolean;
  /** What the kubeconfig says to do when the plugin is not installed (kubectl prints it then). */
  installHint?: string;
}

export interface ExecClusterInfo {
  server: string;
  caData?: string;
  insecureSkipTlsVerify?: boolean;
  tlsServerName?: string;
  proxyUrl?: string;
  /** The cluster's `client.authentication.k8s.io/exec` extension, passed on as `config`. */
  config?: unknown;
}

export interface ExecCredentialStatus {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  expirationTimestamp?: string;
}

export interface ExecPluginContext {
  userName: string;
  cluster: ExecClusterInfo;
  /** Whether stdin is a terminal the plugin could use. */
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the plugin's stderr goes (the user's stderr by default). */
  stderr?: Writable;
}

const defaultApiVersion = 'client.authentication.k8s.io/v1beta1';

/** Whether the plugin runs interactively; throws when it must but cannot. */
export function execInteractive(exec: ExecConfig, stdinIsTTY: boolean, userName: string): boolean {
  const mode = exec.interactiveMode ?? 'IfAvailable';
  if (mode === 'Never') return false;
  if (mode === 'Always' && !stdinIsTTY) {
    throw new ClusterAccessError(t('kube.error.execPluginNeedsTerminal', { command: exec.command, user: userName }), {
      hint: t('kube.hint.execPluginNeedsTerminal'),
    });
  }
  return stdinIsTTY;
}

/** The KUBERNETES_EXEC_INFO document kubectl gives the plugin. */
export function execInfo(exec: ExecConfig, interactive: boolean, cluster: ExecClusterInfo): Record<string, unknown> {
  const spec: Record<string, unknown> = { interactive };
  if (exec.provideClusterInfo === true) {
    spec.cluster = {
      server: cluster.server,
      ...(cluster.tlsServerName ? { 'tls-server-name': cluster.tlsServerName } : {}),
      ...(cluster.caData ? { 'certificate-authority-data': cluster.caData } : {}),
      ...(cluster.insecureSkipTlsVerify ? { 'insecure-skip-tls-verify': true } : {}),
      ...(cluster.proxyUrl ? { 'proxy-url': cluster.proxyUrl } : {}),
      ...(cluster.config !== undefined ? { config: cluster.config } : {}),
    };
  }
  return { apiVersion: exec.apiVersion ?? defaultApiVersion, kind: 'ExecCredential', spec };
}

/** Runs the plugin and returns the credential it printed. Throws ClusterAccessError on failure. */
export function runExecPlugin(exec: ExecConfig, context: ExecPluginContext): Promise<ExecCredentialStatus> {
  const interactive = execInteractive(exec, context.stdinIsTTY, context.userName);
  const env: Record<string, string | undefined> = { ...context.env };
  for (const entry of exec.env ?? []) env[entry.name] = entry.value;
  env.KUBERNETES_EXEC_INFO = JSON.stringify(execInfo(exec, interactive, context.cluster));
  const stderrSink = context.stderr ?? process.stderr;
  return new Promise((resolve, reject) => {
    const child = spawn(exec.command, exec.args ?? [], { env, stdio: [interactive ? 'inherit' : 'ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let lastStderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderrSink.write(chunk);
      lastStderr = (lastStderr + chunk.toString('utf8')).slice(-2000);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ENOENT';
      reject(
        new ClusterAccessError(t(missing ? 'kube.error.execPluginMissing' : 'kube.error.execPluginFailed', { command: exec.command, user: context.userName, reason: error.message }), {
          cause: error,
          hint: missing && exec.installHint?.trim() ? exec.installHint.trim() : t('kube.hint.execPlugin', { command: exec.command }),
        }),
      );
    });
    child.once('close', (code) => {
      if (code !== 0) {
        const reason = lastStderr.trim().split('\n').pop() || `exit code ${code ?? 'unknown'}`;
        reject(new ClusterAccessError(t('kube.error.execPluginFailed', { command: exec.command, user: context.userName, reason }), { hint: t('kube.hint.execPlugin', { command: exec.command }) }));
        return;
      }
      try {
        const parsed = JSON.parse(stdout) as { kind?: unknown; status?: ExecCredentialStatus };
        const status = parsed.status ?? {};
        if (parsed.kind !== 'ExecCredential' || (!status.token && !(status.clientCertificateData && status.clientKeyData))) throw new Error('no token or client certificate in its ExecCredential');
        resolve(status);
      } catch (error) {
        reject(
          new ClusterAccessError(t('kube.error.execPluginFailed', { command: exec.command, user: context.userName, reason: (error as Error).message }), {
            cause: error,
            hint: t('kube.hint.execPlugin', { command: exec.command }),
          }),
        );
      }
    });
  });
}
