import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'vSphere 上的 Flannel VXLAN 与 vSphere 自身的 overlay 在 UDP 4789 上冲突',
    'explanation': 'Windows 上 Flannel 的 vxlan 后端使用 UDP 4789 端口以 VXLAN 封装 Pod 流量。如果 vSphere 环境在同一端口上运行着自己的 overlay，虚拟化层可能截获这些数据包，于是跨节点的 Pod 间流量中断，而同一节点内的流量仍然正常。',
    'fix.findOutWhether': '确认 vSphere 主机是否在 UDP 4789 上为其自身的 overlay 使用 VXLAN（向 vSphere / NSX 管理员询问）。',
    'fix.moveOneTwo': '将两个 overlay 之一改到其他 UDP 端口：调整 vSphere 的 overlay 配置，或者在所有节点（Linux 和 Windows）上为 Flannel 设置另一个 VXLAN 端口（net-conf.json 中 vxlan 后端的 Port 设置）。',
    'fix.restartFlanneldKube': '在所有节点上重启 flanneld 和 kube-proxy，然后测试跨节点的 Pod 间流量。',
    'msg.podContainer': 'Pod {pod} 容器 {container}：{setting}',
    'msg.backendProbed': 'net-conf.json 中的 Flannel 后端为 vxlan',
    'msg.node': '{node} 在 vSphere 上运行 Flannel vxlan（UDP 4789）；如果 vSphere 的 overlay 使用同一端口，跨节点的 Pod 流量会被截获。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '1737a5c452',
    'explanation': 'fc45f72e05',
    'fix.findOutWhether': '75354f1318',
    'fix.moveOneTwo': 'cfdc781ffd',
    'fix.restartFlanneldKube': '4344db764d',
    'msg.podContainer': 'd984580164',
    'msg.backendProbed': 'bef38ff1fc',
    'msg.node': 'f07914a1c8',
  },
});
