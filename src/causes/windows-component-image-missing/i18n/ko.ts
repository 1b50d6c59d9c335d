import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드 구성 요소의 Windows 이미지 태그가 존재하지 않음',
    'explanation': 'Windows 노드 구성 요소(kube-proxy, flannel, CSI 노드 플러그인, 에이전트)는 별도의 Windows 이미지로 게시되며, 대개 Kubernetes 버전이나 Windows 빌드마다 태그가 있습니다. 버전 자리 표시자를 바꾸지 않고 적용한 매니페스트나 Windows 이미지가 게시되지 않은 버전은 DaemonSet Pod를 "manifest unknown" 또는 "not found"와 함께 ImagePullBackOff에 머물게 합니다.',
    'fix.substituteVersion': '자리 표시자를 실제 버전으로 바꿔 매니페스트를 적용합니다(실행 중인 DaemonSet의 image 줄을 확인).',
    'fix.pickPublished': '이미지의 게시된 태그를 나열하고 노드 빌드용 Windows 이미지가 있는 버전을 고릅니다.',
    'fix.pinDigest': '동작하면 최신 다운로드에 의존하지 말고 자체 매니페스트에서 태그(또는 다이제스트)를 고정합니다.',
    'msg.placeholder': '컨테이너 {container}이(가) 사용하는 {image}의 태그에 자리 표시자가 남아 있습니다',
    'msg.pod': 'Pod {pod}이(가) 존재하지 않는 Windows 구성 요소 이미지를 참조합니다.',
    'why.manifestUnknown': '레지스트리에 이 태그의 이미지가 없음',
    'why.tagNotFound': '이미지 참조를 레지스트리에서 확인할 수 없음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8e20f0de9d',
    'explanation': '24bc255e92',
    'fix.substituteVersion': '94f79a1461',
    'fix.pickPublished': 'dc705f2a16',
    'fix.pinDigest': '39925d127c',
    'msg.placeholder': '2db1de04cb',
    'msg.pod': '744d2f68db',
    'why.manifestUnknown': '7316d79a8a',
    'why.tagNotFound': '0e71ecb5e0',
  },
});
