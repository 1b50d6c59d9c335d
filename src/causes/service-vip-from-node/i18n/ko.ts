import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드 자신에서 ClusterIP 서비스에 연결할 수 없음',
    'explanation': 'Windows에서 서비스 주소(ClusterIP)는 컨테이너 네트워크용 HNS 로드 밸런서로 설정됩니다. 많은 Windows 빌드에서 호스트 자신의 네트워크 스택은 이 로드 밸런서를 거치지 않으므로, 같은 노드의 일반 파드는 모두 ClusterIP에 연결할 수 있어도 노드의 프로세스(또는 hostNetwork / HostProcess 파드)는 연결하지 못합니다.',
    'fix.reachServicesPods': '노드가 아닌 파드에서 서비스에 접근하거나, 호스트 프로세스에서는 엔드포인트 주소(또는 다른 노드의 NodePort)를 사용합니다.',
    'fix.hostprocessPodsMust': '서비스를 호출해야 하는 HostProcess 파드는 API 서버나 서비스의 엔드포인트에 직접 연결합니다.',
    'fix.keepNodeCurrent': '호스트에서 서비스로의 접근이 개선된 최신 Windows 빌드와 kube-proxy 버전을 노드에서 유지합니다.',
    'msg.succeeded': '성공',
    'msg.failed': '실패',
    'msg.fromPod': '파드에서 ClusterIP {target}에 TCP 연결: {outcome}',
    'msg.fromHost': '노드 호스트 네트워크에서 ClusterIP {target}에 TCP 연결: {outcome}',
    'msg.fromWitness': '파드 {pod}에서 ClusterIP {target}에 TCP 연결: {outcome}',
    'msg.pod': 'ClusterIP {vip}에 {pod}에서는 연결되지만 {node}의 호스트 네트워크에서는 연결되지 않습니다. 서비스 고장이 아니라 알려진 Windows 제한 사항입니다.',
    'msg.podUnknownNode': 'ClusterIP {vip}에 {pod}에서는 연결되지만 파드가 있는 노드의 호스트 네트워크에서는 연결되지 않습니다. 서비스 고장이 아니라 알려진 Windows 제한 사항입니다.',
    'msg.node': 'ClusterIP {vip}에 {node}의 호스트 네트워크에서는 연결할 수 없지만 이 노드의 파드 {pod}에서는 연결됩니다. 알려진 Windows 제한 사항입니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '57a3e88636',
    'explanation': '198ac32848',
    'fix.reachServicesPods': '89a7633515',
    'fix.hostprocessPodsMust': '694720dca9',
    'fix.keepNodeCurrent': 'c3d3189e74',
    'msg.succeeded': '5dceaeceb6',
    'msg.failed': '5d28a90f44',
    'msg.fromPod': '0908129ae8',
    'msg.fromHost': '1592cdbb45',
    'msg.fromWitness': '4daf7c4a81',
    'msg.pod': '06bd027f63',
    'msg.podUnknownNode': 'fdc5e3f77e',
    'msg.node': 'e6cc2defc2',
  },
});
