import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '재부팅 후 CNI 네트워크가 준비되기 전에 kubelet이 시작됨',
    'explanation': 'Windows 노드가 재부팅된 뒤, CNI 에이전트(Calico, flanneld, Antrea)가 HNS 네트워크를 다시 만들기 전에 kubelet 서비스가 먼저 시작될 수 있습니다. kubelet은 곧바로 파드 샌드박스를 다시 만들고 샌드박스는 네트워크 엔드포인트를 받지만, 잠시 후 에이전트가 네트워크를 다시 만들면서 그 엔드포인트를 지웁니다. 그래서 파드는 동작하는 네트워크 없이 계속 실행되며, --force 없이는 삭제되지 않는 경우가 많습니다.',
    'fix.waitForNetwork': 'kubelet 서비스가 CNI 네트워크를 기다리게 합니다. 에이전트에 대한 서비스 종속성을 두거나, CNI가 만드는 네트워크가 Get-HnsNetwork에 나타날 때까지 기다리는 시작 스크립트를 사용합니다.',
    'fix.upgradeAgent': 'CNI 에이전트의 Windows 설치를, kubelet 서비스가 이미 네트워크를 기다리는 릴리스로 업그레이드합니다(Calico for Windows는 calico#6656부터).',
    'fix.recreatePods': '영향을 받은 파드를 삭제해 새 엔드포인트를 받게 합니다. 삭제가 멈추면 노드를 확인한 뒤 kubectl delete pod --grace-period=0 --force를 사용합니다.',
    'msg.booted': '노드 부팅 시각 {time}',
    'msg.rebootedEvent': '{time}에 재부팅: {message}',
    'msg.unreachable': '{pod}에서 {target}에 연결할 수 없음',
    'msg.stuck': '{pod}는 {time}부터 Terminating 상태',
    'msg.pod': '파드 {pod}는 {node} 부팅 {minutes}분 뒤에 다시 시작되었고 그 뒤로 네트워크가 동작하지 않습니다. kubelet이 시작될 때 CNI 네트워크가 준비되지 않았을 가능성이 큽니다.',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'b465b216b7',
    'explanation': 'cb723e78e0',
    'fix.waitForNetwork': '79cac78ca4',
    'fix.upgradeAgent': 'b1068960d6',
    'fix.recreatePods': '171391eedd',
    'msg.booted': 'd747892798',
    'msg.rebootedEvent': 'd75470ed33',
    'msg.unreachable': 'e39a54cc34',
    'msg.stuck': '9fd0904414',
    'msg.pod': '2dec09e5bb',
  },
});
