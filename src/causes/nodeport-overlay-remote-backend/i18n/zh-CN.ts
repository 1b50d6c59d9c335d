import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 覆盖网络上的 NodePort 流量不会转发到其他节点上的后端',
    'explanation': '在 VXLAN 覆盖网络上，Windows 节点无法可靠地把 NodePort（或负载均衡器）流量转发到运行在其他节点上的后端 Pod。当 externalTrafficPolicy 为 Cluster 时，服务在有后端的节点上可以响应，在其他节点上则超时。',
    'fix.useLocalPolicy': '在服务上设置 externalTrafficPolicy: Local，只把外部流量发送到运行其 Pod 的节点（负载均衡器的健康检查会完成这一点）。',
    'fix.spreadBackends': '在每个接收 NodePort 流量的 Windows 节点上运行后端 Pod（DaemonSet 或分布约束），使流量始终走本地路径。',
    'fix.updateWindows': '让 Windows 节点保持最新的累积更新、kube-proxy 保持最新版本，其中包含后来的 NodePort 转发修复。',
    'fix.testFromOutside': '从集群外部的机器对每个节点测试 NodePort，而不是从节点本机测试。',
    'msg.overlay': 'HNS 网络 {network} 是覆盖（VXLAN）网络',
    'msg.remoteOnly': 'NodePort {port} 的负载均衡器有 {count} 个后端，全部位于其他节点',
    'msg.node': '到达 {node} 的 NodePort 流量必须经覆盖网络转发到另一个节点（{ports}），而 Windows 覆盖网络无法可靠地做到这一点。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '53a3dfc4e9',
    'explanation': '20bff2f395',
    'fix.useLocalPolicy': 'cdc65009c9',
    'fix.spreadBackends': '5bf2acbec7',
    'fix.updateWindows': '73a6e4f20e',
    'fix.testFromOutside': '0f649df2be',
    'msg.overlay': '848e7fce17',
    'msg.remoteOnly': '875b337256',
    'msg.node': '54e7861ece',
  },
});
