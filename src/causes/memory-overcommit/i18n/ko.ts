import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드 메모리가 초과 할당될 수 있음(예약 또는 제한 없음)',
    'explanation': 'Windows에는 OOM killer가 없고, Windows 노드는 MemoryPressure를 보고하지 않습니다. 파드가 노드의 메모리보다 많이 사용하면 Windows는 디스크로 페이징하고, kubelet을 포함한 노드 전체가 느려집니다. 노드는 시스템용 메모리를 남겨 두어야 하고(--kube-reserved / --system-reserved로 약 2GiB), 모든 컨테이너에는 메모리 제한을 두어야 합니다. 제한은 요청과 같게 두는 것이 가장 좋습니다.',
    'fix.reserveMemoryEvery': '모든 Windows 노드에서 메모리를 예약합니다. kubelet을 --system-reserved=memory=2Gi(또는 --kube-reserved, 둘 다도 가능)로 시작하거나 kubelet 구성에서 systemReserved/kubeReserved를 설정합니다.',
    'fix.giveEveryWindows': '모든 Windows 컨테이너에 resources.limits.memory를 지정하고, 가능하면 resources.requests.memory와 같은 값으로 둡니다.',
    'fix.useLimitrangeNamespaces': 'Windows 워크로드가 실행되는 네임스페이스에 LimitRange를 두어 제한이 없는 컨테이너에 기본값이 적용되게 합니다.',
    'msg.node': '노드 {node}에서는 메모리 {capacity} 중 {reserved}만 시스템용으로 예약되어 있습니다. 파드가 메모리를 모두 차지할 수 있고, 그러면 Windows는 축출 대신 페이징을 합니다.',
    'msg.capacity': '메모리 용량(capacity) {capacity}, 할당 가능(allocatable) 메모리 {allocatable}',
    'msg.noMemoryPressure': 'Windows 노드는 MemoryPressure를 보고하지 않으므로 kubelet이 스스로 노드를 보호할 수 없습니다',
    'msg.pod': '파드 {pod}에 Windows 노드에서 메모리 제한 없이 실행되는 컨테이너가 있습니다. Windows 노드에서는 이런 컨테이너가 노드 메모리를 초과 할당하는 것을 막을 수 없습니다.',
    'msg.noLimit': '컨테이너 {container}: resources.limits.memory 없음',
    'msg.noLimitWithRequest': '컨테이너 {container}: resources.limits.memory 없음(requests {request})',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '2dd4669433',
    'explanation': 'e921003bce',
    'fix.reserveMemoryEvery': '52cfa68ade',
    'fix.giveEveryWindows': '64fc5d1a0d',
    'fix.useLimitrangeNamespaces': '60d5614a99',
    'msg.node': '80b171c341',
    'msg.capacity': 'f265e50633',
    'msg.noMemoryPressure': '43f1fe13da',
    'msg.pod': '44efb91018',
    'msg.noLimit': '6999be0260',
    'msg.noLimitWithRequest': '0f02b6c4de',
  },
});
