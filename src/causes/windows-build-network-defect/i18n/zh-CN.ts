import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '节点的 Windows 版本存在已知的容器网络缺陷',
    'explanation': '部分 Windows 累积更新带有容器网络回归问题，并在之后的更新中修复。在受影响的版本上，所有 Kubernetes 对象看起来都正常，但 Pod 或 Service 的连通性丢失；回滚该更新或安装修复更新后通信恢复。',
    'fix.installFix': '安装包含修复的累积更新（结果中给出的版本或更高版本）并重启节点；在托管集群中，升级节点镜像或替换节点池。',
    'fix.clearPolicies': '对于 2020 年 Windows Server 2019 的缺陷，在节点更新之前：停止 kube-proxy，删除 HNS 策略列表（Get-HnsPolicyList | Remove-HnsPolicyList），然后重新启动 kube-proxy。',
    'fix.holdUpdates': '新的累积更新先在一个 Windows 节点上验证，再推广到所有节点，使网络回归只影响一个节点。',
    'why.decapLayer': 'DECAP_IN VFP 层丢失是 2020 年 Windows Server 2019 更新的回归',
    'why.socketForbidden': 'Pod 的连接因访问权限被拒绝，也出现在 2024 年 Windows Server 2022 的回归中',
    'msg.decap2020': '节点 {node} 运行 {build}，这是 2020 年 8–9 月更新的 Windows Server 2019 版本：HNS 重启后 DECAP_IN VFP 层可能丢失，Pod 到 Service 的流量会失败。修复包含在 {fixed}（2020 年 10 月）中。',
    'msg.vfp2024': '节点 {node} 运行 {build}，这是 2024 年更新的 Windows Server 2022 版本，在 Calico 等 CNI 下破坏了容器网络（Pod 不可达、Pod 无法向外通信）。修复包含在 {fixed}（2024 年 10 月）中。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2722ee99c1',
    'explanation': '77ce78812f',
    'fix.installFix': 'a5926610b3',
    'fix.clearPolicies': '5631031559',
    'fix.holdUpdates': 'cbb2743b8e',
    'why.decapLayer': 'b2f2b32764',
    'why.socketForbidden': 'a8d3fcd609',
    'msg.decap2020': '085700c93a',
    'msg.vfp2024': '317d5abda5',
  },
});
