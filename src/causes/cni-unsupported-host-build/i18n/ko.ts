import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'CNI 또는 네트워크 모드가 노드의 Windows 빌드를 지원하지 않음',
    'explanation': 'Windows 컨테이너 네트워킹 기능은 특정 Windows 빌드와 함께 들어오며, 각 CNI는 지원하는 호스트 버전 목록을 정해 둡니다. 목록 밖의 빌드에서는 CNI가 설치되더라도 호스트를 구성하지 못합니다. 오버레이 네트워크에는 KB4489899 이상이 적용된 Windows Server 2019(1809)가 필요하고, Calico for Windows는 Windows Server 2019와 2022만 지원하며 Windows Server 2025는 지원하지 않습니다.',
    'fix.checkMatrix': 'CNI가 문서로 밝힌 지원 Windows Server 버전과 네트워크 모드를 노드의 빌드와 비교합니다(kubectl get node -o wide로 커널 버전을 볼 수 있습니다).',
    'fix.moveNode': '지원되는 빌드의 노드(Calico라면 Windows Server 2019나 2022)에서 워크로드를 실행하거나, 새 빌드를 지원하는 CNI를 고릅니다.',
    'fix.updateHost': 'Windows Server 2019에서 오버레이를 쓰려면 VXLAN을 켜기 전에 KB4489899 이상이 포함된 누적 업데이트를 설치합니다.',
    'why.expectedPolicy': '호스트 빌드가 kube-proxy가 요청한 로드 밸런서 정책을 구성하지 못함. KB4489899가 적용된 1809 이전 빌드의 오버레이에서 흔함',
    'msg.calico2025': '노드 {node}는 {build}에서 실행 중이지만, Calico for Windows는 Windows Server 2019와 2022만 지원합니다.',
    'msg.overlayOld': '노드 {node}는 {build}에서 실행 중입니다. 오버레이(VXLAN) 네트워킹에는 KB4489899 이상이 적용된 Windows Server 2019(1809)가 필요합니다.',
    'msg.calicoPod': 'Calico for Windows가 노드에서 실행 중(파드 {pod})',
    'msg.overlayNetwork': 'HNS 네트워크 {network}의 유형은 Overlay',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'ef8307c50a',
    'explanation': 'e64b7b3225',
    'fix.checkMatrix': 'cf337b1843',
    'fix.moveNode': '5eafcbc8e4',
    'fix.updateHost': '42f0c4f4cc',
    'why.expectedPolicy': '076b5a7e1b',
    'msg.calico2025': 'e49e257b72',
    'msg.overlayOld': '727e7d8ccb',
    'msg.calicoPod': 'c79eca8257',
    'msg.overlayNetwork': 'e573275fff',
  },
});
