import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드의 커밋 한도(페이징 파일)가 소진됨',
    'explanation': 'Windows는 모든 메모리 할당을 물리 메모리와 페이징 파일을 합한 커밋 한도에 대해 계산합니다. Hyper-V 격리 컨테이너는 시작할 때 메모리 제한 전체를 커밋하므로, 작은 고정 페이징 파일을 가진 노드에서 많은 컨테이너나 큰 컨테이너를 실행하면 한도가 소진되어 새 컨테이너는 "The paging file is too small for this operation to complete"(0x800705AF)로 실패하고 실행 중인 프로그램은 메모리 부족 오류를 냅니다.',
    'fix.growPagefile': '노드 이미지에서 페이징 파일 크기를 Windows가 관리하게 하거나 늘립니다(필요한 디스크 공간도 확보).',
    'fix.lowerLimits': 'Hyper-V 격리 Pod의 메모리 제한을 필요한 만큼으로 낮춥니다. 제한은 전부 커밋됩니다.',
    'fix.removeStale': '커밋을 계속 잡고 있는 중지되었거나 남은 컨테이너를 제거하고, 메모리를 많이 쓰는 Pod를 더 많은 노드에 분산합니다.',
    'fix.reserveMemory': 'kube-reserved/system-reserved로 시스템용 메모리를 예약하여 스케줄러가 노드가 커밋할 수 있는 양보다 많이 배치하지 않게 합니다.',
    'msg.pod': 'Pod {pod}은(는) 노드의 커밋 메모리(페이징 파일)가 소진되어 실패했습니다.',
    'msg.node': '노드 {node}의 커밋 메모리(페이징 파일)가 소진되었습니다.',
    'why.pagingFileTooSmall': '커밋 한도(메모리와 페이징 파일)가 소진되어 Windows가 할당을 거부함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '67ed2dcce3',
    'explanation': '4a42edcca0',
    'fix.growPagefile': '6b8267d972',
    'fix.lowerLimits': 'c13978e9df',
    'fix.removeStale': 'a6a8b5cc54',
    'fix.reserveMemory': 'af9ef5ab64',
    'msg.pod': '92921e9401',
    'msg.node': 'bc70cdc6cb',
    'why.pagingFileTooSmall': 'fea70ae8c6',
  },
});
