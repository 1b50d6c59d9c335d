import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 엔드포인트에서 서비스의 ClientIP 세션 어피니티가 무시되거나 깨짐',
    'explanation': 'Windows의 kube-proxy는 Kubernetes 1.19부터, 그리고 빌드 19551 이상인 호스트에서만 sessionAffinity: ClientIP를 적용하며, 이는 사실상 Windows Server 2022를 뜻합니다. Windows Server 2019 노드에서는 이 설정이 아무 표시 없이 무시되고 연결마다 따로 부하 분산되어 고정 세션이 깨집니다. 일부 Windows Server 2022 빌드에서는 호스트에 가상 스위치(VFP) 수정이 적용될 때까지 ClientIP 어피니티가 있는 로드 밸런서 서비스에 Windows 파드가 전혀 연결하지 못합니다.',
    'fix.moveToNewerNodes': '고정 세션이 필요한 워크로드는 최신 누적 업데이트가 적용된 Windows Server 2022 이상 노드에서 실행합니다.',
    'fix.dropAffinity': '서비스에 연결할 수 없는 Windows Server 2022 빌드에서는, 노드에 VFP 수정이 적용될 때까지 서비스에서 sessionAffinity를 제거합니다(연결별 부하 분산을 감수합니다).',
    'fix.stickyElsewhere': 'Windows Server 2019에서는 고정성을 kube-proxy에 맡기지 않습니다. 인그레스 컨트롤러나 애플리케이션이 세션을 유지하게 하거나, 노드마다 파드 하나를 두고 트래픽을 로컬 노드에 머물게 합니다.',
    'msg.ignored': "Service {service}는 ClientIP 세션 어피니티를 요청하지만, 선택된 파드 {count}개가 kube-proxy가 이 설정을 무시하는 Windows 노드({nodes})에서 실행됩니다. 연결마다 따로 부하 분산됩니다.",
    'msg.loadBalancer': "Service {service}는 ClientIP 세션 어피니티를 가진 LoadBalancer이며 Windows Server 2022 이상 노드({nodes})의 파드를 선택합니다. 가상 스위치(VFP) 수정이 없는 Windows 빌드에서는 Windows 파드가 이 Service에 연결할 수 없습니다.",
    'msg.service': "Service {service}({type})는 sessionAffinity: ClientIP를 가지며 Windows 노드의 파드 {count}개를 선택합니다",
    'msg.oldBuild': "노드 {node}는 {minimum}보다 오래된 Windows 빌드 {build}를 실행하므로 kube-proxy가 ClientIP 어피니티를 유지할 수 없습니다",
    'msg.oldKubeProxy': "노드 {node}는 {minimum}보다 오래된 kube-proxy {version}를 실행하므로 Windows 데이터 경로가 ClientIP 어피니티를 무시합니다",
    'msg.newBuild': "노드 {node}는 ClientIP 어피니티를 유지하는 Windows 빌드 {build}를 실행합니다",
    'msg.pod': "파드 {pod}는 {node}에서 실행됩니다",
    'msg.morePods': "Windows 노드에서 선택된 파드가 {count}개 더 있습니다",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '3ec0ae5cb0',
    'explanation': '901386627d',
    'fix.moveToNewerNodes': '21535bd999',
    'fix.dropAffinity': 'ee8b1f7594',
    'fix.stickyElsewhere': '2a565abf12',
    'msg.ignored': '8746470516',
    'msg.loadBalancer': '5f3eaa8d09',
    'msg.service': '8573a6006d',
    'msg.oldBuild': '022fac2bd2',
    'msg.oldKubeProxy': '3764c158c1',
    'msg.newBuild': '1d83f542f1',
    'msg.pod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});
