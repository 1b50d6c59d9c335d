import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 覆盖网络上的 kube-proxy 没有源 VIP',
    'explanation': '在覆盖（VXLAN）网络上，Windows kube-proxy 从一个源 VIP 发送服务流量：这是节点 Pod 子网中的一个地址，由一个 HNS 端点持有。没有 --source-vip（或该地址从未在 CNI IPAM 中预留）时，kube-proxy 会拒绝启动或无法创建源 VIP 端点，因此该节点上的服务无法工作。',
    'fix.reserveAddress': '像 flannel 启动脚本生成 sourceVip.json 那样，通过 CNI IPAM（与覆盖网络同名的 host-local）从节点的 Pod 子网预留源 VIP。',
    'fix.passFlag': '用 --source-vip（或配置文件中的 winkernel.sourceVip）把该地址传给 kube-proxy。',
    'fix.restartProxy': '重启 kube-proxy，并确认它创建了源 VIP 端点和服务负载均衡器。',
    'msg.overlay': 'HNS 网络 {network} 是覆盖（VXLAN）网络',
    'msg.noFlag': 'kube-proxy 运行时既没有 --source-vip 也没有配置文件',
    'msg.notRunning': 'kube-proxy 未在运行',
    'msg.noReservation': '节点上没有预留源 VIP（缺少 sourceVip.json）',
    'msg.node': '{node} 上的 kube-proxy 没有覆盖网络所需的源 VIP，因此无法在该节点上提供服务。',
    'msg.pod': 'kube-proxy Pod {pod} 没有覆盖网络所需的源 VIP。',
    'why.sourceVipFlagNotSet': '由于未指定源 VIP，kube-proxy 在覆盖网络上拒绝创建代理',
    'why.sourceVipEndpointFailed': 'kube-proxy 无法为源 VIP 创建 HNS 端点',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b4017cd1f0',
    'explanation': 'f4232796f9',
    'fix.reserveAddress': 'f53623e790',
    'fix.passFlag': '07d4ce59df',
    'fix.restartProxy': '97913830de',
    'msg.overlay': '848e7fce17',
    'msg.noFlag': '8262d5913e',
    'msg.notRunning': '24e862bee5',
    'msg.noReservation': 'c08f303084',
    'msg.node': 'f55b064213',
    'msg.pod': '93dab3b15e',
    'why.sourceVipFlagNotSet': '2c6fc1a5df',
    'why.sourceVipEndpointFailed': '5c2e2c661c',
  },
});
