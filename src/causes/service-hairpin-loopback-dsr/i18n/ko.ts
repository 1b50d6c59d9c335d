import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'DSR이 켜져 있으면 파드가 자기 서비스를 통해 자신에게 연결할 수 없음',
    'explanation': 'kube-proxy에서 Direct Server Return(DSR)이 켜져 있으면, 서비스 VIP를 호출했다가 자기 자신으로 부하 분산된 Windows 파드의 트래픽은 CNI 구성에서 loopbackDSR을 켜지 않는 한 버려집니다. 다른 백엔드로 간 호출은 성공하므로 백엔드가 N개면 대략 N번에 한 번 실패하고 실패가 무작위처럼 보입니다. 레플리카가 하나면 서비스 호출이 모두 실패합니다.',
    'fix.enableLoopbackDsr': 'Windows 노드의 CNI 네트워크 구성(win-bridge, win-overlay, sdnbridge 또는 sdnoverlay)에 "loopbackDSR": true를 설정한 뒤, 해당 노드의 파드를 다시 만들어 엔드포인트에 정책이 적용되게 합니다.',
    'fix.checkSupport': 'CNI 플러그인 릴리스와 Windows 빌드가 loopback DSR을 지원하는지 확인합니다(azure-vnet은 1.4.16부터이며 설정 이름은 enableLoopbackDSR, Windows Server 2019는 10.0.17763.1432부터). 이전 버전은 설정을 무시하거나 거부합니다.',
    'fix.disableDsr': 'loopback DSR을 쓸 수 없다면 kube-proxy에서 DSR을 끄고(--enable-dsr=false) kube-proxy를 다시 시작해, DSR이 아닌 데이터 경로를 사용합니다.',
    'fix.avoidSelfCalls': '그동안 애플리케이션이 자기 서비스 대신 localhost로 자신을 호출하게 합니다.',
    'msg.kubeProxyDsr': 'kube-proxy가 Direct Server Return으로 부하 분산합니다({flags})',
    'msg.oldPlugin': 'CNI 플러그인 {plugin} {version}은(는) 파드 엔드포인트에 loopback DSR 정책을 추가할 수 있는 첫 릴리스인 {minimum}보다 오래되었습니다',
    'msg.selfBackend': '파드 {pod}({ip})는 {vips}에 대한 DSR 로드 밸런서의 백엔드입니다',
    'msg.moreBackends': '로컬 파드 {count}개가 더 DSR 로드 밸런서의 백엔드입니다',
    'msg.node': '{node}의 파드는 자기 서비스를 통해 자신에게 연결할 수 없습니다. kube-proxy가 DSR을 사용하고 CNI 플러그인({plugin} {version})이 loopback DSR 정책을 추가할 수 없습니다.',
    'msg.loopbackOff': "CNI 설정 {path}({plugin})는 루프백 DSR을 켜지 않습니다({setting}가 true가 아님)",
    'msg.servicePods': "Service {service}는 이 노드의 {pods}를 선택합니다",
    'msg.moreServices': "Service {count}개가 더 이 노드의 파드를 선택합니다",
    'msg.configOff': "{node}의 파드는 자신의 Service를 통해 자기 자신에게 연결할 수 없습니다. kube-proxy가 DSR을 사용하고 CNI 설정이 루프백 DSR을 켜지 않습니다.",
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'af96080cbf',
    'explanation': '984bc0867f',
    'fix.enableLoopbackDsr': 'a2a6859564',
    'fix.checkSupport': '201bede465',
    'fix.disableDsr': '0426daf975',
    'fix.avoidSelfCalls': 'd6f96cbb38',
    'msg.kubeProxyDsr': '14ce9b3e25',
    'msg.oldPlugin': 'f376d46e5a',
    'msg.selfBackend': '6445033f15',
    'msg.moreBackends': 'f499e93081',
    'msg.node': 'dd2c29e829',
    'msg.loopbackOff': 'f00d14f2d3',
    'msg.servicePods': '6b03ec7045',
    'msg.moreServices': '02a2ab7e72',
    'msg.configOff': '9f957893db',
  },
});
