import { defineCause } from '../define.js';
import { messageDetector } from '../../engine/rule-kit.js';

const rule = defineCause({
  title: 'csi-proxy is not running on the Windows node, or is too old for the CSI driver',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status'],
  explanation:
    'Windows CSI node plugins cannot format or mount disks themselves; they ask csi-proxy on the host to do it through named pipes (\\\\.\\pipe\\csi-proxy-*). ' +
    'When csi-proxy is not installed, has stopped, or serves an older API version than the driver was built for, the pipe is missing: volume mounts fail and the node plugin may crash at start.',
  fix: {
    checkService: 'On the node, check the csi-proxy service (Get-Service csi-proxy) and which pipes exist ([System.IO.Directory]::GetFiles("\\\\.\\pipe\\") | Select-String csi-proxy).',
    installOrStart: 'Install and start csi-proxy as a Windows service, or deploy it as a HostProcess DaemonSet on every Windows node.',
    matchVersions: 'Use a csi-proxy release that serves the API versions the driver needs (the pipe name in the error shows the version, e.g. filesystem-v1 or v1beta1), or pin the driver to a release that matches the installed csi-proxy.',
    restartPlugin: 'Delete the crashing node-plugin pod after csi-proxy runs so it reconnects.',
  },
  messages: {
    pod: 'Pod {pod} cannot reach csi-proxy on its node.',
    node: 'CSI operations on node {node} cannot reach csi-proxy.',
  },
  references: [
    'https://github.com/kubernetes-csi/csi-proxy',
    'https://kubernetes.io/blog/2021/08/09/csi-windows-support-with-csi-proxy-reaches-ga/',
    'https://github.com/kubernetes-csi/csi-driver-smb/issues/233',
    'https://github.com/kubernetes-csi/csi-driver-smb/issues/427',
    'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/1001',
    'https://github.com/Azure/AKS/issues/2568',
  ],
  signatures: [
    {
      name: 'csiProxyPipeMissing',
      pattern: /pipe\W+csi-proxy-[a-z]+-v\d\w*\W+(?:the system cannot find the file specified|all pipe instances are busy)/,
      weight: 0.9,
      why: 'the CSI driver tried to open a csi-proxy named pipe and the pipe does not exist on the node',
    },
    {
      name: 'csiProxyPipeNamed',
      pattern: /csi-proxy-(?:filesystem|disk|volume|smb|system|iscsi)-v\d/,
      weight: 0.6,
      why: 'the error names a csi-proxy API pipe, so the failing call went to csi-proxy',
    },
    {
      name: 'driverNotRegistered',
      pattern: /driver name \S+ not found in the list of registered csi drivers/,
      weight: 0.35,
      why: 'the CSI node plugin never registered on this node, which on Windows often means it crashed for lack of csi-proxy',
      phases: ['mount', 'any'],
    },
  ],
  symptoms: [
    'Windows pods with persistent volumes stay in ContainerCreating with FailedMount',
    'the CSI node plugin on the Windows node is in CrashLoopBackOff',
    'volumes mount on some Windows nodes but not on a newly added one',
    'the SMB or Azure Disk driver works on Linux nodes but not on Windows nodes',
    'the csi-proxy service is not installed or not running on the Windows node',
    'the CSI driver on Windows cannot connect to the csi-proxy named pipe',
    'persistent volume mounts fail on Windows with errors about the csi-proxy API version',
  ],
  detect: messageDetector({ nodes: true, scheduledOnly: true, nodeBuild: true }),
});

export default rule;
