import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Azure의 Flannel host-gw에는 노드 파드 서브넷마다 사용자 정의 경로가 필요함',
    'explanation': 'Flannel host-gw 백엔드에서는 파드 패킷이 캡슐화되지 않은 채 파드 주소를 달고 노드를 나갑니다. Azure에서는 이 패킷이 Azure 가상 스위치를 거치는데, 가상 스위치는 모르는 주소를 버립니다. 따라서 서브넷의 경로 테이블이 각 노드의 파드 범위를 해당 노드로 보내지 않으면(다음 홉이 "가상 어플라이언스"인 사용자 정의 경로) 파드가 다른 노드나 인터넷에 연결할 수 없습니다. windbg는 Azure 경로 테이블을 읽을 수 없으므로 이런 경로가 필요한 구성임을 알려 줍니다.',
    'fix.createRouteTable': '노드 서브넷용 경로 테이블을 만들고(az network route-table create --resource-group <rg> --name <table>) 서브넷에 연결합니다.',
    'fix.everyNodeAdd': '노드마다 해당 노드를 다음 홉으로 하는 파드 범위 경로를 추가합니다: az network route-table route create --resource-group <rg> --route-table-name <table> --name <node> --address-prefix <podCIDR> --next-hop-type VirtualAppliance --next-hop-ip-address <node IP>',
    'fix.enableIpForwarding': '각 노드의 네트워크 인터페이스에서 IP 전달을 사용하도록 설정합니다.',
    'fix.alternativelySwitchOverlay': '또는 사용자 정의 경로가 필요 없는 오버레이 백엔드(Flannel vxlan)나 Azure CNI로 전환합니다.',
    'msg.backendProbed': 'net-conf.json의 Flannel 백엔드: host-gw',
    'msg.node': '노드 {node}: Azure에서 Flannel host-gw를 사용하고 있습니다. Azure 경로 테이블에 노드 파드 서브넷마다 사용자 정의 경로가 있어야만 이 노드의 파드가 노드 밖으로 통신할 수 있습니다.',
    'msg.nodeWithRoute': '노드 {node}: Azure에서 Flannel host-gw를 사용하고 있습니다. Azure 경로 테이블에 노드 파드 서브넷마다 사용자 정의 경로가 있어야만 이 노드의 파드가 노드 밖으로 통신할 수 있습니다(이 노드로 향하는 {cidr} 경로 필요).',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '350925a2ae',
    'explanation': '155fe92bdd',
    'fix.createRouteTable': '84c8948b8a',
    'fix.everyNodeAdd': '87c8549f7c',
    'fix.enableIpForwarding': 'ef43f8a39c',
    'fix.alternativelySwitchOverlay': '5d21cab6a2',
    'msg.backendProbed': 'a9f7be1218',
    'msg.node': 'c9775b67c0',
    'msg.nodeWithRoute': '4b886a32fa',
  },
});
