import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드가 폐기된 Docker 런타임으로 실행됨',
    'explanation': 'kubelet은 Kubernetes 1.24에서 기본 제공 Docker 지원(dockershim)을 제거했습니다. docker:// 런타임을 보고하는 Windows 노드는 외부 cri-dockerd 어댑터에 의존하며, AKS는 2023년 5월 1일 Windows 노드 풀의 Docker를 폐기했습니다(스케일링과 생성 실패, Windows 2019 Docker 이미지 삭제). 현재 Windows 기능(HostProcess 컨테이너, RuntimeClass를 통한 Hyper-V 격리, 최근 Windows Server 빌드)에는 containerd가 필요합니다.',
    'fix.newPool': 'containerd를 사용하는 Windows 노드 풀(또는 노드)을 만들고 워크로드를 옮깁니다.',
    'fix.selfManaged': '자체 관리 노드에서는 containerd를 설치하고 kubelet이 npipe:////./pipe/containerd-containerd를 가리키게 하며, 전환하는 동안 노드를 드레인합니다.',
    'fix.removeDocker': '워크로드를 옮긴 뒤 Docker 기반 노드를 제거합니다.',
    'msg.node': '노드 {node}은(는) {runtime}(으)로 실행됩니다. Windows 노드는 containerd로 실행해야 합니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3893d1feb3',
    'explanation': 'fe15ca80a1',
    'fix.newPool': 'b31aa6bc03',
    'fix.selfManaged': 'ba592e6ffb',
    'fix.removeDocker': '03ac71f034',
    'msg.node': '9956cec5be',
  },
});
