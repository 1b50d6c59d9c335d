import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'vSphere의 Flannel VXLAN이 UDP 4789에서 vSphere 오버레이와 충돌함',
    'explanation': 'Windows에서 Flannel의 vxlan 백엔드는 파드 트래픽을 UDP 포트 4789의 VXLAN으로 캡슐화합니다. vSphere 환경이 같은 포트로 자체 오버레이를 운영하면 하이퍼바이저가 이 패킷을 가로챌 수 있으므로, 한 노드 안의 트래픽은 정상이어도 노드 간 파드 트래픽은 끊깁니다.',
    'fix.findOutWhether': 'vSphere 호스트가 자체 오버레이에 UDP 4789의 VXLAN을 사용하는지 확인합니다(vSphere / NSX 관리자에게 문의합니다).',
    'fix.moveOneTwo': '두 오버레이 중 하나를 다른 UDP 포트로 옮깁니다. vSphere 오버레이를 다시 구성하거나, Linux와 Windows를 포함한 모든 노드에서 Flannel에 다른 VXLAN 포트(net-conf.json의 vxlan 백엔드 Port 설정)를 지정합니다.',
    'fix.restartFlanneldKube': '모든 노드에서 flanneld와 kube-proxy를 다시 시작한 다음 노드 간 파드 트래픽을 테스트합니다.',
    'msg.podContainer': '파드 {pod}의 컨테이너 {container}: {setting}',
    'msg.backendProbed': 'net-conf.json의 Flannel 백엔드: vxlan',
    'msg.node': '{node}에서 vSphere 위에 Flannel vxlan(UDP 4789)을 사용합니다. vSphere의 오버레이가 같은 포트를 쓰면 노드 간 파드 트래픽이 가로채집니다.',
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
