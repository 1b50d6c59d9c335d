import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy 遇到了其版本中已知的 Windows（winkernel）缺陷',
    'explanation': 'kube-proxy 的几个版本带有 winkernel 代理的 Windows 专有缺陷，之后的补丁版本已修复：1.21 在默认启用双栈后查找主机 MAC 地址时崩溃；某些版本在删除 Pod 或 HNS 重启后留下过期或重复的 HNS 负载均衡器；1.19 在支持 DSR 的 Windows Server 2019 版本上拒绝 DSR。在更新 kube-proxy 之前，节点上的 Service 会失败。',
    'fix.upgradeKubeProxy': '把 Windows 节点上的 kube-proxy 升级到其次版本的最新补丁版本（修复已向后移植），并保持在集群允许的版本偏差范围内。',
    'fix.restartKubeProxy': '升级后重启 kube-proxy；如果仍有过期的负载均衡器，停止 kube-proxy，删除它们（Get-HnsPolicyList | Remove-HnsPolicyList，或 hnsdiag delete loadbalancers），再重新启动。',
    'fix.workaround': '在升级之前，使用对应 issue 中给出的临时办法（对于 1.21 的 MAC 查找，在覆盖网络节点上关闭 IPv6DualStack，或用节点 IP 指定 --bind-address）。',
    'why.hostMac': '1.21 的 winkernel 代理在默认启用双栈时会为未指定地址查找主机 MAC',
    'why.lbExists': 'kube-proxy 重新创建了 HNS 仍然保有的负载均衡器，这是与 HNS 重启相关的缺陷',
    'why.dsrUnsupported': 'kube-proxy 的 HNS 版本检查拒绝了 DSR；在支持 DSR 的 Windows Server 2019 版本上这是 kube-proxy 的缺陷',
    'msg.pod': 'Pod {pod} 中的 kube-proxy 遇到了已知的 winkernel 缺陷；之后的 kube-proxy 补丁版本已修复。',
    'msg.node': '{node} 上的 kube-proxy 遇到了已知的 winkernel 缺陷；之后的 kube-proxy 补丁版本已修复。',
    'msg.version': '{node} 上的 kube-proxy 版本：{version}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '802682e0de',
    'explanation': '296d208414',
    'fix.upgradeKubeProxy': 'f4ccecd131',
    'fix.restartKubeProxy': 'd7222c03d6',
    'fix.workaround': '209cb06ffe',
    'why.hostMac': '687d26712c',
    'why.lbExists': '55428a7e5a',
    'why.dsrUnsupported': 'cc7ea37fdd',
    'msg.pod': 'c464a81ffa',
    'msg.node': '631fd38979',
    'msg.version': 'e3bd8ceecc',
  },
});
