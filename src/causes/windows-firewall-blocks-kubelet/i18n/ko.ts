import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '방화벽이 Windows 노드의 kubelet 포트를 막음',
    'explanation': 'API 서버는 kubectl logs, exec, attach, port-forward와 메트릭을 위해 TCP 10250으로 kubelet에 연결합니다. 노드의 Windows 방화벽(또는 그 앞의 보안 그룹 / NSG)에 이 포트의 인바운드 규칙이 없으면, 파드 자체는 정상적으로 실행되는데도 Windows 노드 파드에 대한 이 호출들이 시간 초과됩니다.',
    'fix.openPort': '노드에서 인바운드 TCP 10250을 허용하고(New-NetFirewallRule -DisplayName kubelet -Direction Inbound -Protocol TCP -LocalPort 10250 -Action Allow), 노드 프로비저닝이 이 규칙을 추가하게 합니다.',
    'fix.checkCloudRules': '컨트롤 플레인과 Windows 노드 사이의 보안 그룹 / NSG에서도 TCP 10250이 허용되는지 확인합니다.',
    'fix.retest': '노드의 파드에 대해 kubectl logs나 kubectl exec를 다시 실행합니다.',
    'why.kubeletPortTimeout': 'API 서버가 노드의 kubelet 포트에 연결하지 못했음. 대개 방화벽 규칙이 없음',
    'msg.pod': '파드 {pod}가 포트 10250의 kubelet 연결이 시간 초과되었다고 보고합니다. 노드의(또는 그 앞의) 방화벽이 kubelet 포트를 막고 있습니다.',
    'msg.node': '{node}의 kubelet 포트 10250 연결이 시간 초과됩니다. 노드의(또는 그 앞의) 방화벽이 kubelet 포트를 막고 있습니다.',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': '77d5d78b33',
    'explanation': '9d98e34312',
    'fix.openPort': '82c0ef2e2c',
    'fix.checkCloudRules': 'ed1943a694',
    'fix.retest': 'cf51ea76f5',
    'why.kubeletPortTimeout': '6efea6cf15',
    'msg.pod': 'e6a360aa98',
    'msg.node': 'f9b61f5de1',
  },
});
