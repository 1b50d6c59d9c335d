import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 오버레이 네트워크에서 NodePort 트래픽이 다른 노드의 백엔드로 전달되지 않음',
    'explanation': 'VXLAN 오버레이 네트워크에서 Windows 노드는 NodePort(또는 로드 밸런서) 트래픽을 다른 노드에서 실행 중인 백엔드 Pod로 안정적으로 전달하지 못합니다. externalTrafficPolicy가 Cluster이면 서비스는 백엔드가 있는 노드에서는 응답하고 나머지 노드에서는 시간 초과됩니다.',
    'fix.useLocalPolicy': '서비스에 externalTrafficPolicy: Local을 설정하고 외부 트래픽을 해당 Pod가 실행 중인 노드로만 보냅니다(로드 밸런서 상태 검사가 이를 처리합니다).',
    'fix.spreadBackends': 'NodePort 트래픽을 받는 모든 Windows 노드에서 백엔드 Pod를 실행하여(DaemonSet 또는 분산 제약) 항상 로컬 경로가 사용되게 합니다.',
    'fix.updateWindows': 'Windows 노드는 최신 누적 업데이트로, kube-proxy는 최신 버전으로 유지합니다. 이후의 NodePort 전달 수정이 포함되어 있습니다.',
    'fix.testFromOutside': 'NodePort는 노드 자신이 아니라 클러스터 외부의 머신에서 각 노드를 대상으로 테스트합니다.',
    'msg.overlay': 'HNS 네트워크 {network}은(는) 오버레이(VXLAN) 네트워크입니다',
    'msg.remoteOnly': 'NodePort {port} 로드 밸런서의 백엔드 {count}개가 모두 다른 노드에 있습니다',
    'msg.node': '{node}에 도착한 NodePort 트래픽은 오버레이 네트워크를 거쳐 다른 노드로 전달되어야 하며({ports}), Windows 오버레이 네트워킹은 이를 안정적으로 수행하지 못합니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '53a3dfc4e9',
    'explanation': '20bff2f395',
    'fix.useLocalPolicy': 'cdc65009c9',
    'fix.spreadBackends': '5bf2acbec7',
    'fix.updateWindows': '73a6e4f20e',
    'fix.testFromOutside': '0f649df2be',
    'msg.overlay': '848e7fce17',
    'msg.remoteOnly': '875b337256',
    'msg.node': '54e7861ece',
  },
});
