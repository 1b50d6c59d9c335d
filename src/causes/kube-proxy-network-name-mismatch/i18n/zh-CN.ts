import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy 查找的 HNS 网络名称不存在',
    'explanation': '在 Windows 上，kube-proxy 把 Service 配置到按名称找到的一个 HNS 网络中：名称来自 --network-name 参数、KUBE_NETWORK 环境变量，或默认的 cbr0。如果 CNI 以其他名称（vxlan0、l2bridge、Calico、azure 等）创建了网络，kube-proxy 就找不到网络，会退出或一直重试，节点上的 Pod 无法使用任何 Service 或 ClusterIP。',
    'fix.listNetworks': '在节点上用 Get-HnsNetwork | Select-Object Name, Type 列出网络名称，记下 CNI 创建的那个。',
    'fix.setNetworkName': '把这个名称交给 kube-proxy：在参数中使用 --network-name，或在服务或 kube-proxy DaemonSet 的环境中设置 KUBE_NETWORK（名称必须完全一致）。',
    'fix.restartKubeProxy': '重启 kube-proxy，确认其日志不再报告找不到网络，并且 Windows Pod 能访问 Service。',
    'msg.flag': 'kube-proxy 以 --network-name={name} 运行',
    'msg.networks': '节点上的 HNS 网络：{networks}',
    'msg.node': '{node} 上的 kube-proxy 配置的 HNS 网络不存在，因此没有配置任何 Service。',
    'why.kubeNetworkHint': 'kube-proxy 查找 KUBE_NETWORK 指定的 HNS 网络，但不存在该名称的网络',
    'why.kubeProxyRetrying': 'kube-proxy 一直在重试查找按名称指定的 HNS 网络',
  },
  sources: {
    'title': '3f3b57150d',
    'explanation': '69448ca3bd',
    'fix.listNetworks': 'f0af6575df',
    'fix.setNetworkName': '6cdc232a65',
    'fix.restartKubeProxy': '4a67692146',
    'msg.flag': 'e2c017ba80',
    'msg.networks': '47079d5eee',
    'msg.node': '3a1c2ae9d0',
    'why.kubeNetworkHint': '3af4892548',
    'why.kubeProxyRetrying': '9342cdbd76',
  },
});
