import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点重启后 Pod DNS 解析失败，需清理残留的 HNS Policy',
    'explanation': '在较老的 Windows 集群上（acs-engine 时代，使用 HNS Policy List），kube-proxy 在重启前下发的 HNS Policy 会在重启后保留下来，却与重建的网络不再匹配。每次重启后，Pod 发往集群 DNS Service 的查询都会失败，直到删除这些残留的 Policy、由 kube-proxy 重新下发为止。在节点上再运行一个 Pod 也能掩盖这个问题。',
    'fix.nodeStopKube': '在节点上停止 kube-proxy 和 kubelet（Stop-Service kube-proxy; Stop-Service kubelet）。',
    'fix.removeContainerNetwork': '使用 HNS 模块删除容器网络和 Policy List：Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList。',
    'fix.startKubeletKube': '重新启动 kubelet 和 kube-proxy，然后在 Pod 内检查 DNS（Resolve-DnsName kubernetes.default.svc.cluster.local）。',
    'fix.acsEngineClusters': '对于 acs-engine 集群，应用 acs-engine#2378 的修复（或重新部署），让每次开机都执行清理。',
    'msg.booted': '节点开机时间 {time}',
    'msg.bootedUp': '节点开机时间 {time}（已运行 {uptime}）',
    'msg.rebootedEvent': '{time} 重启：{message}',
    'msg.dnsFailed': '从 {pod} 解析 {target} 失败',
    'msg.podsBeforeBoot': '{node} 上的大部分 Pod 在这次开机之前就已启动',
    'msg.policyLists': '节点上存在 {count} 个 HNS Policy List',
    'msg.dnsVipMissing': '{node} 上没有为集群 DNS 地址 {ip} 服务的 HNS 负载均衡器',
    'msg.pod': '{node} 重启后 {pod} 内 DNS 解析失败；已知原因是开机前残留的 HNS Policy。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '64ffcf8701',
    'explanation': '78e2557ccb',
    'fix.nodeStopKube': '81e2b5337d',
    'fix.removeContainerNetwork': 'a609dab294',
    'fix.startKubeletKube': 'd451c08032',
    'fix.acsEngineClusters': '471ca167ec',
    'msg.booted': 'd747892798',
    'msg.bootedUp': 'ef4cf8b962',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.dnsFailed': '0d0d2d3012',
    'msg.podsBeforeBoot': '8591018cbf',
    'msg.policyLists': '5a08ad7bed',
    'msg.dnsVipMissing': 'b1c98d0f97',
    'msg.pod': '64f01f5c2a',
  },
});
