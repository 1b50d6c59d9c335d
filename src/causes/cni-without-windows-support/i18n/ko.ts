import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '클러스터의 CNI에 Windows 데이터 플레인이 없음',
    'explanation': 'Linux에서만 실행되는 네트워크 플러그인이 있습니다. Cilium(Azure CNI powered by Cilium 포함), kube-router, Weave Net, kindnet입니다. 이들 에이전트 DaemonSet은 필요한 Linux 호스트 경로, 커널 기능, 바이너리가 없어 Windows 노드에서 실패하거나 Windows 노드를 건너뜁니다. 어느 쪽이든 Windows 노드에서 Pod 네트워크를 구성하는 것이 없어 Windows Pod는 ContainerCreating 상태에 머뭅니다.',
    'fix.chooseWindowsCni': 'Windows 노드가 있는 클러스터에서는 Windows 데이터 플레인이 있는 네트워크 플러그인(Azure CNI, Calico, Flannel, Antrea, EKS에서는 Amazon VPC CNI)을 사용합니다. AKS의 Azure CNI powered by Cilium은 Windows 노드 풀을 지원하지 않습니다.',
    'fix.keepAgentsOnLinux': 'Linux 전용 네트워크 DaemonSet에 nodeSelector kubernetes.io/os: linux를 지정해 Windows 노드에 배치되지 않게 하여 그곳에서 계속 실패하지 않도록 합니다.',
    'fix.recreatePods': 'Windows를 지원하는 플러그인이 노드에서 실행되면 멈춰 있는 Windows Pod를 삭제해 네트워크와 함께 다시 만들어지게 합니다.',
    'msg.agent': 'Pod {pod}가 이 Windows 노드에서 Linux 전용 네트워크 에이전트 {containers}를 실행 중',
    'msg.node': 'Windows 노드 {node}가 Windows 데이터 플레인이 없는 네트워크 플러그인의 에이전트를 실행하고 있어 그 Pod들이 네트워크를 얻지 못합니다.',
    'why.agentHostPathMissing': 'Linux 네트워크 에이전트가 Windows 노드에 없는 Linux 호스트 경로를 요구함',
    'why.linuxOnlyCniNamed': 'Windows 데이터 플레인이 없는 네트워크 플러그인 이름이 Windows와 함께 언급됨',
  },
  sources: {
    'title': 'dc00a7dd7d',
    'explanation': '6af5deaef9',
    'fix.chooseWindowsCni': '8dbbba5516',
    'fix.keepAgentsOnLinux': 'de69884978',
    'fix.recreatePods': '470502f71d',
    'msg.agent': '403ad7c986',
    'msg.node': 'd800418b05',
    'why.agentHostPathMissing': '19b8bfc1d0',
    'why.linuxOnlyCniNamed': 'd22859770d',
  },
});
