import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드나 그 파드에서 클라우드 메타데이터 엔드포인트에 도달할 수 없음',
    'explanation': '클라우드 메타데이터(169.254.169.254)는 호스트 경로를 통해 노드 자신의 주소에서 접근해야 합니다. Windows에서 첫 HNS 네트워크를 만들면 이 경로가 사라질 수 있고, 파드의 트래픽은 노드 IP로 NAT되지 않으므로 kubelet의 클라우드 공급자, CSI 드라이버, 파드 안의 SDK가 인스턴스 메타데이터나 자격 증명을 읽지 못합니다.',
    'fix.restoreRoute': '노드에서 경로를 확인하고(Get-NetRoute -DestinationPrefix 169.254.169.254/32) 없으면 호스트 어댑터에 다시 추가합니다. 노드 설정이 HNS 네트워크를 만든 뒤 경로를 다시 추가하도록 합니다.',
    'fix.natForPods': '파드의 경우 메타데이터 트래픽을 노드 IP로 NAT하거나(Azure CNI와 CAPZ처럼 CNI 구성의 OutBoundNAT이나 목적지 기반 정책으로), 메타데이터 클라이언트를 HostProcess 컨테이너로 실행합니다.',
    'fix.checkProxy': 'HTTP 프록시를 구성했다면 메타데이터 호출이 프록시로 가지 않도록 169.254.169.254를 NO_PROXY에 추가합니다.',
    'why.instanceMetadata': '클라우드 메타데이터 엔드포인트가 응답하지 않았음. Windows에서는 호스트 경로가 없거나 파드 트래픽이 노드로 NAT되지 않는 경우가 많음',
    'why.imdsTimeout': '인스턴스 메타데이터 서비스에 도달할 수 없었음',
    'msg.pod': '파드 {pod}가 Windows 노드에서 클라우드 메타데이터 엔드포인트(169.254.169.254)를 읽지 못합니다.',
    'msg.node': '{node}의 kubelet이나 에이전트가 클라우드 메타데이터 엔드포인트(169.254.169.254)를 읽지 못합니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '211b427c29',
    'explanation': '906e8a42d8',
    'fix.restoreRoute': '1d10bb8554',
    'fix.natForPods': '94a8978c2f',
    'fix.checkProxy': 'b46bcdc984',
    'why.instanceMetadata': '0683368c97',
    'why.imdsTimeout': '0acc02121d',
    'msg.pod': 'fbc8123c59',
    'msg.node': '45dbfd3bc1',
  },
});
