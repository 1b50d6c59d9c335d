import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '샌드박스(pause) 이미지를 가져올 수 없음',
    'explanation': '모든 Pod는 런타임에 설정된 pause 이미지로 만든 샌드박스로 시작합니다. 그 이미지가 노드에 없고 참조를 가져올 수 없으면(레지스트리 이름 오류나 누락, 자격 증명 없는 프라이빗 레지스트리, 레지스트리로 가는 경로 없음, 이미지 가비지 수집으로 로컬 사본 삭제) 그 노드의 새 Pod는 모두 샌드박스 생성에서 실패합니다.',
    'fix.checkReference': '오류(또는 containerd의 sandbox_image)에 있는 샌드박스 이미지 참조를 읽고 완전하고 접근 가능한 참조인지 확인합니다.',
    'fix.pullOnNode': '노드에서 가져와(crictl pull <image>) 레지스트리 자체의 오류를 확인합니다.',
    'fix.pinImage': 'kubelet의 이미지 가비지 수집이 지우지 않도록 pause 이미지를 고정합니다(최근 containerd는 설정된 샌드박스 이미지를 고정된 것으로 표시).',
    'msg.pod': 'Pod {pod}이(가) 샌드박스를 만들 수 없습니다. pause 이미지를 가져올 수 없습니다.',
    'why.sandboxImagePull': '모든 Pod 샌드박스의 기반인 pause 이미지를 런타임이 얻지 못함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '8c7e5bc73e',
    'explanation': '8020c65ae4',
    'fix.checkReference': 'aaba24cd2e',
    'fix.pullOnNode': '6b90a7e62d',
    'fix.pinImage': '8e0cfe604f',
    'msg.pod': '4adaded812',
    'why.sandboxImagePull': '8ce29bfc70',
  },
});
