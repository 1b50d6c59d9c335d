import type { RenderedResult } from '../../src/report/localize.js';
import type { RenderedCheckReport, NodeHeader, RenderedReport } from '../../src/report/model.js';

/**
 * A fixed diagnosis of a small mixed cluster, written by hand: a pod whose ltsc2019 image landed on a
 * Server 2022 node, a sandbox that cannot start on a SAC node, a stale NotReady node, a workload
 * without an OS selector and a pod nobody can explain. The golden files in this folder are its
 * renderings.
 */
export const fixtureResult: RenderedResult = {
  findings: [
    {
      ruleId: 'unsupported-windows-build',
      severity: 'error',
      target: { kind: 'Node', name: 'win2004-0' },
      title: 'Windows build not supported by Kubernetes',
      message: 'Node win2004-0 runs Windows Server, version 2004 (10.0.19041), a semi-annual release that Kubernetes no longer supports.',
      evidence: [
        { source: 'node', text: 'status.nodeInfo.kernelVersion: 10.0.19041.1415' },
        { source: 'node', text: 'status.nodeInfo.osImage: Windows Server Datacenter' },
      ],
      remediation: [
        'Create a node pool on Windows Server 2022 (10.0.20348) or Windows Server 2025 (10.0.26100).',
        'Move the workloads to it with a nodeSelector on node.kubernetes.io/windows-build.',
        'Drain and delete the old nodes.',
      ],
      docs: 'kubectl windbg explain unsupported-windows-build',
    },
    {
      ruleId: 'pause-image-incompatible',
      severity: 'error',
      target: { kind: 'Node', name: 'win2004-0' },
      affected: {
        count: 2,
        objects: [
          { kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b5f4-h5k2p' },
          { kind: 'Pod', namespace: 'web', name: 'iis-7d9c6b5f4-x2x9q' },
        ],
      },
      title: 'Pause image does not match the host build',
      message: 'The sandbox of web/iis-7d9c6b5f4-x2x9q fails to start: the pause image is not built for 10.0.19041.',
      evidence: [
        {
          source: 'event',
          text:
            'FailedCreatePodSandBox (x14): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: hcs::CreateComputeSystem 4d2a: The container operating system does not match the host operating system.: unknown',
        },
        { source: 'status', text: 'ContainerCreating for 41m' },
      ],
      remediation: [
        'Set sandbox_image in C:\\Program Files\\containerd\\config.toml to a multi-arch pause image, e.g. registry.k8s.io/pause:3.9.',
        'Restart containerd: Restart-Service containerd.',
      ],
      docs: 'kubectl windbg explain pause-image-incompatible',
    },
    {
      ruleId: 'image-os-mismatch',
      severity: 'error',
      target: { kind: 'Image', name: 'contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019', build: '10.0.20348' },
      affected: { count: 3, objects: [{ kind: 'Pod', namespace: 'web', name: 'legacy-api-5b8f7d6c9-qq7lm' }] },
      title: 'Container image Windows version does not match the node',
      message: 'Image contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019 is built for Windows Server 2019 (10.0.17763) but node akswin22-1 runs 10.0.20348 with process isolation.',
      evidence: [
        { source: 'spec', text: 'containers[api].image: contoso.azurecr.io/legacy-api:4.8-windowsservercore-ltsc2019' },
        { source: 'node', text: 'akswin22-1 kernelVersion 10.0.20348.2966' },
        { source: 'event', text: 'Failed (x6): Error: failed to create containerd container: "<hash>": no matching manifest for windows(10.0.20348)/amd64 in the manifest list entries' },
      ],
      remediation: [
        'Rebuild the image on mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022.',
        'Or pin the pod to Server 2019 nodes with nodeSelector node.kubernetes.io/windows-build: "10.0.17763".',
      ],
      docs: 'kubectl windbg explain image-os-mismatch',
    },
    {
      ruleId: 'os-selector-missing',
      severity: 'warning',
      target: { kind: 'CronJob', namespace: 'batch', name: 'report' },
      affected: { count: 1, objects: [{ kind: 'Pod', namespace: 'batch', name: 'report-job-8kz2m' }] },
      title: 'Windows workload without a kubernetes.io/os selector',
      message: 'Pod batch/report-job-8kz2m runs a Windows image but has no kubernetes.io/os=windows nodeSelector or affinity.',
      evidence: [{ source: 'spec', text: 'nodeSelector: <none>; image mcr.microsoft.com/windows/servercore:ltsc2022' }],
      remediation: ['Add nodeSelector: {"kubernetes.io/os": "windows"} to the pod template.'],
      docs: 'kubectl windbg explain os-selector-missing',
    },
    {
      ruleId: 'no-known-cause',
      severity: 'info',
      target: { kind: 'Pod', namespace: 'tools', name: 'probe-<odd>&"name"' },
      affected: { count: 1, objects: [{ kind: 'Pod', namespace: 'tools', name: 'probe-<odd>&"name"' }] },
      candidates: [
        { id: 'container-dll-not-found', confidence: 0.62 },
        { id: 'container-command-not-found', confidence: 0.11 },
      ],
      title: 'Unhealthy, no known cause',
      message: 'The pod is unhealthy but no rule explains it; the raw evidence follows.',
      evidence: [{ source: 'status', text: 'CrashLoopBackOff: back-off 5m0s restarting failed container=main | exit code 0xC0000135' }],
      remediation: [],
      docs: 'kubectl windbg explain no-known-cause',
    },
  ],
  needsProbe: ['hns-network-missing', 'node-services-down'],
  notes: ['events could not be listed in namespace "restricted": forbidden'],
  summary: { error: 3, warning: 1, info: 1 },
  checked: { nodes: 2, pods: 5 },
};

export const fixtureNodeHeader: NodeHeader = {
  kind: 'Node',
  name: 'win2004-0',
  windows: 'Windows Server, version 2004',
  build: '10.0.19041.1415',
  kubelet: 'v1.27.9',
  runtime: 'containerd://1.6.21',
  ready: 'False',
  readyDetail: 'NodeStatusUnknown, last heartbeat 3h ago',
  age: '412d',
};

export const fixtureNodeReport: RenderedReport = {
  target: { kind: 'Node', name: 'win2004-0' },
  header: fixtureNodeHeader,
  result: {
    ...fixtureResult,
    findings: fixtureResult.findings.slice(0, 2),
    summary: { error: 2, warning: 0, info: 0 },
    checked: { nodes: 1, pods: 1 },
  },
};

export const fixtureCheckReport: RenderedCheckReport = {
  target: { kind: 'Cluster', name: 'aks-prod-westeurope' },
  result: fixtureResult,
  inventory: {
    nodes: [
      { name: 'win2004-0', pods: [{ namespace: 'web', name: 'iis-7d9c6b5f4-x2x9q', workload: 'Deployment web/iis' }] },
      {
        name: 'akswin22-1',
        pods: [
          { namespace: 'web', name: 'legacy-api-5b8f7d6c9-qq7lm', workload: 'Deployment web/legacy-api' },
          { namespace: 'batch', name: 'report-job-8kz2m', workload: 'CronJob batch/report' },
          { namespace: 'web', name: 'iis-7d9c6b5f4-h5k2p', workload: 'Deployment web/iis' },
        ],
      },
    ],
    unscheduledPods: [{ namespace: 'tools', name: 'probe-<odd>&"name"', workload: 'Pod tools/probe-<odd>&"name"' }],
    rules: [
      { id: 'hns-network-missing', title: 'HNS network missing', area: 'network', severity: 'error' },
      { id: 'node-services-down', title: 'Node services not running', area: 'node', severity: 'error' },
      { id: 'unsupported-windows-build', title: 'Windows build not supported by Kubernetes', area: 'node', severity: 'error' },
      { id: 'image-os-mismatch', title: 'Container image Windows version does not match the node', area: 'pod', severity: 'error' },
    ],
    generatedAt: '2025-03-14T09:26:53Z',
  },
};
