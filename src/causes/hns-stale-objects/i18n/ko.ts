import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'OS 업데이트 후 HNS 네트워크 또는 엔드포인트가 오래된 상태로 남음',
    'explanation': 'HNS(Host Networking Service)는 네트워크와 엔드포인트를 디스크에 저장합니다. HNS가 바뀌는 Windows 업데이트를 설치했거나 개체를 직접 편집한 경우, 이전 버전이 만든 개체가 설치된 버전과 더 이상 맞지 않아 그 개체에 대한 모든 HNS 호출이 "The wrong diskette is in the drive" 오류로 실패합니다.',
    'fix.drainNodeKubectl': '노드를 드레인합니다(kubectl drain <node> --ignore-daemonsets).',
    'fix.listHnsObjects': 'HNS 개체 목록을 확인하고(hnsdiag list networks, hnsdiag list endpoints) 오래된 개체를 삭제합니다(hnsdiag delete networks <id>, hnsdiag delete endpoints <id>).',
    'fix.ifEnoughWindows': 'Windows Server 2019 이상에서 이것으로 부족하면 Stop-Service hns를 실행하고 C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.data를 삭제한 다음 Start-Service hns를 실행합니다.',
    'fix.restartNodeServices': '네트워크가 다시 만들어지도록 노드 서비스(kubelet, kube-proxy, CNI 데몬)를 다시 시작한 다음 노드의 스케줄링을 다시 허용합니다(kubectl uncordon <node>).',
    'why.hnsAnswersWrong': '저장된 네트워크나 엔드포인트를 이전 HNS 버전이 기록한 경우 HNS는 "wrong diskette"으로 응답합니다',
    'why.callIntoHost': 'HNS(Host Networking Service) 호출이 실패했습니다',
    'msg.pod': '파드 {pod}에 네트워크를 연결할 수 없습니다. 파드가 있는 노드의 HNS가 이전 HNS 버전에서 남은 개체를 보고합니다.',
    'msg.node': '노드 {node}의 HNS가 이전 HNS 버전에서 남은 개체를 보고합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'db177c2bec',
    'explanation': '212739882e',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.listHnsObjects': '64d4fd5f82',
    'fix.ifEnoughWindows': '32ee983b50',
    'fix.restartNodeServices': '97ce719212',
    'why.hnsAnswersWrong': '03e9ea6d7b',
    'why.callIntoHost': '0bc659bcbb',
    'msg.pod': '4eb2705c88',
    'msg.node': 'b963d89649',
  },
});
