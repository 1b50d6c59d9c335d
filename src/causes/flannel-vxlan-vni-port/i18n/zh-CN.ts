import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Flannel VXLAN 使用了 Windows 无法使用的 VNI 或 UDP 端口',
    'explanation': '在 Windows 上，flannel 的 VXLAN 后端需要 4096 或更大的 VNI 以及 UDP 端口 4789。如果集群的 net-conf.json 保留了 Linux 默认值（VNI 1、端口 8472），Windows 节点上的 flanneld 无法创建覆盖网络，或者 Windows Pod 无法与其他节点通信。',
    'fix.setVni': '在 flannel 的 net-conf.json 的 Backend 中设置 "VNI": 4096 和 "Port": 4789（kube-flannel-cfg ConfigMap，或发行版的 flannel 设置，例如 RKE2 的 flannel 参数）。',
    'fix.restartFlannel': '在所有 Linux 和 Windows 节点上重启 flannel，使所有节点使用相同的 VNI 和端口。',
    'fix.recreatePods': '重新创建修改之前创建的 Windows Pod。',
    'why.vniTooLow': 'Windows 版 flanneld 拒绝小于 4096 的 VXLAN VNI',
    'msg.node': '{node} 上的 flannel 使用 VNI {vni} 的 VXLAN；Windows 需要 4096 或更大的 VNI 和 UDP 端口 4789。',
    'msg.annotation': 'flannel.alpha.coreos.com/backend-data：{data}',
    'msg.pod': 'Pod {pod} 中的 flanneld 拒绝了集群配置的 VXLAN VNI。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '5efca0c073',
    'explanation': 'df8e467d56',
    'fix.setVni': '9e24fd2f08',
    'fix.restartFlannel': 'be51d8d444',
    'fix.recreatePods': 'c0c07e0e6f',
    'why.vniTooLow': 'bb26b75d3d',
    'msg.node': 'fbee438a0c',
    'msg.annotation': '4717e4b54d',
    'msg.pod': '9b8fd44ef2',
  },
});
