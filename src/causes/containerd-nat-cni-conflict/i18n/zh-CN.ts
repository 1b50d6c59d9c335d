import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'containerd 安装遗留的 nat CNI 配置取代了集群 CNI',
    'explanation': '在 Windows 上用示例脚本安装 containerd 时，会向 CNI 配置目录写入一个 nat 插件的 CNI 配置（0-containerd-nat.json）。containerd 按名称顺序使用第一个配置文件，因此 Pod 被接入本地 NAT 网络而不是集群网络：Pod 得到 NAT 地址，或者因 HNS 网络创建冲突而无法创建沙箱。',
    'fix.removeNatConfig': '从 containerd 的 CNI 配置目录删除 nat 配置（0-containerd-nat.json），使那里只剩集群 CNI 的配置。',
    'fix.restartContainerd': '重启 containerd（以及 flanneld 等 CNI 代理），让它加载集群配置。',
    'fix.recreatePods': '重新创建该节点上得到 NAT 地址或沙箱创建失败的 Pod。',
    'msg.natConfig': 'containerd 的 CNI 配置 {path} 使用 nat 插件',
    'msg.clusterNetwork': '集群 CNI 的 HNS 网络 {network}（{type}）也存在',
    'msg.node': '{node} 上的 Pod 由 containerd 安装遗留的 nat CNI 配置接入网络，而不是由集群 CNI 接入。',
    'msg.pod': 'Pod {pod} 由 nat CNI 插件而不是集群 CNI 完成网络设置。',
    'why.natPluginFailed': '沙箱网络由 nat CNI 插件设置，而集群网络从不会配置该插件',
    'why.containerdNatConfig': '消息提到了 containerd 安装脚本写入的 nat CNI 配置',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '86ad4d2405',
    'explanation': 'da2d6ed8bd',
    'fix.removeNatConfig': 'b00c2b438b',
    'fix.restartContainerd': 'e7992c387e',
    'fix.recreatePods': '8206cf06b1',
    'msg.natConfig': '23422eb912',
    'msg.clusterNetwork': 'cf29de0793',
    'msg.node': 'f9b3a4992c',
    'msg.pod': '58fdb2ba81',
    'why.natPluginFailed': '38a64ad469',
    'why.containerdNatConfig': '6b52d557a6',
  },
});
