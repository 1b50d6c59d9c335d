import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '오버레이 네트워크의 kube-proxy에 소스 VIP가 없음',
    'explanation': '오버레이(VXLAN) 네트워크에서 Windows kube-proxy에는 소스 VIP가 필요합니다. 노드의 파드 서브넷에서 CNI의 IPAM으로 예약한 주소로, 노드를 떠나는 서비스 트래픽의 출발지가 이 주소로 바뀝니다. --source-vip이 없으면 kube-proxy가 시작을 거부하고, IPAM이 예약하지 않은 주소로는 소스 VIP 엔드포인트를 만들 수 없어 노드의 파드에서 서비스가 동작하지 않습니다.',
    'fix.reserveVip': '노드의 파드 서브넷에서 CNI와 같은 IPAM으로 소스 VIP를 예약합니다(flannel이라면 flannel 네트워크 이름으로 host-local을 실행하고 결과를 sourceVip.json에 보관합니다).',
    'fix.passFlag': 'kube-proxy를 --source-vip=<그 주소>(또는 구성 파일의 winkernel.sourceVip)로 시작하고, 오버레이 네트워크의 --network-name / KUBE_NETWORK도 함께 지정합니다.',
    'fix.restartKubeProxy': 'kube-proxy를 다시 시작하고 소스 VIP 오류가 없는지, 파드가 ClusterIP에 도달하는지 확인합니다.',
    'why.flagNotSet': '오버레이 모드의 kube-proxy가 --source-vip 없이 시작됨',
    'why.endpointFailed': 'kube-proxy가 소스 VIP 엔드포인트를 만들지 못함. 대개 주소가 CNI의 IPAM으로 예약되지 않았기 때문',
    'msg.node': '{node}의 kube-proxy가 --source-vip 없이 오버레이 네트워크 {network}에서 실행 중입니다.',
    'msg.network': 'HNS 네트워크 {network}의 유형은 {type}',
    'msg.pod': '파드 {pod}의 kube-proxy에 오버레이 네트워크에서 쓸 수 있는 소스 VIP가 없습니다.',
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
