import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 컨테이너가 시작한 직후에는 DNS를 쓸 수 없음',
    'explanation': 'dockershim과 오래된 Windows 빌드에서는 Windows 컨테이너의 DNS 설정이 프로세스가 시작된 뒤에 적용될 수 있어, 시작 직후의 이름 조회가 실패하고("No such host is known", "No DNS servers configured") 몇 초 뒤에는 성공합니다. 곧바로 서비스를 호출하는 init 컨테이너와 시작 코드가 가장 큰 영향을 받으며, 파드는 재시작하면 회복됩니다.',
    'fix.retryAtStart': '시작 코드(또는 첫 init 단계)가 첫 조회에서 실패하지 말고 몇 초 동안 이름 조회를 다시 시도하게 합니다.',
    'fix.moveRuntime': '노드를 HNS v2 CNI 플러그인을 쓰는 containerd와 최신 Windows 빌드로 옮깁니다. 그곳에서는 컨테이너가 시작될 때 DNS 설정이 이미 되어 있습니다.',
    'fix.readinessGate': '컨테이너의 처음 몇 초 동안에는 다른 서비스를 호출하지 않거나, DNS가 응답할 때까지 기다리는 준비 상태 확인 뒤로 미룹니다.',
    'why.noDnsServers': '컨테이너에 아직 DNS 서버가 없었음. Windows 컨테이너의 처음 몇 초에 흔함',
    'why.noSuchHost': '이름 조회가 실패함. Windows 컨테이너가 시작한 직후에는 DNS가 아직 설정되지 않았을 수 있음',
    'msg.pod': '파드 {pod}의 컨테이너 {container}가 시작 {seconds}초 뒤 이름 조회에 실패했습니다. Windows 컨테이너의 처음 몇 초 동안은 DNS가 아직 준비되지 않은 경우가 많습니다.',
    'msg.ran': '컨테이너 {container} 실행 시간 {seconds}초: {message}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'e063d2a58c',
    'explanation': 'e60b47b953',
    'fix.retryAtStart': '884df48e2e',
    'fix.moveRuntime': 'cd9b96f342',
    'fix.readinessGate': '5a3feb2111',
    'why.noDnsServers': 'd3685d6920',
    'why.noSuchHost': '179650eb45',
    'msg.pod': 'd2491b2dc2',
    'msg.ran': 'e50ebb97c9',
  },
});
