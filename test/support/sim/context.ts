/** State shared by the simulated cluster's controllers and handlers. */
import type { TerminalRecord } from './shell.js';
import { randomBytes } from 'node:crypto';
import type { SimClock } from './clock.js';
import type { ObjectStore } from './store.js';
import type { NetworkSettings, NodeNetwork } from './network.js';
import type { ExecCall, ExecHandler, PodStartFailureMatch, PodStartFailureState, SimObject } from './types.js';

export interface ProbeResult {
  stdout: string;
  stderr?: string;
  exitCode?: number;
}

export interface SimContext {
  store: ObjectStore;
  podStartDelayMs: number;
  probeOutputs: Map<string, ProbeResult>;
  /** `<script>/<nodeName>` -> what that windbg script prints there, replacing the built-in answer. */
  scriptOutputs: Map<string, ProbeResult>;
  network: NetworkSettings;
  /** Per node, behaviours set by the test on top of the scenario's. */
  networkOverrides: Map<string, Partial<NodeNetwork>>;
  /** How pods reach the API server: the host name in the kubeconfig and its address. */
  apiServer: { host: string; ip: string };
  serverVersionJson: string;
  /** Every exec call, in order, with its stdin. */
  execs: ExecCall[];
  /** Interactive sessions (shell.ts): sizes sent, lines run, how they ended. */
  terminals: TerminalRecord[];
  /** `<namespace>/<pod>` -> log text */
  podLogs: Map<string, string>;
  startFailures: { match: PodStartFailureMatch; state: PodStartFailureState }[];
  /** Nodes whose execs never answer. */
  hungExecNodes: Set<string>;
  execHandler?: ExecHandler;
  /** Called after a controller changes a pod's status. */
  podStatusListeners: ((pod: SimObject) => void)[];
  timers: Set<NodeJS.Timeout>;
  /** The kubelets' time (kubelets.ts). */
  clock: SimClock;
  closed: boolean;
}

/** Runs `fn` after `ms` unless the cluster has been closed; never keeps the process alive. */
export function later(ctx: SimContext, ms: number, fn: () => void): void {
  const timer = setTimeout(() => {
    ctx.timers.delete(timer);
    if (!ctx.closed) fn();
  }, ms);
  timer.unref();
  ctx.timers.add(timer);
}

/** RFC 3339 with second precision, as metav1.Time serialises. */
export function rfc3339(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** RFC 3339 with microseconds, as metav1.MicroTime serialises. */
export function rfc3339Micro(date = new Date()): string {
  return date.toISOString().replace(/\.(\d+)Z$/, (_m, ms: string) => `.${ms.padEnd(6, '0')}Z`);
}

const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** The 5-character suffix the API server appends for generateName. */
export function randomNameSuffix(length = 5): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += NAME_SUFFIX_ALPHABET[b % NAME_SUFFIX_ALPHABET.length];
  return out;
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
