import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드 재부팅 후 오래된 HNS 정책을 지울 때까지 파드 DNS가 실패함',
    'explanation': '오래된 Windows 클러스터(acs-engine 시절, HNS 정책 목록 사용)에서는 재부팅 전에 kube-proxy가 설정한 HNS 정책이 재부팅 후에도 남아, 새로 만들어진 네트워크와 더 이상 맞지 않게 됩니다. 재부팅할 때마다 오래된 정책이 제거되고 kube-proxy가 정책을 다시 설정할 때까지 파드에서 클러스터 DNS 서비스로 보내는 질의가 실패합니다. 노드에서 파드를 하나 더 실행해도 문제가 가려집니다.',
    'fix.nodeStopKube': '노드에서 kube-proxy와 kubelet을 중지합니다(Stop-Service kube-proxy; Stop-Service kubelet).',
    'fix.removeContainerNetwork': 'HNS 모듈로 컨테이너 네트워크와 정책 목록을 제거합니다: Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList',
    'fix.startKubeletKube': 'kubelet과 kube-proxy를 다시 시작한 다음 파드에서 DNS를 확인합니다(Resolve-DnsName kubernetes.default.svc.cluster.local).',
    'fix.acsEngineClusters': 'acs-engine 클러스터에서는 부팅할 때마다 정리 작업이 실행되도록 acs-engine#2378의 수정 사항을 적용하거나 클러스터를 다시 배포합니다.',
    'msg.booted': '노드 부팅 시각: {time}',
    'msg.bootedUp': '노드 부팅 시각: {time}(가동 시간 {uptime})',
    'msg.rebootedEvent': '{time}에 재부팅됨: {message}',
    'msg.dnsFailed': '{pod}에서 {target}의 DNS 조회에 실패했습니다',
    'msg.podsBeforeBoot': '{node}의 파드 대부분이 해당 부팅 이전에 시작되었습니다',
    'msg.policyLists': '노드에 HNS 정책 목록 {count}개가 있습니다',
    'msg.dnsVipMissing': '{node}에 클러스터 DNS 주소 {ip}를 처리하는 HNS 로드 밸런서가 없음',
    'msg.pod': '노드 {node} 재부팅 이후 {pod}에서 DNS가 실패합니다. 부팅 이전부터 남아 있는 오래된 HNS 정책이 알려진 원인입니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '64ffcf8701',
    'explanation': '78e2557ccb',
    'fix.nodeStopKube': '81e2b5337d',
    'fix.removeContainerNetwork': 'a609dab294',
    'fix.startKubeletKube': 'd451c08032',
    'fix.acsEngineClusters': '471ca167ec',
    'msg.booted': 'd747892798',
    'msg.bootedUp': 'ef4cf8b962',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.dnsFailed': '0d0d2d3012',
    'msg.podsBeforeBoot': '8591018cbf',
    'msg.policyLists': '5a08ad7bed',
    'msg.dnsVipMissing': 'b1c98d0f97',
    'msg.pod': '64f01f5c2a',
  },
});
