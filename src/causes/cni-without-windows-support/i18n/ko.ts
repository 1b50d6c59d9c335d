import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': 'Windows를 지원하지 않는 네트워크 플러그인이 Windows 노드에서 실행됨',
    'explanation': '일부 네트워크 플러그인에는 Windows용 데이터 플레인이 전혀 없습니다. Cilium(Azure CNI powered by Cilium 포함), Weave Net, kube-router가 그렇습니다. 이런 플러그인이 클러스터의 CNI라면 그 DaemonSet은 Windows 노드에 배치되어 실패하거나(/proc 같은 Linux 호스트 경로가 없음) Windows 노드를 건너뛰며, Windows 파드는 네트워크를 얻지 못합니다.',
    'fix.chooseCni': 'Windows 노드에는 Windows를 지원하는 CNI(Azure CNI, Calico, Flannel, Antrea, Amazon VPC CNI)를 사용합니다. AKS에서 Windows 노드 풀은 Cilium이 아닌 Azure 데이터 플레인이 필요합니다.',
    'fix.pinToLinux': 'Linux 전용 네트워크 DaemonSet은 nodeSelector kubernetes.io/os: linux로 Windows 노드에서 제외합니다(Windows taint까지 모두 허용하는 toleration도 두지 않습니다).',
    'fix.recreatePods': 'Windows를 지원하는 CNI가 노드에서 실행되면, 멈춰 있던 Windows 파드를 다시 만듭니다.',
    'why.procHostPath': 'Linux 전용 에이전트(대개 Cilium 같은 CNI)가 /proc이 없는 Windows 노드에 스케줄됨',
    'msg.pod': '파드 {pod}가 Windows를 지원하지 않는 네트워크 플러그인 {plugin}을 Windows 노드 {node}에서 실행합니다.',
    'msg.image': '이미지 {image}',
  },
  // Hash of the English text each translation was made from (npm run i18n:stamp).
  sources: {
    'title': 'df8f22811b',
    'explanation': '69e133d384',
    'fix.chooseCni': '95c07d40b8',
    'fix.pinToLinux': '1076fd5684',
    'fix.recreatePods': 'e586832876',
    'why.procHostPath': '9ab45f4079',
    'msg.pod': 'afd1180eae',
    'msg.image': '131fffeca6',
  },
});
