import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'flannel VXLAN이 Windows에서 사용할 수 없는 VNI 또는 UDP 포트를 사용함',
    'explanation': 'Windows 오버레이 네트워킹은 4096 이상의 VXLAN 네트워크 식별자(VNI)만 받아들이며 VXLAN을 UDP 포트 4789로 전달합니다. 따라서 flannel의 Linux 기본값(VNI 1, 포트 8472)으로는 Windows 노드에 동작하는 오버레이 네트워크가 생기지 않아, flannel이 실패하거나 Pod가 다른 노드에 연결할 수 없습니다.',
    'fix.setVniPort': 'flannel의 net-conf.json(kube-flannel-cfg ConfigMap 또는 배포판의 flannel 설정) Backend 섹션에 "VNI": 4096과 "Port": 4789를 설정합니다.',
    'fix.wholeCluster': 'Linux를 포함한 모든 노드에 같은 값을 적용합니다. 하나의 VXLAN 네트워크에 속한 모든 노드는 VNI와 포트가 같아야 합니다.',
    'fix.restartFlannel': '모든 노드에서 flannel을 다시 시작하고 Windows 노드의 Pod를 다시 만듭니다.',
    'msg.network': 'HNS 오버레이 네트워크 {network}이(가) {lowest}보다 작은 VNI {vni}을(를) 사용합니다',
    'msg.node': '{node}의 flannel VXLAN 네트워크가 {lowest}보다 작은 VNI를 사용하며, Windows 오버레이 네트워킹은 이를 받아들이지 않습니다.',
    'msg.pod': 'Pod {pod}의 노드에서 flannel이 VXLAN 설정을 거부합니다. Windows에는 VNI 4096 이상과 UDP 포트 4789가 필요합니다.',
    'why.vniBelowWindowsMinimum': 'Windows는 4096 이상을 요구하므로 flannel이 VXLAN 네트워크 식별자를 거부함',
    'why.portMustBe4789': 'Windows는 VXLAN을 4789로만 전달하므로 flannel이 VXLAN UDP 포트를 거부함',
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
