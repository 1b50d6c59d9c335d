import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy 运行时缺少匹配的 --hostname-override',
    'explanation': '在 Windows 上，kube-proxy 必须知道自己所在节点的名称，才能区分本地端点和远程端点。没有 --hostname-override（或者所给名称与 Node 对象不同，例如节点以 FQDN 注册而这里用的是短主机名）时，它会把本节点的 Pod 端点当作外部端点，一段时间后容器的 vNIC 和 HNS 端点就会被删除。',
    'fix.findNodeName': '查出 Kubernetes 中记录的节点名：kubectl get node -o wide。',
    'fix.startKubeProxy': '以 --hostname-override=<该节点名> 启动 kube-proxy（以服务方式运行时：sc.exe config kube-proxy binPath= "... --hostname-override=<name>"，或 nssm set kube-proxy AppParameters ...；以 DaemonSet 运行时，通过 downward API 传入 NODE_NAME）。',
    'fix.restartKubeProxy': '重启 kube-proxy，确认日志中不再出现 "Failed to retrieve node info"。',
    'fix.recreatePodsLost': '重新创建该节点上失去网络的 Pod。',
    'why.kubeProxyLooked': 'kube-proxy 用一个不是节点名的名称查找自己',
    'why.kubeProxyCould': 'kube-proxy 找不到自己的 Node 对象，通常是因为缺少 --hostname-override 或其值不对',
    'why.containerHnsEndpoints': 'kube-proxy 不知道自己的节点名时，容器的 HNS 端点会消失',
    'msg.noOverride': 'kube-proxy 运行时没有 --hostname-override',
    'msg.otherOverride': 'kube-proxy 以 --hostname-override={override} 运行，但节点名为 {node}',
    'msg.nodeNoOverride': '{node} 上的 kube-proxy 运行时没有 --hostname-override；其 Pod 的 HNS 端点可能被删除。',
    'msg.nodeOtherOverride': '{node} 上的 kube-proxy 使用的是主机名 "{override}" 而不是节点名；其 Pod 的 HNS 端点可能被删除。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '012eb77791',
    'explanation': '9f12da3ec7',
    'fix.findNodeName': 'ab8cab95a3',
    'fix.startKubeProxy': '215e39625d',
    'fix.restartKubeProxy': '919ba3d515',
    'fix.recreatePodsLost': '783b360f23',
    'why.kubeProxyLooked': 'd9ec63b6b8',
    'why.kubeProxyCould': '1501079e7a',
    'why.containerHnsEndpoints': 'dc6d79fc78',
    'msg.noOverride': 'c2f153aada',
    'msg.otherOverride': '0aa9ee64c7',
    'msg.nodeNoOverride': 'cc98cdded6',
    'msg.nodeOtherOverride': '95c53f125e',
  },
});
