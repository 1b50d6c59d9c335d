import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy 查找的 HNS 网络名称并非 CNI 创建的名称',
    'explanation': 'Windows 上的 kube-proxy 按名称（KUBE_NETWORK、--network-name 或 winkernel.networkName；未设置时为 cbr0）查找容器网络。如果 CNI 用另一个名称（l2bridge、vxlan0、flannel.4096、Calico、azure）创建了网络，那么即使网络存在，kube-proxy 也会以“Unable to find HNS Network specified by <name>”等待或退出，节点上不会配置任何 Service。',
    'fix.listNetworks': '在节点上列出 HNS 网络（Get-HnsNetwork | Select Name, Type），记下 CNI 创建的网络的名称。',
    'fix.setName': '把 kube-proxy 的 KUBE_NETWORK（或 --network-name / winkernel.networkName）设为与之完全相同的名称；flannel 的话是 net-conf.json 中的名称或 flannel.<VNI>。',
    'fix.restartKubeProxy': '重启 kube-proxy，确认它加载了该网络并创建了 HNS 负载均衡器。',
    'why.checkKubeNetwork': 'kube-proxy 按 KUBE_NETWORK 中的名称查找网络；如果网络以别的名称存在，则名称有误',
    'why.cantFindRetrying': '代理一直在按一个可能不是 CNI 所创建的名称查找 HNS 网络',
    'msg.node': '{node} 上的 kube-proxy 在查找 HNS 网络“{wanted}”，但节点上的网络是 {networks}。',
    'msg.networks': '节点上的 HNS 网络：{networks}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '98609fcb18',
    'explanation': 'fe7fd16735',
    'fix.listNetworks': 'b28fff3f63',
    'fix.setName': 'cdfc7c28f2',
    'fix.restartKubeProxy': '721dfec7d5',
    'why.checkKubeNetwork': 'fdff115a33',
    'why.cantFindRetrying': '9caafc9977',
    'msg.node': 'b7c15bb842',
    'msg.networks': '47079d5eee',
  },
});
