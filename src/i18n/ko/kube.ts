/** ko text for the keys of src/i18n/en/kube.ts. */
export const kube: Readonly<Record<string, string>> = {
  // kubeconfig
  'kube.error.noKubeconfig':
    'kubeconfig를 찾을 수 없습니다: --kubeconfig와 KUBECONFIG가 설정되지 않았고, {path} 파일이 없으며, 클러스터 내부에서 실행 중도 아닙니다',
  'kube.hint.noKubeconfig': '--kubeconfig PATH를 지정하거나 KUBECONFIG에 클러스터의 kubeconfig 파일을 설정합니다',
  'kube.error.kubeconfigMissing': 'kubeconfig 파일이 없습니다: {path}',
  'kube.error.kubeconfigListEmpty': 'KUBECONFIG에 지정된 파일이 하나도 없습니다({list})',
  'kube.hint.kubeconfigMissing': '경로를 확인하거나 --kubeconfig에 실제로 있는 파일을 지정합니다',
  'kube.error.kubeconfigUnreadable': 'kubeconfig 파일 {path}을(를) 읽을 수 없습니다: {reason}',
  'kube.error.kubeconfigMalformed': 'kubeconfig 파일 {path}의 내용이 올바르지 않습니다: {reason}',
  'kube.error.kubeconfigMalformedAt': 'kubeconfig 파일 {path}의 YAML 형식이 올바르지 않습니다({line}행): {reason}',
  'kube.error.kubeconfigNotMapping': '{path} 파일은 kubeconfig가 아닙니다(clusters, users, contexts가 있는 YAML 매핑이어야 합니다)',
  'kube.hint.kubeconfigMalformed': '"kubectl config view --kubeconfig <file>"로 확인합니다',
  'kube.error.unknownContext': '"{context}" 컨텍스트가 kubeconfig에 없습니다(사용할 수 있는 컨텍스트: {available})',
  'kube.error.currentContextMissing': '현재 컨텍스트로 지정된 "{context}" 컨텍스트가 kubeconfig에 없습니다(사용할 수 있는 컨텍스트: {available})',
  'kube.hint.unknownContext': '--context로 하나를 선택하거나 "kubectl config get-contexts"로 목록을 확인합니다',
  'kube.error.noCurrentContext': 'kubeconfig에 현재 컨텍스트가 설정되어 있지 않습니다(사용할 수 있는 컨텍스트: {available})',
  'kube.hint.noCurrentContext': '--context NAME을 지정하거나 "kubectl config use-context NAME"을 실행합니다',
  'kube.error.contextWithoutCluster': '"{context}" 컨텍스트가 "{cluster}" 클러스터를 참조하지만 kubeconfig에 해당 클러스터가 정의되어 있지 않습니다',
  'kube.error.execPluginFailed': '"{user}" 사용자의 자격 증명 플러그인 "{command}" 실행에 실패했습니다: {reason}',
  'kube.error.execPluginMissing': '"{user}" 사용자의 자격 증명 플러그인 "{command}"의 실행 파일을 찾을 수 없습니다',
  'kube.hint.execPlugin': '"{command}" 명령을 직접 실행해 원인을 확인하고, 설치되어 있으며 PATH에 포함되어 있는지 확인합니다',
  'kube.error.credentials': '"{user}" 사용자의 자격 증명을 불러오지 못했습니다: {reason}',

  // request timeout and selectors
  'kube.error.badRequestTimeout': '올바르지 않은 --request-timeout 값입니다: "{value}"',
  'kube.hint.badRequestTimeout': '초 단위 정수 또는 단위가 붙은 숫자를 사용합니다. 예: 30s, 1m, 2m30s("0"은 제한 없음)',
  'kube.error.badSelector': '올바르지 않은 레이블 셀렉터입니다: "{selector}"',
  'kube.hint.badSelector': 'kubectl과 같은 구문을 사용합니다. 예: -l agentpool=win22 또는 -l "env in (prod,staging)"',

  // transport
  'kube.error.unreachable': '{server}의 API 서버에 연결할 수 없습니다({code})',
  'kube.hint.unreachable': '클러스터까지의 네트워크 경로, VPN이나 프록시, kubeconfig의 서버 주소를 확인합니다',
  'kube.error.tlsUntrusted': 'TLS: kubeconfig의 CA가 서버 인증서를 신뢰하지 않습니다({server})',
  'kube.hint.tlsUntrusted':
    'kubeconfig를 새로 받아(예: az aks get-credentials, aws eks update-kubeconfig) certificate-authority-data가 클러스터와 일치하게 합니다',
  'kube.error.tlsWrongHost': 'TLS: 서버 인증서가 {host}에 대해 유효하지 않습니다({server})',
  'kube.hint.tlsWrongHost': '인증서가 발급된 주소를 사용하거나 kubeconfig에 tls-server-name을 설정합니다',
  'kube.error.tlsExpired': 'TLS: 서버 인증서가 만료되었거나 아직 유효 기간이 시작되지 않았습니다({server})',
  'kube.hint.tlsExpired': '이 컴퓨터의 시계를 먼저 확인한 다음 클러스터의 인증서를 확인합니다',
  'kube.error.timeout': '{server}의 API 서버가 {timeout} 안에 응답하지 않았습니다',
  'kube.hint.timeout': '--request-timeout 값을 늘리거나(예: --request-timeout=2m) API 서버의 부하를 확인합니다',
  'kube.error.connectionReset': '{server}의 API 서버와의 연결이 계속 끊어졌습니다({attempts}회 시도)',
  'kube.hint.retryLater': '잠시 후 다시 시도하고, 문제가 계속되면 API 서버와 그 앞의 프록시나 로드 밸런서를 확인합니다',
  'kube.error.requestFailed': '{server}의 API 서버에 보낸 요청이 실패했습니다: {reason}',
  'kube.error.badJson': '{server}의 API 서버가 올바른 JSON이 아닌 응답을 보냈습니다',
  'kube.error.unauthorized': '{server}의 API 서버가 자격 증명을 거부했습니다(401 Unauthorized)',
  'kube.hint.unauthorized': '다시 로그인하거나 kubeconfig를 새로 받습니다(대개 토큰이나 클라이언트 인증서의 만료가 원인입니다)',
  'kube.error.forbidden': '{what} 작업이 허용되지 않습니다: {detail}',
  'kube.hint.forbidden': 'windbg에 필요한 RBAC 권한을 요청합니다(README의 ClusterRole 참고)',
  'kube.error.expired': '{what} 목록 조회가 서버에서 만료되었습니다(410 Gone)',
  'kube.error.expiredTwice': '페이지 단위로 조회하는 동안 {resource} 목록이 두 번 만료되었습니다(410 Gone)',
  'kube.error.apiStatus': 'API 서버가 {what} 요청을 거부했습니다: {status} {reason}: {detail}',
  'kube.word.inNamespace': '(네임스페이스 {namespace})',
  'kube.word.inAllNamespaces': '(모든 네임스페이스)',
  'kube.word.none': '(없음)',

  // exec
  'kube.error.execFailed': '{pod} 파드에서 exec 실행에 실패했습니다: {detail}',
  'kube.error.execTimeout': '{pod} 파드의 exec가 {timeout} 안에 끝나지 않았습니다',
  'kube.error.execClosed': '명령이 끝나기 전에 {pod} 파드의 exec 연결이 닫혔습니다(WebSocket 코드 {code})',

  // scope
  'kube.error.nodeNotFound': '{node} 노드를 찾을 수 없습니다',
  'kube.error.linuxNode': '{node} 노드는 Linux 노드이지만 windbg는 Windows 노드만 진단합니다',
  'kube.hint.listNodes': '"kubectl windbg nodes"로 Windows 노드 목록을 확인합니다',
  'kube.error.podNotFound': '{pod} 파드를 찾을 수 없습니다',
  'kube.hint.podNotFound': '이름과 네임스페이스(-n)를 확인합니다',
  'kube.error.podOnLinuxNode': '{pod} 파드는 Linux 노드인 {node}에서 실행 중이지만 windbg는 Windows 파드만 진단합니다',
  'kube.error.podNodeMissing': '{pod} 파드는 존재하지 않는 {node} 노드에 바인딩되어 있고, spec에도 Windows를 대상으로 하는 설정이 없습니다',
  'kube.error.podNotWindows': '{pod} 파드는 스케줄되지 않았고, spec에도 Windows를 대상으로 하는 설정이 없습니다',
  'kube.hint.podNotWindows': 'Windows 파드는 nodeSelector나 어피니티에서 kubernetes.io/os: windows를 선택합니다',

  // notes
  'kube.note.eventsForbidden': '이벤트 목록을 가져오지 못했습니다: {reason}',
  'kube.note.leasesUnreadable': "노드 Lease를 읽지 못했습니다 ({reason}). 노드 상태는 Ready 조건만으로 판단합니다",
  'kube.progress.leases': "노드 Lease를 읽는 중",
  'kube.note.podsForbidden': '{namespace} 네임스페이스의 파드 목록을 가져오지 못했습니다: {reason}',
  'kube.note.namespacesForbidden': '네임스페이스를 읽지 못해 Pod Security 수준을 알 수 없습니다: {reason}',
  'kube.note.versionUnreadable': '서버 버전을 읽지 못했습니다: {reason}',
  'kube.note.versionUnknownOffline': '오프라인에서는 서버 버전을 알 수 없습니다("kubectl version -o json" 출력을 version.json으로 추가하면 됩니다)',

  // progress
  'kube.progress.nodes': 'Windows 노드 목록을 가져오는 중',
  'kube.progress.nodesByName': '노드 {count}개를 읽는 중',
  'kube.progress.pods': '파드 목록을 가져오는 중({page}페이지)',
  'kube.progress.podsOnNode': '{node}의 파드 목록을 가져오는 중',
  'kube.progress.podsUnscheduled': '아직 스케줄되지 않은 파드 목록을 가져오는 중',
  'kube.progress.podsInNamespace': '{namespace} 네임스페이스의 파드 목록을 가져오는 중',
  'kube.progress.events': '이벤트 목록을 가져오는 중({page}페이지)',
  'kube.progress.pod': '{pod} 파드를 읽는 중',
  'kube.progress.namespaces': '네임스페이스를 읽는 중',

  // offline
  'kube.error.fromMissing': '--from에 지정한 경로가 없습니다: {path}',
  'kube.error.fromEmpty': '--from에 지정한 디렉터리 {path}에 .yaml, .yml, .json 파일이 없습니다',
  'kube.hint.fromMissing': '--from에 kubectl get -o yaml/json 출력이나 cluster-info dump가 담긴 파일 또는 디렉터리를 지정합니다',
  'kube.error.fromMalformed': '{path} 파일을 읽을 수 없습니다: {reason}',
  'kube.error.fromMalformedAt': '{path} 파일을 읽을 수 없습니다({line}행): {reason}',
  'kube.hint.fromMalformed': '해당 파일을 고치거나 제거합니다(windbg는 kubectl이 출력하는 형식의 YAML과 JSON을 읽습니다)',
};
