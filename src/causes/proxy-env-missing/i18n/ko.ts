import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '이미지 풀이 시간 초과되는 노드에 HTTP(S)_PROXY가 머신 수준으로 설정되어 있지 않음',
    'explanation': '아웃바운드 프록시 뒤에 있는 Windows 노드 서비스(containerd 또는 Docker, kubelet, 설정 스크립트)는 HTTP_PROXY와 HTTPS_PROXY가 머신 수준 환경 변수로 설정되어 있어야만 레지스트리와 다운로드 서버에 연결할 수 있습니다. 사용자 세션에만 설정하면 서비스에는 보이지 않으므로 이미지 풀과 설치 단계가 시간 초과됩니다.',
    'fix.confirmNetworkNeeds': '이 네트워크에서 레지스트리에 연결하려면 프록시가 필요한지 확인합니다(네트워크 팀에 문의하거나 노드에서 Invoke-WebRequest -Proxy로 테스트합니다).',
    'fix.setVariablesMachine': '변수를 머신 범위로 설정합니다: [Environment]::SetEnvironmentVariable("HTTP_PROXY", "http://proxy.example.com:80/", [EnvironmentVariableTarget]::Machine). HTTPS_PROXY도 같은 방법으로 설정하고, NO_PROXY에는 클러스터, 서비스, 노드 범위를 넣습니다.',
    'fix.restartContainerRuntime': '새 환경 변수를 읽도록 컨테이너 런타임과 kubelet을 다시 시작합니다(Restart-Service containerd; Restart-Service kubelet).',
    'fix.deleteFailingPods': '실패한 파드를 삭제하거나 다음 풀 백오프를 기다린 뒤 이미지가 풀되는지 확인합니다.',
    'why.pullWentThrough': '연결할 수 없는 프록시를 거쳐 풀을 시도했습니다. 노드의 프록시 설정이 잘못되었거나 불완전합니다',
    'why.nodeCannotResolve': '프록시를 통한 트래픽만 허용하는 네트워크처럼, 노드가 레지스트리 이름을 직접 확인하지 못합니다',
    'why.nodeCannotOpen': '프록시를 통한 트래픽만 허용하는 네트워크처럼, 노드가 레지스트리에 직접 연결하지 못합니다',
    'why.imagePullsTime': '레지스트리에 연결하는 데 프록시가 필요한 노드에서처럼 이미지 풀이 시간 초과됩니다',
    'msg.notSet': '머신 수준의 HTTP_PROXY와 HTTPS_PROXY가 설정되어 있지 않습니다',
    'msg.node': '{node}에서 이미지 풀이 레지스트리에 연결하지 못하는데({pods}) 머신 수준의 HTTP(S)_PROXY가 설정되어 있지 않습니다. 이 네트워크에 프록시가 필요하다면 노드 서비스는 프록시를 사용하지 않고 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '721330859c',
    'explanation': 'b3e6a43a79',
    'fix.confirmNetworkNeeds': '33ff9c3ce6',
    'fix.setVariablesMachine': '94b6f7f289',
    'fix.restartContainerRuntime': 'd8586eb3f2',
    'fix.deleteFailingPods': '209ac6ae9d',
    'why.pullWentThrough': '47e1052efd',
    'why.nodeCannotResolve': 'ea77e1d29f',
    'why.nodeCannotOpen': '733c6d6569',
    'why.imagePullsTime': '71476318ff',
    'msg.notSet': '8bcd01ab26',
    'msg.node': '4e11087081',
  },
});
