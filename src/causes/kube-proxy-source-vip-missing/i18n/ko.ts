import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 오버레이 네트워크의 kube-proxy에 소스 VIP가 없음',
    'explanation': '오버레이(VXLAN) 네트워크에서 Windows kube-proxy는 서비스 트래픽을 소스 VIP(HNS 엔드포인트가 보유한 노드 Pod 서브넷의 주소)에서 보냅니다. --source-vip가 없거나 그 주소가 CNI IPAM에서 예약되지 않았으면 kube-proxy는 시작을 거부하거나 소스 VIP 엔드포인트를 만들지 못해 해당 노드에서 서비스가 동작하지 않습니다.',
    'fix.reserveAddress': 'flannel 시작 스크립트가 sourceVip.json으로 하는 것처럼 CNI IPAM(오버레이 네트워크와 같은 네트워크 이름의 host-local)을 통해 노드의 Pod 서브넷에서 소스 VIP를 예약합니다.',
    'fix.passFlag': '그 주소를 --source-vip(또는 구성 파일의 winkernel.sourceVip)로 kube-proxy에 전달합니다.',
    'fix.restartProxy': 'kube-proxy를 다시 시작하고 소스 VIP 엔드포인트와 서비스 로드 밸런서가 생성되는지 확인합니다.',
    'msg.overlay': 'HNS 네트워크 {network}은(는) 오버레이(VXLAN) 네트워크입니다',
    'msg.noFlag': 'kube-proxy가 --source-vip와 구성 파일 없이 실행 중입니다',
    'msg.notRunning': 'kube-proxy가 실행되고 있지 않습니다',
    'msg.noReservation': '노드에 예약된 소스 VIP가 없습니다(sourceVip.json 없음)',
    'msg.node': '{node}의 kube-proxy에 오버레이 네트워크용 소스 VIP가 없어 그곳에서 서비스를 제공할 수 없습니다.',
    'msg.pod': 'kube-proxy Pod {pod}에 오버레이 네트워크용 소스 VIP가 없습니다.',
    'why.sourceVipFlagNotSet': '소스 VIP가 지정되지 않아 kube-proxy가 오버레이 네트워크에서 프록시 생성을 거부함',
    'why.sourceVipEndpointFailed': 'kube-proxy가 소스 VIP용 HNS 엔드포인트를 만들지 못함',
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
