import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 컨테이너에 비해 활성 프로브가 너무 엄격함',
    'explanation': 'Windows 컨테이너는 시작과 응답 모두 Linux보다 오래 걸립니다. 프로세스 생성, 네트워크 준비, PowerShell 기반 검사가 느리고 노드가 바쁘면 더 느려집니다. Linux에서 가져온 프로브 설정은 정상 컨테이너에서도 실패하며, kubelet이 컨테이너를 중지하면 STATUS_CONTROL_C_EXIT(3221225786, -1073741510으로도 표시)로 종료되고 재시작을 반복합니다.',
    'fix.addStartupProbe': '실제 시작 시간을 허용하는 startupProbe(failureThreshold × periodSeconds)를 추가하여 프로그램이 시작된 뒤에 활성 검사가 시작되게 합니다.',
    'fix.raiseTimeouts': 'Windows용으로 활성 프로브의 timeoutSeconds와 failureThreshold를 높입니다(1~3초가 아니라 수십 초).',
    'fix.cheapProbe': 'httpGet이나 tcpSocket 프로브를 우선 사용합니다. PowerShell을 시작하는 exec 프로브는 매번 몇 초가 걸립니다.',
    'msg.stopped': '컨테이너 {container}이(가) {code}(으)로 중지되었습니다(재시작: {restarts})',
    'msg.budget': '컨테이너 {container}에 startupProbe 없는 활성 프로브가 있어 성공하지 못하면 약 {seconds}초 뒤 종료됩니다(타임아웃 {timeout}초)',
    'msg.pod': 'Pod {pod}이(가) Windows 컨테이너가 제시간에 충족하지 못하는 활성 프로브 때문에 재시작됩니다.',
    'why.livenessKilled': '활성 프로브가 실패하여 kubelet이 컨테이너를 다시 시작함',
    'why.probeTimedOut': '프로브가 타임아웃 안에 응답하지 않음',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': '65cd34ee79',
    'explanation': '63543b6948',
    'fix.addStartupProbe': '0b29b8da80',
    'fix.raiseTimeouts': '44e81e5a55',
    'fix.cheapProbe': '4852be5ddd',
    'msg.stopped': 'd805ea9202',
    'msg.budget': 'e660653bba',
    'msg.pod': '672fb45f1e',
    'why.livenessKilled': '627801904f',
    'why.probeTimedOut': '50d76503c6',
  },
});
