import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flannel VXLAN 使用了 Windows 无法使用的 VNI 或 UDP 端口',
    'explanation': 'Windows 覆盖网络只接受 4096 及以上的 VXLAN 网络标识（VNI），并通过 UDP 端口 4789 承载 VXLAN。因此沿用 flannel 的 Linux 默认值（VNI 1、端口 8472）时，Windows 节点无法获得可用的覆盖网络：flannel 在其上失败，或者 Pod 无法访问其他节点。',
    'fix.setVniPort': '在 flannel 的 net-conf.json（kube-flannel-cfg ConfigMap，或发行版的 flannel 设置）的 Backend 部分设置 "VNI": 4096 和 "Port": 4789。',
    'fix.wholeCluster': '对包括 Linux 在内的所有节点使用相同的值：同一 VXLAN 网络中的所有节点的 VNI 和端口必须一致。',
    'fix.restartFlannel': '在所有节点上重启 flannel，并重新创建 Windows 节点上的 Pod。',
    'msg.network': 'HNS 覆盖网络 {network} 使用 VNI {vni}，低于 {lowest}',
    'msg.node': '{node} 上的 flannel VXLAN 网络使用低于 {lowest} 的 VNI，Windows 覆盖网络不接受。',
    'msg.pod': 'Pod {pod} 所在节点上的 flannel 拒绝了 VXLAN 设置：Windows 需要 VNI 4096 或更高以及 UDP 端口 4789。',
    'why.vniBelowWindowsMinimum': 'Windows 要求 4096 或更高，因此 flannel 拒绝了该 VXLAN 网络标识',
    'why.portMustBe4789': 'Windows 只在 4789 端口承载 VXLAN，因此 flannel 拒绝了该 VXLAN UDP 端口',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '5efca0c073',
    'explanation': '2feb89b37d',
    'fix.setVniPort': 'b1467894c4',
    'fix.wholeCluster': '48de4d5d7e',
    'fix.restartFlannel': 'bc39f4132f',
    'msg.network': '247d15047b',
    'msg.node': 'da2864fca1',
    'msg.pod': '6495cd3742',
    'why.vniBelowWindowsMinimum': '281b262457',
    'why.portMustBe4789': '5b8a99338d',
  },
});
