import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '오래된 원격 HNS 엔드포인트가 이제 로컬 파드의 것이 된 IP를 계속 붙잡고 있음',
    'explanation': 'Windows의 kube-proxy는 다른 노드에 있는 서비스 백엔드마다 원격 HNS 엔드포인트를 만들고, 그 파드가 완전히 사라진 뒤에야 삭제합니다. 파드 IP 범위가 빠듯하면, 삭제된 파드(다른 노드의 파드나 Linux 파드)의 주소가 kube-proxy가 이전 원격 엔드포인트를 지우기 전에 이 노드의 새 파드에 할당될 수 있습니다. 그러면 HNS는 한 주소에 대해 원격 엔드포인트와 로컬 엔드포인트를 함께 갖게 되어, 새 파드의 엔드포인트 생성이 실패하거나 그 트래픽(가장 먼저 DNS)이 그 주소가 예전에 있던 노드로 보내집니다. 파드는 정상으로 보이지만 이름 해석도, 어떤 연결도 하지 못합니다.',
    'fix.upgradeKubeProxy': 'Windows 노드의 kube-proxy를 로컬 엔드포인트와 같은 주소를 가진 원격 엔드포인트를 삭제하는 릴리스(kubernetes/kubernetes#138000의 수정, 1.34·1.35·1.36 릴리스 라인에 백포트됨)로 올립니다.',
    'fix.deleteStaleEndpoint': '그동안에는 노드에서 로컬 파드의 주소를 가진 원격 엔드포인트를 삭제하고(hnsdiag list endpoints로 찾은 뒤 hnsdiag delete endpoints <id>), kube-proxy를 다시 시작해 로드 밸런서를 다시 만들게 합니다.',
    'fix.recreatePod': '그래도 파드가 이름을 해석하지 못하면 파드를 삭제해 새 엔드포인트를 받게 합니다.',
    'fix.widenRange': '해제된 주소가 곧바로 다시 할당되지 않도록 파드 네트워크의 주소를 늘립니다(더 큰 파드 서브넷).',
    'msg.sharedWithEndpoint': '원격 엔드포인트 {remote}와 로컬 엔드포인트 {local}가 모두 {ip}를 가지고 있습니다',
    'msg.sharedWithPod': '원격 엔드포인트 {remote}가 이 노드의 파드 {pod}의 주소 {ip}를 가지고 있습니다',
    'msg.more': '원격 엔드포인트 {count}개가 더 이 노드의 로컬 주소를 가지고 있습니다',
    'msg.node': '{node}의 HNS가 이제 이 노드에 속한 주소에 대한 원격 엔드포인트를 남겨 두고 있습니다: {addresses}.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '68cce7b23e',
    'explanation': 'db104c591e',
    'fix.upgradeKubeProxy': '05058d24b3',
    'fix.deleteStaleEndpoint': '37f7f9c63a',
    'fix.recreatePod': '23bdc81286',
    'fix.widenRange': 'aca1f4a41b',
    'msg.sharedWithEndpoint': '9bb6dd2841',
    'msg.sharedWithPod': '078987ce40',
    'msg.more': '80684e2dad',
    'msg.node': '7234281dcf',
  },
});
