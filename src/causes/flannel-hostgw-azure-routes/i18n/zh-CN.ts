import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Azure 上的 Flannel host-gw 需要为每个节点的 Pod 子网配置用户定义路由',
    'explanation': '使用 Flannel host-gw 后端时，Pod 数据包不经封装、以 Pod 地址离开节点。在 Azure 上，这些数据包要经过 Azure 虚拟交换机，而它会丢弃自己不认识的地址，因此除非子网路由表把每个节点的 Pod 网段都指向该节点（“虚拟设备”类型的用户定义路由），否则 Pod 无法访问其他节点或互联网。windbg 无法读取 Azure 路由表，因此它报告的是需要这些路由的部署方式。',
    'fix.createRouteTable': '为节点子网创建路由表（az network route-table create --resource-group <rg> --name <table>），并将其关联到该子网。',
    'fix.everyNodeAdd': '为每个节点添加一条路由，目标为其 Pod 网段，下一跃点为该节点：az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>。',
    'fix.enableIpForwarding': '在每个节点的网络接口上开启 IP 转发。',
    'fix.alternativelySwitchOverlay': '或者改用 overlay 后端（Flannel vxlan）或 Azure CNI，它们不需要用户定义路由。',
    'msg.backendProbed': 'net-conf.json 中的 Flannel 后端为 host-gw',
    'msg.node': '{node} 在 Azure 上运行 Flannel host-gw：只有当 Azure 路由表为每个节点的 Pod 子网都配置了用户定义路由时，其 Pod 才能访问节点以外的地址。',
    'msg.nodeWithRoute': '{node} 在 Azure 上运行 Flannel host-gw：只有当 Azure 路由表为每个节点的 Pod 子网都配置了用户定义路由时，其 Pod 才能访问节点以外的地址（需要一条将 {cidr} 指向本节点的路由）。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '350925a2ae',
    'explanation': '155fe92bdd',
    'fix.createRouteTable': '84c8948b8a',
    'fix.everyNodeAdd': '87c8549f7c',
    'fix.enableIpForwarding': 'ef43f8a39c',
    'fix.alternativelySwitchOverlay': '5d21cab6a2',
    'msg.backendProbed': 'a9f7be1218',
    'msg.node': 'c9775b67c0',
    'msg.nodeWithRoute': '4b886a32fa',
  },
});
