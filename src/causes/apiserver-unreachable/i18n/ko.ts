import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '노드 또는 파드에서 API 서버에 연결할 수 없음(인증서 또는 주소 문제)',
    'explanation': '클라이언트(kubelet, kube-proxy, flanneld 또는 클러스터 내부 애플리케이션)가 API 서버의 https://<address>:<port>와 통신하지 못합니다. 거의 항상 설정 문제입니다. kubeconfig의 서버 주소나 CA가 잘못되었거나, 자격 증명이 받아들여지지 않거나, API 서버 인증서에 해당 주소가 포함되어 있지 않은 경우입니다.',
    'fix.openKubeconfigFailing': '실패하는 구성 요소가 사용하는 kubeconfig(Windows kubelet이라면 보통 C:\\k\\config)를 열어 서버 주소와 포트를 확인합니다.',
    'fix.checkCertificateAuthority': 'certificate-authority-data가 클러스터 CA인지 확인합니다(컨트롤 플레인의 admin.conf 또는 ~/.kube/config와 비교합니다).',
    'fix.checkApiServer': '클라이언트가 사용하는 주소가 API 서버 인증서에 들어 있는지 확인합니다(서빙 인증서에 openssl x509 -noout -text를 실행합니다).',
    'fix.testNodeTest': '노드에서 Test-NetConnection <address> -Port <port>로 연결을 확인한 다음, 수정한 kubeconfig로 해당 구성 요소를 다시 시작합니다.',
    'why.clientDoesTrust': '클라이언트가 API 서버 인증서를 신뢰하지 않습니다. kubeconfig에 잘못된 CA가 들어 있습니다',
    'why.apiServerCertificate': 'API 서버 인증서가 만료되었거나 클라이언트가 사용하는 주소를 포함하지 않습니다',
    'why.clientCouldOpen': '클라이언트가 kubeconfig에 있는 API 서버 주소로 연결을 열지 못했습니다',
    'why.tlsVerificationApi': 'API 서버의 TLS 검증에 실패했습니다',
    'why.requestApiServer': 'API 서버로 보낸 요청이 연결되지 못했습니다',
    'why.connectionRefusedOwn': '연결이 거부되었습니다(이것만으로는 어느 서비스에나 해당할 수 있습니다)',
    'msg.pod': '파드 {pod}에서 API 서버에 연결할 수 없습니다(연결 또는 인증서 오류).',
    'msg.node': '노드 {node}의 구성 요소가 API 서버에 연결할 수 없습니다(연결 또는 인증서 오류).',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '4b3272143d',
    'explanation': '15d69ce9ce',
    'fix.openKubeconfigFailing': 'e1660c6ea8',
    'fix.checkCertificateAuthority': '289156755a',
    'fix.checkApiServer': '2ca31eb8f8',
    'fix.testNodeTest': '88223ac01f',
    'why.clientDoesTrust': '5166388752',
    'why.apiServerCertificate': '2ec41e0f75',
    'why.clientCouldOpen': '031588462a',
    'why.tlsVerificationApi': 'ed1a336cd4',
    'why.requestApiServer': '777e21c3f4',
    'why.connectionRefusedOwn': '7a876234ce',
    'msg.pod': 'f64fd3ceff',
    'msg.node': '97ccab4bcb',
  },
});
