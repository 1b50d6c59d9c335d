import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '네트워크 정책 엔진이 Windows 노드를 지원하지 않거나 지원이 끝남',
    'explanation': 'NetworkPolicy의 효과는 각 노드에서 그것을 적용하는 에이전트에 달려 있는데, 대부분의 정책 엔진은 Windows에서 동작한 적이 없습니다. flannel과 기본 Windows 브리지/오버레이 플러그인은 아무것도 적용하지 않고, Linux 노드만 지원하는 엔진도 여럿 있으며, AKS의 Windows 노드 풀은 Calico for Windows가 나오기 전까지 정책을 전혀 지원하지 않았습니다. 그래서 Windows 파드를 선택하는 정책은 API 서버에서는 받아들여지지만 그 노드에서는 아무 표시 없이 적용되지 않거나, 일부 파드에만 적용됩니다. Azure Network Policy Manager(NPM)는 Windows 노드에서도 동작했지만, AKS는 2026년 9월 30일에 Windows 노드에서의 지원을 끝내며 Windows용으로 Cilium으로 옮겨 갈 길도 없습니다.',
    'fix.checkEngine': 'Windows 노드에서 NetworkPolicy를 적용하는 엔진(그곳에서 실행되는 DaemonSet 파드: calico-node-windows, azure-npm, antrea-agent-windows 등)을 확인하고, 그 엔진이 애초에 Windows를 지원하는지 알아봅니다.',
    'fix.moveToCalico': 'Calico for Windows처럼 Windows 노드를 지원하는 엔진을 사용하고(AKS에서는 --network-policy calico로 만든 클러스터), Windows 파드 안에서 정책을 다시 테스트합니다.',
    'fix.nodeLevelRules': '그때까지는 Windows 파드에 대해 NetworkPolicy에 기대지 마십시오. 전용 노드 풀과 서브넷으로 나누고 네트워크 보안 그룹이나 호스트 방화벽 규칙으로 트래픽을 제한합니다.',
    'fix.separateTrust': '정책이 적용되지 않는 동안에는 서로 격리되어야 하는 워크로드를 같은 Windows 노드에 두지 않습니다.',
    'msg.npmPod': '파드 {pod}가 이 노드에서 Azure NPM({image})을 실행하고 있습니다',
    'msg.retired': '{node}의 Windows 파드는 Azure NPM for Windows로 보호되고 있지만, AKS에서의 지원은 {date}에 끝났습니다.',
    'msg.retiring': '{node}의 Windows 파드는 Azure NPM for Windows로 보호되고 있지만, AKS에서의 지원은 {date}에 끝납니다.',
    'msg.policy': "NetworkPolicy {policy}는 네트워크 플러그인이 NetworkPolicy를 적용하지 않는 Windows 노드({nodes})의 파드 {count}개를 선택합니다. 이 파드들에는 정책이 적용되지 않습니다.",
    'msg.policySelects': "NetworkPolicy {policy}({types})는 Windows 노드의 파드 {count}개를 선택합니다",
    'msg.pluginFromProbe': "노드 {node}: CNI 설정 {path}는 NetworkPolicy를 적용하지 않는 {plugin}를 사용하며, 정책 에이전트도 실행되지 않습니다",
    'msg.pluginFromAnnotation': "노드 {node}: 파드 네트워크를 NetworkPolicy를 적용하지 않는 flannel({annotation}={value})이 제공하며, 정책 에이전트도 실행되지 않습니다",
    'msg.selectedPod': "파드 {pod}는 {node}에서 실행됩니다",
    'msg.morePods': "Windows 노드에서 선택된 파드가 {count}개 더 있습니다",
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'fea6e9e015',
    'explanation': '3cb9f75e37',
    'fix.checkEngine': 'f7a1547904',
    'fix.moveToCalico': 'c6b61517df',
    'fix.nodeLevelRules': '498b81f92c',
    'fix.separateTrust': '5e65ec8652',
    'msg.npmPod': 'ab03ca3a4f',
    'msg.retired': '8d4af70136',
    'msg.retiring': '5e592aac05',
    'msg.policy': '26a7ea66f1',
    'msg.policySelects': 'd7e91f42f1',
    'msg.pluginFromProbe': 'b5e5aefb9c',
    'msg.pluginFromAnnotation': 'd326f1cbfe',
    'msg.selectedPod': '5b11a4f053',
    'msg.morePods': '707a817aa4',
  },
});
