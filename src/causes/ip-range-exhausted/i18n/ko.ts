import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드의 파드 IP 범위가 고갈됨',
    'explanation': '각 노드는 자신의 범위에서 파드 주소를 나눠 줍니다. 범위를 다 쓰면(대개 삭제된 파드의 주소가 해제되지 않아서, 즉 HNS 엔드포인트나 IPAM 기록이 누수되어서) 샌드박스 생성이 "failed to allocate for range" 오류로 실패하고, 실제로 실행 중인 파드는 적은데도 새 파드가 ContainerCreating 상태에 머뭅니다.',
    'fix.compareRunningPods': '노드에서 실행 중인 파드 수를 파드 범위의 크기와 비교합니다(kubectl get node <node> -o jsonpath="{.spec.podCIDR}").',
    'fix.drainNodeKubectl': '노드를 드레인합니다(kubectl drain <node> --ignore-daemonsets).',
    'fix.removeStaleHns': '오래된 HNS 엔드포인트(hnsdiag list endpoints / hnsdiag delete endpoints <id>)와 host-local IPAM 상태(c:\\var\\lib\\cni 또는 c:\\var 아래의 networks 폴더)를 제거합니다.',
    'fix.restartContainerRuntime': '컨테이너 런타임과 kubelet을 다시 시작한 다음 노드의 스케줄링을 다시 허용합니다(kubectl uncordon <node>).',
    'why.hostLocalIpam': 'host-local IPAM이 노드 파드 범위에서 빈 주소를 찾지 못했습니다',
    'why.everyAddressNode': '노드 파드 범위의 모든 주소가 사용 중으로 기록되어 있습니다',
    'why.ipamPluginHas': 'IPAM 플러그인에 이 노드에 줄 수 있는 빈 파드 주소가 남아 있지 않습니다',
    'msg.podOnNode': '파드 {pod}에 IP 주소가 할당되지 않습니다. 노드 {node}의 파드 범위가 고갈되었습니다.',
    'msg.pod': '파드 {pod}에 IP 주소가 할당되지 않습니다. 파드가 있는 노드의 파드 범위가 고갈되었습니다.',
    'msg.podCidr': '노드 {node}의 podCIDR {cidr}, 이 노드에 바인딩된 파드 {count}개',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'eee884cf87',
    'explanation': '94b123d8d2',
    'fix.compareRunningPods': '3715845a99',
    'fix.drainNodeKubectl': '08ad4d2152',
    'fix.removeStaleHns': '3a050a6b8f',
    'fix.restartContainerRuntime': '686e0f4148',
    'why.hostLocalIpam': '959b5454a7',
    'why.everyAddressNode': 'bcfd6debf1',
    'why.ipamPluginHas': 'fc5d78ac8f',
    'msg.podOnNode': '0f9fe0d2e0',
    'msg.pod': '5f7dbd32a4',
    'msg.podCidr': '20499c9fbb',
  },
});
