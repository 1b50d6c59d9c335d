/**
 * Checks made before creating a probe pod: the namespace's Pod Security level (HostProcess pods
 * need `privileged`) and HostProcess support of the cluster and the node's runtime.
 */
import type { KNamespace, KNode, ServerVersion } from '../kube/types.js';
import { t } from '../i18n/index.js';


export interface PodSecurityVerdict {
  allowed: boolean;
  /** The enforce level of the namespace ("privileged" when unlabelled). */
  level: string;
  /** Plain sentence, present when not allowed. */
  message?: string;
  /** What to run to fix it. */
  fix?: string;
}

/** HostProcess pods are only admitted where Pod Security enforces `privileged` (or nothing). */
export function checkPodSecurity(namespace: KNamespace): PodSecurityVerdict {
  const name = namespace.metadata.name;
  const level = namespace.metadata.labels?.['pod-security.kubernetes.io/enforce'] ?? 'privileged';
  if (level === 'privileged') return { allowed: true, level };
  return {
    allowed: false,
    level,
    message: t('probes.psa.rejected', { namespace: name, level }),
    fix: t('probes.psa.fix', { namespace: name }),
  };
}

function versionNumbers(text: string | undefined): [number, number, number] | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

function serverMinor(version: ServerVersion): [number, number] | undefined {
  const major = Number.parseInt(version.major, 10);
  const minor = Number.parseInt(version.minor, 10);
  if (Number.isFinite(major) && Number.isFinite(minor)) return [major, minor];
  const fromGit = versionNumbers(version.gitVersion);
  return fromGit ? [fromGit[0], fromGit[1]] : undefined;
}

/** What keeps HostProcess probe pods off a node: the name of the message that says so, and its params. */
export interface HostProcessBlocker {
  name: 'serverTooOld' | 'runtimeNotContainerd' | 'containerdTooOld';
  params: Readonly<Record<string, string>>;
}

const blockerKeys: Readonly<Record<HostProcessBlocker['name'], string>> = {
  serverTooOld: 'probes.hostProcess.oldServer',
  runtimeNotContainerd: 'probes.hostProcess.runtime',
  containerdTooOld: 'probes.hostProcess.oldContainerd',
};

/**
 * Why a HostProcess probe pod cannot run on this node, or undefined when it can: HostProcess is GA
 * in Kubernetes 1.26 and needs containerd 1.6+ (Docker never supported it).
 */
export function hostProcessBlocker(serverVersion: ServerVersion | undefined, node: KNode): HostProcessBlocker | undefined {
  if (serverVersion) {
    const v = serverMinor(serverVersion);
    if (v && (v[0] < 1 || (v[0] === 1 && v[1] < 26))) {
      return { name: 'serverTooOld', params: { version: serverVersion.gitVersion || `${serverVersion.major}.${serverVersion.minor}` } };
    }
  }
  const runtime = node.status?.nodeInfo?.containerRuntimeVersion;
  if (runtime) {
    const [scheme, version] = runtime.split('://');
    if (scheme && scheme !== 'containerd') return { name: 'runtimeNotContainerd', params: { runtime } };
    const v = versionNumbers(version);
    if (v && (v[0] < 1 || (v[0] === 1 && v[1] < 6))) return { name: 'containerdTooOld', params: { runtime } };
  }
  return undefined;
}

/** The same as a sentence in the output language (for errors that stop a command). */
export function hostProcessUnsupportedReason(serverVersion: ServerVersion | undefined, node: KNode): string | undefined {
  const blocker = hostProcessBlocker(serverVersion, node);
  return blocker ? t(blockerKeys[blocker.name], blocker.params) : undefined;
}
