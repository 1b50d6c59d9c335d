import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../engine/explain.js';
import { causeOf, listItems, node, pod, ruleTester, snapshotOf, fixtureText } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

/** An AKS-style log agent whose exec liveness probe the host compute service can no longer start. */
const stuckProbe = `
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: ama-logs-windows-7nq4z
    namespace: kube-system
    creationTimestamp: "2024-11-02T08:00:00Z"
    ownerReferences:
    - apiVersion: apps/v1
      kind: DaemonSet
      name: ama-logs-windows
      uid: 0d5c9a1e-6f2b-4c3d-8e7f-a1b2c3d4e5f6
      controller: true
  spec:
    nodeName: akswin22-0
    containers:
    - name: ama-logs-windows
      image: mcr.microsoft.com/azuremonitor/containerinsights/ciprod:win-3.1.24
      livenessProbe:
        exec:
          command: ["cmd", "/c", "C:\\\\opt\\\\amalogswindows\\\\scripts\\\\cmd\\\\livenessprobe.exe"]
        periodSeconds: 60
        timeoutSeconds: 15
  status:
    phase: Running
    containerStatuses:
    - name: ama-logs-windows
      image: mcr.microsoft.com/azuremonitor/containerinsights/ciprod:win-3.1.24
      imageID: ""
      ready: true
      restartCount: 0
      state:
        running:
          startedAt: "2024-11-02T08:01:10Z"
- apiVersion: v1
  kind: Event
  metadata:
    name: ama-logs-windows-7nq4z.17f9a2
    namespace: kube-system
  count: 1382
  firstTimestamp: "2024-11-19T12:00:00Z"
  lastTimestamp: "2024-11-20T10:59:00Z"
  involvedObject:
    apiVersion: v1
    kind: Pod
    name: ama-logs-windows-7nq4z
    namespace: kube-system
    fieldPath: spec.containers{ama-logs-windows}
  reason: Unhealthy
  message: 'Liveness probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "d6b7e1c0a9f84b2c": hcs::System::CreateProcess 05f3c2a1: The RPC server is unavailable.: unknown'
  source:
    component: kubelet
    host: akswin22-0
  type: Warning
`;

/** Two pods on win19-0 (containerd 1.6.28 in the base fixture): one with an exec readiness probe, one with an HTTP probe. */
const probedPods = `
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: orders-5f7d9c8b6-q2w8e
    namespace: shop
    creationTimestamp: "2024-11-10T08:00:00Z"
  spec:
    nodeName: win19-0
    containers:
    - name: orders
      image: contoso/orders:4.2-ltsc2019
      readinessProbe:
        exec:
          command: ["powershell", "-Command", "Test-Path C:\\\\app\\\\ready"]
        periodSeconds: 1
      livenessProbe:
        exec:
          command: ["powershell", "-Command", "exit 0"]
        periodSeconds: 10
  status:
    phase: Running
    containerStatuses:
    - name: orders
      image: contoso/orders:4.2-ltsc2019
      imageID: ""
      ready: true
      restartCount: 0
      state:
        running:
          startedAt: "2024-11-10T08:01:00Z"
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-6c8d7b9f5-x1y2z
    namespace: shop
    creationTimestamp: "2024-11-10T08:00:00Z"
  spec:
    nodeName: win19-0
    containers:
    - name: web
      image: contoso/web:4.2-ltsc2019
      livenessProbe:
        httpGet:
          path: /healthz
          port: 80
  status:
    phase: Running
    containerStatuses:
    - name: web
      image: contoso/web:4.2-ltsc2019
      imageID: ""
      ready: true
      restartCount: 0
      state:
        running:
          startedAt: "2024-11-10T08:01:00Z"
`;

function snapshot(list: string, runtimeOnWin19?: string) {
  const items = [...listItems(fixtureText('base-nodes.yaml')), ...listItems(list)].map((item) => {
    if (runtimeOnWin19 && item['kind'] === 'Node' && (item['metadata'] as { name: string }).name === 'win19-0') {
      const status = item['status'] as { nodeInfo: { containerRuntimeVersion: string } };
      status.nodeInfo.containerRuntimeVersion = runtimeOnWin19;
    }
    return item;
  });
  return snapshotOf(items, { major: '1', minor: '24', gitVersion: 'v1.24.9' });
}

ruleTester(rule, {
  valid: [
    { name: 'exec probes on containerd 1.6.28 (shim fixed)', snapshot: () => snapshot(probedPods) },
    { name: 'exec probes on containerd 1.6.13, the first fixed release', snapshot: () => snapshot(probedPods, 'containerd://1.6.13') },
    {
      name: 'a probe that runs and fails is an application problem, not this one',
      snapshot: () => snapshot(stuckProbe.replace(/message: 'Liveness probe errored:[^\n]*/, "message: 'Liveness probe failed: service not ready'")),
    },
    {
      name: 'a probe whose command is missing from the image',
      snapshot: () =>
        snapshot(
          stuckProbe.replace(
            /The RPC server is unavailable\.: unknown/,
            'The system cannot find the file specified.: unknown',
          ),
        ),
    },
  ],
  invalid: [
    {
      name: 'an exec liveness probe the host compute service cannot start',
      snapshot: () => snapshot(stuckProbe),
      findings: [
        {
          target: pod('kube-system', 'ama-logs-windows-7nq4z'),
          message: /exec probe of pod kube-system\/ama-logs-windows-7nq4z cannot be started/,
          evidence: [/Unhealthy \(x1382\): Liveness probe errored: .*The RPC server is unavailable/, /10\.0\.20348\.2966/],
        },
      ],
    },
    {
      name: 'exec probes on containerd 1.6.12, whose shim leaks on every exec',
      snapshot: () => snapshot(probedPods, 'containerd://1.6.12'),
      findings: [
        {
          target: node('win19-0'),
          message: /containerd 1\.6\.12 on win19-0 leaks memory in its Windows shim on every exec probe run \(pods with exec probes here: 1\); fixed in 1\.6\.13/,
          evidence: [/node: containerRuntimeVersion: containerd:\/\/1\.6\.12/, /spec: pod shop\/orders-5f7d9c8b6-q2w8e has exec livenessProbe, readinessProbe/],
        },
      ],
    },
  ],
});

describe('exec-probe-memory-leak signatures', () => {
  it('reads the probe that cannot be started in the wording of newer kubelets as strongly as in the older one', () => {
    const newer = 'Readiness probe errored and resulted in unknown state: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "d6b7e1c0a9f84b2c": hcs::System::CreateProcess 05f3c2a1: The RPC server is unavailable.: unknown';
    const [scored] = defaultMatcher().features(newer).filter((cause) => cause.id === rule.id);
    expect(scored!.features.signature).toBeGreaterThanOrEqual(0.8);
  });
});
