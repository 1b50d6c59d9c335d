import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '网络策略引擎不覆盖 Windows 节点，或已不再支持它们',
    'explanation': 'NetworkPolicy 的效果取决于在每个节点上执行它的代理，而大多数策略引擎从未在 Windows 上运行过：flannel 和普通的 Windows bridge/overlay 插件什么都不执行，有好几个引擎只覆盖 Linux 节点，AKS 的 Windows 节点池在 Calico for Windows 推出之前完全不支持策略。因此，选中 Windows Pod 的策略虽然被 API 服务器接受，却在这些节点上悄无声息地不生效，或者只对部分 Pod 生效。Azure Network Policy Manager(NPM)确实能在 Windows 节点上运行，但 AKS 在 2026 年 9 月 30 日结束它在 Windows 节点上的支持，而且 Windows 也无法迁移到 Cilium。',
    'fix.checkEngine': '查明在 Windows 节点上执行 NetworkPolicy 的是哪个引擎(在那里运行的 DaemonSet Pod，如 calico-node-windows、azure-npm、antrea-agent-windows)，以及该引擎究竟是否支持 Windows。',
    'fix.moveToCalico': '使用支持 Windows 节点的引擎，例如 Calico for Windows(在 AKS 上，即用 --network-policy calico 创建的集群)，并在 Windows Pod 内部重新测试这些策略。',
    'fix.nodeLevelRules': '在此之前，不要依赖 NetworkPolicy 来保护 Windows Pod：把它们放到单独的节点池和子网中，用网络安全组或主机防火墙规则限制流量。',
    'fix.separateTrust': '在策略无法生效期间，不要把必须相互隔离的工作负载放在同一个 Windows 节点上。',
    'msg.npmPod': 'Pod {pod} 在此节点上运行 Azure NPM({image})',
    'msg.retired': '{node} 上的 Windows Pod 由 Azure NPM for Windows 保护，而它在 AKS 上的支持已于 {date} 结束。',
    'msg.retiring': '{node} 上的 Windows Pod 由 Azure NPM for Windows 保护，而它在 AKS 上的支持将于 {date} 结束。',
    'msg.policy': "NetworkPolicy {policy} 选中了 {count} 个 Pod，它们所在的 Windows 节点（{nodes}）的网络插件不执行 NetworkPolicy；该策略不会作用于这些 Pod。",
    'msg.policySelects': "NetworkPolicy {policy}（{types}）选中了 Windows 节点上的 {count} 个 Pod",
    'msg.pluginFromProbe': "节点 {node}：CNI 配置 {path} 使用 {plugin}，它不执行 NetworkPolicy，且节点上没有运行策略代理",
    'msg.pluginFromAnnotation': "节点 {node}：Pod 网络由 flannel（{annotation}={value}）提供，它不执行 NetworkPolicy，且节点上没有运行策略代理",
    'msg.selectedPod': "Pod {pod} 运行在 {node} 上",
    'msg.morePods': "Windows 节点上还有 {count} 个被选中的 Pod",
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'fea6e9e015',
    'explanation': '3cb9f75e37',
    'fix.checkEngine': 'f7a1547904',
    'fix.moveToCalico': 'c6b61517df',
    'fix.nodeLevelRules': '498b81f92c',
    'fix.separateTrust': '5e65ec8652',
    'msg.npmPod': 'ab03ca3a4f',
    'msg.retired': '8d4af70136',
    'msg.retiring': '5e592aac05',
    'msg.policy': '26a7ea66f1',
    'msg.policySelects': 'd7e91f42f1',
    'msg.pluginFromProbe': 'b5e5aefb9c',
    'msg.pluginFromAnnotation': 'd326f1cbfe',
    'msg.selectedPod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});
