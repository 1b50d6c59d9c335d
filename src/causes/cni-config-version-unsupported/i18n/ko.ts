import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 구성에 플러그인 바이너리가 지원하지 않는 cniVersion이 적혀 있음',
    'explanation': '모든 CNI 네트워크 구성에는 따르는 사양 버전(cniVersion)이 적혀 있습니다. 이 버전이 노드의 플러그인 바이너리가 지원하는 것보다 새롭거나 플러그인 빌드에 그 버전이 빠져 있으면, 플러그인이 구성을 거부하고 노드의 모든 파드 샌드박스가 "incompatible CNI versions"로 실패합니다.',
    'fix.alignVersion': '오류에 나온 버전("config is X, plugin supports [...]")을 확인하고, 노드 CNI 구성의 cniVersion을 플러그인이 나열한 버전으로 바꾸거나 X를 지원하는 플러그인 바이너리를 설치합니다.',
    'fix.sameBundle': 'CNI 구성과 플러그인 바이너리는 같은 릴리스에서 배포합니다(HostProcess flannel이나 Calico라면 같은 매니페스트 버전). 이후 업데이트에서 새 구성과 오래된 바이너리가 짝지어지지 않게 합니다.',
    'fix.recreatePods': '실패한 파드를 다시 만듭니다. kubelet이 샌드박스를 재시도하지만, 긴 백오프에 걸린 파드는 삭제하면 더 빨리 시작됩니다.',
    'why.incompatibleVersions': '네트워크 구성에 적힌 cniVersion을 플러그인 바이너리가 지원하지 않음',
    'msg.pod': '파드 {pod}에 네트워크가 설정되지 않습니다. CNI 플러그인이 노드 네트워크 구성의 cniVersion을 거부합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '0d46022f70',
    'explanation': '820817cfe9',
    'fix.alignVersion': 'c0fcff46cc',
    'fix.sameBundle': '138e866fd2',
    'fix.recreatePods': '93080b04cf',
    'why.incompatibleVersions': '8ba8235f92',
    'msg.pod': '634ebb2a93',
  },
});
