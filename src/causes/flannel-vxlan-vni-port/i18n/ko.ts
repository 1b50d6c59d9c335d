import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Flannel VXLAN이 Windows에서 쓸 수 없는 VNI나 UDP 포트를 사용함',
    'explanation': 'Windows에서 flannel의 VXLAN 백엔드에는 VNI 4096 이상과 UDP 포트 4789가 필요합니다. net-conf.json이 Linux 기본값(VNI 1, 포트 8472)을 그대로 쓰는 클러스터에서는 Windows 노드의 flanneld가 오버레이 네트워크를 만들지 못하거나, Windows 파드가 다른 노드와 통신하지 못합니다.',
    'fix.setVni': 'flannel net-conf.json의 Backend에 "VNI": 4096과 "Port": 4789를 설정합니다(kube-flannel-cfg ConfigMap, 또는 RKE2의 flannel 값 같은 배포판의 flannel 설정).',
    'fix.restartFlannel': 'Linux와 Windows의 모든 노드에서 flannel을 다시 시작해 모든 노드가 같은 VNI와 포트를 쓰게 합니다.',
    'fix.recreatePods': '변경 전에 만든 Windows 파드를 다시 만듭니다.',
    'why.vniTooLow': 'Windows용 flanneld는 4096 미만의 VXLAN VNI를 거부함',
    'msg.node': '{node}의 flannel이 VNI {vni}로 VXLAN을 사용합니다. Windows에는 VNI 4096 이상과 UDP 포트 4789가 필요합니다.',
    'msg.annotation': 'flannel.alpha.coreos.com/backend-data: {data}',
    'msg.pod': '파드 {pod}의 flanneld가 클러스터에 설정된 VXLAN VNI를 거부합니다.',
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
