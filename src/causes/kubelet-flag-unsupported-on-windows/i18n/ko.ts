import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'kubelet이 Windows에서 지원하지 않는 cgroup 설정으로 시작됨',
    'explanation': 'Windows에는 cgroup이 없으므로 Windows kubelet은 --cgroups-per-qos=false와 빈 --enforce-node-allocatable로 실행해야 합니다. Linux 방식의 설정(공유 구성 파일이나 프로비저닝 템플릿)이 Windows kubelet에 전달되면 시작 시 잘못된 구성 오류로 멈추고 노드는 Ready가 되지 않습니다.',
    'fix.removeCgroupSettings': 'Windows kubelet을 --cgroups-per-qos=false와 --enforce-node-allocatable=""로 시작합니다(또는 구성 파일에서 cgroupsPerQOS: false와 enforceNodeAllocatable: []).',
    'fix.keepReservations': '--kube-reserved, --system-reserved와 축출 임계값은 유지합니다. Windows에서도 노드의 할당 가능 리소스에 반영됩니다.',
    'fix.restartKubelet': 'kubelet 서비스를 다시 시작하고 노드가 Ready가 되는지 확인합니다.',
    'msg.flags': 'kubelet이 --enforce-node-allocatable={enforce}와 --cgroups-per-qos={perQos}로 실행 중입니다',
    'msg.node': '{node}의 kubelet이 cgroup 기반 노드 할당 가능량 강제를 요청하지만 Windows는 이를 지원하지 않습니다.',
    'why.enforceNeedsCgroupsPerQos': '노드 할당 가능량 강제에는 Windows에 없는 cgroup이 필요하므로 kubelet이 구성을 거부함',
  },
  // Hash of the English text each translation was made from.
  sources: {
    'title': 'deef2dfbfc',
    'explanation': '0cef8927f6',
    'fix.removeCgroupSettings': '41f08d77fd',
    'fix.keepReservations': '0502879cef',
    'fix.restartKubelet': 'df7c21a003',
    'msg.flags': 'ddd23ddbb6',
    'msg.node': '5f0dba4852',
    'why.enforceNeedsCgroupsPerQos': '99aeca3c6e',
  },
});
