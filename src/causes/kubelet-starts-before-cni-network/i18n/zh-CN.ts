import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '重启后 kubelet 在 CNI 网络就绪之前启动',
    'explanation': 'Windows 节点重启后，kubelet 服务可能在 CNI 代理(Calico、flanneld、Antrea)重建 HNS 网络之前就已启动。kubelet 会立即重新创建 Pod 沙箱，沙箱拿到网络端点，但片刻之后代理在重建网络时会将其删除。于是 Pod 在没有可用网络的情况下继续运行，而且往往不加 --force 就无法删除。',
    'fix.waitForNetwork': '让 kubelet 服务等待 CNI 网络：设置对代理服务的服务依赖，或使用启动脚本，等到 Get-HnsNetwork 列出 CNI 创建的网络后再继续。',
    'fix.upgradeAgent': '将 CNI 代理的 Windows 安装升级到 kubelet 服务已会等待网络的版本(Calico for Windows 自 calico#6656 起)。',
    'fix.recreatePods': '删除受影响的 Pod，使其获得新的端点；如果删除卡住，在检查节点后使用 kubectl delete pod --grace-period=0 --force。',
    'msg.booted': '节点于 {time} 启动',
    'msg.rebootedEvent': '于 {time} 重启: {message}',
    'msg.unreachable': '从 {pod} 无法访问 {target}',
    'msg.stuck': '{pod} 自 {time} 起一直处于 Terminating',
    'msg.pod': 'Pod {pod} 在 {node} 启动 {minutes} 分钟后被重新启动，此后网络一直不可用；很可能是 kubelet 启动时 CNI 网络尚未就绪。',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b465b216b7',
    'explanation': 'cb723e78e0',
    'fix.waitForNetwork': '79cac78ca4',
    'fix.upgradeAgent': 'b1068960d6',
    'fix.recreatePods': '171391eedd',
    'msg.booted': 'd747892798',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.unreachable': 'e39a54cc34',
    'msg.stuck': '9fd0904414',
    'msg.pod': '2dec09e5bb',
  },
});
