import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '중지 요청으로 컨테이너가 종료됨(STATUS_CONTROL_C_EXIT)',
    'explanation': '종료 코드 3221225786(0xC000013A STATUS_CONTROL_C_EXIT, -1073741510으로도 표시)은 프로세스가 충돌한 것이 아니라 CTRL+C 또는 종료 신호를 받아 끝났다는 뜻입니다. Kubernetes에서 이 신호는 kubelet이 컨테이너를 중지할 때 보냅니다. Pod가 삭제되거나 업데이트되었거나, 프로브가 실패했거나, Pod가 축출(eviction) 또는 선점되었거나, 노드가 드레인된 경우입니다. 종료 코드는 중지의 흔적일 뿐이며 중지 이유는 그 전후의 이벤트에 있습니다.',
    'fix.readStopEvents': '종료 직전의 Pod 이벤트(Killing, Unhealthy, Evicted, Preempting)와 노드 이벤트를 읽어 누가 컨테이너를 중지했는지 확인합니다.',
    'fix.fixStopReason': '그 이유를 해결합니다. 느린 Windows 시작을 충족하지 못하는 프로브 설정, 축출을 일으킨 메모리나 디스크 부족을 고치고, 의도한 롤아웃이나 드레인이었다면 그대로 받아들입니다.',
    'fix.handleShutdown': '중지가 예상된 것이라면 프로그램이 콘솔 종료 이벤트를 처리하고 terminationGracePeriodSeconds 안에 정상 종료하도록 하여 종료가 장애로 오인되지 않게 합니다.',
    'msg.stopped': '컨테이너 {container}가 {code}(으)로 종료됨(재시작: {restarts})',
    'msg.pod': 'Pod {pod}는 요청에 의해 중지되었습니다(STATUS_CONTROL_C_EXIT). 누가 중지했는지는 이벤트에 나타납니다.',
    'why.exitCodeCtrlC': '프로세스가 중지 요청의 코드인 STATUS_CONTROL_C_EXIT(0xC000013A)로 종료됨',
    'why.controlCExitName': '상태가 Windows 프로세스의 CTRL+C/종료 이벤트에 의한 종료를 가리킴',
  },
  sources: {
    'title': '99fcb819ad',
    'explanation': 'ad31ef4cb8',
    'fix.readStopEvents': 'fd7149775c',
    'fix.fixStopReason': 'f700fd5aaf',
    'fix.handleShutdown': '2a8f9032f0',
    'msg.stopped': '41e388133e',
    'msg.pod': '62d5bb1385',
    'why.exitCodeCtrlC': 'fb30e190e2',
    'why.controlCExitName': '7862f9e459',
  },
});
