import type { KNode } from '../../../src/kube/types.js';

/** A Ready Windows node as a kubelet registers it, with its heartbeat now, for the simulated cluster. */
export function readyWindowsNode(name: string, build = 20348, runtime = 'containerd://1.7.20', ip = '10.224.0.4'): KNode {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: { 'kubernetes.io/os': 'windows', 'kubernetes.io/hostname': name, 'node.kubernetes.io/windows-build': `10.0.${build}` },
    },
    spec: { podCIDR: '10.244.1.0/24' },
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: now, lastTransitionTime: now }],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        operatingSystem: 'windows',
        architecture: 'amd64',
        kernelVersion: `10.0.${build}.2966`,
        osImage: build === 17763 ? 'Windows Server 2019 Datacenter' : 'Windows Server 2022 Datacenter',
        containerRuntimeVersion: runtime,
        kubeletVersion: 'v1.30.4',
        kubeProxyVersion: 'v1.30.4',
      },
      allocatable: { cpu: '4', memory: '16Gi', pods: '30' },
      capacity: { cpu: '4', memory: '16Gi', pods: '30' },
    },
  };
}
