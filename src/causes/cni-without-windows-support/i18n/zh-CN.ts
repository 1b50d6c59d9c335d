import { defineTranslation } from '../../define.js';

export default defineTranslation({
  texts: {
    'title': '不支持 Windows 的网络插件运行在 Windows 节点上',
    'explanation': '有些网络插件完全没有 Windows 数据平面：Cilium（包括 Azure CNI powered by Cilium）、Weave Net、kube-router。若集群的 CNI 是这类插件，它的 DaemonSet 要么被调度到 Windows 节点并失败（不存在 /proc 之类的 Linux 主机路径），要么跳过 Windows 节点，Windows Pod 都拿不到网络。',
    'fix.chooseCni': '为 Windows 节点使用支持 Windows 的 CNI（Azure CNI、Calico、Flannel、Antrea、Amazon VPC CNI）；在 AKS 上，Windows 节点池需要 Azure 数据平面而不是 Cilium。',
    'fix.pinToLinux': '用 nodeSelector kubernetes.io/os: linux 让仅支持 Linux 的网络 DaemonSet 远离 Windows 节点（也不要使用容忍所有 Windows 污点的 toleration）。',
    'fix.recreatePods': '当支持 Windows 的 CNI 在节点上运行后，重新创建卡住的 Windows Pod。',
    'why.procHostPath': '仅支持 Linux 的代理（通常是 Cilium 之类的 CNI）被调度到了没有 /proc 的 Windows 节点',
    'msg.pod': 'Pod {pod} 在 Windows 节点 {node} 上运行不支持 Windows 的网络插件 {plugin}。',
    'msg.image': '镜像 {image}',
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
