import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'hostPort에는 portMappings 기능을 갖춘 CNI 플러그인 v0.8.6 이상이 필요함',
    'explanation': 'Windows에서 컨테이너의 hostPort는 CNI 플러그인이 포트 매핑을 지원하고(v0.8.6부터의 참조 플러그인 win-bridge / win-overlay) CNI 구성에 "capabilities": {"portMappings": true}가 선언되어 있을 때만 게시됩니다. 그렇지 않으면 파드는 정상적으로 시작되지만 노드 포트에서 아무것도 수신하지 않습니다.',
    'fix.upgradeCniPlugins': '노드의 CNI 플러그인을 v0.8.6 이상(또는 사용 중인 CNI의 최신 릴리스)으로 업그레이드합니다.',
    'fix.addCapabilitiesPortmappings': '모든 Windows 노드에서 CNI 구성의 플러그인 항목에 "capabilities": {"portMappings": true}를 추가합니다.',
    'fix.recreatePodsUse': 'hostPort를 사용하는 파드를 다시 만들어 포트 매핑이 설정되게 합니다.',
    'fix.wherePossibleExpose': '가능하면 hostPort 대신 NodePort 또는 LoadBalancer 서비스로 파드를 노출합니다.',
    'msg.noPortMappings': 'CNI 구성에 capabilities.portMappings가 선언되어 있지 않습니다',
    'msg.noPortMappingsIn': 'CNI 구성 {file}에 capabilities.portMappings가 선언되어 있지 않습니다',
    'msg.oldPlugin': 'CNI 플러그인 {plugin}의 버전 {version}은(는) {minimum}보다 오래되었습니다',
    'msg.hostPort': '컨테이너 {container}에서 hostPort {hostPort} -> containerPort {containerPort}/{protocol} 게시',
    'msg.notPublished': '{pod}의 hostPort가 게시되지 않았습니다. {node}의 CNI가 포트 매핑을 지원하지 않습니다.',
    'msg.reminder': '{pod}에서 Windows 노드 {node}의 hostPort를 사용합니다. hostPort는 portMappings를 선언한 CNI 플러그인 v0.8.6 이상에서만 동작합니다(노드를 확인하려면 --probe를 붙여 실행합니다).',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '9cad713f01',
    'explanation': '2c49cac8a6',
    'fix.upgradeCniPlugins': '9d1ea56578',
    'fix.addCapabilitiesPortmappings': '93a4136686',
    'fix.recreatePodsUse': 'f676448f33',
    'fix.wherePossibleExpose': '2360c682e6',
    'msg.noPortMappings': 'd2262ff8f5',
    'msg.noPortMappingsIn': 'fb95c51111',
    'msg.oldPlugin': '6a5c525d1b',
    'msg.hostPort': '5c21b688a6',
    'msg.notPublished': '76946f01ea',
    'msg.reminder': '59ea8cd514',
  },
});
