import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드 자신에서 NodePort에 연결할 수 없음',
    'explanation': 'NodePort를 제공하는 Windows 노드 자신에서 그 NodePort에 연결하지 못하는 것은 오래된 Windows 빌드의 알려진 문제입니다. 다른 노드나 외부에서는 연결되지만 로컬에서는 연결되지 않습니다. 누적 업데이트 KB4571748(Windows Server 2019 빌드 17763.1432) 이상에서 수정되었습니다. 이와 별개로, Windows 노드는 설계상 파드가 하나 이상 실행 중일 때만 NodePort 트래픽을 전달합니다.',
    'fix.testNodeportAnother': '다른 노드나 클러스터 외부에서 NodePort를 테스트합니다. 이 경로가 지원되는 방식입니다.',
    'fix.installKb4571748Any': 'Windows Server 2019 노드에 KB4571748 또는 그 이후의 누적 업데이트를 설치합니다(또는 더 새로운 LTSC 빌드로 옮깁니다).',
    'fix.keepLeastOne': 'NodePort 트래픽을 전달해야 하는 모든 Windows 노드에 파드가 하나 이상 스케줄링되어 있도록 합니다.',
    'msg.osBuild': 'OS 빌드 {build}',
    'msg.selfTestFailed': '노드 자신에서 NodePort {port}에 TCP 연결 실패',
    'msg.withoutFix': '{level}, {kb} 미설치({fixed} 이상 필요)',
    'msg.oldBuild': '{node} 자신에서 NodePort {port}에 연결할 수 없습니다. 이 빌드는 로컬 NodePort 접근을 수정한 {kb} 이전 빌드입니다.',
    'msg.noPods': '{node}에서 실행 중인 파드가 없습니다',
    'msg.notForwarded': '{node}에서 NodePort {port} 트래픽이 전달되지 않습니다. Windows는 노드에서 파드가 하나 이상 실행 중일 때만 NodePort 트래픽을 전달합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4126a8bc5b',
    'explanation': 'f19d6cca05',
    'fix.testNodeportAnother': '1e67e3fe8a',
    'fix.installKb4571748Any': 'a48d85d919',
    'fix.keepLeastOne': '6e3112fdba',
    'msg.osBuild': '146a5982fc',
    'msg.selfTestFailed': '21ede9da77',
    'msg.withoutFix': 'ac93fe6844',
    'msg.oldBuild': 'ff4d03240e',
    'msg.noPods': 'b890263227',
    'msg.notForwarded': '0c968831d3',
  },
});
