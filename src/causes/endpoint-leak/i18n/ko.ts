import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'HNS 엔드포인트 누수(노드의 파드 수보다 엔드포인트가 많음)',
    'explanation': 'Windows 노드의 각 파드는 HNS 엔드포인트 하나와 IP 주소 하나를 가집니다. 파드가 삭제될 때 엔드포인트가 남는 알려진 버그가 두 가지 있습니다. Kubernetes 1.11.0부터 1.11.2까지의 버그와, 18.09 이전 Docker EE의 엔드포인트 저장소에 있던 동시성 버그입니다. 누수된 엔드포인트는 IP 주소를 계속 점유하므로 노드의 파드 주소 범위가 가득 차고, 새 파드는 "failed to allocate for range" 오류로 실패합니다.',
    'fix.upgradeKubeletOff': 'kubelet을 1.11.0-1.11.2가 아닌 버전으로, Docker EE를 18.09 이상으로 업그레이드합니다(또는 containerd로 전환합니다).',
    'fix.drainNodeKubectl': '노드를 드레인합니다: kubectl drain <node> --ignore-daemonsets --delete-emptydir-data',
    'fix.nodeStopNode': '노드에서 노드 서비스를 중지하고(C:\\k\\stop.ps1 또는 Stop-Service kubelet, kube-proxy), 누수된 엔드포인트(Get-HnsEndpoint | Remove-HnsEndpoint)와 host-local IPAM 상태(그곳에 저장된다면 Remove-Item -Recurse C:\\var)를 제거합니다.',
    'fix.startServicesAgain': '서비스를 다시 시작하고 노드를 uncordon하여 스케줄링을 다시 허용합니다.',
    'msg.onePod': '파드 1개',
    'msg.pods': '파드 {count}개',
    'msg.kubeletBug': 'kubelet {version}에는 1.11.0-1.11.2의 엔드포인트 누수 버그가 있습니다',
    'msg.oldDocker': '컨테이너 런타임 docker://{version}은(는) 18.09보다 오래된 버전입니다(엔드포인트 저장소 동시성 버그)',
    'msg.localEndpoints': '노드의 {pods}에 대해 로컬 HNS 엔드포인트 {count}개({limit}개 초과)',
    'msg.endpoints': '노드의 {pods}에 대해 HNS 엔드포인트 {count}개({limit}개 초과)',
    'msg.orphans': '로컬 HNS 엔드포인트 {count}개가 노드의 어떤 Pod에도 속하지 않음(예: {addresses})',
    'msg.leak': '{node}에서 HNS 엔드포인트가 누수되고 있습니다. 엔드포인트 수가 파드 수보다 훨씬 많습니다.',
    'msg.buggyVersion': '{node}에서 HNS 엔드포인트 누수가 알려진 버전이 실행되고 있습니다(엔드포인트 수를 세려면 --probe를 붙여 실행합니다).',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '1617b3f9e1',
    'explanation': 'bcae082662',
    'fix.upgradeKubeletOff': '85e8dad824',
    'fix.drainNodeKubectl': 'e1994048ce',
    'fix.nodeStopNode': 'f8ee7bbf82',
    'fix.startServicesAgain': 'c1fa993850',
    'msg.onePod': '955e9c0e76',
    'msg.pods': 'eaeca5c1dd',
    'msg.kubeletBug': '1bb01f6c3e',
    'msg.oldDocker': '7c562ab3ec',
    'msg.localEndpoints': '9d23a2558d',
    'msg.endpoints': 'f88de3daf2',
    'msg.orphans': '8500f00dc5',
    'msg.leak': '6114c137b8',
    'msg.buggyVersion': '648b9d322f',
  },
});
