import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드의 Windows 빌드에 알려진 컨테이너 네트워킹 결함이 있음',
    'explanation': '일부 Windows 누적 업데이트에는 이후 업데이트에서 수정된 컨테이너 네트워킹 회귀가 들어 있었습니다. 해당 빌드에서는 Kubernetes 객체가 모두 정상으로 보이는데도 파드나 서비스의 통신이 끊기며, 업데이트를 되돌리거나 수정 업데이트를 설치하면 통신이 돌아옵니다.',
    'fix.installFix': '수정이 포함된 누적 업데이트(결과에 표시된 빌드 또는 그 이후)를 설치하고 노드를 재부팅합니다. 관리형 클러스터에서는 노드 이미지를 업그레이드하거나 노드 풀을 교체합니다.',
    'fix.clearPolicies': '2020년 Windows Server 2019 결함의 경우, 노드를 업데이트하기 전까지 kube-proxy를 중지하고 HNS 정책 목록을 제거한 뒤(Get-HnsPolicyList | Remove-HnsPolicyList) kube-proxy를 다시 시작합니다.',
    'fix.holdUpdates': '새 누적 업데이트는 모든 노드에 배포하기 전에 Windows 노드 한 대에서 먼저 확인해, 네트워킹 회귀가 한 노드에만 머물게 합니다.',
    'why.decapLayer': 'DECAP_IN VFP 계층이 사라지는 것은 2020년 Windows Server 2019 업데이트의 회귀',
    'why.socketForbidden': '파드의 연결이 접근 권한 오류로 거부되는 현상은 2024년 Windows Server 2022 회귀에서도 나타남',
    'msg.decap2020': '노드 {node}는 {build}에서 실행 중입니다. 2020년 8~9월 업데이트의 Windows Server 2019 빌드로, HNS가 재시작되면 DECAP_IN VFP 계층이 사라져 파드에서 서비스로 가는 통신이 실패할 수 있습니다. 수정은 {fixed}(2020년 10월)에 포함되어 있습니다.',
    'msg.vfp2024': '노드 {node}는 {build}에서 실행 중입니다. 2024년 업데이트의 Windows Server 2022 빌드로, Calico 등에서 컨테이너 네트워킹이 깨졌습니다(파드에 도달할 수 없고 파드에서 밖으로 나가는 통신이 없음). 수정은 {fixed}(2024년 10월)에 포함되어 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2722ee99c1',
    'explanation': '77ce78812f',
    'fix.installFix': 'a5926610b3',
    'fix.clearPolicies': '5631031559',
    'fix.holdUpdates': 'cbb2743b8e',
    'why.decapLayer': 'b2f2b32764',
    'why.socketForbidden': 'a8d3fcd609',
    'msg.decap2020': '085700c93a',
    'msg.vfp2024': '317d5abda5',
  },
});
