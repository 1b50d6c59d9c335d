/** Public shapes of the simulated cluster. */
import type { SimClock } from './clock.js';
import type { NodeNetwork } from './network.js';

/** Any Kubernetes object as plain JSON. */
export interface SimObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name?: string;
    generateName?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    creationTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [extra: string]: unknown;
  };
  [extra: string]: unknown;
}

export interface ServerVersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
}

export interface SimOptions {
  /** Folder under test/fixtures/scenarios/ (e.g. 'demo') or an absolute path. */
  scenario?: string;
  /** Extra objects (Node, Pod, Event, Namespace, DaemonSet) added to the scenario. */
  objects?: object[];
  serverVersion?: ServerVersionInfo;
  /** Created pods go Pending -> Running after this many milliseconds (default 200). */
  podStartDelayMs?: number;
  /** The kubelets' time (Lease renewals, status posts); the real clock by default. */
  clock?: SimClock;
}

export interface ExecCall {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  stdin: string;
  nodeName?: string;
}

export interface ExecOutcome {
  /** Text, or bytes for binary output (a streamed archive). */
  stdout: string | Buffer;
  stderr?: string;
  exitCode?: number;
  /** The exec itself failed (the executable does not exist): a Failure status with this message, no output. */
  execError?: string;
}

/** Returns the outcome of a call, or undefined to leave it to the built-in behaviours. */
export type ExecHandler = (call: ExecCall) => ExecOutcome | undefined | Promise<ExecOutcome | undefined>;

/**
 * A scripted failure. `path` is tested against the URL path (no query string); the first fault
 * in the array matching method and path is applied and used up after `times` (default 1).
 */
export type SimFault = { method?: string; path: RegExp; times?: number } & (
  | { status: number; reason?: string; message?: string; retryAfterSeconds?: number }
  | { resetConnection: true }
  /** The server acts on the request (a create creates), then drops the connection instead of answering. */
  | { resetAfterHandling: true }
  /** The server never answers (the connection stays open until the client gives up or the sim closes). */
  | { stall: true }
  /** The server acts on the request (a create creates), then never answers. */
  | { stallAfterHandling: true }
  | { delayMs: number }
  | { expireContinue: true }
);

export interface RequestRecord {
  method: string;
  path: string;
  /** The request headers as received (lower-case names; a repeated header keeps every value). */
  headers: Record<string, string[]>;
  /** The server name the client asked for in the TLS handshake (SNI), if any. */
  serverName?: string;
  /** The common name of a verified client certificate, when the client sent one. */
  clientCertificateUser?: string;
  /** Query parameters; a repeated parameter (exec `command`) is joined with ','. */
  query: Record<string, string>;
}

export interface SimStoreApi {
  /** Kind ('Pod') or plural ('pods'), case-insensitive. Returns copies. */
  list(kind: string): object[];
  get(kind: string, namespace: string | undefined, name: string): object | undefined;
  put(obj: object): void;
  remove(kind: string, namespace: string | undefined, name: string): void;
}

export interface PodStartFailureMatch {
  image?: RegExp;
  nodeName?: string;
}

export interface PodStartFailureState {
  reason: string;
  message: string;
}

export interface SimCluster {
  url: string;
  kubeconfigPath: string;
  caPem: string;
  /** The cluster CA's key, to sign client certificates users authenticate with. */
  caKeyPem: string;
  token: string;
  requests: RequestRecord[];
  faults: SimFault[];
  /** Runs for exec calls the built-in behaviours do not cover (see exec.ts). */
  setExecHandler(fn: ExecHandler): void;
  /** Every exec call so far, in order, with its stdin. */
  execs: ExecCall[];
  /** Interactive exec sessions, in order (sim/shell.ts). */
  terminals: import('./shell.js').TerminalRecord[];
  /** What the node probe script prints on that node; `opts` scripts a failing run. */
  setProbeOutput(nodeName: string, stdout: string, opts?: { stderr?: string; exitCode?: number }): void;
  /**
   * What a windbg script (`node-probe`, `collect-bundle`, `pod-network-probe`: the name on its
   * `# windbg-script:` line) prints on that node, instead of the built-in answer.
   */
  setScriptOutput(script: string, nodeName: string, stdout: string, opts?: { stderr?: string; exitCode?: number }): void;
  /** Changes how the network behaves for pods on that node (on top of scenario.yaml `network`). */
  setNodeNetwork(nodeName: string, behaviour: Partial<NodeNetwork>): void;
  /** Pods created from now on that match stay Pending with this waiting state and a Warning event. */
  setPodStartFailure(match: PodStartFailureMatch, state: PodStartFailureState): void;
  /** Forgets every setPodStartFailure: pods created from now on start normally. */
  clearPodStartFailures(): void;
  /** That node's kubelet dies: its Lease and status are no longer renewed (Ready stays as it was). */
  stopKubelet(nodeName: string): void;
  /**
   * Ends a running pod that has activeDeadlineSeconds as its kubelet does once they have passed
   * (Failed, DeadlineExceeded; sessions exec'd into it end), without waiting for them. False when it has none or is not running.
   */
  expireActiveDeadline(namespace: string, podName: string): boolean;
  /** Execs into pods on this node never answer (no output, no status) until the client gives up; a DaemonSet probe pod there never finishes (its log stays empty). */
  setExecHang(nodeName: string): void;
  /** What `GET .../pods/<name>/log` returns for a running pod (probe pods default to the probe output). */
  setPodLogs(namespace: string, podName: string, text: string): void;
  store: SimStoreApi;
  close(): Promise<void>;
}
