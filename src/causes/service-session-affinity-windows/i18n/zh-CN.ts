import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 端点上 Service 的 ClientIP 会话亲和性被忽略或失效',
    'explanation': 'Windows 上的 kube-proxy 只在 Kubernetes 1.19 及以后、并且主机版本为 19551 或更高时才应用 sessionAffinity: ClientIP，实际上就是 Windows Server 2022。在 Windows Server 2019 节点上，该设置被悄无声息地忽略，每个连接单独进行负载均衡，粘性会话因此失效。在部分 Windows Server 2022 版本上，在主机安装虚拟交换机(VFP)修复之前，Windows Pod 完全无法访问带 ClientIP 亲和性的负载均衡器 Service。',
    'fix.moveToNewerNodes': '需要粘性会话的工作负载运行在已安装最新累积更新的 Windows Server 2022 或更高版本节点上。',
    'fix.dropAffinity': '在无法访问该 Service 的 Windows Server 2022 版本上，在节点获得 VFP 修复之前，从 Service 中去掉 sessionAffinity(接受按连接进行的负载均衡)。',
    'fix.stickyElsewhere': '在 Windows Server 2019 上，不依赖 kube-proxy 实现粘性：由 Ingress 控制器或应用保持会话，或者每个节点只运行一个 Pod 并让流量留在本地节点。',
    'msg.ignored': "Service {service} 要求 ClientIP 会话亲和性，但它选中的 {count} 个 Pod 运行在 kube-proxy 会忽略该设置的 Windows 节点（{nodes}）上；每个连接都会被单独负载均衡。",
    'msg.loadBalancer': "Service {service} 是带 ClientIP 会话亲和性的 LoadBalancer，选中了 Windows Server 2022 或更新节点（{nodes}）上的 Pod；在没有虚拟交换机（VFP）修复的 Windows 版本上，Windows Pod 无法访问它。",
    'msg.service': "Service {service}（{type}）设置了 sessionAffinity: ClientIP，选中了 Windows 节点上的 {count} 个 Pod",
    'msg.oldBuild': "节点 {node} 运行 Windows 版本 {build}，早于 {minimum}：kube-proxy 无法在此保持 ClientIP 亲和性",
    'msg.oldKubeProxy': "节点 {node} 运行的 kube-proxy {version} 早于 {minimum}：其 Windows 数据路径会忽略 ClientIP 亲和性",
    'msg.newBuild': "节点 {node} 运行 Windows 版本 {build}，可以保持 ClientIP 亲和性",
    'msg.pod': "Pod {pod} 运行在 {node} 上",
    'msg.morePods': "Windows 节点上还有 {count} 个被选中的 Pod",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3ec0ae5cb0',
    'explanation': '901386627d',
    'fix.moveToNewerNodes': '21535bd999',
    'fix.dropAffinity': 'ee8b1f7594',
    'fix.stickyElsewhere': '2a565abf12',
    'msg.ignored': '8746470516',
    'msg.loadBalancer': '5f3eaa8d09',
    'msg.service': '8573a6006d',
    'msg.oldBuild': '022fac2bd2',
    'msg.oldKubeProxy': '3764c158c1',
    'msg.newBuild': '1d83f542f1',
    'msg.pod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});
