/**
 * The simulated Kubernetes cluster used by tests, the demo and the benchmark: an HTTPS server on
 * 127.0.0.1 that speaks the parts of the Kubernetes REST API kubectl-windbg and kubectl use,
 * loaded from scenario fixtures and/or generated objects.
 *
 *   const sim = await startSimCluster({ scenario: 'demo' });
 *   // KUBECONFIG=sim.kubeconfigPath kubectl get nodes
 *   await sim.close();
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { generateCertificates } from './certs.js';
import { realClock } from './clock.js';
import type { SimContext } from './context.js';
import { watchDaemonPods } from './daemonsets.js';
import { startKubelets } from './kubelets.js';
import { DEFAULT_SERVER_VERSION, versionInfo } from './discovery.js';
import { writeKubeconfig } from './kubeconfig.js';
import { defaultNetworkSettings } from './network.js';
import { loadScenario } from './scenario.js';
import { startServer } from './server.js';
import { watchShellPods } from './shell.js';
import { expirePodNow } from './pods.js';
import { ObjectStore } from './store.js';
import type { RequestRecord, SimCluster, SimFault, SimObject, SimOptions } from './types.js';

export type * from './types.js';
export { generateCertificates } from './certs.js';
export { ManualClock, realClock, type SimClock } from './clock.js';
export { kubeconfigYaml } from './kubeconfig.js';
export { loadScenario, SCENARIOS_DIR, shiftTimestamps } from './scenario.js';
export { generateScaleObjects, type ScaleOptions } from './scale.js';
export { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from './exec.js';
export { bundleFiles, bundleStream } from './bundle.js';
export { LEASE_DURATION_SECONDS, LEASE_RENEW_SECONDS, STATUS_REPORT_SECONDS, phaseSeconds } from './kubelets.js';
export { HEALTHY_NETWORK, parseNetworkSettings, type NetworkSettings, type NodeNetwork } from './network.js';

const DEFAULT_POD_START_DELAY_MS = 200;
const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/**
 * Every cluster has its system namespaces; add those the objects do not define, as old as the
 * oldest namespace given (they are created with the cluster).
 */
function systemNamespaces(objects: readonly object[]): SimObject[] {
  const namespaces = objects.map((o) => o as SimObject).filter((o) => o.kind === 'Namespace');
  const defined = new Set(namespaces.map((o) => o.metadata.name));
  const oldest = namespaces
    .map((o) => o.metadata.creationTimestamp)
    .filter((t): t is string => typeof t === 'string')
    .sort()[0];
  return SYSTEM_NAMESPACES.filter((n) => !defined.has(n)).map((name) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'kubernetes.io/metadata.name': name }, ...(oldest ? { creationTimestamp: oldest } : {}) },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  }));
}

export async function startSimCluster(opts: SimOptions = {}): Promise<SimCluster> {
  const clock = opts.clock ?? realClock;
  // The scenario's timestamps are relative to its reference time: they land around the cluster's now.
  const scenario = opts.scenario ? loadScenario(opts.scenario, new Date(clock.now())) : undefined;
  const store = new ObjectStore();
  const objects = [...(scenario?.objects ?? []), ...(opts.objects ?? [])];
  store.putMany([...systemNamespaces(objects), ...objects]);

  const serverVersion = opts.serverVersion ?? scenario?.settings.serverVersion ?? DEFAULT_SERVER_VERSION;
  const ctx: SimContext = {
    store,
    podStartDelayMs: opts.podStartDelayMs ?? scenario?.settings.podStartDelayMs ?? DEFAULT_POD_START_DELAY_MS,
    probeOutputs: new Map(scenario?.probeOutputs ?? []),
    scriptOutputs: new Map(),
    network: scenario?.network ?? defaultNetworkSettings(),
    networkOverrides: new Map(),
    apiServer: { host: '127.0.0.1', ip: '127.0.0.1' },
    serverVersionJson: `${JSON.stringify(versionInfo(serverVersion), null, 2)}\n`,
    execs: [],
    terminals: [],
    podLogs: new Map(),
    startFailures: [],
    hungExecNodes: new Set(),
    podStatusListeners: [],
    timers: new Set(),
    clock,
    closed: false,
  };
  watchDaemonPods(ctx);
  watchShellPods(ctx);
  const kubelets = startKubelets(ctx);

  const certs = await generateCertificates();
  const token = randomBytes(24).toString('hex');
  const requests: RequestRecord[] = [];
  const faults: SimFault[] = [];
  const running = await startServer({
    ctx,
    certs,
    token,
    serverVersion,
    faults,
    requests,
  });
  const url = `https://127.0.0.1:${running.port}`;
  const kubeconfig = await writeKubeconfig({ server: url, caPem: certs.caPem, token });

  let closed: Promise<void> | undefined;
  return {
    url,
    kubeconfigPath: kubeconfig.path,
    caPem: certs.caPem,
    caKeyPem: certs.caKeyPem,
    token,
    requests,
    faults,
    setExecHandler: (fn) => {
      ctx.execHandler = fn;
    },
    execs: ctx.execs,
    terminals: ctx.terminals,
    setProbeOutput: (nodeName, stdout, extra) => {
      ctx.probeOutputs.set(nodeName, { stdout, stderr: extra?.stderr, exitCode: extra?.exitCode });
    },
    setScriptOutput: (script, nodeName, stdout, extra) => {
      ctx.scriptOutputs.set(`${script}/${nodeName}`, { stdout, stderr: extra?.stderr, exitCode: extra?.exitCode });
    },
    setNodeNetwork: (nodeName, behaviour) => {
      ctx.networkOverrides.set(nodeName, { ...ctx.networkOverrides.get(nodeName), ...behaviour });
    },
    setPodStartFailure: (match, state) => {
      ctx.startFailures.push({ match, state });
    },
    clearPodStartFailures: () => {
      ctx.startFailures.length = 0;
    },
    stopKubelet: (nodeName) => kubelets.stop(nodeName),
    expireActiveDeadline: (namespace, podName) => expirePodNow(ctx, namespace, podName),
    setExecHang: (nodeName) => {
      ctx.hungExecNodes.add(nodeName);
    },
    setPodLogs: (namespace, podName, text) => {
      ctx.podLogs.set(`${namespace}/${podName}`, text);
    },
    store: store.api(),
    close: () => {
      closed ??= (async () => {
        ctx.closed = true;
        for (const t of ctx.timers) clearTimeout(t);
        ctx.timers.clear();
        await running.close();
        await rm(kubeconfig.dir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}
