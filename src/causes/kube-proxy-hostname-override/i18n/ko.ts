import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kube-proxy가 올바른 --hostname-override 없이 실행됨',
    'explanation': 'Windows에서 kube-proxy는 로컬 엔드포인트와 원격 엔드포인트를 구분하기 위해 자신이 실행 중인 노드의 이름을 알아야 합니다. --hostname-override가 없거나 노드 오브젝트와 다른 이름이 지정되면(예: 노드는 FQDN으로 등록되었는데 짧은 호스트 이름을 쓰는 경우) 노드 자신의 파드 엔드포인트를 외부 엔드포인트로 취급하여, 얼마 뒤 컨테이너 vNIC와 HNS 엔드포인트가 삭제됩니다.',
    'fix.findNodeName': 'Kubernetes에 등록된 노드 이름을 확인합니다: kubectl get node -o wide',
    'fix.startKubeProxy': 'kube-proxy를 --hostname-override=<해당 노드 이름>으로 시작합니다(서비스라면 sc.exe config kube-proxy binPath= "... --hostname-override=<name>" 또는 nssm set kube-proxy AppParameters ..., DaemonSet이라면 다운워드(Downward) API로 NODE_NAME을 전달합니다).',
    'fix.restartKubeProxy': 'kube-proxy를 다시 시작하고 로그에 "Failed to retrieve node info" 줄이 없는지 확인합니다.',
    'fix.recreatePodsLost': '이 노드에서 네트워크를 잃은 파드를 다시 만듭니다.',
    'why.kubeProxyLooked': 'kube-proxy가 노드 이름이 아닌 이름으로 자신을 조회했습니다',
    'why.kubeProxyCould': 'kube-proxy가 자신의 노드 오브젝트를 찾지 못했습니다. 대개 --hostname-override가 없거나 잘못되었기 때문입니다',
    'why.containerHnsEndpoints': 'kube-proxy가 자신의 노드 이름을 모르면 컨테이너 HNS 엔드포인트가 사라집니다',
    'msg.noOverride': 'kube-proxy가 --hostname-override 없이 실행되고 있습니다',
    'msg.otherOverride': 'kube-proxy 실행 옵션은 --hostname-override={override}이지만 노드 이름은 {node}입니다',
    'msg.nodeNoOverride': '{node}의 kube-proxy가 --hostname-override 없이 실행되고 있어 이 노드 파드의 HNS 엔드포인트가 삭제될 수 있습니다.',
    'msg.nodeOtherOverride': '{node}의 kube-proxy가 노드 이름이 아닌 호스트 이름("{override}")을 사용하고 있어 이 노드 파드의 HNS 엔드포인트가 삭제될 수 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '012eb77791',
    'explanation': '9f12da3ec7',
    'fix.findNodeName': 'ab8cab95a3',
    'fix.startKubeProxy': '215e39625d',
    'fix.restartKubeProxy': '919ba3d515',
    'fix.recreatePodsLost': '783b360f23',
    'why.kubeProxyLooked': 'd9ec63b6b8',
    'why.kubeProxyCould': '1501079e7a',
    'why.containerHnsEndpoints': 'dc6d79fc78',
    'msg.noOverride': 'c2f153aada',
    'msg.otherOverride': '0aa9ee64c7',
    'msg.nodeNoOverride': 'cc98cdded6',
    'msg.nodeOtherOverride': '95c53f125e',
  },
});
