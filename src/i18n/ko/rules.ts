/** ko text for the keys of src/i18n/en/rules.ts and the rule texts (rules.<id>.title / .explanation / .fix.<n> / .why.<n>). */
export const rules: Readonly<Record<string, string>> = {
  // apiserver-unreachable
  'rules.apiserver-unreachable.title': '노드 또는 파드에서 API 서버에 연결할 수 없음(인증서 또는 주소 문제)',
  'rules.apiserver-unreachable.explanation':
    '클라이언트(kubelet, kube-proxy, flanneld 또는 클러스터 내부 애플리케이션)가 API 서버의 https://<address>:<port>와 통신하지 못합니다. 거의 항상 설정 문제입니다. kubeconfig의 서버 주소나 CA가 잘못되었거나, 자격 증명이 받아들여지지 않거나, API 서버 인증서에 해당 주소가 포함되어 있지 않은 경우입니다.',
  'rules.apiserver-unreachable.fix.1': '실패하는 구성 요소가 사용하는 kubeconfig(Windows kubelet이라면 보통 C:\\k\\config)를 열어 서버 주소와 포트를 확인합니다.',
  'rules.apiserver-unreachable.fix.2': 'certificate-authority-data가 클러스터 CA인지 확인합니다(컨트롤 플레인의 admin.conf 또는 ~/.kube/config와 비교합니다).',
  'rules.apiserver-unreachable.fix.3': '클라이언트가 사용하는 주소가 API 서버 인증서에 들어 있는지 확인합니다(서빙 인증서에 openssl x509 -noout -text를 실행합니다).',
  'rules.apiserver-unreachable.fix.4': '노드에서 Test-NetConnection <address> -Port <port>로 연결을 확인한 다음, 수정한 kubeconfig로 해당 구성 요소를 다시 시작합니다.',
  'rules.apiserver-unreachable.why.1': '클라이언트가 API 서버 인증서를 신뢰하지 않습니다. kubeconfig에 잘못된 CA가 들어 있습니다',
  'rules.apiserver-unreachable.why.2': 'API 서버 인증서가 만료되었거나 클라이언트가 사용하는 주소를 포함하지 않습니다',
  'rules.apiserver-unreachable.why.3': '클라이언트가 kubeconfig에 있는 API 서버 주소로 연결을 열지 못했습니다',
  'rules.apiserver-unreachable.why.4': 'API 서버의 TLS 검증에 실패했습니다',
  'rules.apiserver-unreachable.why.5': 'API 서버로 보낸 요청이 연결되지 못했습니다',
  'rules.apiserver-unreachable.why.6': '연결이 거부되었습니다(이것만으로는 어느 서비스에나 해당할 수 있습니다)',
  'rules.apiserver-unreachable.msg.pod': '파드 {pod}에서 API 서버에 연결할 수 없습니다(연결 또는 인증서 오류).',
  'rules.apiserver-unreachable.msg.node': '노드 {node}의 구성 요소가 API 서버에 연결할 수 없습니다(연결 또는 인증서 오류).',

  // dns-hns-policy-after-reboot
  'rules.dns-hns-policy-after-reboot.title': '노드 재부팅 후 오래된 HNS 정책을 지울 때까지 파드 DNS가 실패함',
  'rules.dns-hns-policy-after-reboot.explanation':
    '오래된 Windows 클러스터(acs-engine 시절, HNS 정책 목록 사용)에서는 재부팅 전에 kube-proxy가 설정한 HNS 정책이 재부팅 후에도 남아, 새로 만들어진 네트워크와 더 이상 맞지 않게 됩니다. 재부팅할 때마다 오래된 정책이 제거되고 kube-proxy가 정책을 다시 설정할 때까지 파드에서 클러스터 DNS 서비스로 보내는 질의가 실패합니다. 노드에서 파드를 하나 더 실행해도 문제가 가려집니다.',
  'rules.dns-hns-policy-after-reboot.fix.1': '노드에서 kube-proxy와 kubelet을 중지합니다(Stop-Service kube-proxy; Stop-Service kubelet).',
  'rules.dns-hns-policy-after-reboot.fix.2':
    'HNS 모듈로 컨테이너 네트워크와 정책 목록을 제거합니다: Get-HnsNetwork | Where-Object Name -eq <network name> | Remove-HnsNetwork; Get-HnsPolicyList | Remove-HnsPolicyList',
  'rules.dns-hns-policy-after-reboot.fix.3': 'kubelet과 kube-proxy를 다시 시작한 다음 파드에서 DNS를 확인합니다(Resolve-DnsName kubernetes.default.svc.cluster.local).',
  'rules.dns-hns-policy-after-reboot.fix.4': 'acs-engine 클러스터에서는 부팅할 때마다 정리 작업이 실행되도록 acs-engine#2378의 수정 사항을 적용하거나 클러스터를 다시 배포합니다.',
  'rules.dns-hns-policy-after-reboot.msg.booted': '노드 부팅 시각: {time}',
  'rules.dns-hns-policy-after-reboot.msg.bootedUp': '노드 부팅 시각: {time}(가동 시간 {uptime})',
  'rules.dns-hns-policy-after-reboot.msg.rebootedEvent': '{time}에 재부팅됨: {message}',
  'rules.dns-hns-policy-after-reboot.msg.dnsFailed': '{pod}에서 {target}의 DNS 조회에 실패했습니다',
  'rules.dns-hns-policy-after-reboot.msg.podsBeforeBoot': '{node}의 파드 대부분이 해당 부팅 이전에 시작되었습니다',
  'rules.dns-hns-policy-after-reboot.msg.policyLists': '노드에 HNS 정책 목록 {count}개가 있습니다',
  'rules.dns-hns-policy-after-reboot.msg.pod': '노드 {node} 재부팅 이후 {pod}에서 DNS가 실패합니다. 부팅 이전부터 남아 있는 오래된 HNS 정책이 알려진 원인입니다.',

  // dns-suffix-limitations
  'rules.dns-suffix-limitations.title': 'Windows DNS 제한: 검색 접미사 하나뿐, ClusterFirstWithHostNet 미지원',
  'rules.dns-suffix-limitations.explanation':
    'Windows 파드에는 자신의 네임스페이스에 해당하는 DNS 접미사(<namespace>.svc.cluster.local) 하나만 설정됩니다. 따라서 kubernetes.default나 svc.other-namespace처럼 일부만 정규화된 이름은 확인되지 않고, 정규화된 전체 이름(FQDN)과 같은 네임스페이스 안의 짧은 이름만 확인됩니다. dnsPolicy ClusterFirstWithHostNet은 Windows에서 지원되지 않습니다.',
  'rules.dns-suffix-limitations.fix.1': '다른 네임스페이스의 서비스에는 정규화된 전체 이름(<service>.<namespace>.svc.cluster.local)을, 같은 네임스페이스의 서비스에는 서비스 이름만 사용합니다.',
  'rules.dns-suffix-limitations.fix.2': 'Windows 파드의 dnsPolicy ClusterFirstWithHostNet을 ClusterFirst로 바꿉니다(호스트 DNS를 쓰려면 Default).',
  'rules.dns-suffix-limitations.fix.3': '파드 안에서 Resolve-DnsName으로 이름 확인을 테스트합니다(nslookup은 Windows 확인자의 일부 과정을 거치지 않습니다).',
  'rules.dns-suffix-limitations.why.1': 'Windows 파드의 DNS 접미사는 자신의 네임스페이스 하나뿐이므로 일부만 정규화된 이름은 확인되지 않습니다',
  'rules.dns-suffix-limitations.why.2': 'dnsPolicy ClusterFirstWithHostNet은 Windows 파드에서 지원되지 않습니다',
  'rules.dns-suffix-limitations.msg.hostNetPolicy': 'dnsPolicy: ClusterFirstWithHostNet(Windows에서 지원되지 않음)',
  'rules.dns-suffix-limitations.msg.resolves': '{target} 이름 확인 성공',
  'rules.dns-suffix-limitations.msg.doesNotResolve': '{target} 이름 확인 실패',
  'rules.dns-suffix-limitations.msg.singleSuffix': '파드 {pod}에서는 정규화된 전체 이름만 확인됩니다. Windows 파드에는 DNS 접미사가 하나만 설정됩니다({suffix}).',
  'rules.dns-suffix-limitations.msg.hostNetPod': '파드 {pod}에 Windows에서 지원되지 않는 dnsPolicy ClusterFirstWithHostNet이 설정되어 있습니다.',

  // endpoint-leak
  'rules.endpoint-leak.title': 'HNS 엔드포인트 누수(노드의 파드 수보다 엔드포인트가 많음)',
  'rules.endpoint-leak.explanation':
    'Windows 노드의 각 파드는 HNS 엔드포인트 하나와 IP 주소 하나를 가집니다. 파드가 삭제될 때 엔드포인트가 남는 알려진 버그가 두 가지 있습니다. Kubernetes 1.11.0부터 1.11.2까지의 버그와, 18.09 이전 Docker EE의 엔드포인트 저장소에 있던 동시성 버그입니다. 누수된 엔드포인트는 IP 주소를 계속 점유하므로 노드의 파드 주소 범위가 가득 차고, 새 파드는 "failed to allocate for range" 오류로 실패합니다.',
  'rules.endpoint-leak.fix.1': 'kubelet을 1.11.0-1.11.2가 아닌 버전으로, Docker EE를 18.09 이상으로 업그레이드합니다(또는 containerd로 전환합니다).',
  'rules.endpoint-leak.fix.2': '노드를 드레인합니다: kubectl drain <node> --ignore-daemonsets --delete-emptydir-data',
  'rules.endpoint-leak.fix.3':
    '노드에서 노드 서비스를 중지하고(C:\\k\\stop.ps1 또는 Stop-Service kubelet, kube-proxy), 누수된 엔드포인트(Get-HnsEndpoint | Remove-HnsEndpoint)와 host-local IPAM 상태(그곳에 저장된다면 Remove-Item -Recurse C:\\var)를 제거합니다.',
  'rules.endpoint-leak.fix.4': '서비스를 다시 시작하고 노드를 uncordon하여 스케줄링을 다시 허용합니다.',
  'rules.endpoint-leak.msg.onePod': '파드 1개',
  'rules.endpoint-leak.msg.pods': '파드 {count}개',
  'rules.endpoint-leak.msg.kubeletBug': 'kubelet {version}에는 1.11.0-1.11.2의 엔드포인트 누수 버그가 있습니다',
  'rules.endpoint-leak.msg.oldDocker': '컨테이너 런타임 docker://{version}은(는) 18.09보다 오래된 버전입니다(엔드포인트 저장소 동시성 버그)',
  'rules.endpoint-leak.msg.localEndpoints': '노드의 {pods}에 대해 로컬 HNS 엔드포인트 {count}개({limit}개 초과)',
  'rules.endpoint-leak.msg.endpoints': '노드의 {pods}에 대해 HNS 엔드포인트 {count}개({limit}개 초과)',
  'rules.endpoint-leak.msg.leak': '{node}에서 HNS 엔드포인트가 누수되고 있습니다. 엔드포인트 수가 파드 수보다 훨씬 많습니다.',
  'rules.endpoint-leak.msg.buggyVersion': '{node}에서 HNS 엔드포인트 누수가 알려진 버전이 실행되고 있습니다(엔드포인트 수를 세려면 --probe를 붙여 실행합니다).',

  // flannel-hostgw-azure-routes
  'rules.flannel-hostgw-azure-routes.title': 'Azure의 Flannel host-gw에는 노드 파드 서브넷마다 사용자 정의 경로가 필요함',
  'rules.flannel-hostgw-azure-routes.explanation':
    'Flannel host-gw 백엔드에서는 파드 패킷이 캡슐화되지 않은 채 파드 주소를 달고 노드를 나갑니다. Azure에서는 이 패킷이 Azure 가상 스위치를 거치는데, 가상 스위치는 모르는 주소를 버립니다. 따라서 서브넷의 경로 테이블이 각 노드의 파드 범위를 해당 노드로 보내지 않으면(다음 홉이 "가상 어플라이언스"인 사용자 정의 경로) 파드가 다른 노드나 인터넷에 연결할 수 없습니다. windbg는 Azure 경로 테이블을 읽을 수 없으므로 이런 경로가 필요한 구성임을 알려 줍니다.',
  'rules.flannel-hostgw-azure-routes.fix.1': '노드 서브넷용 경로 테이블을 만들고(az network route-table create --resource-group <rg> --name <table>) 서브넷에 연결합니다.',
  'rules.flannel-hostgw-azure-routes.fix.2':
    '노드마다 해당 노드를 다음 홉으로 하는 파드 범위 경로를 추가합니다: az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>',
  'rules.flannel-hostgw-azure-routes.fix.3': '각 노드의 네트워크 인터페이스에서 IP 전달을 사용하도록 설정합니다.',
  'rules.flannel-hostgw-azure-routes.fix.4': '또는 사용자 정의 경로가 필요 없는 오버레이 백엔드(Flannel vxlan)나 Azure CNI로 전환합니다.',
  'rules.flannel-hostgw-azure-routes.msg.backendProbed': 'net-conf.json의 Flannel 백엔드: host-gw',
  'rules.flannel-hostgw-azure-routes.msg.node': '노드 {node}: Azure에서 Flannel host-gw를 사용하고 있습니다. Azure 경로 테이블에 노드 파드 서브넷마다 사용자 정의 경로가 있어야만 이 노드의 파드가 노드 밖으로 통신할 수 있습니다.',
  'rules.flannel-hostgw-azure-routes.msg.nodeWithRoute': '노드 {node}: Azure에서 Flannel host-gw를 사용하고 있습니다. Azure 경로 테이블에 노드 파드 서브넷마다 사용자 정의 경로가 있어야만 이 노드의 파드가 노드 밖으로 통신할 수 있습니다(이 노드로 향하는 {cidr} 경로 필요).',

  // flannel-rejoin-stale-subnet
  'rules.flannel-rejoin-stale-subnet.title': '노드가 클러스터에 다시 참여하기 전의 Flannel SourceVip 파일이 남아 있음',
  'rules.flannel-rejoin-stale-subnet.explanation':
    '클러스터에서 제거되었던 노드가 다시 참여하면 Flannel은 새 파드 서브넷을 할당합니다. 그런데 C:\\k\\SourceVip.json과 C:\\k\\SourceVipRequest.json 파일에는 이전 서브넷의 소스 VIP가 그대로 남아 있고 kube-proxy가 계속 그 주소를 사용하므로, 노드 파드의 서비스 트래픽과 노드 간 트래픽이 끊깁니다.',
  'rules.flannel-rejoin-stale-subnet.fix.1': '노드를 드레인합니다: kubectl drain <node> --ignore-daemonsets',
  'rules.flannel-rejoin-stale-subnet.fix.2': '노드에서 오래된 파일을 삭제합니다: Remove-Item C:\\k\\SourceVip.json 및 Remove-Item C:\\k\\SourceVipRequest.json',
  'rules.flannel-rejoin-stale-subnet.fix.3': '현재 서브넷에서 소스 VIP를 받도록 flanneld와 kube-proxy를 다시 시작합니다(또는 노드 시작 스크립트를 다시 실행합니다).',
  'rules.flannel-rejoin-stale-subnet.fix.4': '노드의 스케줄링을 다시 허용하고(kubectl uncordon <node>) 노드 간 파드 트래픽을 확인합니다.',
  'rules.flannel-rejoin-stale-subnet.why.1': '노드가 다시 참여한 뒤에도 Flannel 소스 VIP 파일에 이전 파드 서브넷이 남아 있습니다',
  'rules.flannel-rejoin-stale-subnet.why.2': 'kube-proxy가 소스 VIP 엔드포인트를 만들지 못했습니다. 저장된 소스 VIP가 노드의 새 서브넷 밖에 있을 때 발생합니다',
  'rules.flannel-rejoin-stale-subnet.msg.podCidrRange': '노드 podCIDR {cidrs}',
  'rules.flannel-rejoin-stale-subnet.msg.staleFile': '{file}에 저장된 주소 {ip}이(가) {range} 범위를 벗어납니다',
  'rules.flannel-rejoin-stale-subnet.msg.node': '{node}에 이전 파드 서브넷의 Flannel 소스 VIP 파일이 아직 남아 있습니다({ips}).',


  // flannel-subnet-env-missing
  'rules.flannel-subnet-env-missing.title': '노드에 Flannel subnet.env가 없음',
  'rules.flannel-subnet-env-missing.explanation':
    'flanneld는 시작해서 서브넷을 할당받으면 노드 파드 서브넷을 /run/flannel/subnet.env(Windows에서는 C:\\run\\flannel\\subnet.env)에 기록합니다. flannel CNI 플러그인은 새 파드마다 이 파일을 읽으므로, flanneld가 제대로 시작되지 않으면 샌드박스 생성이 모두 실패하고 파드가 ContainerCreating 상태에 머뭅니다.',
  'rules.flannel-subnet-env-missing.fix.1': '노드에서 flanneld(서비스 또는 파드, 그리고 로그)를 확인하고 시작되지 않는 원인을 해결합니다: kubeconfig, NODE_NAME, --iface, 노드의 podCIDR.',
  'rules.flannel-subnet-env-missing.fix.2': 'flanneld를 다시 시작하고 C:\\run\\flannel\\subnet.env가 생길 때까지 기다립니다.',
  'rules.flannel-subnet-env-missing.fix.3': '임시 조치로만, C:\\run\\flannel\\subnet.env를 직접 작성합니다. FLANNEL_NETWORK, FLANNEL_SUBNET(노드 서브넷, 예: 10.244.4.1/24), FLANNEL_MTU, FLANNEL_IPMASQ를 넣습니다.',
  'rules.flannel-subnet-env-missing.fix.4': '멈춘 파드를 삭제하여 샌드박스가 다시 만들어지게 합니다.',
  'rules.flannel-subnet-env-missing.why.1': 'flannel CNI 플러그인은 subnet.env에서 노드 서브넷을 읽는데, flanneld가 이 파일을 기록하지 않았습니다',
  'rules.flannel-subnet-env-missing.why.2': 'flannel CNI 플러그인이 subnet.env를 불러오지 못했습니다',
  'rules.flannel-subnet-env-missing.why.3': 'flannel의 subnet.env 파일에 관한 메시지입니다',
  'rules.flannel-subnet-env-missing.msg.flanneldMissing': 'flanneld 서비스가 설치되어 있지 않습니다',
  'rules.flannel-subnet-env-missing.msg.flanneldState': 'flanneld 서비스 상태: {state}',
  'rules.flannel-subnet-env-missing.msg.flanneldUnknown': 'flanneld 서비스 상태를 알 수 없습니다',
  'rules.flannel-subnet-env-missing.msg.node': '노드 {node}에서 flannel을 사용하지만 {path} 파일이 없어 새 파드에 네트워크가 연결되지 않습니다.',
  'rules.flannel-subnet-env-missing.msg.notFound': '{path}: 찾을 수 없음',
  'rules.flannel-subnet-env-missing.msg.podOnNode': '파드 {pod}에 네트워크가 연결되지 않습니다. 노드 {node}에 flannel subnet.env가 없으므로 flanneld가 제대로 시작되지 않았습니다.',
  'rules.flannel-subnet-env-missing.msg.pod': '파드 {pod}에 네트워크가 연결되지 않습니다. 파드가 있는 노드에 flannel subnet.env가 없으므로 flanneld가 제대로 시작되지 않았습니다.',

  // flanneld-waiting-for-network
  'rules.flanneld-waiting-for-network.title': 'flanneld가 네트워크 생성을 기다리며 멈춤',
  'rules.flanneld-waiting-for-network.explanation':
    'Windows에서 flanneld는 HNS 네트워크를 만든 다음 노드 관리 IP로 그 네트워크를 다시 찾습니다. flannel v0.12.0 이전 버전에서는 관리 IP가 할당되기 전에 이 조회가 실행될 수 있었고, 그러면 flanneld가 네트워크를 끝내 찾지 못해 시작 스크립트가 "Waiting for the Network to be created"를 출력하며 계속 반복됩니다.',
  'rules.flanneld-waiting-for-network.fix.1': 'flanneld를 다시 시작합니다. start.ps1을 다시 실행하거나, NODE_NAME을 노드 이름으로, --iface를 노드 IP로 지정해 flanneld를 직접 시작합니다.',
  'rules.flanneld-waiting-for-network.fix.2': 'flanneld 인수를 확인합니다. --iface / -ManagementIP에는 eth0 같은 인터페이스 이름이 아니라 노드 IP 주소를 지정해야 합니다.',
  'rules.flanneld-waiting-for-network.fix.3': 'Windows 노드의 flannel을 경쟁 조건이 해결된 v0.12.0 이상으로 업그레이드합니다.',
  'rules.flanneld-waiting-for-network.why.1': 'flanneld가 노드 관리 IP가 설정되기 전에 그 IP로 HNS 네트워크를 조회했습니다(flannel v0.12.0에서 수정된 경쟁 조건)',
  'rules.flanneld-waiting-for-network.why.2': '노드 시작 스크립트가 flanneld의 HNS 네트워크 생성을 기다리고 있지만 flanneld가 아직 네트워크를 만들지 않았습니다',
  'rules.flanneld-waiting-for-network.msg.pod': '파드 {pod}의 flanneld가 노드 관리 IP로 HNS 네트워크를 찾지 못합니다.',
  'rules.flanneld-waiting-for-network.msg.node': '노드 {node}의 flanneld가 노드 관리 IP로 HNS 네트워크를 찾지 못합니다.',

  // hns-lb-port-exhaustion
  'rules.hns-lb-port-exhaustion.title': 'HNS 로드 밸런서로 인한 동적 TCP 포트 범위 고갈',
  'rules.hns-lb-port-exhaustion.explanation':
    'kube-proxy는 모든 Windows 노드에 서비스 포트마다 HNS 로드 밸런서를 하나씩 만들고, DSR(Direct Server Return)을 사용하지 않는 로드 밸런서는 각각 동적(임시) TCP 포트 범위에서 포트를 예약합니다. 서비스가 많으면 이 범위가 고갈되고, 그러면 HNS가 "The specified port already exists" 오류로 새 정책을 거부하여 해당 서비스가 그 노드에서 동작하지 않습니다.',
  'rules.hns-lb-port-exhaustion.fix.1': 'kube-proxy에서 DSR(Direct Server Return)을 켜고(--enable-dsr=true, 이 게이트가 기본으로 켜져 있지 않은 버전에서는 --feature-gates=WinDSR=true도 지정) kube-proxy를 다시 시작합니다.',
  'rules.hns-lb-port-exhaustion.fix.2': '임시 조치로 동적 포트 범위를 넓힙니다: netsh int ipv4 set dynamicportrange tcp <start> <count>. 이때 NodePort나 호스트 서비스가 쓰지 않는 범위를 고릅니다.',
  'rules.hns-lb-port-exhaustion.fix.3': 'DSR을 쓰지 않는 로드 밸런서끼리 포트 풀을 공유하게 해 주는 KB4551853 또는 그 이후의 누적 업데이트를 설치합니다.',
  'rules.hns-lb-port-exhaustion.fix.4': '실패한 정책이 다시 만들어지도록 kube-proxy를 다시 시작하거나 노드를 재부팅하고, 파드에서 서비스 요청을 보내 정상 동작을 확인합니다.',
  'rules.hns-lb-port-exhaustion.why.1': '포트가 이미 사용 중이어서 HNS가 로드 밸런서를 거부했습니다. 동적 포트 범위가 고갈되었거나 포트 하나가 겹친 경우입니다(--probe로 어느 쪽인지 알 수 있습니다)',
  'rules.hns-lb-port-exhaustion.why.2': 'HNS에서 예약할 수 있는 포트가 부족하거나 포트가 충돌했습니다',
  'rules.hns-lb-port-exhaustion.msg.portRange': '동적 TCP 포트 범위 {start}-{end}(포트 {count}개)',
  'rules.hns-lb-port-exhaustion.msg.reservations': '64포트 예약 {attempted}회 중 {succeeded}회 성공',
  'rules.hns-lb-port-exhaustion.msg.loadBalancers': 'HNS 로드 밸런서 {count}개',
  'rules.hns-lb-port-exhaustion.msg.reservationError': '포트 예약 오류: {error}',
  'rules.hns-lb-port-exhaustion.msg.kubeProxyDsrOn': 'kube-proxy 실행 옵션: {flags}(DSR 켜짐)',
  'rules.hns-lb-port-exhaustion.msg.kubeProxyDsrOff': 'kube-proxy 실행 옵션: {flags}(DSR 꺼짐)',
  'rules.hns-lb-port-exhaustion.msg.exhausted': '{node}의 동적 TCP 포트 범위가 고갈되었습니다. 64포트 예약 {attempted}회 중 {succeeded}회만 성공했으므로 새 HNS 로드 밸런서를 만들 수 없습니다.',
  'rules.hns-lb-port-exhaustion.msg.atRisk': '{node}에서 DSR을 쓰지 않는 HNS 로드 밸런서 {count}개가 동적 포트 {ports}개를 나눠 쓰고 있어 포트 범위가 고갈될 위험이 있습니다.',

  // hns-network-missing
  'rules.hns-network-missing.title': 'HNS 컨테이너 네트워크 또는 해당 vEthernet 어댑터가 없음',
  'rules.hns-network-missing.explanation':
    'Windows 컨테이너 네트워킹에는 HNS(Host Network Service) 네트워크(cbr0, vxlan0, azure 등)와 HNS가 그 네트워크용으로 호스트에 만드는 vEthernet 어댑터가 필요합니다. 예를 들어 호스트에 없는 인터페이스 이름이 스크립트에 전달되어 노드 설정 과정에서 이들을 만들지 못하면, kubelet이 네트워크 어댑터를 찾지 못해 노드가 NotReady 상태에 머물고 파드에 네트워크가 연결되지 않습니다.',
  'rules.hns-network-missing.fix.1': '노드에서 네트워크와 어댑터 목록을 확인합니다: Get-HnsNetwork | Select-Object Name, Type 및 Get-NetAdapter | Where-Object Name -Like "vEthernet (*"',
  'rules.hns-network-missing.fix.2': '노드 설정에 사용한 어댑터 이름(start.ps1 또는 CNI 설치 스크립트의 InterfaceName 매개 변수)을 Get-NetAdapter 결과와 비교합니다. 호스트 NIC 이름이 "Ethernet"이 아니면 실제 이름을 전달합니다.',
  'rules.hns-network-missing.fix.3': '설정 스크립트의 출력(start-kubelet.ps1, CNI DaemonSet 파드 로그 또는 flanneld 로그)에서 네트워크 생성을 멈추게 한 오류를 찾습니다.',
  'rules.hns-network-missing.fix.4': 'HNS 네트워크와 vEthernet 어댑터가 다시 만들어지도록 네트워크 설정을 다시 실행합니다(flanneld 또는 CNI 파드를 다시 시작하거나 설정 스크립트를 다시 실행).',
  'rules.hns-network-missing.fix.5': '노드가 Ready를 보고하고 새 파드가 IP 주소를 받는지 확인합니다.',
  'rules.hns-network-missing.why.1': 'HNS가 컨테이너 네트워크를 구성할 호스트 어댑터를 찾지 못했습니다',
  'rules.hns-network-missing.why.2': 'kube-proxy가 이름으로 HNS 네트워크를 찾았지만 해당 네트워크가 없습니다',
  'rules.hns-network-missing.why.3': '컨테이너 네트워크가 없어서 HNS 호출이 실패했습니다',
  'rules.hns-network-missing.why.4': 'kubelet이 컨테이너 네트워크용 가상 네트워크 어댑터를 찾지 못했습니다',
  'rules.hns-network-missing.why.5': '노드 설정 스크립트에 호스트에 없는 InterfaceName이 전달되었습니다',
  'rules.hns-network-missing.why.6': '아직 CNI 구성이 없습니다. 노드에 컨테이너 네트워크가 설정된 적이 없거나 CNI 파드가 시작되지 않았습니다',
  'rules.hns-network-missing.why.7': 'CNI 플러그인이 초기화되지 않았습니다. 컨테이너 네트워크가 만들어지지 않았습니다',
  'rules.hns-network-missing.msg.noNetworks': 'HNS 네트워크가 하나도 없음',
  'rules.hns-network-missing.msg.networks': 'HNS 네트워크: {networks}',
  'rules.hns-network-missing.msg.noNetworkOfType': '{types} 네트워크 없음',
  'rules.hns-network-missing.msg.noNetworkButNat': 'nat 외의 네트워크 없음',
  'rules.hns-network-missing.msg.noContainerNetwork': '{node}에 HNS 컨테이너 네트워크가 없습니다.',
  'rules.hns-network-missing.msg.noAdapters': '없음',
  'rules.hns-network-missing.msg.noAdapter': 'nat 외의 vEthernet 어댑터 없음(어댑터: {adapters})',
  'rules.hns-network-missing.msg.noContainerAdapter': '{node}에 컨테이너 네트워크용 vEthernet 어댑터가 없습니다.',
  'rules.hns-network-missing.msg.readyCondition': 'Ready={status}({reason}): {message}',
  'rules.hns-network-missing.msg.noReason': '사유 없음',
  'rules.hns-network-missing.msg.networkMissing': '컨테이너 네트워크가 없습니다.',
  'rules.hns-network-missing.msg.missing': '{node}에 컨테이너 네트워크(HNS 네트워크 / vEthernet 어댑터)가 없습니다.',
  'rules.hns-network-missing.msg.notInitialised': '{node}에서 네트워크 플러그인이 초기화되지 않았다고 보고합니다. HNS 컨테이너 네트워크가 만들어지지 않았을 가능성이 높습니다(확인하려면 --probe를 붙여 실행합니다).',

  // hns-stale-objects
  'rules.hns-stale-objects.title': 'OS 업데이트 후 HNS 네트워크 또는 엔드포인트가 오래된 상태로 남음',
  'rules.hns-stale-objects.explanation':
    'HNS(Host Networking Service)는 네트워크와 엔드포인트를 디스크에 저장합니다. HNS가 바뀌는 Windows 업데이트를 설치했거나 개체를 직접 편집한 경우, 이전 버전이 만든 개체가 설치된 버전과 더 이상 맞지 않아 그 개체에 대한 모든 HNS 호출이 "The wrong diskette is in the drive" 오류로 실패합니다.',
  'rules.hns-stale-objects.fix.1': '노드를 드레인합니다(kubectl drain <node> --ignore-daemonsets).',
  'rules.hns-stale-objects.fix.2': 'HNS 개체 목록을 확인하고(hnsdiag list networks, hnsdiag list endpoints) 오래된 개체를 삭제합니다(hnsdiag delete networks <id>, hnsdiag delete endpoints <id>).',
  'rules.hns-stale-objects.fix.3': 'Windows Server 2019 이상에서 이것으로 부족하면 Stop-Service hns를 실행하고 C:\\ProgramData\\Microsoft\\Windows\\HNS\\HNS.data를 삭제한 다음 Start-Service hns를 실행합니다.',
  'rules.hns-stale-objects.fix.4': '네트워크가 다시 만들어지도록 노드 서비스(kubelet, kube-proxy, CNI 데몬)를 다시 시작한 다음 노드의 스케줄링을 다시 허용합니다(kubectl uncordon <node>).',
  'rules.hns-stale-objects.why.1': '저장된 네트워크나 엔드포인트를 이전 HNS 버전이 기록한 경우 HNS는 "wrong diskette"으로 응답합니다',
  'rules.hns-stale-objects.why.2': 'HNS(Host Networking Service) 호출이 실패했습니다',
  'rules.hns-stale-objects.msg.pod': '파드 {pod}에 네트워크를 연결할 수 없습니다. 파드가 있는 노드의 HNS가 이전 HNS 버전에서 남은 개체를 보고합니다.',
  'rules.hns-stale-objects.msg.node': '노드 {node}의 HNS가 이전 HNS 버전에서 남은 개체를 보고합니다.',

  // hostport-cni-capability
  'rules.hostport-cni-capability.title': 'hostPort에는 portMappings 기능을 갖춘 CNI 플러그인 v0.8.6 이상이 필요함',
  'rules.hostport-cni-capability.explanation':
    'Windows에서 컨테이너의 hostPort는 CNI 플러그인이 포트 매핑을 지원하고(v0.8.6부터의 참조 플러그인 win-bridge / win-overlay) CNI 구성에 "capabilities": {"portMappings": true}가 선언되어 있을 때만 게시됩니다. 그렇지 않으면 파드는 정상적으로 시작되지만 노드 포트에서 아무것도 수신하지 않습니다.',
  'rules.hostport-cni-capability.fix.1': '노드의 CNI 플러그인을 v0.8.6 이상(또는 사용 중인 CNI의 최신 릴리스)으로 업그레이드합니다.',
  'rules.hostport-cni-capability.fix.2': '모든 Windows 노드에서 CNI 구성의 플러그인 항목에 "capabilities": {"portMappings": true}를 추가합니다.',
  'rules.hostport-cni-capability.fix.3': 'hostPort를 사용하는 파드를 다시 만들어 포트 매핑이 설정되게 합니다.',
  'rules.hostport-cni-capability.fix.4': '가능하면 hostPort 대신 NodePort 또는 LoadBalancer 서비스로 파드를 노출합니다.',
  'rules.hostport-cni-capability.msg.noPortMappings': 'CNI 구성에 capabilities.portMappings가 선언되어 있지 않습니다',
  'rules.hostport-cni-capability.msg.noPortMappingsIn': 'CNI 구성 {file}에 capabilities.portMappings가 선언되어 있지 않습니다',
  'rules.hostport-cni-capability.msg.oldPlugin': 'CNI 플러그인 {plugin}의 버전 {version}은(는) {minimum}보다 오래되었습니다',
  'rules.hostport-cni-capability.msg.hostPort': '컨테이너 {container}에서 hostPort {hostPort} -> containerPort {containerPort}/{protocol} 게시',
  'rules.hostport-cni-capability.msg.notPublished': '{pod}의 hostPort가 게시되지 않았습니다. {node}의 CNI가 포트 매핑을 지원하지 않습니다.',
  'rules.hostport-cni-capability.msg.reminder': '{pod}에서 Windows 노드 {node}의 hostPort를 사용합니다. hostPort는 portMappings를 선언한 CNI 플러그인 v0.8.6 이상에서만 동작합니다(노드를 확인하려면 --probe를 붙여 실행합니다).',


  // hyperv-isolation-annotation
  'rules.hyperv-isolation-annotation.title': '파드가 폐기된 실험적 Hyper-V 격리 어노테이션을 사용함',
  'rules.hyperv-isolation-annotation.explanation':
    'experimental.windows.kubernetes.io/isolation-type: hyperv 어노테이션은 Docker 시절의 알파 기능으로, 지금은 적용되지 않습니다. 이 어노테이션이 있는 파드는 프로세스 격리로 실행되므로, 다른 Windows 빌드의 이미지는 어노테이션이 없을 때와 똑같이 실패합니다. 이제 Hyper-V 격리는 RuntimeClass로 요청합니다.',
  'rules.hyperv-isolation-annotation.fix.1': '워크로드 템플릿에서 이 어노테이션을 제거합니다.',
  'rules.hyperv-isolation-annotation.fix.2': 'containerd에서 Hyper-V 격리를 선택하는 핸들러(Hyper-V 런타임 옵션으로 구성한 런타임 핸들러)를 지정한 RuntimeClass를 만듭니다.',
  'rules.hyperv-isolation-annotation.fix.3': '파드 스펙의 runtimeClassName을 그 RuntimeClass로 설정합니다.',
  'rules.hyperv-isolation-annotation.msg.pod': '파드 {pod}에서 더 이상 적용되지 않는 폐기된 어노테이션으로 Hyper-V 격리를 요청합니다.',
  'rules.hyperv-isolation-annotation.msg.noRuntimeClass': 'runtimeClassName이 설정되어 있지 않습니다',

  // icmp-not-supported
  'rules.icmp-not-supported.title': 'Windows 파드에서 클러스터 외부로의 ping은 지원되지 않음',
  'rules.icmp-not-supported.explanation':
    'Windows 파드에는 TCP와 UDP에 대한 아웃바운드 NAT 규칙만 설정됩니다. 클러스터 네트워크 밖의 대상으로 가는 ICMP는 설정되지 않으므로, 실제 트래픽은 정상이어도 ping은 실패합니다. 따라서 Windows 파드에서 ping이 실패했다고 해서 연결에 문제가 있다는 뜻은 아닙니다.',
  'rules.icmp-not-supported.fix.1': 'ping 대신 TCP로 외부 연결을 테스트합니다: curl.exe <address>, 또는 PowerShell 이미지에서 Test-NetConnection <address> -Port 443',
  'rules.icmp-not-supported.fix.2': 'ping 기반의 상태 확인이나 준비성 검사를 TCP 또는 HTTP 프로브로 바꿉니다.',
  'rules.icmp-not-supported.fix.3': 'TCP도 실패한다면 CNI의 OutBoundNAT ExceptionList를 확인합니다(outbound-nat-exceptionlist 참고).',
  'rules.icmp-not-supported.why.1': '파드에서 보낸 Windows ping에 응답이 없습니다. Windows 파드의 아웃바운드 ICMP는 설정되지 않습니다',
  'rules.icmp-not-supported.why.2': 'Windows ping 패킷이 모두 손실되었습니다. Windows 파드에서 나가는 ICMP라면 예상된 결과입니다',
  'rules.icmp-not-supported.why.3': 'Windows ping 출력입니다. Windows 파드에서 외부 주소로 보내는 ICMP는 지원되지 않습니다',
  'rules.icmp-not-supported.msg.pod': '{pod}에서 {host}에 보낸 ping은 실패하지만 같은 주소에 대한 TCP 연결은 성공합니다. Windows 파드에서 ping은 올바른 연결 테스트 방법이 아닙니다.',
  'rules.icmp-not-supported.msg.icmpFailed': '{target}에 보낸 ICMP 에코 실패',
  'rules.icmp-not-supported.msg.tcpSucceeded': '{target}에 TCP 연결 성공',
  'rules.icmp-not-supported.msg.tcpSucceededDetail': '{target}에 TCP 연결 성공({detail})',

  // image-os-mismatch
  'rules.image-os-mismatch.title': '컨테이너 이미지가 노드의 Windows 빌드 또는 OS와 맞지 않음',
  'rules.image-os-mismatch.explanation':
    '프로세스 격리(기본값)에서는 Windows 컨테이너 이미지가 노드와 같은 Windows 빌드용으로 빌드되어야 합니다. Server 2019(1809) 이미지는 Server 2022 노드에서 시작되지 않으며, 그 반대도 마찬가지입니다. 이 경우 이미지 풀이나 컨테이너 생성이 실패하며, Windows 노드에 배치된 Linux 이미지도 같은 방식으로 실패합니다.',
  'rules.image-os-mismatch.fix.1': '이미지 태그(ltsc2019/1809, ltsc2022, ltsc2025 등)를 노드 빌드(node.kubernetes.io/windows-build 레이블 또는 kubectl get node -o wide)와 비교합니다.',
  'rules.image-os-mismatch.fix.2': '빌드가 일치하는 노드에 워크로드를 스케줄링합니다: nodeSelector node.kubernetes.io/windows-build: "10.0.<build>"를 추가합니다(또는 이 셀렉터를 포함한 RuntimeClass를 사용합니다).',
  'rules.image-os-mismatch.fix.3': '또는 노드 빌드의 기본 이미지로 이미지를 다시 빌드하거나 태그를 다시 지정합니다(클러스터의 모든 빌드를 포함하는 멀티 아키텍처 매니페스트가 가장 좋습니다).',
  'rules.image-os-mismatch.fix.4': '이미지를 더 새로운 호스트 빌드에서 실행해야 한다면 Hyper-V 격리로 실행하는 핸들러를 지정한 RuntimeClass를 사용합니다(containerd).',
  'rules.image-os-mismatch.why.1': '이미지가 다른 Windows 빌드용으로 빌드되어 워크로드 컨테이너가 거부되었습니다(프로세스 격리에는 호스트와 같은 빌드가 필요합니다)',
  'rules.image-os-mismatch.why.2': '런타임이 이미지 빌드와 호스트 빌드를 비교한 결과 서로 다릅니다',
  'rules.image-os-mismatch.why.3': '이미지가 이 Windows 노드와 다른 운영 체제용으로 빌드되었습니다',
  'rules.image-os-mismatch.why.4': '이미지에 이 Windows 빌드용 매니페스트가 없습니다',
  'rules.image-os-mismatch.why.5': '이미지에 이 노드 플랫폼(Windows 빌드, OS 또는 CPU 아키텍처)용 변형이 없습니다',
  'rules.image-os-mismatch.why.6': '호스트 컴퓨팅 서비스가 컨테이너 생성을 거부했습니다',
  'rules.image-os-mismatch.msg.processIsolation': '컨테이너 {container}의 이미지 {image}는(은) {imageBuild}용 빌드이고 노드는 {host}입니다. 프로세스 격리에는 같은 빌드가 필요합니다',
  'rules.image-os-mismatch.msg.hyperVNewer': '컨테이너 {container}의 이미지 {image}는(은) {imageBuild}용 빌드이고 노드는 {host}입니다. Hyper-V 격리로도 더 새로운 빌드는 실행할 수 없습니다',
  'rules.image-os-mismatch.msg.linuxImage': '컨테이너 {container}의 이미지 {image}는(은) Windows 노드를 선택하는 파드에 들어 있는 Linux 전용 이미지입니다',
  'rules.image-os-mismatch.msg.cannotRun': '파드 {pod}에서 {build}에서는 실행할 수 없는 이미지를 사용합니다.',
  'rules.image-os-mismatch.msg.cannotRunOnNode': '파드 {pod}에서 해당 노드에서는 실행할 수 없는 이미지를 사용합니다.',
  'rules.image-os-mismatch.msg.doesNotMatch': '파드 {pod}의 이미지가 {build}와(과) 맞지 않아 실패합니다.',
  'rules.image-os-mismatch.msg.doesNotMatchNode': '파드 {pod}의 이미지가 해당 노드와 맞지 않아 실패합니다.',

  // ip-range-exhausted
  'rules.ip-range-exhausted.title': '노드의 파드 IP 범위가 고갈됨',
  'rules.ip-range-exhausted.explanation':
    '각 노드는 자신의 범위에서 파드 주소를 나눠 줍니다. 범위를 다 쓰면(대개 삭제된 파드의 주소가 해제되지 않아서, 즉 HNS 엔드포인트나 IPAM 기록이 누수되어서) 샌드박스 생성이 "failed to allocate for range" 오류로 실패하고, 실제로 실행 중인 파드는 적은데도 새 파드가 ContainerCreating 상태에 머뭅니다.',
  'rules.ip-range-exhausted.fix.1': '노드에서 실행 중인 파드 수를 파드 범위의 크기와 비교합니다(kubectl get node <node> -o jsonpath="{.spec.podCIDR}").',
  'rules.ip-range-exhausted.fix.2': '노드를 드레인합니다(kubectl drain <node> --ignore-daemonsets).',
  'rules.ip-range-exhausted.fix.3': '오래된 HNS 엔드포인트(hnsdiag list endpoints / hnsdiag delete endpoints <id>)와 host-local IPAM 상태(c:\\var\\lib\\cni 또는 c:\\var 아래의 networks 폴더)를 제거합니다.',
  'rules.ip-range-exhausted.fix.4': '컨테이너 런타임과 kubelet을 다시 시작한 다음 노드의 스케줄링을 다시 허용합니다(kubectl uncordon <node>).',
  'rules.ip-range-exhausted.why.1': 'host-local IPAM이 노드 파드 범위에서 빈 주소를 찾지 못했습니다',
  'rules.ip-range-exhausted.why.2': '노드 파드 범위의 모든 주소가 사용 중으로 기록되어 있습니다',
  'rules.ip-range-exhausted.why.3': 'IPAM 플러그인에 이 노드에 줄 수 있는 빈 파드 주소가 남아 있지 않습니다',
  'rules.ip-range-exhausted.msg.podOnNode': '파드 {pod}에 IP 주소가 할당되지 않습니다. 노드 {node}의 파드 범위가 고갈되었습니다.',
  'rules.ip-range-exhausted.msg.pod': '파드 {pod}에 IP 주소가 할당되지 않습니다. 파드가 있는 노드의 파드 범위가 고갈되었습니다.',
  'rules.ip-range-exhausted.msg.podCidr': '노드 {node}의 podCIDR {cidr}, 이 노드에 바인딩된 파드 {count}개',

  // kube-proxy-hostname-override
  'rules.kube-proxy-hostname-override.title': 'kube-proxy가 올바른 --hostname-override 없이 실행됨',
  'rules.kube-proxy-hostname-override.explanation':
    'Windows에서 kube-proxy는 로컬 엔드포인트와 원격 엔드포인트를 구분하기 위해 자신이 실행 중인 노드의 이름을 알아야 합니다. --hostname-override가 없거나 노드 오브젝트와 다른 이름이 지정되면(예: 노드는 FQDN으로 등록되었는데 짧은 호스트 이름을 쓰는 경우) 노드 자신의 파드 엔드포인트를 외부 엔드포인트로 취급하여, 얼마 뒤 컨테이너 vNIC와 HNS 엔드포인트가 삭제됩니다.',
  'rules.kube-proxy-hostname-override.fix.1': 'Kubernetes에 등록된 노드 이름을 확인합니다: kubectl get node -o wide',
  'rules.kube-proxy-hostname-override.fix.2':
    'kube-proxy를 --hostname-override=<해당 노드 이름>으로 시작합니다(서비스라면 sc.exe config kube-proxy binPath= "... --hostname-override=<name>" 또는 nssm set kube-proxy AppParameters ..., DaemonSet이라면 다운워드(Downward) API로 NODE_NAME을 전달합니다).',
  'rules.kube-proxy-hostname-override.fix.3': 'kube-proxy를 다시 시작하고 로그에 "Failed to retrieve node info" 줄이 없는지 확인합니다.',
  'rules.kube-proxy-hostname-override.fix.4': '이 노드에서 네트워크를 잃은 파드를 다시 만듭니다.',
  'rules.kube-proxy-hostname-override.why.1': 'kube-proxy가 노드 이름이 아닌 이름으로 자신을 조회했습니다',
  'rules.kube-proxy-hostname-override.why.2': 'kube-proxy가 자신의 노드 오브젝트를 찾지 못했습니다. 대개 --hostname-override가 없거나 잘못되었기 때문입니다',
  'rules.kube-proxy-hostname-override.why.3': 'kube-proxy가 자신의 노드 이름을 모르면 컨테이너 HNS 엔드포인트가 사라집니다',
  'rules.kube-proxy-hostname-override.msg.noOverride': 'kube-proxy가 --hostname-override 없이 실행되고 있습니다',
  'rules.kube-proxy-hostname-override.msg.otherOverride': 'kube-proxy 실행 옵션은 --hostname-override={override}이지만 노드 이름은 {node}입니다',
  'rules.kube-proxy-hostname-override.msg.nodeNoOverride': '{node}의 kube-proxy가 --hostname-override 없이 실행되고 있어 이 노드 파드의 HNS 엔드포인트가 삭제될 수 있습니다.',
  'rules.kube-proxy-hostname-override.msg.nodeOtherOverride': '{node}의 kube-proxy가 노드 이름이 아닌 호스트 이름("{override}")을 사용하고 있어 이 노드 파드의 HNS 엔드포인트가 삭제될 수 있습니다.',

  // mac-spoofing-disabled
  'rules.mac-spoofing-disabled.title': '노드 VM에서 MAC 주소 스푸핑이 꺼져 있어 파드가 노드 밖으로 통신하지 못함',
  'rules.mac-spoofing-disabled.explanation':
    '브리지 방식 컨테이너 네트워크의 Windows 파드(그리고 Hyper-V 격리 컨테이너)는 자신의 MAC 주소로 된 프레임을 VM의 네트워크 어댑터를 통해 보냅니다. MAC 주소 스푸핑을 허용하지 않는 하이퍼바이저(Hyper-V의 "MAC 주소 스푸핑 사용", vSphere 포트 그룹의 MAC 주소 변경 / 위조 전송, VirtualBox의 무차별 모드)는 이 프레임을 버리므로, 파드가 API 서버에도 서비스에도 연결하지 못합니다.',
  'rules.mac-spoofing-disabled.fix.1': '노드 VM이 실행되는 하이퍼바이저 호스트를 확인합니다.',
  'rules.mac-spoofing-disabled.fix.2':
    'VM의 모든 네트워크 어댑터에서 MAC 주소 스푸핑을 허용합니다. Hyper-V: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On, vSphere: 포트 그룹에서 MAC 주소 변경과 위조 전송을 허용, VirtualBox: 무차별 모드를 "모두 허용(Allow All)"으로 설정합니다.',
  'rules.mac-spoofing-disabled.fix.3': '노드의 파드를 다시 만들거나 노드를 다시 시작한 다음 kubectl windbg pod <name> --probe로 다시 테스트합니다.',
  'rules.mac-spoofing-disabled.why.1': '파드가 어떤 연결도 열지 못했습니다. MAC 주소 스푸핑이 꺼진 VM 노드에서는 파드가 노드 밖으로 통신하지 못합니다',
  'rules.mac-spoofing-disabled.msg.virtualMachine': '노드가 가상 머신입니다(제조사 {manufacturer}, 모델 {model})',
  'rules.mac-spoofing-disabled.msg.vsphereVm': '노드가 vSphere VM입니다(providerID {providerID})',
  'rules.mac-spoofing-disabled.msg.apiServerFailed': 'API 서버 {target}에 TCP 연결 실패',
  'rules.mac-spoofing-disabled.msg.clusterIpFailed': 'ClusterIP {target}에 TCP 연결 실패',
  'rules.mac-spoofing-disabled.msg.tcpFailed': '{target}에 TCP 연결 실패',
  'rules.mac-spoofing-disabled.msg.pod': '{pod}에서 VM인 노드 {node} 밖으로 전혀 통신하지 못합니다. 노드의 네트워크 어댑터에서 MAC 주소 스푸핑이 꺼져 있을 가능성이 높습니다.',

  // memory-overcommit
  'rules.memory-overcommit.title': 'Windows 노드 메모리가 초과 할당될 수 있음(예약 또는 제한 없음)',
  'rules.memory-overcommit.explanation':
    'Windows에는 OOM killer가 없고, Windows 노드는 MemoryPressure를 보고하지 않습니다. 파드가 노드의 메모리보다 많이 사용하면 Windows는 디스크로 페이징하고, kubelet을 포함한 노드 전체가 느려집니다. 노드는 시스템용 메모리를 남겨 두어야 하고(--kube-reserved / --system-reserved로 약 2GiB), 모든 컨테이너에는 메모리 제한을 두어야 합니다. 제한은 요청과 같게 두는 것이 가장 좋습니다.',
  'rules.memory-overcommit.fix.1': '모든 Windows 노드에서 메모리를 예약합니다. kubelet을 --system-reserved=memory=2Gi(또는 --kube-reserved, 둘 다도 가능)로 시작하거나 kubelet 구성에서 systemReserved/kubeReserved를 설정합니다.',
  'rules.memory-overcommit.fix.2': '모든 Windows 컨테이너에 resources.limits.memory를 지정하고, 가능하면 resources.requests.memory와 같은 값으로 둡니다.',
  'rules.memory-overcommit.fix.3': 'Windows 워크로드가 실행되는 네임스페이스에 LimitRange를 두어 제한이 없는 컨테이너에 기본값이 적용되게 합니다.',
  'rules.memory-overcommit.msg.node': '노드 {node}에서는 메모리 {capacity} 중 {reserved}만 시스템용으로 예약되어 있습니다. 파드가 메모리를 모두 차지할 수 있고, 그러면 Windows는 축출 대신 페이징을 합니다.',
  'rules.memory-overcommit.msg.capacity': '메모리 용량(capacity) {capacity}, 할당 가능(allocatable) 메모리 {allocatable}',
  'rules.memory-overcommit.msg.noMemoryPressure': 'Windows 노드는 MemoryPressure를 보고하지 않으므로 kubelet이 스스로 노드를 보호할 수 없습니다',
  'rules.memory-overcommit.msg.pod': '파드 {pod}에 Windows 노드에서 메모리 제한 없이 실행되는 컨테이너가 있습니다. Windows 노드에서는 이런 컨테이너가 노드 메모리를 초과 할당하는 것을 막을 수 없습니다.',
  'rules.memory-overcommit.msg.noLimit': '컨테이너 {container}: resources.limits.memory 없음',
  'rules.memory-overcommit.msg.noLimitWithRequest': '컨테이너 {container}: resources.limits.memory 없음(requests {request})',


  // no-known-cause
  'rules.no-known-cause.title': '알려진 원인 없음',
  'rules.no-known-cause.explanation':
    '파드 또는 노드가 비정상이지만 증거가 카탈로그의 어떤 알려진 원인과도 일치하지 않습니다. windbg는 추측하는 대신 그 사실을 알리고 원래 증거를 보여 줍니다. 잘못된 원인은 엉뚱한 방향으로 이끌기 때문입니다.',
  'rules.no-known-cause.fix.1': '아래 증거 줄을 읽습니다. 클러스터가 기록한 메시지가 그대로 들어 있습니다.',
  'rules.no-known-cause.fix.2': '가장 구체적인 메시지를 `kubectl windbg explain "<message>"`에 붙여 넣어 가능한 원인의 순위를 확인합니다.',
  'rules.no-known-cause.fix.3': '--probe를 붙여 명령을 다시 실행하면 노드 자체에서 얻은 증거가 추가됩니다.',
  'rules.no-known-cause.msg.pod': '파드 {pod}의 상태가 비정상({reasons})이지만 이를 설명하는 카탈로그 규칙이 없습니다. 아래는 원래 증거입니다.',
  'rules.no-known-cause.msg.node': '노드 {node}의 상태가 비정상({state})이지만 이를 설명하는 카탈로그 규칙이 없습니다. 아래는 원래 증거입니다.',

  // node-services-down
  'rules.node-services-down.title': '노드 서비스(kubelet, kube-proxy, 런타임, flanneld)가 실행되고 있지 않음',
  'rules.node-services-down.explanation':
    'Windows 노드는 호스트 서비스가 실행 중일 때만 동작합니다. kubelet, kube-proxy(서비스로 실행하는 경우), 컨테이너 런타임(containerd 또는 Docker), 호스트 네트워크 서비스, 그리고 Flannel을 쓴다면 flanneld입니다. 이 중 하나라도 멈추면 노드가 NotReady가 되고, 파드가 Pending 상태에 머물거나 네트워크를 잃으며, 서비스 트래픽이 더 이상 설정되지 않습니다.',
  'rules.node-services-down.fix.1': '노드에서 서비스 목록을 확인합니다: Get-Service kubelet, kube-proxy, containerd, docker, flanneld, hns(이름을 따옴표로 묶거나 배열로 전달합니다).',
  'rules.node-services-down.fix.2': '멈춘 서비스를 모두 시작합니다(Start-Service <name>). 서비스가 없으면 노드 설정 때처럼 sc.exe create 또는 nssm install로 다시 등록합니다.',
  'rules.node-services-down.fix.3': '서비스 로그(C:\\k\\*.log, C:\\var\\log\\... 또는 nssm의 stdout/stderr 파일)를 읽어 멈춘 이유를 확인하고 그 원인을 해결합니다.',
  'rules.node-services-down.fix.4': '서비스가 자동으로 시작되고 실패 시 다시 시작되도록 설정합니다(sc.exe failure <name> reset= 0 actions= restart/10000).',
  'rules.node-services-down.fix.5': '노드가 다시 Ready를 보고할 때까지 기다립니다(kubectl get node <name> -w).',
  'rules.node-services-down.why.1': '노드 컨트롤러가 kubelet으로부터 응답을 받지 못하고 있습니다. kubelet 서비스(또는 노드 전체)가 중단되었습니다',
  'rules.node-services-down.why.2': 'kubelet이 컨테이너 런타임 서비스가 응답하지 않는다고 보고합니다',
  'rules.node-services-down.why.3': '런타임이 멈췄거나 중지되어 kubelet이 컨테이너를 다시 나열(relist)하지 못합니다',
  'rules.node-services-down.why.4': 'Windows 서비스 제어 관리자가 노드 서비스의 비정상 종료를 기록했습니다',
  'rules.node-services-down.why.5': '노드 서비스가 중지되었거나 시작되지 못했습니다',
  'rules.node-services-down.why.6': 'sc.exe에서 노드 서비스가 시작 중 상태로 멈춰 있거나 중지된 것으로 나타납니다',
  'rules.node-services-down.msg.heartbeatAge': ', 마지막 하트비트 {age} 전',
  'rules.node-services-down.msg.runtimeUnknown': '컨테이너 런타임',
  'rules.node-services-down.msg.runtimeDown': '{node}의 컨테이너 런타임({runtime})이 응답하지 않아 kubelet이 노드를 준비되지 않음(NotReady)으로 보고합니다(서비스 상태를 보려면 --probe를 붙여 실행합니다).',
  'rules.node-services-down.msg.kubeletDown': '{node}의 kubelet이 상태 보고를 멈췄습니다. kubelet 서비스 또는 노드 전체가 중단되었습니다(노드에 연결할 수 있게 되면 --probe를 붙여 실행하여 서비스 상태를 확인합니다).',
  'rules.node-services-down.msg.serviceDown': '{node}의 노드 서비스가 중지되었습니다(어느 서비스인지 보려면 --probe를 붙여 실행합니다).',
  'rules.node-services-down.msg.stoppedOne': '{node}에서 {services} 서비스가 실행되고 있지 않습니다.',
  'rules.node-services-down.msg.stoppedMany': '{node}에서 {services} 서비스가 실행되고 있지 않습니다.',

  // nodeport-local-access
  'rules.nodeport-local-access.title': 'Windows 노드 자신에서 NodePort에 연결할 수 없음',
  'rules.nodeport-local-access.explanation':
    'NodePort를 제공하는 Windows 노드 자신에서 그 NodePort에 연결하지 못하는 것은 오래된 Windows 빌드의 알려진 문제입니다. 다른 노드나 외부에서는 연결되지만 로컬에서는 연결되지 않습니다. 누적 업데이트 KB4571748(Windows Server 2019 빌드 17763.1432) 이상에서 수정되었습니다. 이와 별개로, Windows 노드는 설계상 파드가 하나 이상 실행 중일 때만 NodePort 트래픽을 전달합니다.',
  'rules.nodeport-local-access.fix.1': '다른 노드나 클러스터 외부에서 NodePort를 테스트합니다. 이 경로가 지원되는 방식입니다.',
  'rules.nodeport-local-access.fix.2': 'Windows Server 2019 노드에 KB4571748 또는 그 이후의 누적 업데이트를 설치합니다(또는 더 새로운 LTSC 빌드로 옮깁니다).',
  'rules.nodeport-local-access.fix.3': 'NodePort 트래픽을 전달해야 하는 모든 Windows 노드에 파드가 하나 이상 스케줄링되어 있도록 합니다.',
  'rules.nodeport-local-access.msg.osBuild': 'OS 빌드 {build}',
  'rules.nodeport-local-access.msg.selfTestFailed': '노드 자신에서 NodePort {port}에 TCP 연결 실패',
  'rules.nodeport-local-access.msg.withoutFix': '{level}, {kb} 미설치({fixed} 이상 필요)',
  'rules.nodeport-local-access.msg.oldBuild': '{node} 자신에서 NodePort {port}에 연결할 수 없습니다. 이 빌드는 로컬 NodePort 접근을 수정한 {kb} 이전 빌드입니다.',
  'rules.nodeport-local-access.msg.noPods': '{node}에서 실행 중인 파드가 없습니다',
  'rules.nodeport-local-access.msg.notForwarded': '{node}에서 NodePort {port} 트래픽이 전달되지 않습니다. Windows는 노드에서 파드가 하나 이상 실행 중일 때만 NodePort 트래픽을 전달합니다.',

  // os-selector-missing
  'rules.os-selector-missing.title': '워크로드에 Windows 노드용 kubernetes.io/os 셀렉터 또는 톨러레이션이 없음',
  'rules.os-selector-missing.explanation':
    '혼합 클러스터에서는 모든 워크로드가 필요한 OS를 명시해야 합니다. kubernetes.io/os=linux 셀렉터가 없는 Linux 워크로드는 Windows 노드에 스케줄링되어 그곳에서 이미지 풀이나 시작에 실패할 수 있습니다. kubernetes.io/os=windows 셀렉터가 없는 Windows 워크로드는 Linux 노드에 배치될 수 있고, 많은 클러스터가 Windows 노드에 설정하는 os=windows 테인트에 대한 톨러레이션이 없으면 Pending 상태에 머뭅니다.',
  'rules.os-selector-missing.fix.1': 'Windows 워크로드에는 nodeSelector kubernetes.io/os: windows를, Linux 워크로드에는 kubernetes.io/os: linux를 추가합니다(파드가 아니라 Deployment/DaemonSet 템플릿에 추가합니다).',
  'rules.os-selector-missing.fix.2': 'Windows 노드에 테인트가 있으면(예: os=windows:NoSchedule) Windows 워크로드에 그에 맞는 톨러레이션을 추가합니다.',
  'rules.os-selector-missing.fix.3': '또는 scheduling 섹션에 셀렉터와 톨러레이션을 담은 RuntimeClass를 정의하고 워크로드에 runtimeClassName을 설정합니다.',
  'rules.os-selector-missing.fix.4': '잘못 배치된 파드를 삭제하여 컨트롤러가 올바른 노드에 다시 만들게 합니다.',
  'rules.os-selector-missing.why.1': '파드가 os=windows 테인트를 용인하지 않아 스케줄러가 Windows 노드를 건너뛰었습니다',
  'rules.os-selector-missing.why.2': 'Windows 이미지가 Linux 노드로 보내졌습니다. 파드에 kubernetes.io/os=windows 셀렉터가 없습니다',
  'rules.os-selector-missing.why.3': 'Windows 전용 이미지가 Linux 노드로 보내졌습니다. 파드에 kubernetes.io/os=windows 셀렉터가 없습니다',
  'rules.os-selector-missing.why.4': '이미지에 배치된 노드용 변형이 없습니다. kubernetes.io/os 셀렉터가 없으면 Linux 이미지가 Windows 노드로 보내지는 경우가 많습니다',
  'rules.os-selector-missing.why.5': 'Windows 노드에는 모든 Windows 파드가 용인해야 하는 os=windows 테인트가 있습니다',
  'rules.os-selector-missing.why.6': '파드의 노드 셀렉터나 어피니티와 일치하는 노드가 없습니다',
  'rules.os-selector-missing.msg.taint': 'Windows 노드 {count}개에 {taint} 테인트가 있습니다',
  'rules.os-selector-missing.msg.taintNotTolerated': 'Windows 노드 {count}개에 {taint} 테인트가 있지만 파드에 일치하는 톨러레이션이 없습니다',
  'rules.os-selector-missing.msg.untolerated': '파드 {pod}의 대상은 Windows이지만 Windows 노드의 os=windows 테인트를 용인하지 않아 Pending 상태에 머뭅니다.',
  'rules.os-selector-missing.msg.linuxOnlyImage': '이미지 {image}은(는) Linux용으로만 게시되어 있습니다',
  'rules.os-selector-missing.msg.noSelector': '파드에 kubernetes.io/os에 대한 nodeSelector나 필수 어피니티가 없습니다',
  'rules.os-selector-missing.msg.landedOnWindows': '파드 {pod}에 kubernetes.io/os 셀렉터가 없어 이미지를 실행할 수 없는 Windows 노드 {node}에 스케줄링되었습니다.',

  // outbound-nat-exceptionlist
  'rules.outbound-nat-exceptionlist.title': 'CNI OutBoundNAT ExceptionList가 클러스터 범위와 맞지 않음',
  'rules.outbound-nat-exceptionlist.explanation':
    'Windows CNI 구성은 파드에서 나가는 모든 패킷을 NAT 처리하되, OutBoundNAT ExceptionList에 있는 범위로 가는 트래픽만 제외합니다. 이 목록에는 클러스터(파드) 범위, 서비스 범위, 그리고 브리지 네트워크라면 노드(관리) 서브넷이 들어 있어야 하며, 그 밖의 것은 없어야 합니다. 클러스터 범위가 빠지면 파드 간 트래픽이 NAT 처리되고, 외부 범위가 들어 있으면 그쪽으로 가는 트래픽에 SNAT가 적용되지 않아 응답이 돌아오지 않습니다.',
  'rules.outbound-nat-exceptionlist.fix.1': '노드에서 CNI 구성 파일(프로브가 알려 주는 파일, 보통 C:\\k\\cni\\config 또는 C:\\etc\\cni\\net.d 아래)을 엽니다.',
  'rules.outbound-nat-exceptionlist.fix.2': 'OutBoundNAT ExceptionList를 정확히 클러스터 파드 범위, 서비스 범위, 그리고 l2bridge / host-gw 네트워크라면 노드 서브넷으로 설정합니다. 예: ["10.244.0.0/16", "10.96.0.0/12", "10.127.130.0/24"]',
  'rules.outbound-nat-exceptionlist.fix.3': '목록에서 공인(사설이 아닌) 범위를 모두 제거하여 그쪽으로 가는 트래픽이 노드 주소로 SNAT되게 합니다.',
  'rules.outbound-nat-exceptionlist.fix.4': '이 파일은 새 파드마다 읽히므로, 변경 사항이 반영되도록 영향을 받은 파드를 다시 만들거나 Deployment를 롤아웃합니다. CNI DaemonSet이 파일을 작성한다면 대신 그 ConfigMap을 변경합니다.',
  'rules.outbound-nat-exceptionlist.msg.fromServiceProbe': '노드에서 프로브한 서비스 주소 {ip}',
  'rules.outbound-nat-exceptionlist.msg.fromClusterIp': '파드 {pod}에서 프로브한 ClusterIP {ip}',
  'rules.outbound-nat-exceptionlist.msg.clusterRange': '클러스터 범위',
  'rules.outbound-nat-exceptionlist.msg.serviceRange': '서비스 범위',
  'rules.outbound-nat-exceptionlist.msg.nodeSubnet': '노드(관리) 서브넷',
  'rules.outbound-nat-exceptionlist.msg.fromFlannelNetwork': '{path}의 FLANNEL_NETWORK',
  'rules.outbound-nat-exceptionlist.msg.fromPodCidr': '이 노드의 podCIDR {cidr}, 전체 클러스터 범위는 알 수 없음',
  'rules.outbound-nat-exceptionlist.msg.fromInternalIp': '노드 InternalIP {ip}',
  'rules.outbound-nat-exceptionlist.msg.empty': '(비어 있음)',
  'rules.outbound-nat-exceptionlist.msg.list': 'OutBoundNAT ExceptionList: {entries}',
  'rules.outbound-nat-exceptionlist.msg.listIn': '{file}의 OutBoundNAT ExceptionList: {entries}',
  'rules.outbound-nat-exceptionlist.msg.notCovered': '{what}을(를) 포함하는 항목이 없습니다(기준: {source})',
  'rules.outbound-nat-exceptionlist.msg.publicEntry': '항목 {cidr}는(은) 공인 범위입니다. 이 범위로 가는 트래픽은 SNAT 없이 파드를 떠납니다',
  'rules.outbound-nat-exceptionlist.msg.misses': '{what} 누락',
  'rules.outbound-nat-exceptionlist.msg.holdsPublicRange': '공인 범위 {ranges} 포함',
  'rules.outbound-nat-exceptionlist.msg.holdsPublicRanges': '공인 범위 {ranges} 포함',
  'rules.outbound-nat-exceptionlist.msg.and': ', ',
  'rules.outbound-nat-exceptionlist.msg.node': '{node}의 OutBoundNAT ExceptionList에 문제가 있습니다: {problems}.',
  'rules.outbound-nat-exceptionlist.msg.nodeUnchecked': '{node}의 OutBoundNAT ExceptionList에 문제가 있습니다: {problems}({unknown}은(는) 알 수 없어 확인하지 않음).',

  // pause-image-incompatible
  'rules.pause-image-incompatible.title': 'pause(샌드박스) 이미지가 Windows 호스트 빌드와 맞지 않음',
  'rules.pause-image-incompatible.explanation':
    '모든 Windows 파드는 샌드박스("pause") 컨테이너로 시작합니다. 프로세스 격리에서는 이 컨테이너가 호스트와 같은 Windows 빌드용으로 빌드되어야 하므로, 호스트 빌드용 변형이 없는 pause 이미지를 쓰면 샌드박스 생성이 실패합니다. 파드가 ContainerCreating 상태에서 멈추거나 끝없이 다시 시작됩니다.',
  'rules.pause-image-incompatible.fix.1': '런타임이 사용하는 샌드박스 이미지를 확인합니다. containerd에서는 config.toml의 sandbox_image(plugins."io.containerd.grpc.v1.cri"), Docker에서는 kubelet의 --pod-infra-container-image 플래그입니다.',
  'rules.pause-image-incompatible.fix.2': '호스트 빌드를 포함하는 멀티 아키텍처 pause 이미지로 바꿉니다. 예: registry.k8s.io/pause:3.9 이상 또는 mcr.microsoft.com/oss/kubernetes/pause:3.9 이상',
  'rules.pause-image-incompatible.fix.3': '새 샌드박스 이미지가 사용되도록 containerd를 다시 시작합니다(Restart-Service containerd).',
  'rules.pause-image-incompatible.fix.4': '멈춘 파드를 삭제하여 새 샌드박스로 다시 만들어지게 합니다.',
  'rules.pause-image-incompatible.why.1': '이미지가 다른 Windows 빌드용으로 빌드되어 샌드박스(pause) 컨테이너가 거부되었습니다',
  'rules.pause-image-incompatible.why.2': '샌드박스 이미지에 이 Windows 호스트용 변형이 없습니다',
  'rules.pause-image-incompatible.why.3': '샌드박스 이미지가 호스트와 다른 Windows 빌드를 대상으로 합니다',
  'rules.pause-image-incompatible.why.4': '샌드박스 이미지에 이 Windows 빌드용 매니페스트가 없습니다',
  'rules.pause-image-incompatible.why.5': '호스트 컴퓨팅 서비스가 컨테이너 생성을 거부했습니다',
  'rules.pause-image-incompatible.why.6': 'containerd가 컨테이너 태스크를 시작하지 못했습니다',
  'rules.pause-image-incompatible.msg.otherBuild': '샌드박스 이미지 {image}는(은) {imageBuild}용 빌드이지만 호스트는 {host}입니다',
  'rules.pause-image-incompatible.msg.oldPause': '샌드박스 이미지 {image}는(은) Windows Server 2019(1809) 전용으로 빌드된 오래된 pause 이미지이지만 호스트는 {host}입니다',
  'rules.pause-image-incompatible.msg.pod': '파드 {pod}의 샌드박스가 운영 체제 불일치로 시작되지 않습니다. pause 이미지가 {build}와(과) 맞지 않습니다.',
  'rules.pause-image-incompatible.msg.podUnknownBuild': '파드 {pod}의 샌드박스가 운영 체제 불일치로 시작되지 않습니다. pause 이미지가 호스트 빌드와 맞지 않습니다.',
  'rules.pause-image-incompatible.msg.node': '노드 {node}: {problem}.',
  'rules.pause-image-incompatible.msg.sandboxImage': 'containerd sandbox_image = {image}',
  'rules.pause-image-incompatible.msg.sandboxImageNoTag': 'containerd sandbox_image = {image}(태그 없음)',


  // proxy-env-missing
  'rules.proxy-env-missing.title': '이미지 풀이 시간 초과되는 노드에 HTTP(S)_PROXY가 머신 수준으로 설정되어 있지 않음',
  'rules.proxy-env-missing.explanation':
    '아웃바운드 프록시 뒤에 있는 Windows 노드 서비스(containerd 또는 Docker, kubelet, 설정 스크립트)는 HTTP_PROXY와 HTTPS_PROXY가 머신 수준 환경 변수로 설정되어 있어야만 레지스트리와 다운로드 서버에 연결할 수 있습니다. 사용자 세션에만 설정하면 서비스에는 보이지 않으므로 이미지 풀과 설치 단계가 시간 초과됩니다.',
  'rules.proxy-env-missing.fix.1': '이 네트워크에서 레지스트리에 연결하려면 프록시가 필요한지 확인합니다(네트워크 팀에 문의하거나 노드에서 Invoke-WebRequest -Proxy로 테스트합니다).',
  'rules.proxy-env-missing.fix.2':
    '변수를 머신 범위로 설정합니다: [Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine). HTTPS_PROXY도 같은 방법으로 설정하고, NO_PROXY에는 클러스터, 서비스, 노드 범위를 넣습니다.',
  'rules.proxy-env-missing.fix.3': '새 환경 변수를 읽도록 컨테이너 런타임과 kubelet을 다시 시작합니다(Restart-Service containerd; Restart-Service kubelet).',
  'rules.proxy-env-missing.fix.4': '실패한 파드를 삭제하거나 다음 풀 백오프를 기다린 뒤 이미지가 풀되는지 확인합니다.',
  'rules.proxy-env-missing.why.1': '연결할 수 없는 프록시를 거쳐 풀을 시도했습니다. 노드의 프록시 설정이 잘못되었거나 불완전합니다',
  'rules.proxy-env-missing.why.2': '프록시를 통한 트래픽만 허용하는 네트워크처럼, 노드가 레지스트리 이름을 직접 확인하지 못합니다',
  'rules.proxy-env-missing.why.3': '프록시를 통한 트래픽만 허용하는 네트워크처럼, 노드가 레지스트리에 직접 연결하지 못합니다',
  'rules.proxy-env-missing.why.4': '레지스트리에 연결하는 데 프록시가 필요한 노드에서처럼 이미지 풀이 시간 초과됩니다',
  'rules.proxy-env-missing.msg.notSet': '머신 수준의 HTTP_PROXY와 HTTPS_PROXY가 설정되어 있지 않습니다',
  'rules.proxy-env-missing.msg.node': '{node}에서 이미지 풀이 레지스트리에 연결하지 못하는데({pods}) 머신 수준의 HTTP(S)_PROXY가 설정되어 있지 않습니다. 이 네트워크에 프록시가 필요하다면 노드 서비스는 프록시를 사용하지 않고 있습니다.',

  // service-vip-from-node
  'rules.service-vip-from-node.title': 'Windows 노드 자신에서 ClusterIP 서비스에 연결할 수 없음',
  'rules.service-vip-from-node.explanation':
    'Windows에서 서비스 주소(ClusterIP)는 컨테이너 네트워크용 HNS 로드 밸런서로 설정됩니다. 많은 Windows 빌드에서 호스트 자신의 네트워크 스택은 이 로드 밸런서를 거치지 않으므로, 같은 노드의 일반 파드는 모두 ClusterIP에 연결할 수 있어도 노드의 프로세스(또는 hostNetwork / HostProcess 파드)는 연결하지 못합니다.',
  'rules.service-vip-from-node.fix.1': '노드가 아닌 파드에서 서비스에 접근하거나, 호스트 프로세스에서는 엔드포인트 주소(또는 다른 노드의 NodePort)를 사용합니다.',
  'rules.service-vip-from-node.fix.2': '서비스를 호출해야 하는 HostProcess 파드는 API 서버나 서비스의 엔드포인트에 직접 연결합니다.',
  'rules.service-vip-from-node.fix.3': '호스트에서 서비스로의 접근이 개선된 최신 Windows 빌드와 kube-proxy 버전을 노드에서 유지합니다.',
  'rules.service-vip-from-node.msg.succeeded': '성공',
  'rules.service-vip-from-node.msg.failed': '실패',
  'rules.service-vip-from-node.msg.fromPod': '파드에서 ClusterIP {target}에 TCP 연결: {outcome}',
  'rules.service-vip-from-node.msg.fromHost': '노드 호스트 네트워크에서 ClusterIP {target}에 TCP 연결: {outcome}',
  'rules.service-vip-from-node.msg.fromWitness': '파드 {pod}에서 ClusterIP {target}에 TCP 연결: {outcome}',
  'rules.service-vip-from-node.msg.pod': 'ClusterIP {vip}에 {pod}에서는 연결되지만 {node}의 호스트 네트워크에서는 연결되지 않습니다. 서비스 고장이 아니라 알려진 Windows 제한 사항입니다.',
  'rules.service-vip-from-node.msg.podUnknownNode': 'ClusterIP {vip}에 {pod}에서는 연결되지만 파드가 있는 노드의 호스트 네트워크에서는 연결되지 않습니다. 서비스 고장이 아니라 알려진 Windows 제한 사항입니다.',
  'rules.service-vip-from-node.msg.node': 'ClusterIP {vip}에 {node}의 호스트 네트워크에서는 연결할 수 없지만 이 노드의 파드 {pod}에서는 연결됩니다. 알려진 Windows 제한 사항입니다.',

  // serviceaccount-secret-unreadable
  'rules.serviceaccount-secret-unreadable.title': 'Windows 파드가 서비스 어카운트 시크릿을 읽을 수 없음',
  'rules.serviceaccount-secret-unreadable.explanation':
    '17074보다 오래된 Windows 빌드에서는 마운트된 서비스 어카운트 시크릿의 파일(token, ca.crt)이 컨테이너 안에서 목록에는 보이지만 읽을 수는 없어, 클러스터 내부 클라이언트가 API 서버에 인증하지 못합니다. 해결책은 Kubernetes가 아니라 운영 체제에 있습니다.',
  'rules.serviceaccount-secret-unreadable.fix.1': '노드 빌드를 확인합니다(kubectl get node <node> -o wide). 10.0.17074보다 오래된 빌드가 영향을 받습니다.',
  'rules.serviceaccount-secret-unreadable.fix.2': '지원되는 LTSC 빌드(Windows Server 2019 이상)를 실행하는 노드로 워크로드를 옮깁니다.',
  'rules.serviceaccount-secret-unreadable.fix.3': '오래된 노드를 업그레이드하거나 교체합니다.',
  'rules.serviceaccount-secret-unreadable.why.1': '파드 안의 클라이언트가 마운트된 서비스 어카운트 ca.crt를 읽지 못합니다',
  'rules.serviceaccount-secret-unreadable.why.2': '마운트된 서비스 어카운트 시크릿이 있지만 Windows 컨테이너 안에서 읽을 수 없습니다',
  'rules.serviceaccount-secret-unreadable.why.3': '파드 안의 클라이언트가 서비스 어카운트 토큰을 열지 못했습니다',
  'rules.serviceaccount-secret-unreadable.why.4': '클러스터 내부 클라이언트가 초기 설정을 하지 못했습니다(토큰 또는 환경 변수 없음)',
  'rules.serviceaccount-secret-unreadable.msg.pod': '파드 {pod}에서 마운트된 서비스 어카운트 시크릿을 읽을 수 없습니다.',
  'rules.serviceaccount-secret-unreadable.msg.oldBuild': '파드 {pod}에서 {build}에 서비스 어카운트 토큰을 마운트합니다. 이 빌드에서는 컨테이너 안에서 토큰을 읽을 수 없습니다.',
  'rules.serviceaccount-secret-unreadable.msg.tokenMounted': '서비스 어카운트 토큰이 마운트되어 있습니다(automountServiceAccountToken이 false가 아님)',

  // unsupported-windows-build
  'rules.unsupported-windows-build.title': '노드가 Kubernetes에서 지원하지 않는 Windows 빌드를 실행함',
  'rules.unsupported-windows-build.explanation':
    'Kubernetes는 장기 서비스 채널(LTSC) 서버 릴리스인 Windows Server 2019(10.0.17763), 2022(10.0.20348), 2025(10.0.26100)에서만 Windows 노드를 지원합니다. 1709, 1803, 1903, 1909, 2004, 20H2 같은 반기 채널 릴리스는 지원이 종료되었고 클라이언트 빌드나 프리뷰 빌드는 처음부터 지원되지 않았으므로, 이런 빌드용 이미지, pause 컨테이너, 수정 사항은 더 이상 게시되지 않습니다.',
  'rules.unsupported-windows-build.fix.1': '지원되는 LTSC 빌드(Windows Server 2019, 2022 또는 2025)를 실행하는 노드로 교체할 계획을 세웁니다.',
  'rules.unsupported-windows-build.fix.2': '워크로드 이미지를 해당 빌드(ltsc2019, ltsc2022, ltsc2025)용으로 다시 빌드하거나 태그를 다시 지정합니다.',
  'rules.unsupported-windows-build.fix.3': '이전 노드를 드레인하고(kubectl drain <node> --ignore-daemonsets) 교체 노드가 Ready가 되면 제거합니다.',
  'rules.unsupported-windows-build.msg.channelSac': '지원이 종료된 반기 채널 릴리스',
  'rules.unsupported-windows-build.msg.channelClient': '클라이언트(데스크톱) 에디션',
  'rules.unsupported-windows-build.msg.channelInsider': '프리뷰 빌드',
  'rules.unsupported-windows-build.msg.channelUnknown': 'Kubernetes 지원 목록에 없는 빌드',
  'rules.unsupported-windows-build.msg.channelLtsc': 'Kubernetes에서 더 이상 지원하지 않는 장기 서비스 채널 릴리스',
  'rules.unsupported-windows-build.msg.node': '노드 {node}의 OS({build})는 {channel}입니다. 지원되는 빌드는 {supported}입니다.',

  // unsupported-windows-pod-field
  'rules.unsupported-windows-pod-field.title': '파드 스펙에 Windows 컨테이너가 지원하지 않는 필드가 있음',
  'rules.unsupported-windows-pod-field.explanation':
    'Linux를 전제로 한 여러 파드 필드는 Windows 컨테이너에서 의미가 없습니다. HostProcess 컨테이너가 아닌 곳의 특권 모드와 호스트 네트워킹, 호스트 PID/IPC 네임스페이스, 숫자 사용자 ID와 그룹 ID, SELinux 옵션, 읽기 전용 루트 파일 시스템, capabilities, procMount, 메모리 기반 emptyDir, 원시 블록 장치, 마운트 전파, huge page, 공유 프로세스 네임스페이스가 이에 해당합니다. 이런 필드는 무시되거나 파드를 실패하게 하므로 워크로드가 작성한 대로 동작하지 않습니다.',
  'rules.unsupported-windows-pod-field.fix.1': '증거에 나열된 필드를 Windows 워크로드에서 제거합니다(또는 매니페스트의 Linux 전용 버전으로 옮깁니다).',
  'rules.unsupported-windows-pod-field.fix.2': 'runAsUser 대신 securityContext.windowsOptions.runAsUserName으로 특정 Windows 계정(예: ContainerUser 또는 ContainerAdministrator)을 지정해 실행합니다.',
  'rules.unsupported-windows-pod-field.fix.3': '특권이나 호스트 네트워크가 필요한 노드 수준 작업에는 HostProcess 컨테이너(windowsOptions.hostProcess: true와 hostNetwork: true)를 사용합니다.',
  'rules.unsupported-windows-pod-field.fix.4': 'API 서버가 어드미션 단계에서 Linux 전용 필드를 거부하도록 spec.os.name: windows를 설정합니다.',
  'rules.unsupported-windows-pod-field.msg.hostNetwork': 'spec.hostNetwork: true(호스트 네트워크는 HostProcess 파드만 사용할 수 있음)',
  'rules.unsupported-windows-pod-field.msg.runAsUser': '{field}: {value}(windowsOptions.runAsUserName 사용 필요)',
  'rules.unsupported-windows-pod-field.msg.memoryEmptyDir': '볼륨 {volume}: emptyDir medium Memory',
  'rules.unsupported-windows-pod-field.msg.privileged': '{where}: securityContext.privileged: true(HostProcess 컨테이너 사용 필요)',
  'rules.unsupported-windows-pod-field.msg.podOnNode': 'Windows 노드 {node}에서 실행되는 파드 {pod}에 Windows 컨테이너가 지원하지 않는 필드가 {count}개 설정되어 있습니다.',
  'rules.unsupported-windows-pod-field.msg.pod': 'Windows에서 실행되는 파드 {pod}에 Windows 컨테이너가 지원하지 않는 필드가 {count}개 설정되어 있습니다.',

  // version-skew
  'rules.version-skew.title': 'Windows kubelet 버전이 API 서버와의 지원되는 버전 차이를 벗어남',
  'rules.version-skew.explanation':
    'kubelet은 API 서버보다 새로우면 안 되며, 최대 마이너 버전 3개(Kubernetes 1.28 이전에는 2개)까지만 오래될 수 있습니다. 이 범위를 벗어나면 kubelet이 의존하는 API 호출과 기능이 추적하기 어려운 방식으로 깨질 수 있으며, Windows 노드는 컨트롤 플레인과 따로 업그레이드되는 경우가 많습니다.',
  'rules.version-skew.fix.1': '버전을 비교합니다: kubectl version 및 kubectl get node <node> -o wide(VERSION 열)',
  'rules.version-skew.fix.2': '노드보다 컨트롤 플레인을 먼저, 마이너 버전을 하나씩 업그레이드합니다.',
  'rules.version-skew.fix.3': 'kubelet이 너무 뒤처진 Windows 노드는 업그레이드하거나 교체하고, kubelet이 API 서버보다 새로운 노드는 버전을 되돌립니다.',
  'rules.version-skew.msg.apiServer': 'API 서버 {version}',
  'rules.version-skew.msg.newer': '노드 {node}의 kubelet 버전({kubelet})이 API 서버 버전({server})보다 새롭습니다.',
  'rules.version-skew.msg.behind': '노드 {node}의 kubelet 버전({kubelet})이 API 서버보다 마이너 버전 {behind}개만큼 뒤처져 있습니다(최대 {lag}개까지 지원됩니다).',

  // vxlan-port-conflict
  'rules.vxlan-port-conflict.title': 'vSphere의 Flannel VXLAN이 UDP 4789에서 vSphere 오버레이와 충돌함',
  'rules.vxlan-port-conflict.explanation':
    'Windows에서 Flannel의 vxlan 백엔드는 파드 트래픽을 UDP 포트 4789의 VXLAN으로 캡슐화합니다. vSphere 환경이 같은 포트로 자체 오버레이를 운영하면 하이퍼바이저가 이 패킷을 가로챌 수 있으므로, 한 노드 안의 트래픽은 정상이어도 노드 간 파드 트래픽은 끊깁니다.',
  'rules.vxlan-port-conflict.fix.1': 'vSphere 호스트가 자체 오버레이에 UDP 4789의 VXLAN을 사용하는지 확인합니다(vSphere / NSX 관리자에게 문의합니다).',
  'rules.vxlan-port-conflict.fix.2': '두 오버레이 중 하나를 다른 UDP 포트로 옮깁니다. vSphere 오버레이를 다시 구성하거나, Linux와 Windows를 포함한 모든 노드에서 Flannel에 다른 VXLAN 포트(net-conf.json의 vxlan 백엔드 Port 설정)를 지정합니다.',
  'rules.vxlan-port-conflict.fix.3': '모든 노드에서 flanneld와 kube-proxy를 다시 시작한 다음 노드 간 파드 트래픽을 테스트합니다.',
  'rules.vxlan-port-conflict.msg.podContainer': '파드 {pod}의 컨테이너 {container}: {setting}',
  'rules.vxlan-port-conflict.msg.backendProbed': 'net-conf.json의 Flannel 백엔드: vxlan',
  'rules.vxlan-port-conflict.msg.node': '{node}에서 vSphere 위에 Flannel vxlan(UDP 4789)을 사용합니다. vSphere의 오버레이가 같은 포트를 쓰면 노드 간 파드 트래픽이 가로채집니다.',

  // wincat-missing
  'rules.wincat-missing.title': 'kubectl port-forward 실패: pause 이미지에 wincat.exe가 없음',
  'rules.wincat-missing.explanation':
    'Windows에서 kubectl port-forward는 pause(샌드박스) 이미지에 들어 있어야 하는 wincat.exe가 처리합니다. wincat.exe는 Kubernetes 1.15에서 도입되었으므로, 그보다 오래된 Kubernetes를 쓰거나 wincat.exe 없이 빌드한 사용자 지정 pause 이미지를 쓰면 port-forward가 "wincat not found" 오류로 실패합니다.',
  'rules.wincat-missing.fix.1': '지원되는 Kubernetes 버전(Windows 노드에서 1.15 이상)을 사용합니다.',
  'rules.wincat-missing.fix.2': 'wincat.exe가 포함된 최신 pause 이미지를 샌드박스 이미지로 사용합니다. 예: registry.k8s.io/pause:3.9 이상 또는 mcr.microsoft.com/oss/kubernetes/pause:3.9 이상',
  'rules.wincat-missing.fix.3': 'pause 이미지를 직접 빌드한다면 wincat.exe를 이미지에 복사합니다(Kubernetes 저장소의 pause 이미지 소스 참고).',
  'rules.wincat-missing.why.1': 'Windows 파드로의 포트 포워딩은 pause 컨테이너 안에서 wincat.exe를 실행하는데, wincat.exe가 없습니다',
  'rules.wincat-missing.why.2': '런타임이 pause 컨테이너에서 wincat.exe를 시작하지 못했습니다',
  'rules.wincat-missing.why.3': 'kubectl port-forward가 노드 쪽에서 실패했습니다',
  'rules.wincat-missing.msg.pod': 'pause 이미지에 wincat.exe가 없어 파드 {pod}에 대한 포트 포워딩이 실패합니다.',
  'rules.wincat-missing.msg.node': 'pause 이미지에 wincat.exe가 없어 노드 {node}의 파드로의 포트 포워딩이 실패합니다.',

  // probe-pod-failed
  'rules.probe-pod-failed.title': 'windbg 프로브 파드를 노드에서 실행할 수 없음',
  'rules.probe-pod-failed.explanation':
    'windbg는 노드에 고정된 수명이 짧은 HostProcess 파드에서 노드 프로브를 실행합니다. 이 파드가 시작되지 않았으므로 이 노드의 프로브 정보는 알 수 없습니다. 흔한 원인은 노드가 풀할 수 없는 이미지(폐쇄망 레지스트리, 프록시), HostProcess 파드를 거부하는 Pod Security 수준의 네임스페이스, 또는 HostProcess 컨테이너를 쓰기에는 너무 오래된 클러스터나 컨테이너 런타임(Kubernetes 1.26 이상, containerd 1.6 이상 필요)입니다.',
  'rules.probe-pod-failed.fix.1': '이 진단 결과의 사유와 증거를 읽고 이미지 풀, 어드미션, HostProcess 지원, 스케줄링 중 어느 문제인지 확인합니다.',
  'rules.probe-pod-failed.fix.2': '폐쇄망이나 프록시 뒤의 레지스트리를 쓴다면 프로브 이미지를 미러링하고 --probe-image로 지정합니다.',
  'rules.probe-pod-failed.fix.3': 'pod-security.kubernetes.io/enforce=privileged 레이블이 있는 네임스페이스에서 프로브를 실행합니다(--probe-namespace).',
  'rules.probe-pod-failed.fix.4': 'HostProcess 컨테이너를 사용할 수 있도록 Kubernetes 1.26 이상과 노드의 containerd 1.6 이상으로 업그레이드합니다.',

  // canary-failed
  'rules.canary-failed.title': '이 Windows 빌드의 카나리 파드가 시작되지 않았거나 클러스터에 연결하지 못함',
  'rules.canary-failed.explanation':
    'windbg는 Windows 빌드마다 작은 nanoserver 파드를 하나씩 스케줄링하고, 그 안에서 클러스터 DNS, kubernetes ClusterIP 서비스, API 서버를 테스트합니다. 카나리가 시작되지 않거나 이들에 연결하지 못한다면, 이 빌드의 노드에서 실행되는 일반 Windows 워크로드도 같은 방식으로 실패합니다.',
  'rules.canary-failed.fix.1': '실패한 검사와 그 증거를 읽고 시작 실패(이미지, 샌드박스, 스케줄링), DNS, ClusterIP, API 서버 중 어느 것인지 확인합니다.',
  'rules.canary-failed.fix.2': '이미지가 노드 빌드와 맞지 않는다면 --canary-image로 맞는 이미지를 지정합니다.',
  'rules.canary-failed.fix.3': 'DNS나 서비스 실패라면 진단 결과에 나온 노드를 대상으로 `kubectl windbg node <node> --probe`를 실행합니다.',
};
