import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HNS 端点泄漏（端点数多于节点上的 Pod 数）',
    'explanation': 'Windows 节点上的每个 Pod 都占用一个 HNS 端点和一个 IP 地址。有两个已知缺陷会在 Pod 删除后遗留端点：Kubernetes 1.11.0 到 1.11.2，以及 Docker EE 18.09 之前端点存储中的并发缺陷。泄漏的端点一直占着 IP 地址，节点的 Pod 网段被逐渐用满，新 Pod 报 "failed to allocate for range"。',
    'fix.upgradeKubeletOff': '将 kubelet 升级到 1.11.0-1.11.2 以外的版本，将 Docker EE 升级到 18.09 或更高版本（或改用 containerd）。',
    'fix.drainNodeKubectl': '排空节点：kubectl drain <node> --ignore-daemonsets --delete-emptydir-data。',
    'fix.nodeStopNode': '在节点上停止节点服务（C:\\k\\stop.ps1，或 Stop-Service kubelet, kube-proxy），删除泄漏的端点（Get-HnsEndpoint | Remove-HnsEndpoint）以及 host-local IPAM 状态（若保存在 C:\\var 下，则执行 Remove-Item -Recurse C:\\var）。',
    'fix.startServicesAgain': '重新启动这些服务，并对节点执行 uncordon。',
    'msg.onePod': '1 个 Pod',
    'msg.pods': '{count} 个 Pod',
    'msg.kubeletBug': 'kubelet {version} 存在 1.11.0-1.11.2 的端点泄漏缺陷',
    'msg.oldDocker': '容器运行时 docker://{version} 早于 18.09（端点存储并发缺陷）',
    'msg.localEndpoints': '节点上有 {count} 个本地 HNS 端点，对应 {pods}（超过 {limit}）',
    'msg.endpoints': '节点上有 {count} 个 HNS 端点，对应 {pods}（超过 {limit}）',
    'msg.orphans': '{count} 个本地 HNS 端点不属于节点上的任何 Pod(例如 {addresses})',
    'msg.leak': '{node} 上的 HNS 端点泄漏：端点数远多于 Pod 数。',
    'msg.buggyVersion': '{node} 运行的版本存在已知的 HNS 端点泄漏问题（加上 --probe 运行以统计其端点数）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '1617b3f9e1',
    'explanation': 'bcae082662',
    'fix.upgradeKubeletOff': '85e8dad824',
    'fix.drainNodeKubectl': 'e1994048ce',
    'fix.nodeStopNode': 'f8ee7bbf82',
    'fix.startServicesAgain': 'c1fa993850',
    'msg.onePod': '955e9c0e76',
    'msg.pods': 'eaeca5c1dd',
    'msg.kubeletBug': '1bb01f6c3e',
    'msg.oldDocker': '7c562ab3ec',
    'msg.localEndpoints': '9d23a2558d',
    'msg.endpoints': 'f88de3daf2',
    'msg.orphans': '8500f00dc5',
    'msg.leak': '6114c137b8',
    'msg.buggyVersion': '648b9d322f',
  },
});
