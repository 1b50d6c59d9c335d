import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy가 CNI가 만들지 않은 이름의 HNS 네트워크를 찾음',
    'explanation': 'Windows의 kube-proxy는 컨테이너 네트워크를 이름(KUBE_NETWORK, --network-name 또는 winkernel.networkName. 지정하지 않으면 cbr0)으로 찾습니다. CNI가 다른 이름(l2bridge, vxlan0, flannel.4096, Calico, azure)으로 네트워크를 만들었다면, 네트워크가 있는데도 kube-proxy는 "Unable to find HNS Network specified by <name>"으로 기다리거나 종료하고 노드에 서비스가 구성되지 않습니다.',
    'fix.listNetworks': '노드에서 HNS 네트워크를 나열하고(Get-HnsNetwork | Select Name, Type) CNI가 만든 네트워크의 이름을 확인합니다.',
    'fix.setName': 'kube-proxy의 KUBE_NETWORK(또는 --network-name / winkernel.networkName)를 그 이름과 정확히 같게 설정합니다. flannel이라면 net-conf.json의 이름이나 flannel.<VNI>입니다.',
    'fix.restartKubeProxy': 'kube-proxy를 다시 시작하고 네트워크를 불러와 HNS 로드 밸런서를 만드는지 확인합니다.',
    'why.checkKubeNetwork': 'kube-proxy가 KUBE_NETWORK의 이름으로 네트워크를 찾고 있음. 네트워크가 다른 이름으로 있다면 이름이 잘못됨',
    'why.cantFindRetrying': '에이전트가 CNI가 만드는 것과 다를 수 있는 이름으로 HNS 네트워크를 계속 찾고 있음',
    'msg.node': '{node}의 kube-proxy가 HNS 네트워크 "{wanted}"를 찾지만, 노드의 네트워크는 {networks}입니다.',
    'msg.networks': '노드의 HNS 네트워크: {networks}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '98609fcb18',
    'explanation': 'fe7fd16735',
    'fix.listNetworks': 'b28fff3f63',
    'fix.setName': 'cdfc7c28f2',
    'fix.restartKubeProxy': '721dfec7d5',
    'why.checkKubeNetwork': 'fdff115a33',
    'why.cantFindRetrying': '9caafc9977',
    'msg.node': 'b7c15bb842',
    'msg.networks': '47079d5eee',
  },
});
