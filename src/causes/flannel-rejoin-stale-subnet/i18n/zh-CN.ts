import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点重新加入集群后残留旧的 Flannel SourceVip 文件',
    'explanation': '从集群中删除的节点重新加入时，Flannel 会为它分配新的 Pod 子网。而 C:\\k\\SourceVip.json 和 C:\\k\\SourceVipRequest.json 中仍是旧子网的 source VIP，kube-proxy 继续使用这个地址，导致该节点上 Pod 的 Service 流量和跨节点流量中断。',
    'fix.drainNodeKubectl': '排空节点：kubectl drain <node> --ignore-daemonsets。',
    'fix.nodeDeleteStale': '在节点上删除残留文件：Remove-Item C:\\k\\SourceVip.json 和 Remove-Item C:\\k\\SourceVipRequest.json。',
    'fix.restartFlanneldKube': '重启 flanneld 和 kube-proxy（或重新运行节点启动脚本），从当前子网中取得 source VIP。',
    'fix.uncordonNodeKubectl': '对节点执行 uncordon（kubectl uncordon <node>），并检查跨节点的 Pod 流量。',
    'why.flannelSourceVip': '节点重新加入后，Flannel 的 source VIP 文件仍保留着旧的 Pod 子网',
    'why.kubeProxyCould': 'kube-proxy 无法创建 source VIP 端点，保存的 source VIP 不在节点新子网内时就会出现这种情况',
    'msg.podCidrRange': '节点 podCIDR {cidrs}',
    'msg.staleFile': '{file} 中的地址为 {ip}，不在 {range} 内',
    'msg.node': '{node} 上仍保留着来自旧 Pod 子网的 Flannel source VIP 文件（{ips}）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '41580cb34c',
    'explanation': '1e3b85d075',
    'fix.drainNodeKubectl': 'a7b99fd20f',
    'fix.nodeDeleteStale': 'a45c463f8c',
    'fix.restartFlanneldKube': 'ffdd350fcd',
    'fix.uncordonNodeKubectl': '519dc3e2a1',
    'why.flannelSourceVip': 'ece945d136',
    'why.kubeProxyCould': '5e34f62d14',
    'msg.podCidrRange': 'a3d14237e1',
    'msg.staleFile': '15c231cab0',
    'msg.node': '30a3dc2611',
  },
});
