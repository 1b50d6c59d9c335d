import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '파드가 폐기된 실험적 Hyper-V 격리 어노테이션을 사용함',
    'explanation': 'experimental.windows.kubernetes.io/isolation-type: hyperv 어노테이션은 Docker 시절의 알파 기능으로, 지금은 적용되지 않습니다. 이 어노테이션이 있는 파드는 프로세스 격리로 실행되므로, 다른 Windows 빌드의 이미지는 어노테이션이 없을 때와 똑같이 실패합니다. 이제 Hyper-V 격리는 RuntimeClass로 요청합니다.',
    'fix.removeAnnotationWorkload': '워크로드 템플릿에서 이 어노테이션을 제거합니다.',
    'fix.createRuntimeclassWhose': 'containerd에서 Hyper-V 격리를 선택하는 핸들러(Hyper-V 런타임 옵션으로 구성한 런타임 핸들러)를 지정한 RuntimeClass를 만듭니다.',
    'fix.setRuntimeclassnamePod': '파드 스펙의 runtimeClassName을 그 RuntimeClass로 설정합니다.',
    'msg.pod': '파드 {pod}에서 더 이상 적용되지 않는 폐기된 어노테이션으로 Hyper-V 격리를 요청합니다.',
    'msg.noRuntimeClass': 'runtimeClassName이 설정되어 있지 않습니다',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '6923934a97',
    'explanation': 'd793aaf23c',
    'fix.removeAnnotationWorkload': '0780ac91ff',
    'fix.createRuntimeclassWhose': 'a20774bc7d',
    'fix.setRuntimeclassnamePod': 'bf4bef04cf',
    'msg.pod': 'b978ab28c2',
    'msg.noRuntimeClass': 'f492652bb0',
  },
});
