import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '覆盖网络上的 kube-proxy 没有源 VIP',
    'explanation': '在覆盖（VXLAN）网络上，Windows 的 kube-proxy 需要一个源 VIP：它是通过 CNI 的 IPAM 从节点 Pod 子网中预留的地址，离开节点的 Service 流量的源地址会被改写成它。没有 --source-vip 时 kube-proxy 拒绝启动；使用 IPAM 未预留的地址时它无法创建源 VIP 端点，节点上的 Pod 都无法使用 Service。',
    'fix.reserveVip': '用与 CNI 相同的 IPAM 从节点 Pod 子网预留源 VIP（flannel 的话，用 flannel 的网络名运行 host-local，并把结果保存在 sourceVip.json 中）。',
    'fix.passFlag': '以 --source-vip=<该地址>（或配置文件中的 winkernel.sourceVip）启动 kube-proxy，并同时指定覆盖网络的 --network-name / KUBE_NETWORK。',
    'fix.restartKubeProxy': '重启 kube-proxy，确认不再有源 VIP 错误，且 Pod 能访问 ClusterIP。',
    'why.flagNotSet': '覆盖模式的 kube-proxy 启动时没有 --source-vip',
    'why.endpointFailed': 'kube-proxy 无法创建源 VIP 端点，通常是因为该地址没有通过 CNI 的 IPAM 预留',
    'msg.node': '{node} 上的 kube-proxy 在覆盖网络 {network} 上运行，但没有 --source-vip。',
    'msg.network': 'HNS 网络 {network} 的类型为 {type}',
    'msg.pod': 'Pod {pod} 中的 kube-proxy 没有可用于覆盖网络的源 VIP。',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '34dabe3c43',
    'explanation': '4006e21b66',
    'fix.reserveVip': 'ffecfc0de6',
    'fix.passFlag': 'b5026ad2ad',
    'fix.restartKubeProxy': '98d8d9e821',
    'why.flagNotSet': 'c65dc0fb81',
    'why.endpointFailed': '39eccb3e35',
    'msg.node': '76e80bb235',
    'msg.network': '4cae59ae35',
    'msg.pod': '7794821721',
  },
});
