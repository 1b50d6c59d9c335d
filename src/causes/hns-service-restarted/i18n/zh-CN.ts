import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '主机网络服务重启，容器网络状态丢失',
    'explanation': '主机网络服务（HNS）崩溃或被重启时，正在运行的 Pod 的端点、kube-proxy 的负载均衡器和 DNS 策略可能消失或以不一致的状态恢复。Pod 仍带着 IP 继续运行，但在 kube-proxy 重新配置节点、Pod 被重新创建之前会失去流量（通常 DNS 最先出问题）。',
    'fix.restartKubeProxy': '重启节点上的 kube-proxy，让它重新创建 HNS 负载均衡器和策略（Service 很多时需要一些时间）。',
    'fix.recreatePods': '重新创建节点上的 Pod（drain 后再 uncordon，或直接删除），让 CNI 重新创建它们的 HNS 端点。',
    'fix.updateHost': '把 Windows（和节点镜像）更新到没有该 HNS 崩溃问题的版本，并在系统事件日志中查找重启原因。',
    'why.hnsTerminated': '主机网络服务停止了，它保存的容器网络状态随之丢失',
    'why.endpointsMissing': '正在运行的 Pod 的 HNS 端点不见了，这发生在 HNS 重启之后',
    'msg.pod': 'Pod {pod} 在主机网络服务重启后失去了 HNS 端点或策略。',
    'msg.node': '{node} 上的主机网络服务停止或重启了；在重新创建之前，Pod 端点和负载均衡器可能缺失。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'c3f254d53d',
    'explanation': '71cacced6f',
    'fix.restartKubeProxy': 'a1456df7c9',
    'fix.recreatePods': 'f1ef34a0e2',
    'fix.updateHost': '6bfa4bc95b',
    'why.hnsTerminated': 'e707c0a688',
    'why.endpointsMissing': 'a396e2cbce',
    'msg.pod': '0c76d7d7f2',
    'msg.node': '2d2c63ee9e',
  },
});
