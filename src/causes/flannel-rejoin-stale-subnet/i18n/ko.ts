import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드가 클러스터에 다시 참여하기 전의 Flannel SourceVip 파일이 남아 있음',
    'explanation': '클러스터에서 제거되었던 노드가 다시 참여하면 Flannel은 새 파드 서브넷을 할당합니다. 그런데 C:\\k\\SourceVip.json과 C:\\k\\SourceVipRequest.json 파일에는 이전 서브넷의 소스 VIP가 그대로 남아 있고 kube-proxy가 계속 그 주소를 사용하므로, 노드 파드의 서비스 트래픽과 노드 간 트래픽이 끊깁니다.',
    'fix.drainNodeKubectl': '노드를 드레인합니다: kubectl drain <node> --ignore-daemonsets',
    'fix.nodeDeleteStale': '노드에서 오래된 파일을 삭제합니다: Remove-Item C:\\k\\SourceVip.json 및 Remove-Item C:\\k\\SourceVipRequest.json',
    'fix.restartFlanneldKube': '현재 서브넷에서 소스 VIP를 받도록 flanneld와 kube-proxy를 다시 시작합니다(또는 노드 시작 스크립트를 다시 실행합니다).',
    'fix.uncordonNodeKubectl': '노드의 스케줄링을 다시 허용하고(kubectl uncordon <node>) 노드 간 파드 트래픽을 확인합니다.',
    'why.flannelSourceVip': '노드가 다시 참여한 뒤에도 Flannel 소스 VIP 파일에 이전 파드 서브넷이 남아 있습니다',
    'why.kubeProxyCould': 'kube-proxy가 소스 VIP 엔드포인트를 만들지 못했습니다. 저장된 소스 VIP가 노드의 새 서브넷 밖에 있을 때 발생합니다',
    'msg.podCidrRange': '노드 podCIDR {cidrs}',
    'msg.staleFile': '{file}에 저장된 주소 {ip}이(가) {range} 범위를 벗어납니다',
    'msg.node': '{node}에 이전 파드 서브넷의 Flannel 소스 VIP 파일이 아직 남아 있습니다({ips}).',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '41580cb34c',
    'explanation': '1e3b85d075',
    'fix.drainNodeKubectl': 'a7b99fd20f',
    'fix.nodeDeleteStale': 'a45c463f8c',
    'fix.restartFlanneldKube': 'ffdd350fcd',
    'fix.uncordonNodeKubectl': '519dc3e2a1',
    'why.flannelSourceVip': 'ece945d136',
    'why.kubeProxyCould': '5e34f62d14',
    'msg.podCidrRange': 'a3d14237e1',
    'msg.staleFile': '15c231cab0',
    'msg.node': '30a3dc2611',
  },
});
