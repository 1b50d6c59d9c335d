import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 上的 kube-proxy 设置了已锁定为默认值的特性门控',
    'explanation': '特性正式发布（GA）后，其特性门控被锁定为 true，若指定关闭它，kube-proxy 会拒绝启动。Windows 的 kube-proxy 配置常常仍传入 IPv6DualStack=false（自 1.23 起锁定）或 WinOverlay=false / WinDSR=false（自 1.34 起锁定），因此升级后 kube-proxy 在启动时退出，Windows Pod 无法使用集群 DNS 和 Service。',
    'fix.removeGate': '从 kube-proxy 的 --feature-gates 或配置文件的 featureGates 中删除已锁定的门控（IPv6DualStack、WinOverlay、WinDSR）；DSR 改用 --enable-dsr（winkernel.enableDSR）控制。',
    'fix.restartKubeProxy': '重启 kube-proxy（Windows 服务或 DaemonSet Pod），并确认它持续运行。',
    'fix.checkServices': '在 Windows Pod 中解析 kubernetes.default.svc.cluster.local 并连接一个 ClusterIP，确认 Service 已重新配置。',
    'why.lockedGate': '组件拒绝修改已正式发布并锁定为默认值的特性门控',
    'msg.gates': 'kube-proxy 特性门控：{gates}',
    'msg.node': '{node} 上的 kube-proxy 以 {gates} 启动，但在 Kubernetes {version} 中这些门控已锁定为 true，因此 kube-proxy 在启动时退出。',
    'msg.pod': 'Pod {pod} 中的 kube-proxy 因设置了锁定为 true 的特性门控而退出。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a8359697dd',
    'explanation': 'e89ec636a5',
    'fix.removeGate': '5f6e3f826f',
    'fix.restartKubeProxy': '22423ee4a7',
    'fix.checkServices': '355ff1ed1a',
    'why.lockedGate': '65d6643514',
    'msg.gates': 'ed4c9de2dc',
    'msg.node': 'f605b1965b',
    'msg.pod': '9e29d12c01',
  },
});
