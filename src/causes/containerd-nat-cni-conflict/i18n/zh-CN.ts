import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '使用的是 containerd 默认的 nat CNI 配置，而不是集群 CNI',
    'explanation': '在 Windows 上安装 containerd 可能会在 containerd 的 CNI 配置目录中留下 0-containerd-nat.json 网络配置。containerd 按文件名使用第一个配置，于是 Pod 被接到 nat 插件上，而不是 flannel 或 Calico：Pod 拿到 NAT 网络的地址，或者 nat 插件的 HNS 网络与集群 CNI 创建的网络冲突，所有沙箱都失败。',
    'fix.removeNatConfig': '从 containerd 的 CNI 配置目录中删除 0-containerd-nat.json（以及其他多余的配置），只保留集群 CNI 的配置。',
    'fix.restartRuntime': '重启 containerd，然后确认新 Pod 拿到的是节点 Pod CIDR 中的地址。',
    'fix.recreatePods': '重新创建在 nat 配置存在期间拿到 NAT 地址或创建失败的 Pod。',
    'why.natPlugin': '沙箱走的是 containerd 默认的 nat 配置，而不是集群 CNI',
    'msg.pod': 'Pod {pod} 被接到了 containerd 的 nat CNI 插件上，而不是集群网络。',
    'msg.node': '{node} 上的 containerd 使用的是 nat CNI 配置（{conf}），而不是集群 CNI。',
    'msg.conf': '正在使用的 CNI 配置：{conf}（类型 {type}）',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '736584ffb2',
    'explanation': '4676fb0e2f',
    'fix.removeNatConfig': '5be5ce3ecc',
    'fix.restartRuntime': 'a3d154f1ed',
    'fix.recreatePods': '2cb1081ee9',
    'why.natPlugin': '728bcb0f85',
    'msg.pod': 'ba12ac058d',
    'msg.node': '16723d3b84',
    'msg.conf': '3f4a87d901',
  },
});
