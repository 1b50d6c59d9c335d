import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows 노드에서 클러스터 DNS 파드로 가는 DNS 트래픽이 막힘',
    'explanation': 'Windows 노드는 CoreDNS를 실행하는 Linux 노드와 다른 노드 그룹, 다른 보안 그룹이나 NSG에 속하는 경우가 많습니다. Linux 노드의 규칙이 Windows 노드에서 오는 DNS(UDP와 TCP 53)나 파드 트래픽을 받지 않으면, Linux 파드는 이름을 잘 조회하는데 Windows 파드의 조회는 모두 시간 초과되고, Windows 파드의 다른 서비스 트래픽은 계속 동작합니다.',
    'fix.allowDns': '보안 그룹 / NSG의 양방향에서 Windows 노드 그룹에서 CoreDNS를 실행하는 노드로 가는 UDP와 TCP 53(및 파드 / 오버레이 트래픽)을 허용합니다.',
    'fix.sameGroup': '또는 관리형 노드 그룹처럼 Windows와 Linux 노드 그룹을 공유 보안 그룹에 넣습니다.',
    'fix.retest': 'Windows 파드에서 kubernetes.default.svc.cluster.local과 외부 이름을 다시 조회합니다.',
    'msg.pod': '파드 {pod}가 다른 서비스에는 도달하는데 클러스터 DNS로 이름을 조회하지 못합니다. 노드에서 CoreDNS 파드로 가는 DNS 트래픽이 막혔을 가능성이 큽니다.',
    'msg.dnsFails': '{target} 조회 실패',
    'msg.tcpWorks': '{target}에 도달 가능',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '83d2522938',
    'explanation': 'e73f98d3ec',
    'fix.allowDns': '46fd0304a3',
    'fix.sameGroup': 'be6c79111f',
    'fix.retest': '42b8c7508d',
    'msg.pod': '0faba81399',
    'msg.dnsFails': 'd4848635bd',
    'msg.tcpWorks': '120f9c1338',
  },
});
