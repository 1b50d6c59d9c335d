import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';

/**
 * The diagnosing commands run in-process on a `kubectl get -o yaml` style dump (--from): a healthy
 * Server 2022 node, an unsupported Server 2004 node that stopped reporting, a Linux node, and a pod
 * whose ltsc2019 image cannot run on the Server 2022 node.
 */
const hoursAgo = (h: number): string => new Date(Date.now() - h * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');

const dump = `apiVersion: v1
kind: List
metadata:
  resourceVersion: ""
items:
- apiVersion: v1
  kind: Node
  metadata:
    name: akswin22-0
    creationTimestamp: "${hoursAgo(24 * 12)}"
    labels:
      kubernetes.io/os: windows
      kubernetes.io/arch: amd64
      node.kubernetes.io/windows-build: 10.0.20348
      agentpool: win22
  spec:
    taints:
    - key: os
      value: windows
      effect: NoSchedule
  status:
    addresses:
    - type: InternalIP
      address: 10.224.0.33
    conditions:
    - type: Ready
      status: "True"
      reason: KubeletReady
      message: kubelet is posting ready status
      lastHeartbeatTime: "${hoursAgo(0.01)}"
      lastTransitionTime: "${hoursAgo(24 * 12)}"
    nodeInfo:
      architecture: amd64
      containerRuntimeVersion: containerd://1.7.20+azure
      kernelVersion: 10.0.20348.2966
      kubeProxyVersion: v1.30.4
      kubeletVersion: v1.30.4
      operatingSystem: windows
      osImage: Windows Server 2022 Datacenter
- apiVersion: v1
  kind: Node
  metadata:
    name: win2004-0
    creationTimestamp: "${hoursAgo(24 * 400)}"
    labels:
      kubernetes.io/os: windows
      node.kubernetes.io/windows-build: 10.0.19041
      pool: legacy
  status:
    addresses:
    - type: InternalIP
      address: 10.240.0.9
    conditions:
    - type: Ready
      status: Unknown
      reason: NodeStatusUnknown
      message: Kubelet stopped posting node status.
      lastHeartbeatTime: "${hoursAgo(3)}"
      lastTransitionTime: "${hoursAgo(3)}"
    nodeInfo:
      containerRuntimeVersion: containerd://1.6.21
      kernelVersion: 10.0.19041.1415
      kubeletVersion: v1.27.9
      operatingSystem: windows
      osImage: Windows Server Datacenter
- apiVersion: v1
  kind: Node
  metadata:
    name: linux-0
    labels:
      kubernetes.io/os: linux
  status:
    conditions:
    - type: Ready
      status: "True"
    nodeInfo:
      kernelVersion: 5.15.0-1064-azure
      kubeletVersion: v1.30.4
      operatingSystem: linux
      osImage: Ubuntu 22.04.4 LTS
- apiVersion: v1
  kind: Pod
  metadata:
    name: legacy-api-5b8f7d6c9-qq7lm
    namespace: web
    creationTimestamp: "${hoursAgo(2)}"
  spec:
    nodeName: akswin22-0
    nodeSelector:
      kubernetes.io/os: windows
    tolerations:
    - key: os
      operator: Equal
      value: windows
      effect: NoSchedule
    containers:
    - name: api
      image: contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019
      resources:
        limits:
          memory: 1Gi
  status:
    phase: Pending
    containerStatuses:
    - name: api
      image: contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019
      imageID: ""
      ready: false
      restartCount: 0
      started: false
      state:
        waiting:
          reason: ImagePullBackOff
          message: 'Back-off pulling image "contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019"'
- apiVersion: v1
  kind: Event
  metadata:
    name: legacy-api-5b8f7d6c9-qq7lm.17f2a1c3d4e5f601
    namespace: web
  involvedObject:
    apiVersion: v1
    kind: Pod
    name: legacy-api-5b8f7d6c9-qq7lm
    namespace: web
    fieldPath: spec.containers{api}
  reason: Failed
  type: Warning
  count: 7
  firstTimestamp: "${hoursAgo(1.9)}"
  lastTimestamp: "${hoursAgo(0.1)}"
  source:
    component: kubelet
    host: akswin22-0
  message: 'Failed to pull image "contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019": rpc error: code = NotFound desc = failed to pull and unpack image "contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019": no match for platform in manifest: not found'
`;

let dir: string;
let cwd: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'windbg-offline-'));
  writeFileSync(join(dir, 'cluster.yaml'), dump);
  cwd = mkdtempSync(join(tmpdir(), 'windbg-offline-cwd-'));
});

interface Report {
  target: { kind: string; name: string; namespace?: string };
  findings: { ruleId: string; severity: string; target: { kind: string; name: string; namespace?: string } }[];
  summary: Record<string, number>;
  checked: { nodes: number; pods: number };
}

describe('offline (--from) through the CLI', () => {
  it('nodes lists only the Windows nodes with versions, pod and finding counts', async () => {
    const run = await runCli(['nodes', '--from', dir], { cwd });
    // Notes (what an offline dump cannot tell) go to stderr, the table alone to stdout.
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nakswin22-0 +\S+ +True +Server 2022 +10\.0\.20348\.2966 +v1\.30\.4 +containerd:\/\/1\.7\.20\+azure +1\/1 +[1-9]\d*\/\d+ +11d\n/);
    expect(run.stdout).toMatch(/\nwin2004-0 +\S+ +Unknown +\S.* +10\.0\.19041\.1415 +v1\.27\.9 /);
    expect(run.stdout).not.toContain('linux-0');
  });

  it('node report of the unsupported node', async () => {
    const run = await runCli(['node', 'win2004-0', '--from', dir], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Node win2004-0\n/);
    // Ages count from the newest time in the dump (an event a few minutes before it was taken), not from the wall clock.
    expect(run.stdout).toMatch(/Ready    Unknown \(NodeStatusUnknown, last heartbeat 17\dm ago\)/);
    expect(run.stdout).toContain('unsupported-windows-build');
    const json = JSON.parse((await runCli(['node', 'win2004-0', '--from', dir, '-o', 'json'], { cwd })).stdout) as Report;
    expect(json.target).toEqual({ kind: 'Node', name: 'win2004-0' });
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'unsupported-windows-build', target: { kind: 'Node', name: 'win2004-0' } }));
  });

  it('a Linux or missing node is a usage error', async () => {
    expect((await runCli(['node', 'linux-0', '--from', dir], { cwd })).code).toBe(2);
    expect((await runCli(['node', 'nope', '--from', dir], { cwd })).code).toBe(2);
  });

  it('pod report names the image mismatch with the event as evidence', async () => {
    const run = await runCli(['pod', 'legacy-api-5b8f7d6c9-qq7lm', '-n', 'web', '--from', dir], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Pod web\/legacy-api-5b8f7d6c9-qq7lm\n/);
    expect(run.stdout).toMatch(/Phase +Pending \(ImagePullBackOff\)/);
    expect(run.stdout).toMatch(/Node +akswin22-0 \(Server 2022\)/);
    expect(run.stdout).toContain('contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019');
    expect(run.stdout).toContain('image-os-mismatch');
    expect(run.stdout).toContain('no match for platform in manifest');
  });

  it('check exits 1 on errors and honours --fail-on', async () => {
    const run = await runCli(['check', '--from', dir, '-o', 'json'], { cwd });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.checked).toEqual({ nodes: 2, pods: 1 });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'image-os-mismatch',
        target: { kind: 'Image', name: 'contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019', build: '10.0.20348' },
        affected: { count: 1, objects: [{ kind: 'Pod', namespace: 'web', name: 'legacy-api-5b8f7d6c9-qq7lm' }] },
      }),
    );
    expect((await runCli(['check', '--from', dir, '--fail-on', 'never'], { cwd })).code).toBe(0);
  });

  it('-l narrows the nodes', async () => {
    const report = JSON.parse((await runCli(['check', '--from', dir, '-o', 'json', '-l', 'agentpool=win22', '--fail-on', 'never'], { cwd })).stdout) as Report;
    expect(report.checked.nodes).toBe(1);
    expect(report.findings.some((f) => f.target.name === 'win2004-0')).toBe(false);
  });

  it('.windbg.yaml ignores rules and nodes and overrides severities', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'windbg-offline-config-'));
    writeFileSync(
      join(configDir, '.windbg.yaml'),
      'ignore:\n  nodes: ["pool=legacy"]\nseverity:\n  image-os-mismatch: warning\n',
    );
    const run = await runCli(['check', '--from', dir, '-o', 'json'], { cwd: configDir });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.checked.nodes).toBe(1);
    expect(report.findings.find((f) => f.ruleId === 'image-os-mismatch')?.severity).toBe('warning');
    expect(report.findings.some((f) => f.target.name === 'win2004-0')).toBe(false);
    const explicit = await runCli(['check', '--from', dir, '-o', 'json', '--config', join(configDir, '.windbg.yaml'), '--fail-on', 'error'], { cwd });
    expect(JSON.parse(explicit.stdout)).toEqual(report);
  });

  it('colours the report on a terminal unless --no-color or NO_COLOR', async () => {
    const args = ['node', 'win2004-0', '--from', dir];
    expect((await runCli(args, { cwd, tty: true })).stdout).toContain('\u001b[');
    expect((await runCli([...args, '--no-color'], { cwd, tty: true })).stdout).not.toContain('\u001b[');
    expect((await runCli(args, { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(args, { cwd })).stdout).not.toContain('\u001b[');
  });

  it('probe flags need a live cluster', async () => {
    const run = await runCli(['check', '--from', dir, '--canary'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --canary cannot be used with --from: probes need a live cluster.\n');
  });
});
