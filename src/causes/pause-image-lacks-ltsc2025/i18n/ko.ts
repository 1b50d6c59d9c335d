import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '샌드박스(pause) 이미지에 Windows Server 2025용 변형이 없음',
    'explanation': 'registry.k8s.io/pause 3.10과 3.10.1에는 Windows Server 2025(빌드 26100) 변형이 없고, 3.10.2에서 추가되었습니다(이전 변형도 모두 유지). 2025 노드에서 이전 pause 이미지는 호스트와 맞지 않습니다. Hyper-V 격리에서는 containerd가 pause 이미지로 Server 2022 유틸리티 VM을 부팅한 뒤 2025 애플리케이션 계층을 마운트하지 못해 실패하고(HCS_E_IMAGE_MISMATCH), 프로세스 격리에서는 샌드박스가 시작되지 않습니다.',
    'fix.setSandboxImage': 'containerd 샌드박스 이미지를 registry.k8s.io/pause:3.10.2 이상으로 설정합니다(plugins."io.containerd.grpc.v1.cri".sandbox_image 또는 노드 부트스트랩이 고정한 이미지).',
    'fix.prePull': '모든 Windows Server 2025 노드에서 새 pause 이미지를 미리 가져오고 containerd를 다시 시작합니다.',
    'fix.upgradeRuntime': '또는 기본 샌드박스 이미지가 3.10.2 이상인 containerd 릴리스로 옮깁니다.',
    'msg.oldPause': '{image}에는 Windows Server 2025 변형이 없습니다(처음 포함된 릴리스: {minimum})',
    'msg.onNode': '노드 {node}은(는) {build}(으)로 실행됩니다',
    'msg.pod': 'Pod {pod}은(는) pause 이미지에 2025 변형이 없어 Windows Server 2025에서 샌드박스를 만들 수 없습니다.',
    'why.imageMismatchSandbox': 'Windows 빌드 불일치 때문에 컴퓨팅 서비스가 샌드박스나 그 유틸리티 VM을 거부함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '58bd5d46c6',
    'explanation': '697d48bbfc',
    'fix.setSandboxImage': '220b73cf88',
    'fix.prePull': 'b69855eac8',
    'fix.upgradeRuntime': '77fd8623d0',
    'msg.oldPause': 'cfc7df7fd5',
    'msg.onNode': '717ee028e2',
    'msg.pod': 'd196d01190',
    'why.imageMismatchSandbox': 'c8ae20fbc3',
  },
});
