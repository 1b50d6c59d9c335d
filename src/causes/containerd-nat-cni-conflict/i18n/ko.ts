import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '클러스터 CNI 대신 containerd의 기본 nat CNI 구성이 사용됨',
    'explanation': 'Windows에 containerd를 설치하면 containerd의 CNI 구성 디렉터리에 0-containerd-nat.json 네트워크 구성이 남을 수 있습니다. containerd는 파일 이름 순으로 첫 번째 구성을 사용하므로 파드가 flannel이나 Calico 대신 nat 플러그인에 연결됩니다. 파드가 NAT 네트워크의 주소를 받거나, nat 플러그인의 HNS 네트워크가 클러스터 CNI가 만든 것과 충돌해 모든 샌드박스가 실패합니다.',
    'fix.removeNatConfig': 'containerd의 CNI 구성 디렉터리에서 0-containerd-nat.json(및 다른 불필요한 구성)을 삭제해 클러스터 CNI의 구성만 남깁니다.',
    'fix.restartRuntime': 'containerd를 다시 시작하고, 새 파드가 노드의 파드 CIDR 주소를 받는지 확인합니다.',
    'fix.recreatePods': 'nat 구성이 있는 동안 NAT 주소를 받았거나 실패한 파드를 다시 만듭니다.',
    'why.natPlugin': '샌드박스가 클러스터 CNI가 아니라 containerd의 기본 nat 구성을 거쳤음',
    'msg.pod': '파드 {pod}가 클러스터 네트워크가 아니라 containerd의 nat CNI 플러그인에 연결되었습니다.',
    'msg.node': '{node}의 containerd가 클러스터 CNI가 아니라 nat CNI 구성({conf})을 사용합니다.',
    'msg.conf': '사용 중인 CNI 구성: {conf}(유형 {type})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '736584ffb2',
    'explanation': '4676fb0e2f',
    'fix.removeNatConfig': '5be5ce3ecc',
    'fix.restartRuntime': 'a3d154f1ed',
    'fix.recreatePods': '2cb1081ee9',
    'why.natPlugin': '728bcb0f85',
    'msg.pod': 'ba12ac058d',
    'msg.node': '16723d3b84',
    'msg.conf': '3f4a87d901',
  },
});
