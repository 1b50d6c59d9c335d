import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnet이 상태 저장소 잠금을 남겨 둠',
    'explanation': 'Azure CNI 플러그인(azure-vnet)은 상태를 azure-vnet.json에 저장하고 azure-vnet.json.lock으로 보호합니다. 플러그인 호출이 강제로 종료되거나 노드에 부하가 몰리면 잠금 파일(또는 비었거나 일부만 기록된 상태 파일)이 남을 수 있습니다. 이후 모든 호출이 잠금에서 시간 초과되거나 상태를 해석하지 못하므로, 파일을 정리할 때까지 노드의 새 파드는 네트워크를 얻지 못합니다.',
    'fix.drainNode': '상태를 복구하는 동안 새 샌드박스가 만들어지지 않도록 노드를 cordon하고 drain합니다.',
    'fix.removeStaleFiles': '노드에서 kubelet을 멈춘 뒤, CNI 데이터 폴더의 남은 잠금과 비었거나 손상된 상태 파일(azure-vnet.json.lock, azure-vnet.json, azure-vnet-ipam.json과 그 잠금)을 삭제합니다. 먼저 잠금에 적힌 프로세스 ID가 더 이상 실행 중이 아닌지 확인합니다.',
    'fix.restartAndUncordon': 'kubelet을 다시 시작하고 새 파드가 IP를 받는지 확인한 뒤 노드를 uncordon합니다.',
    'fix.upgradeCni': '남은 잠금과 부분 기록된 저장소를 처리하는 최신 Azure CNI로 업그레이드합니다.',
    'msg.pod': '파드 {pod}가 네트워크를 얻지 못합니다. {node}의 azure-vnet이 상태 저장소 잠금이나 손상된 상태 파일 때문에 막혀 있습니다.',
    'msg.node': '{node}의 azure-vnet이 상태 저장소 잠금이나 손상된 상태 파일 때문에 막혀 있습니다.',
    'why.storeLockTimeout': 'azure-vnet이 상태 저장소의 잠금을 얻지 못함',
    'why.emptyLockFile': 'azure-vnet 잠금 파일이 비어 있어 누가 잠금을 가졌는지 알 수 없음',
    'why.stateFileTruncated': 'CNI 플러그인이 비었거나 잘린 상태 파일을 읽음. azure-vnet의 남은 잠금이나 중단된 기록이 원인이 됨',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'c3e45d9ce4',
    'explanation': '0ac28d4a06',
    'fix.drainNode': '31de16ad11',
    'fix.removeStaleFiles': 'acd5214e5d',
    'fix.restartAndUncordon': '9a69a1c60b',
    'fix.upgradeCni': '695b500cb6',
    'msg.pod': 'ea5bbadd6e',
    'msg.node': '2d64aabe12',
    'why.storeLockTimeout': '5f4d03b996',
    'why.emptyLockFile': '2e5550e706',
    'why.stateFileTruncated': 'db2bdfce35',
  },
});
