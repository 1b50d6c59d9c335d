import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 或网络模式不支持节点的 Windows 版本',
    'explanation': 'Windows 容器网络功能随特定的 Windows 版本引入，每个 CNI 都规定了支持的主机版本。在列表之外的版本上，CNI 可以安装却无法配置主机：覆盖网络需要安装了 KB4489899 或更高更新的 Windows Server 2019（1809），而 Calico for Windows 只支持 Windows Server 2019 和 2022，不支持 Windows Server 2025。',
    'fix.checkMatrix': '把 CNI 文档中列出的受支持 Windows Server 版本和网络模式与节点版本对照（kubectl get node -o wide 可以看到内核版本）。',
    'fix.moveNode': '把工作负载放到受支持版本的节点上（Calico 为 Windows Server 2019 或 2022），或者选择支持新版本的 CNI。',
    'fix.updateHost': '在 Windows Server 2019 上使用覆盖网络时，启用 VXLAN 之前先安装包含 KB4489899 或更高版本的累积更新。',
    'why.expectedPolicy': '主机版本无法配置 kube-proxy 要求的负载均衡策略，这在 KB4489899 之前的 1809 以前版本上使用覆盖网络时很常见',
    'msg.calico2025': '节点 {node} 运行 {build}，但 Calico for Windows 只支持 Windows Server 2019 和 2022。',
    'msg.overlayOld': '节点 {node} 运行 {build}；覆盖（VXLAN）网络需要安装了 KB4489899 或更高更新的 Windows Server 2019（1809）。',
    'msg.calicoPod': 'Calico for Windows 在该节点上运行（Pod {pod}）',
    'msg.overlayNetwork': 'HNS 网络 {network} 的类型为 Overlay',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'ef8307c50a',
    'explanation': 'e64b7b3225',
    'fix.checkMatrix': 'cf337b1843',
    'fix.moveNode': '5eafcbc8e4',
    'fix.updateHost': '42f0c4f4cc',
    'why.expectedPolicy': '076b5a7e1b',
    'msg.calico2025': 'e49e257b72',
    'msg.overlayOld': '727e7d8ccb',
    'msg.calicoPod': 'c79eca8257',
    'msg.overlayNetwork': 'e573275fff',
  },
});
