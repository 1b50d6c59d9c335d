import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 节点本机无法访问 ClusterIP Service',
    'explanation': '在 Windows 上，Service 地址（ClusterIP）以 HNS 负载均衡器的形式下发到容器网络。在许多 Windows 内部版本上，主机自身的网络栈并不经过这些负载均衡器，因此节点上的进程（或者 hostNetwork / HostProcess Pod）无法连接 ClusterIP，而同一节点上的普通 Pod 都可以。',
    'fix.reachServicesPods': '从 Pod 而不是从节点访问 Service；主机进程可以使用 Endpoints 地址（或其他节点上的 NodePort）。',
    'fix.hostprocessPodsMust': '需要访问 Service 的 HostProcess Pod，直接连接 API Server 或该 Service 的 Endpoints。',
    'fix.keepNodeCurrent': '让节点保持使用较新的 Windows 内部版本和 kube-proxy 版本，新版本改进了从主机访问 Service 的能力。',
    'msg.succeeded': '成功',
    'msg.failed': '失败',
    'msg.fromPod': '从 Pod 到 ClusterIP {target} 的 TCP 连接{outcome}',
    'msg.fromHost': '从节点主机网络到 ClusterIP {target} 的 TCP 连接{outcome}',
    'msg.fromWitness': '从 Pod {pod} 到 ClusterIP {target} 的 TCP 连接{outcome}',
    'msg.pod': 'ClusterIP {vip} 从 {pod} 可以访问，但从 {node} 的主机网络不行：这是 Windows 的已知限制，并不是 Service 故障。',
    'msg.podUnknownNode': 'ClusterIP {vip} 从 {pod} 可以访问，但从其所在节点的主机网络不行：这是 Windows 的已知限制，并不是 Service 故障。',
    'msg.node': '从 {node} 的主机网络无法访问 ClusterIP {vip}，而该节点上的 Pod {pod} 可以访问：这是 Windows 的已知限制。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '57a3e88636',
    'explanation': '198ac32848',
    'fix.reachServicesPods': '89a7633515',
    'fix.hostprocessPodsMust': '694720dca9',
    'fix.keepNodeCurrent': 'c3d3189e74',
    'msg.succeeded': '5dceaeceb6',
    'msg.failed': '5d28a90f44',
    'msg.fromPod': '0908129ae8',
    'msg.fromHost': '1592cdbb45',
    'msg.fromWitness': '4daf7c4a81',
    'msg.pod': '06bd027f63',
    'msg.podUnknownNode': 'fdc5e3f77e',
    'msg.node': 'e6cc2defc2',
  },
});
