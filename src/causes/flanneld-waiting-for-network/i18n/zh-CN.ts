import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flanneld 卡在等待网络创建',
    'explanation': '在 Windows 上，flanneld 先创建 HNS 网络，再按节点管理 IP 重新查找它。在 v0.12.0 之前的 flannel 版本中，查找可能发生在管理 IP 分配之前，于是 flanneld 永远找不到网络，启动脚本一直循环输出 "Waiting for the Network to be created"。',
    'fix.restartFlanneldRun': '重启 flanneld：重新运行 start.ps1，或者手工启动 flanneld，将 NODE_NAME 设为节点名，--iface 设为节点 IP。',
    'fix.checkFlanneldArguments': '检查 flanneld 的参数：--iface / -ManagementIP 必须是节点 IP 地址，而不是 eth0 这样的接口名。',
    'fix.upgradeFlannelWindows': '将 Windows 节点上的 flannel 升级到 v0.12.0 或更高版本，该版本消除了这一竞态。',
    'why.flanneldLookedUp': 'flanneld 在管理 IP 绑定到 HNS 网络之前就按该 IP 查找网络（flannel v0.12.0 修复的竞态）',
    'why.nodeStartScript': '节点启动脚本在等待 flanneld 创建 HNS 网络，而 flanneld 一直没有创建',
    'msg.pod': 'Pod {pod} 中的 flanneld 无法按节点管理 IP 找到 HNS 网络。',
    'msg.node': '节点 {node} 上的 flanneld 无法按节点管理 IP 找到 HNS 网络。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a2e7ca3a2c',
    'explanation': '7b2e6fda01',
    'fix.restartFlanneldRun': 'a6803238c8',
    'fix.checkFlanneldArguments': 'c10a3dafff',
    'fix.upgradeFlannelWindows': '38c7af416f',
    'why.flanneldLookedUp': '9a5893570e',
    'why.nodeStartScript': 'afb9520f98',
    'msg.pod': '931c59c784',
    'msg.node': 'adc2751a1e',
  },
});
