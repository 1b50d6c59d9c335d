import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 구성의 cniVersion을 플러그인 바이너리가 지원하지 않음',
    'explanation': '모든 CNI 네트워크 구성에는 작성 기준이 된 CNI 사양 버전(cniVersion)이 적혀 있습니다. 그 버전이 노드의 플러그인 바이너리가 이해하는 것보다 새로우면 런타임이 구성을 거부하고, 네트워크가 설정되기 전에 노드의 모든 Pod 샌드박스가 실패합니다.',
    'fix.compareVersions': '노드 CNI 구성의 cniVersion과 오류에 나온 플러그인 지원 버전을 비교합니다.',
    'fix.alignVersion': 'cniVersion을 플러그인이 지원하는 버전으로 설정하거나, 구성된 버전을 지원하는 플러그인 바이너리를 설치합니다.',
    'fix.recreatePods': 'CNI 에이전트가 구성을 쓴다면 다시 시작한 뒤, ContainerCreating에 멈춘 Pod를 다시 만듭니다.',
    'msg.pod': 'Pod {pod}이(가) 네트워크를 얻지 못합니다. CNI 구성이 플러그인이 지원하지 않는 cniVersion을 사용합니다.',
    'why.incompatibleCniVersions': '런타임이 구성의 cniVersion을 플러그인이 보고한 버전과 비교했으나 일치하는 것이 없음',
    'why.pluginSupportsList': '메시지가 구성이 요구하는 버전 옆에 플러그인이 지원하는 버전 목록을 보여 줌',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '0d46022f70',
    'explanation': '5113ccaf53',
    'fix.compareVersions': '1a2b0759b0',
    'fix.alignVersion': '6a9405d7ad',
    'fix.recreatePods': '693dcce101',
    'msg.pod': '94646e6e72',
    'why.incompatibleCniVersions': '3df5977ae5',
    'why.pluginSupportsList': '114f9a4d7b',
  },
});
