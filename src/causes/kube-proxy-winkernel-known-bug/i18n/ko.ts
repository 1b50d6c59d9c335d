import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy가 해당 릴리스의 알려진 Windows(winkernel) 결함에 걸림',
    'explanation': 'kube-proxy의 여러 릴리스에 winkernel 프록시의 Windows 전용 결함이 있었고, 이후 패치 릴리스에서 수정되었습니다. 1.21은 듀얼 스택이 기본으로 켜지면서 호스트 MAC 주소를 찾다가 충돌했고, 일부 릴리스는 파드 삭제나 HNS 재시작 뒤에 오래되거나 중복된 HNS 로드 밸런서를 남겼으며, 1.19는 DSR을 지원하는 Windows Server 2019 빌드에서 DSR을 거부했습니다. kube-proxy를 업데이트할 때까지 노드의 서비스가 실패합니다.',
    'fix.upgradeKubeProxy': 'Windows 노드의 kube-proxy를 해당 마이너 버전의 최신 패치 릴리스로 옮깁니다(수정이 백포트되었습니다). 클러스터의 버전 차이 허용 범위 안에 유지합니다.',
    'fix.restartKubeProxy': '업그레이드 뒤 kube-proxy를 다시 시작합니다. 오래된 로드 밸런서가 남아 있으면 kube-proxy를 중지하고 제거한 뒤(Get-HnsPolicyList | Remove-HnsPolicyList 또는 hnsdiag delete loadbalancers) 다시 시작합니다.',
    'fix.workaround': '업그레이드 전까지는 해당 이슈에 나온 우회 방법을 씁니다(1.21의 MAC 조회라면 오버레이 노드에서 IPv6DualStack을 끄거나 노드 IP로 --bind-address를 지정합니다).',
    'why.hostMac': '1.21의 winkernel 프록시는 듀얼 스택이 기본으로 켜지면 지정되지 않은 주소의 호스트 MAC을 찾음',
    'why.lbExists': 'HNS가 아직 가진 로드 밸런서를 kube-proxy가 다시 만들었음. HNS 재시작과 관련된 결함',
    'why.dsrUnsupported': 'kube-proxy의 HNS 버전 확인이 DSR을 거부함. DSR을 지원하는 Windows Server 2019 빌드에서는 kube-proxy의 결함이었음',
    'msg.pod': '파드 {pod}의 kube-proxy가 알려진 winkernel 결함에 걸렸습니다. 이후 kube-proxy 패치 릴리스에서 수정되었습니다.',
    'msg.node': '{node}의 kube-proxy가 알려진 winkernel 결함에 걸렸습니다. 이후 kube-proxy 패치 릴리스에서 수정되었습니다.',
    'msg.version': '{node}의 kube-proxy 버전: {version}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '802682e0de',
    'explanation': '296d208414',
    'fix.upgradeKubeProxy': 'f4ccecd131',
    'fix.restartKubeProxy': 'd7222c03d6',
    'fix.workaround': '209cb06ffe',
    'why.hostMac': '687d26712c',
    'why.lbExists': '55428a7e5a',
    'why.dsrUnsupported': 'cc7ea37fdd',
    'msg.pod': 'c464a81ffa',
    'msg.node': '631fd38979',
    'msg.version': 'e3bd8ceecc',
  },
});
