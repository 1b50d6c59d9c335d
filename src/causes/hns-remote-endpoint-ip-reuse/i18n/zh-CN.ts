import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '过期的远程 HNS 端点占用着一个现已属于本地 Pod 的 IP',
    'explanation': 'Windows 上的 kube-proxy 为位于其他节点上的每个 Service 后端创建一个远程 HNS 端点，并且要等该 Pod 完全消失后才删除它。当 Pod IP 范围紧张时，已删除 Pod(位于其他节点上的 Pod 或 Linux Pod)的地址可能在 kube-proxy 删除旧的远程端点之前就被分配给本节点上的新 Pod。于是 HNS 为同一个地址同时保存一个远程端点和一个本地端点：新 Pod 的端点可能创建失败，或者它的流量(首先是 DNS)被发往该地址原先所在的节点。Pod 看起来正常，却无法解析名称，也无法连接任何地方。',
    'fix.upgradeKubeProxy': '将 Windows 节点上的 kube-proxy 升级到会删除与本地端点地址相同的远程端点的版本(kubernetes/kubernetes#138000 的修复，已向后移植到 1.34、1.35 和 1.36 发布线)。',
    'fix.deleteStaleEndpoint': '在此之前，在节点上删除占用本地 Pod 地址的远程端点(先用 hnsdiag list endpoints 查找，再执行 hnsdiag delete endpoints <id>)，然后重启 kube-proxy，让它重建负载均衡器。',
    'fix.recreatePod': '如果该 Pod 仍然无法解析名称，删除它，使其获得新的端点。',
    'fix.widenRange': '为 Pod 网络提供更多地址(更大的 Pod 子网)，使释放的地址不会立即被再次分配。',
    'msg.sharedWithEndpoint': '远程端点 {remote} 和本地端点 {local} 都持有 {ip}',
    'msg.sharedWithPod': '远程端点 {remote} 持有 {ip}，这是本节点上 Pod {pod} 的地址',
    'msg.more': '另有 {count} 个远程端点持有本节点的本地地址',
    'msg.node': '{node} 上的 HNS 仍保留着现已属于本节点的地址的远程端点：{addresses}。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '68cce7b23e',
    'explanation': 'db104c591e',
    'fix.upgradeKubeProxy': '05058d24b3',
    'fix.deleteStaleEndpoint': '37f7f9c63a',
    'fix.recreatePod': '23bdc81286',
    'fix.widenRange': 'aca1f4a41b',
    'msg.sharedWithEndpoint': '9bb6dd2841',
    'msg.sharedWithPod': '078987ce40',
    'msg.more': '80684e2dad',
    'msg.node': '7234281dcf',
  },
});
