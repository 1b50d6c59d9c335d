import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '이 Windows 빌드의 카나리 파드가 시작되지 않았거나 클러스터에 연결하지 못함',
    'explanation': 'windbg는 Windows 빌드마다 작은 nanoserver 파드를 하나씩 스케줄링하고, 그 안에서 클러스터 DNS, kubernetes ClusterIP 서비스, API 서버를 테스트합니다. 카나리가 시작되지 않거나 이들에 연결하지 못한다면, 이 빌드의 노드에서 실행되는 일반 Windows 워크로드도 같은 방식으로 실패합니다.',
    'fix.readFailedCheck': '실패한 검사와 그 증거를 읽고 시작 실패(이미지, 샌드박스, 스케줄링), DNS, ClusterIP, API 서버 중 어느 것인지 확인합니다.',
    'fix.imageDoesMatch': '이미지가 노드 빌드와 맞지 않는다면 --canary-image로 맞는 이미지를 지정합니다.',
    'fix.dnsServiceFailures': 'DNS나 서비스 실패라면 진단 결과에 나온 노드를 대상으로 `kubectl windbg node <node> --probe`를 실행합니다.',
    'msg.failed': '{node}의 {product} 카나리가 실패했습니다: {checks}.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '967ce22665',
    'explanation': '19b97f843b',
    'fix.readFailedCheck': '6cd5d7af3c',
    'fix.imageDoesMatch': '24065f1dcc',
    'fix.dnsServiceFailures': '4776f6cae4',
    'msg.failed': '231e852b31',
  },
});
