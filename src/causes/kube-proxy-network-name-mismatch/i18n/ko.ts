import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy가 존재하지 않는 이름의 HNS 네트워크를 찾음',
    'explanation': 'Windows에서 kube-proxy는 이름으로 찾은 하나의 HNS 네트워크에 Service를 구성합니다. 이름은 --network-name 플래그, KUBE_NETWORK 환경 변수 또는 기본값 cbr0입니다. CNI가 다른 이름(vxlan0, l2bridge, Calico, azure 등)으로 네트워크를 만들었다면 kube-proxy는 아무것도 찾지 못하고 종료하거나 계속 재시도하며, 노드의 Pod에서 Service와 ClusterIP가 동작하지 않습니다.',
    'fix.listNetworks': '노드에서 Get-HnsNetwork | Select-Object Name, Type으로 네트워크 이름을 나열하고 CNI가 만든 네트워크를 확인합니다.',
    'fix.setNetworkName': '그 이름을 kube-proxy에 지정합니다. 인수의 --network-name 또는 서비스나 kube-proxy DaemonSet 환경의 KUBE_NETWORK를 사용합니다(이름은 정확히 일치해야 합니다).',
    'fix.restartKubeProxy': 'kube-proxy를 다시 시작하고 로그에 네트워크를 찾지 못했다는 메시지가 더 이상 없는지, Windows Pod에서 Service가 응답하는지 확인합니다.',
    'msg.flag': 'kube-proxy가 --network-name={name}(으)로 실행 중',
    'msg.networks': '노드의 HNS 네트워크: {networks}',
    'msg.node': '{node}의 kube-proxy가 존재하지 않는 HNS 네트워크로 구성되어 있어 Service를 구성하지 않습니다.',
    'why.kubeNetworkHint': 'kube-proxy가 KUBE_NETWORK로 지정된 HNS 네트워크를 찾았지만 그 이름의 네트워크가 없음',
    'why.kubeProxyRetrying': 'kube-proxy가 이름으로 지정된 HNS 네트워크를 찾으려고 계속 재시도함',
  },
  sources: {
    'title': '3f3b57150d',
    'explanation': '69448ca3bd',
    'fix.listNetworks': 'f0af6575df',
    'fix.setNetworkName': '6cdc232a65',
    'fix.restartKubeProxy': '4a67692146',
    'msg.flag': 'e2c017ba80',
    'msg.networks': '47079d5eee',
    'msg.node': '3a1c2ae9d0',
    'why.kubeNetworkHint': '3af4892548',
    'why.kubeProxyRetrying': '9342cdbd76',
  },
});
