import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'azure-vnet이 상태 저장소 잠금이나 빈 상태 파일을 남김',
    'explanation': 'Azure CNI 플러그인(azure-vnet)은 상태를 azure-vnet.json에 저장하고 azure-vnet.json.lock으로 보호합니다. 플러그인 호출이 도중에 끝나거나, 노드가 과부하 상태이거나 쓰는 도중 재부팅되면 잠금이 남거나 상태 파일이 비게 됩니다. 이후의 CNI 호출은 잠금에서 시간 초과되거나 파일을 해석하지 못해 실패하고, 그 노드의 새 파드는 네트워크를 얻지 못합니다.',
    'fix.drainNode': '상태를 복구하는 동안 새 파드가 오지 않도록 노드를 cordon하고 drain합니다.',
    'fix.removeLock': '노드에서 kubelet을 중지하고, 남은 잠금 파일(azure-vnet.json.lock, azure-vnet-ipam.json.lock)과 크기가 0인 azure-vnet.json이나 azure-vnet-ipam.json을 삭제한 뒤 kubelet을 시작합니다. AKS에서는 노드 재이미징도 같은 효과를 냅니다.',
    'fix.upgradeCni': '남은 잠금과 빈 상태 파일에서 복구하는 릴리스의 Azure CNI(또는 이를 포함한 노드 이미지)로 업그레이드합니다.',
    'why.lockTimeout': 'azure-vnet이 저장소 잠금을 얻지 못함. azure-vnet.json.lock이 남아 있으면 생김',
    'why.storeInit': 'azure-vnet이 상태 저장소를 열지 못함',
    'why.emptyLock': 'azure-vnet 잠금 파일이 비어 있으며, 중단된 호출이 남긴 것',
    'why.emptyState': 'azure-vnet 상태 파일이 비어 있거나 잘려 있음',
    'msg.pod': '파드 {pod}에 네트워크가 설정되지 않습니다. Azure CNI 플러그인이 노드의 상태 저장소를 읽거나 잠그지 못합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'd0cb8be41a',
    'explanation': 'ca237bac97',
    'fix.drainNode': '3f1024361f',
    'fix.removeLock': '9bdf7abcd9',
    'fix.upgradeCni': '4efd2c4636',
    'why.lockTimeout': 'c79a6274b1',
    'why.storeInit': '43b808fdab',
    'why.emptyLock': 'b72ae57d41',
    'why.emptyState': 'e8817a358f',
    'msg.pod': 'cb2a45907e',
  },
});
