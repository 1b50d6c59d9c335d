import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '파드 스펙에 Windows 컨테이너가 지원하지 않는 필드가 있음',
    'explanation': 'Linux를 전제로 한 여러 파드 필드는 Windows 컨테이너에서 의미가 없습니다. HostProcess 컨테이너가 아닌 곳의 특권 모드와 호스트 네트워킹, 호스트 PID/IPC 네임스페이스, 숫자 사용자 ID와 그룹 ID, SELinux 옵션, 읽기 전용 루트 파일 시스템, capabilities, procMount, 메모리 기반 emptyDir, 원시 블록 장치, 마운트 전파, huge page, 공유 프로세스 네임스페이스가 이에 해당합니다. 이런 필드는 무시되거나 파드를 실패하게 하므로 워크로드가 작성한 대로 동작하지 않습니다.',
    'fix.removeFieldsListed': '증거에 나열된 필드를 Windows 워크로드에서 제거합니다(또는 매니페스트의 Linux 전용 버전으로 옮깁니다).',
    'fix.runSpecificWindows': 'runAsUser 대신 securityContext.windowsOptions.runAsUserName으로 특정 Windows 계정(예: ContainerUser 또는 ContainerAdministrator)을 지정해 실행합니다.',
    'fix.nodeLevelWork': '특권이나 호스트 네트워크가 필요한 노드 수준 작업에는 HostProcess 컨테이너(windowsOptions.hostProcess: true와 hostNetwork: true)를 사용합니다.',
    'fix.setSpecOs': 'API 서버가 어드미션 단계에서 Linux 전용 필드를 거부하도록 spec.os.name: windows를 설정합니다.',
    'msg.hostNetwork': 'spec.hostNetwork: true(호스트 네트워크는 HostProcess 파드만 사용할 수 있음)',
    'msg.runAsUser': '{field}: {value}(windowsOptions.runAsUserName 사용 필요)',
    'msg.memoryEmptyDir': '볼륨 {volume}: emptyDir medium Memory',
    'msg.privileged': '{where}: securityContext.privileged: true(HostProcess 컨테이너 사용 필요)',
    'msg.podOnNode': 'Windows 노드 {node}에서 실행되는 파드 {pod}에 Windows 컨테이너가 지원하지 않는 필드가 {count}개 설정되어 있습니다.',
    'msg.pod': 'Windows에서 실행되는 파드 {pod}에 Windows 컨테이너가 지원하지 않는 필드가 {count}개 설정되어 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'a866b680d4',
    'explanation': '6eb7e9abf0',
    'fix.removeFieldsListed': '8ed8d254a8',
    'fix.runSpecificWindows': '131ebe72cb',
    'fix.nodeLevelWork': '35d163494c',
    'fix.setSpecOs': '06bca24027',
    'msg.hostNetwork': '5837fdbcb9',
    'msg.runAsUser': 'c1240f9d41',
    'msg.memoryEmptyDir': '4a406849ab',
    'msg.privileged': '997549e19c',
    'msg.podOnNode': '6d69accbd7',
    'msg.pod': '280b62f3b2',
  },
});
