import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '호스트 네트워킹 서비스가 재시작되어 컨테이너 네트워킹 상태가 사라짐',
    'explanation': '호스트 네트워킹 서비스(HNS)가 충돌하거나 재시작되면 실행 중인 파드의 엔드포인트, kube-proxy의 로드 밸런서, DNS 정책이 사라지거나 일관되지 않은 상태로 돌아올 수 있습니다. 파드는 IP를 가진 채 계속 실행되지만, kube-proxy가 노드를 다시 구성하고 파드가 다시 만들어질 때까지 통신(대개 DNS부터)이 끊깁니다.',
    'fix.restartKubeProxy': '노드의 kube-proxy를 다시 시작해 HNS 로드 밸런서와 정책을 다시 만들게 합니다(서비스가 많으면 시간이 걸립니다).',
    'fix.recreatePods': '노드의 파드를 다시 만들어(drain 후 uncordon하거나 삭제해) CNI가 HNS 엔드포인트를 다시 만들게 합니다.',
    'fix.updateHost': '노드가 겪은 HNS 충돌이 없는 빌드로 Windows(와 노드 이미지)를 업데이트하고, 시스템 이벤트 로그에서 재시작 원인을 확인합니다.',
    'why.hnsTerminated': '호스트 네트워킹 서비스가 중지되어 보관하던 컨테이너 네트워킹 상태가 사라짐',
    'why.endpointsMissing': '실행 중인 파드의 HNS 엔드포인트가 없어짐. HNS 재시작 뒤에 생김',
    'msg.pod': '파드 {pod}가 호스트 네트워킹 서비스 재시작 뒤 HNS 엔드포인트나 정책을 잃었습니다.',
    'msg.node': '{node}의 호스트 네트워킹 서비스가 중지되거나 재시작되었습니다. 파드 엔드포인트와 로드 밸런서는 다시 만들어질 때까지 빠져 있을 수 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'c3f254d53d',
    'explanation': '71cacced6f',
    'fix.restartKubeProxy': 'a1456df7c9',
    'fix.recreatePods': 'f1ef34a0e2',
    'fix.updateHost': '6bfa4bc95b',
    'why.hnsTerminated': 'e707c0a688',
    'why.endpointsMissing': 'a396e2cbce',
    'msg.pod': '0c76d7d7f2',
    'msg.node': '2d2c63ee9e',
  },
});
