import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows의 kube-proxy가 기본값으로 고정된 기능 게이트를 설정함',
    'explanation': '기능이 정식 출시되면 해당 기능 게이트는 true로 고정되며, 이를 끄도록 지정하면 kube-proxy가 시작을 거부합니다. Windows kube-proxy 설정은 여전히 IPv6DualStack=false(1.23부터 고정)나 WinOverlay=false / WinDSR=false(1.34부터 고정)를 넘기는 경우가 많아, 업그레이드 후 kube-proxy가 시작하자마자 종료되고 Windows 파드는 클러스터 DNS와 서비스에 접근하지 못합니다.',
    'fix.removeGate': '고정된 게이트(IPv6DualStack, WinOverlay, WinDSR)를 kube-proxy의 --feature-gates나 구성 파일의 featureGates에서 제거합니다. DSR은 --enable-dsr(winkernel.enableDSR)로 제어합니다.',
    'fix.restartKubeProxy': 'kube-proxy(Windows 서비스 또는 DaemonSet 파드)를 다시 시작하고 계속 실행되는지 확인합니다.',
    'fix.checkServices': 'Windows 파드에서 kubernetes.default.svc.cluster.local을 조회하고 ClusterIP에 연결해 서비스가 다시 구성되었는지 확인합니다.',
    'why.lockedGate': '정식 출시되어 기본값으로 고정된 기능 게이트의 변경을 구성 요소가 거부함',
    'msg.gates': 'kube-proxy 기능 게이트: {gates}',
    'msg.node': '{node}의 kube-proxy는 {gates}로 시작되지만, Kubernetes {version}에서는 이 게이트들이 true로 고정되어 있어 kube-proxy가 시작 시 종료됩니다.',
    'msg.pod': '파드 {pod}의 kube-proxy는 true로 고정된 기능 게이트를 설정해서 종료됩니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a8359697dd',
    'explanation': 'e89ec636a5',
    'fix.removeGate': '5f6e3f826f',
    'fix.restartKubeProxy': '22423ee4a7',
    'fix.checkServices': '355ff1ed1a',
    'why.lockedGate': '65d6643514',
    'msg.gates': 'ed4c9de2dc',
    'msg.node': 'f605b1965b',
    'msg.pod': '9e29d12c01',
  },
});
