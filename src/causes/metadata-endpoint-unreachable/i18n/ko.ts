import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드나 그 파드에서 클라우드 메타데이터 엔드포인트에 연결할 수 없음',
    'explanation': '클라우드 인스턴스 메타데이터(169.254.169.254)는 호스트 경로를 통해서만 응답하고, Azure에서는 노드 자신의 IP 주소에만 응답합니다. Windows 노드에서 첫 HNS 네트워크를 만들면 이 경로가 사라질 수 있고, 정책으로 NAT하지 않는 한 파드의 트래픽은 노드 IP가 아니라 파드 IP로 나갑니다. 그래서 kubelet의 클라우드 공급자 호출, CSI 드라이버, 자격 증명 공급자, 파드 안의 클라우드 SDK가 메타데이터나 토큰을 가져오지 못합니다.',
    'fix.checkFromNode': '노드에서 경로와 엔드포인트를 확인합니다. route print 169.254.169.254를 실행한 뒤 클라우드 메타데이터 URL에 Invoke-RestMethod를 실행합니다(Azure는 Metadata: true 헤더가 필요합니다).',
    'fix.restoreRoute': '경로가 없으면 노드의 기본 게이트웨이 쪽으로 다시 추가하고(New-NetRoute -DestinationPrefix 169.254.169.254/32), CNI 네트워크가 만들어진 뒤 노드 설정이 이를 다시 추가하도록 합니다.',
    'fix.natPodTraffic': '파드 안의 클라이언트는 HostProcess 컨테이너로 실행하거나, 169.254.169.254로 가는 트래픽을 노드 IP로 NAT하는 CNI 정책(OutBoundNAT 대상 예외, 또는 CNI가 지원하면 loopback DSR 방식의 정책)을 추가합니다.',
    'fix.preferIdentity': '플랫폼이 제공한다면, 메타데이터 서비스에서 노드 자격 증명을 읽는 대신 파드에 워크로드 ID를 부여합니다.',
    'msg.pod': '{node}의 파드 {pod}가 클라우드 메타데이터 엔드포인트에 연결하지 못했습니다.',
    'msg.node': '{node}의 kubelet이 클라우드 메타데이터 엔드포인트에 연결하지 못했습니다.',
    'why.instanceMetadataFailed': '클라이언트가 가상 머신의 인스턴스 메타데이터를 가져오지 못함',
    'why.imdsNoAnswer': '인스턴스 메타데이터 서비스(IMDS)가 응답하지 않음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '211b427c29',
    'explanation': '43e315fc03',
    'fix.checkFromNode': '2bd9ce986e',
    'fix.restoreRoute': 'd25dbbea77',
    'fix.natPodTraffic': '96ff82fb8d',
    'fix.preferIdentity': '94eaf4eecb',
    'msg.pod': 'd0b6d1351f',
    'msg.node': 'b0f5ab768e',
    'why.instanceMetadataFailed': '1600da16c4',
    'why.imdsNoAnswer': '0abba8e70d',
  },
});
