import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Pod 생성·삭제가 많아 Windows 컨테이너 런타임이 따라가지 못함(PLEG not healthy)',
    'explanation': 'Windows 컨테이너의 생성과 삭제는 Linux보다 훨씬 무겁고, 매번 컴퓨팅 시스템, 네트워크 엔드포인트, 그리고 흔히 큰 이미지가 필요합니다. 한 노드에서 많은 Pod를 한꺼번에 만들거나 지우면 런타임이 kubelet에 늦게 응답하고, Pod 수명 주기 이벤트 생성기(PLEG)가 몇 분씩 뒤처져 부하가 줄거나 노드를 다시 시작할 때까지 노드가 NotReady가 됩니다.',
    'fix.limitChurn': 'Windows 노드에서 동시에 시작·중지되는 Pod 수를 제한합니다(롤링 업데이트 maxSurge/maxUnavailable, 작업 병렬도, 배치 크기).',
    'fix.spreadLoad': '워크로드를 더 많은 Windows 노드에 분산하거나 CPU와 디스크 여유가 있는 큰 노드를 사용합니다.',
    'fix.reserve': 'kube-reserved/system-reserved로 시스템용 CPU와 메모리를 예약하여 kubelet, containerd, HNS가 따라갈 수 있게 합니다.',
    'fix.checkAntivirus': '컨테이너 런타임 폴더와 프로세스를 실시간 바이러스 검사에서 제외합니다. 검사는 컨테이너 시작 비용을 몇 배로 늘립니다.',
    'msg.node': '노드 {node}이(가) PLEG not healthy를 보고합니다. 컨테이너 런타임이 따라가지 못합니다.',
    'msg.recent': '이 노드의 Pod 중 {count}개가 최근 1시간 안에 생성되었습니다',
    'why.plegUnhealthy': 'kubelet이 몇 분 동안 컨테이너 런타임의 응답을 받지 못함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b7f6da9b92',
    'explanation': 'cca5aceb53',
    'fix.limitChurn': '1ccd3d7ba2',
    'fix.spreadLoad': '0c90e835fd',
    'fix.reserve': 'b16bc0b6d6',
    'fix.checkAntivirus': '786e483730',
    'msg.node': 'a86630e11d',
    'msg.recent': '08619afbb1',
    'why.plegUnhealthy': 'cb1ef0161c',
  },
});
