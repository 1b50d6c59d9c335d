/** ko text for the keys of src/i18n/en/probes.ts. */
export const probes: Readonly<Record<string, string>> = {
  'probes.error.badNodeName': '"{node}" 값은 올바른 Kubernetes 노드 이름이 아닙니다.',
  'probes.error.badPort': '"{value}" 값은 포트 번호(1-65535)가 아닙니다.',
  'probes.error.badIpPort': '"{value}" 값은 10.0.0.10:443 같은 IPv4 주소와 포트가 아닙니다.',
  'probes.error.badHostPort': '"{value}" 값은 10.224.0.4:443 같은 포트가 붙은 호스트 이름이나 IPv4 주소가 아닙니다.',
  'probes.error.badHost': '"{value}" 값은 올바른 DNS 이름이 아닙니다.',
  'probes.error.badIp': '"{value}" 값은 IPv4 주소가 아닙니다.',
  'probes.error.badDeadline': '프로브 기한은 30 이상의 초 단위 정수여야 합니다(입력값: {value}).',
  'probes.error.unsafeValue': '{name} 값에 호스트, 주소, 포트 구문에 쓰이지 않는 문자가 있어 프로브 스크립트에 전달하지 않습니다.',

  'probes.psa.rejected':
    '{namespace} 네임스페이스에 Pod Security "{level}" 수준이 강제 적용되어 HostProcess 파드가 거부되므로 프로브 파드가 승인되지 않습니다.',
  'probes.psa.fix':
    'pod-security.kubernetes.io/enforce=privileged 레이블이 있는 네임스페이스에서 프로브를 실행하거나(--probe-namespace), 이 네임스페이스에 레이블을 추가합니다: kubectl label namespace {namespace} pod-security.kubernetes.io/enforce=privileged --overwrite',
  'probes.namespace.missing': '프로브용 {namespace} 네임스페이스가 없으므로 --probe-namespace로 존재하는 네임스페이스를 지정해야 합니다.',
  'probes.namespace.unreadable': '프로브용 {namespace} 네임스페이스를 읽지 못했습니다({error}). 프로브 파드를 만들기 전에 Pod Security 수준을 확인하지 않았습니다.',

  'probes.hostProcess.oldServer':
    '클러스터의 Kubernetes 버전({version})에서는 HostProcess 프로브 파드를 실행할 수 없어(Kubernetes 1.26 이상 필요) 프로브 파드를 만들지 않았습니다.',
  'probes.hostProcess.runtime':
    '노드의 런타임({runtime})에서는 HostProcess 프로브 파드를 실행할 수 없어(containerd 1.6 이상 필요) 프로브 파드를 만들지 않았습니다.',
  'probes.hostProcess.oldContainerd':
    '노드의 런타임({runtime})에서는 HostProcess 프로브 파드를 실행할 수 없어(containerd 1.6 이상 필요) 프로브 파드를 만들지 않았습니다.',

  'probes.failed.image-pull': '{node}의 프로브 파드가 이미지를 가져오지 못했습니다({reason}): {message}',
  'probes.failed.admission': 'API 서버가 {node}용 프로브 파드를 거부했습니다({reason}): {message}',
  'probes.failed.hostprocess-unsupported': '{node}의 프로브 파드를 HostProcess 컨테이너로 실행하지 못했습니다({reason}): {message}',
  'probes.failed.sandbox': '{node}의 프로브 파드에 파드 샌드박스가 만들어지지 않았습니다({reason}): {message}',
  'probes.failed.container': '{node}의 프로브 컨테이너가 시작되지 않았습니다({reason}): {message}',
  'probes.failed.unschedulable': '프로브 파드를 {node}에 배치하지 못했습니다({reason}): {message}',
  'probes.failed.deadline': '{node}의 프로브 파드가 프로브를 마치기 전에 기한에 도달했습니다({reason}): {message}',
  'probes.failed.timeout': '{node}의 프로브 파드가 제한 시간 안에 시작되지 않았습니다: {message}',
  'probes.failed.api': '{node}의 프로브를 완료하지 못했습니다({reason}): {message}',
  'probes.cleanup.listFailed': '{kind} 종류의 프로브 개체를 나열하지 못했습니다: {error}',
  'probes.create.uncertain': '{object}을(를) 만드는 요청에 분명한 응답이 없었고, {outcome}',
  'probes.create.notCreated': '서버는 그것을 만들지 않았습니다',
  'probes.create.foundAndDeleted': '서버가 그것을 만들었으므로 찾아서 삭제했습니다',
  'probes.create.unknown': '서버가 그것을 만들었는지 알 수 없습니다({error})',
  'probes.daemonset.listFailed': '{daemonset} DaemonSet의 프로브 파드를 나열하지 못했습니다: {error}',
  'probes.unreachable': '프로브 중에 클러스터가 응답을 멈췄습니다: {error}',

  'probes.pod.timeout': '프로브 제한 시간이 끝났을 때 {pod} 파드는 아직 {phase} 상태였습니다(--probe-timeout으로 늘릴 수 있습니다).',
  'probes.pod.vanished': '{pod} 파드가 시작되기 전에 외부에서 삭제되었습니다.',
  'probes.daemonset.noPod': '{daemonset} DaemonSet이 이 노드에 프로브 파드를 배치하지 않았습니다.',
  'probes.daemonset.noResult': '파드 {pod}은(는) 실행 중이었지만 프로브 시간 제한이 끝날 때까지 결과를 출력하지 않았습니다(--probe-timeout으로 늘릴 수 있습니다).',
  'probes.note.deleteFailed': '{object} 삭제 실패: {error}. `kubectl windbg cleanup`을 실행하면 제거할 수 있습니다.',
  'probes.note.notReady': '{node} 노드가 Ready 상태가 아니어서 프로브를 건너뛰었습니다',
  'probes.summary.ran': "{nodes}에서 노드 프로브를 실행했습니다. 얻은 정보: {sections}",
  'probes.summary.ranPartly': "{nodes}에서 노드 프로브를 실행했습니다. 얻은 정보: {sections}. 실패한 부분: {failed}",
  'probes.summary.failed': "{nodes}에서 노드 프로브가 실패했습니다: {reason} (이를 필요로 하는 점검은 해당 노드에서 확인되지 않은 채로 남습니다)",
  'probes.summary.podRan': "{pod}의 파드 네트워크 프로브를 실행했습니다({vantage}). 얻은 정보: {sections}",
  'probes.summary.podRanPartly': "{pod}의 파드 네트워크 프로브를 실행했습니다({vantage}). 얻은 정보: {sections}. 실패한 부분: {failed}",
  'probes.exec.exitCode': '프로브 스크립트가 실패했습니다(종료 코드 {code}): {stderr}',

  'probes.progress.creating': '{node}에서 프로브 파드를 시작하는 중',
  'probes.progress.running': '{node} 노드를 프로브하는 중',
  'probes.progress.daemonset': 'DaemonSet으로 노드 {count}개를 프로브하는 중',
  'probes.progress.bundle': '{node}에서 상태 번들을 수집하는 중',
  'probes.progress.canary': '{node}에서 {product} 카나리를 실행하는 중',

  'probes.dryRun.scriptHeader': '이후 프로브 파드가 다음 명령을 한 번 실행합니다: {command} <아래 스크립트를 stdin으로 전달>',
  'probes.dryRun.podExec': '먼저 시도: {pod}에 exec: {command} <아래 스크립트를 stdin으로 전달>',
  'probes.dryRun.podCmdFallback': '파드에 powershell.exe가 없으면 대신 cmd.exe로 실행: {commands}',
  'probes.dryRun.podNotRunning': '{pod} 파드가 실행 중이 아니어서 exec할 수 없으므로 아래 보조 파드가 스크립트를 실행합니다.',
  'probes.dryRun.noHelperPod': '{pod} 옆에 보조 파드를 배치할 수 없습니다. 파드에 노드가 없거나 노드 빌드에 맞는 servercore 이미지를 알 수 없습니다.',
  'probes.dryRun.podFallback':
    '파드 자체에서 스크립트를 실행할 수 없으면(실행 중이 아니거나 PowerShell과 cmd.exe가 모두 없으면) 다음 보조 파드가 대신 실행합니다:',

  'probes.bundle.truncated': '번들 스트림이 마지막 줄 전에 끝났습니다',
  'probes.bundle.countMismatch': '번들에 예고된 파일은 {expected}개이지만 도착한 파일은 {got}개입니다',
  'probes.bundle.garbled': '번들 스트림에 예상하지 못한 줄이 있습니다: {line}',
  'probes.bundle.incomplete': '{node}에서 받은 상태 번들이 불완전하여({reason}, 종료 코드 {code}) 파일을 저장하지 않았습니다.',
  'probes.bundle.notReady':
    '{node} 노드가 Ready 상태가 아니어서 번들을 수집할 프로브 파드를 시작할 수 없으므로 kubelet이 Ready를 보고한 뒤 다시 수집해야 합니다.',
  'probes.bundle.hint': '--probe-timeout을 늘려 다시 시도하면 됩니다(프로브 파드는 어느 경우든 삭제됩니다).',

  'probes.canary.badServer': '카나리는 https URL만 테스트할 수 있지만 API 서버 URL이 "{url}"입니다.',
  'probes.canary.noImage': 'Windows 빌드 {build}(노드 {node})에 맞는 카나리 이미지를 알 수 없으므로 --canary-image로 지정해야 합니다.',
  'probes.canary.notReady': 'Ready 상태인 {product}(빌드 {build}) 노드가 없어 카나리를 건너뛰었습니다(노드 {node})',

  'probes.podNetwork.noPowershell': '{pod} 파드에 powershell.exe가 없어 cmd.exe로 시도합니다.',
  'probes.podNetwork.execFailed': '{pod} 파드에 exec하지 못했습니다: {error}',
  'probes.podNetwork.noSidecar':
    '{pod} 옆에 프로브 파드를 배치할 수 없습니다. 파드가 노드에 없거나 노드 빌드에 맞는 servercore 이미지를 알 수 없습니다(--probe-image로 지정).',
  'probes.podNetwork.noVantage': '파드에 셸이 없고 옆에 프로브 파드도 시작할 수 없어 파드 네트워크 테스트를 실행하지 못했습니다.',
  'probes.shell.starting': '{node}에서 파드 {pod}을(를) 시작하는 중...',
  'probes.shell.deleted': '파드 {pod}을(를) 삭제했습니다',
  'probes.shell.deadlineReached': '세션이 종료되었습니다: 파드 {pod}이(가) 제한 시간 {seconds}초(activeDeadlineSeconds)에 도달했습니다. 새 세션을 열려면 shell을 다시 실행하세요',
  'probes.shell.dryRunExec': '이어서: kubectl exec -i{tty} -n {namespace} {pod} -c {container} -- {command}',
  'probes.shell.noInteractiveExec': '이 클러스터 연결로는 대화형 exec를 실행할 수 없습니다.',
  'probes.shell.namespaceMissing': '네임스페이스 {namespace}이(가) 없습니다. -n으로 셸 파드의 네임스페이스를 지정하세요.',
};
